#include "browser/SearchBox.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace c1 {

SearchBox::SearchBox(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_scope(new QComboBox)
    , m_button(new QToolButton)
    , m_results(new QListWidget)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("searchBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_scope);
    row->addWidget(m_button);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results);

    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setAccessibleName(tr("Search the tenant"));
    m_edit->setPlaceholderText(tr("Search the tenant, or paste an ID"));
    m_edit->setClearButtonEnabled(true);
    if (auto* clear = m_edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search")); // the clear button's name for screen readers
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->setAccessibleName(tr("What to search"));
    m_scope->addItem(tr("Apps"), int(Scope::Apps));
    m_scope->addItem(tr("Resources"), int(Scope::Resources));
    m_button->setObjectName(QStringLiteral("searchButton"));
    m_button->setAccessibleName(tr("Search"));
    m_button->setText(tr("Search"));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setMaximumHeight(160);
    m_results->hide();

    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBox::search);
    connect(m_button, &QToolButton::clicked, this, &SearchBox::search);
    connect(m_results, &QListWidget::itemActivated, this, &SearchBox::activateItem);
    connect(m_results, &QListWidget::itemClicked, this, &SearchBox::activateItem);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            clearResults();
    });
}

SearchBox::~SearchBox()
{
    m_call.abort();
}

void SearchBox::setClient(C1Client* client)
{
    m_call.abort();
    m_client = client;
    clearResults();
}

void SearchBox::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

SearchBox::Scope SearchBox::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void SearchBox::clearResults()
{
    m_call.abort();
    m_results->clear();
    m_results->hide();
    m_status->clear();
    m_status->hide();
}

void SearchBox::activateItem(QListWidgetItem* item)
{
    if (item)
        Q_EMIT resultActivated(item->data(Qt::UserRole).value<TreePath>());
}

void SearchBox::addResult(const QString& text, const QString& tooltip, const TreePath& path)
{
    auto* item = new QListWidgetItem(text, m_results);
    item->setToolTip(tooltip);
    item->setData(Qt::UserRole, QVariant::fromValue(path));
}

void SearchBox::search()
{
    const QString text = m_edit->text().trimmed();
    clearResults();
    if (text.isEmpty())
        return;
    m_status->show();
    if (!m_client) {
        m_status->setText(tr("Not connected to a tenant."));
        return;
    }
    const bool byId = validate::isId(text);
    m_status->setText(tr("Searching…"));
    if (scope() == Scope::Apps) {
        AppSearch request;
        if (byId)
            request.appIds = { text };
        else
            request.query = text;
        m_call = m_client->searchApps(request, QString(), ResultPageSize, this, [this, byId](Result<Page<App>> r) {
            if (!r) {
                finish(&r.error(), {}, byId);
                return;
            }
            for (const App& app : r.value().items)
                addResult(app.displayName.isEmpty() ? app.id : app.displayName, app.id, TreePath::app(app.id));
            finish(nullptr, r.value().nextPageToken, byId);
        });
    } else {
        ResourceSearch request;
        if (byId)
            request.resourceIds = { text };
        else
            request.query = text;
        m_call = m_client->searchResources(
            request, QString(), ResultPageSize, this, [this, byId](Result<Page<AppResource>> r) {
                if (!r) {
                    finish(&r.error(), {}, byId);
                    return;
                }
                for (const AppResource& res : r.value().items) {
                    addResult(res.displayName.isEmpty() ? res.id : res.displayName,
                        TreePath::resource(res.appId, res.appResourceTypeId, res.id).toString(),
                        TreePath::resource(res.appId, res.appResourceTypeId, res.id));
                }
                finish(nullptr, r.value().nextPageToken, byId);
            });
    }
}

void SearchBox::finish(const ApiError* error, const QString& nextPageToken, bool byId)
{
    if (error) {
        if (error->kind != ApiError::Kind::Canceled)
            m_status->setText(tr("Search failed: %1").arg(error->userMessage()));
        Q_EMIT searchFinished(-1);
        return;
    }
    const int hits = m_results->count();
    if (hits == 0)
        m_status->setText(tr("Nothing found."));
    else if (!nextPageToken.isEmpty())
        m_status->setText(tr("The first %n result(s); refine the search to see others.", nullptr, hits));
    else
        m_status->setText(tr("%n result(s): click one to show it in the tree.", nullptr, hits));
    m_results->setVisible(hits > 0);
    Q_EMIT searchFinished(hits);
    if (byId && hits == 1)
        activateItem(m_results->item(0));
}

} // namespace c1
