#include "create/SearchPicker.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace c1 {

namespace {
constexpr int keyRole = Qt::UserRole + 1;
constexpr int minQueryLength = 2;
} // namespace

SearchPicker::SearchPicker(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_results(new QListWidget(this))
    , m_list(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setClearButtonEnabled(true);
    if (auto* clear = m_edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search")); // the clear button's name for screen readers
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_results->setObjectName(QStringLiteral("resultsList"));
    m_list->setObjectName(QStringLiteral("selectedList"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_edit->setAccessibleName(tr("Search or paste IDs"));
    m_addButton->setAccessibleName(tr("Add typed IDs or the chosen result"));
    m_results->setAccessibleName(tr("Search results"));
    m_list->setAccessibleName(tr("Chosen"));
    m_removeButton->setAccessibleName(tr("Remove chosen"));
    m_results->setMaximumHeight(110);
    m_list->setMaximumHeight(110);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->hide();
    m_status->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_edit, 1);
    top->addWidget(m_addButton);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_list, 1);
    bottom->addWidget(m_removeButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    layout->addLayout(bottom);

    connect(m_edit, &QLineEdit::textChanged, this, &SearchPicker::onTextEdited);
    m_edit->installEventFilter(this); // Return adds here instead of pressing the dialog's default button
    connect(m_addButton, &QPushButton::clicked, this, &SearchPicker::addTyped);
    connect(m_debounce, &QTimer::timeout, this, &SearchPicker::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPicker::addResult);
    connect(m_results, &QListWidget::itemClicked, this, &SearchPicker::addResult);
    connect(m_removeButton, &QPushButton::clicked, this, &SearchPicker::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_removeButton->setEnabled(!m_readOnly && !m_list->selectedItems().isEmpty()); });
    m_removeButton->setEnabled(false);
}

void SearchPicker::setPlaceholder(const QString& text)
{
    m_edit->setPlaceholderText(text);
    m_edit->setToolTip(text);
    // Room for the whole hint: its text, the frame, the text margins and the clear button (which takes its room
    // from the text once there is some).
    const QFontMetrics metrics(m_edit->font());
    const int frame = 2 * m_edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_edit);
    const QMargins margins = m_edit->textMargins();
    const int clearButton = metrics.height() + 12;
    m_edit->setMinimumWidth(
        metrics.horizontalAdvance(text) + frame + margins.left() + margins.right() + 2 * 2 + clearButton);
}

// Calls made with this object as context end silently when it is destroyed (no callback into a half-destroyed
// widget), so nothing is aborted here.
SearchPicker::~SearchPicker() = default;

void SearchPicker::setClient(C1Client* client)
{
    m_client = client;
}

bool SearchPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_edit->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_results->isVisible() && m_results->count() > 0) {
            m_results->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPicker::setMaximum(int maximum)
{
    m_maximum = maximum;
    updateProblem();
}

void SearchPicker::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void SearchPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_addButton->setEnabled(!readOnly);
    m_removeButton->setEnabled(!readOnly && !m_list->selectedItems().isEmpty());
}

QStringList SearchPicker::keys() const
{
    QStringList result;
    for (const Entry& entry : m_selected)
        result.append(entry.key);
    const Parsed parsed = parse(m_edit->text());
    if (parsed.isIdInput && parsed.problem.isEmpty()) {
        for (const QString& key : parsed.keys) {
            if (!result.contains(key))
                result.append(key);
        }
    }
    return result;
}

void SearchPicker::clear()
{
    m_selected.clear();
    m_edit->clear();
    m_results->clear();
    m_results->hide();
    refreshList();
    updateProblem();
}

void SearchPicker::removeKey(const QString& key)
{
    m_selected.removeIf([&key](const Entry& entry) { return entry.key == key; });
    refreshList();
    updateProblem();
}

QString SearchPicker::problem() const
{
    return m_problem;
}

void SearchPicker::updateProblem()
{
    QString problem;
    const Parsed parsed = parse(m_edit->text());
    if (parsed.isIdInput)
        problem = parsed.problem;
    if (problem.isEmpty()) {
        for (const Entry& entry : m_selected) {
            if (!entry.problem.isEmpty()) {
                problem = entry.problem;
                break;
            }
        }
    }
    if (problem.isEmpty() && m_maximum > 0 && count() > m_maximum)
        problem = tooManyText(m_maximum);
    m_problem = problem;
    Q_EMIT changed();
}

void SearchPicker::onTextEdited()
{
    const QString text = m_edit->text().trimmed();
    const Parsed parsed = parse(text);
    m_debounce->stop();
    m_searchCall.abort();
    if (parsed.isIdInput || text.size() < minQueryLength) {
        m_results->clear();
        m_results->hide();
        m_status->hide();
    } else {
        m_debounce->start();
    }
    updateProblem();
}

void SearchPicker::runSearch()
{
    const QString text = m_edit->text().trimmed();
    if (!m_client || text.size() < minQueryLength)
        return;
    m_status->setText(tr("Searching…"));
    m_status->show();
    m_searchCall = search(text);
}

void SearchPicker::showResults(const QList<Entry>& results, const QString& error)
{
    m_results->clear();
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_status->show();
        m_results->hide();
        Q_EMIT searchFinished(-1);
        return;
    }
    for (const Entry& entry : results) {
        const QString text = entry.detail.isEmpty() ? entry.title : tr("%1 — %2").arg(entry.title, entry.detail);
        auto* item = new QListWidgetItem(text, m_results);
        item->setData(keyRole, entry.key);
        item->setToolTip(entry.key);
    }
    m_status->setText(results.isEmpty() ? tr("Nothing found.") : QString());
    m_status->setVisible(results.isEmpty());
    m_results->setVisible(!results.isEmpty());
    if (!results.isEmpty())
        m_results->setCurrentRow(0);
    // Keep the entries to add them with their details.
    for (int i = 0; i < results.size(); ++i)
        m_results->item(i)->setData(Qt::UserRole + 2, QVariant::fromValue(i));
    m_lastResults = results;
    Q_EMIT searchFinished(int(results.size()));
}

void SearchPicker::addResult(QListWidgetItem* item)
{
    if (!item || m_readOnly)
        return;
    const int i = item->data(Qt::UserRole + 2).toInt();
    if (i < 0 || i >= m_lastResults.size())
        return;
    addEntry(m_lastResults.at(i));
    m_edit->clear();
}

void SearchPicker::addTyped()
{
    if (m_readOnly)
        return;
    const Parsed parsed = parse(m_edit->text());
    if (!parsed.isIdInput) {
        // Enter on a search: take the highlighted result, if any.
        if (m_results->isVisible() && m_results->currentItem())
            addResult(m_results->currentItem());
        return;
    }
    commitTyped();
}

bool SearchPicker::commitTyped()
{
    const Parsed parsed = parse(m_edit->text());
    if (!parsed.isIdInput)
        return true;
    if (!parsed.problem.isEmpty())
        return false;
    QStringList fresh;
    for (const QString& key : parsed.keys) {
        bool known = false;
        for (const Entry& entry : std::as_const(m_selected))
            known = known || entry.key == key;
        if (!known) {
            m_selected.append(Entry { key, {}, {}, {}, false, {} });
            fresh.append(key);
        }
    }
    m_edit->clear(); // emits textChanged → updateProblem()
    refreshList();
    m_resolveCalls.removeIf([](const CallHandle& call) { return !call.isRunning(); });
    if (!fresh.isEmpty() && m_client)
        m_resolveCalls.append(resolve(fresh));
    updateProblem();
    return true;
}

void SearchPicker::addEntry(const Entry& entry)
{
    for (Entry& existing : m_selected) {
        if (existing.key == entry.key) {
            existing = entry;
            refreshList();
            updateProblem();
            return;
        }
    }
    m_selected.append(entry);
    refreshList();
    updateProblem();
}

void SearchPicker::resolveEntries(const QStringList& asked, const QList<Entry>& found, bool failed)
{
    for (Entry& entry : m_selected) {
        if (!asked.contains(entry.key) || entry.resolved)
            continue;
        bool hit = false;
        for (const Entry& f : found) {
            if (f.key == entry.key) {
                entry = f;
                entry.resolved = true;
                hit = true;
            }
        }
        if (!hit && !failed)
            entry.problem = notFoundText(entry.key);
    }
    refreshList();
    updateProblem();
}

void SearchPicker::removeSelected()
{
    if (m_readOnly)
        return;
    QStringList gone;
    for (QListWidgetItem* item : m_list->selectedItems())
        gone.append(item->data(keyRole).toString());
    m_selected.erase(std::remove_if(m_selected.begin(), m_selected.end(),
                         [&gone](const Entry& entry) { return gone.contains(entry.key); }),
        m_selected.end());
    refreshList();
    updateProblem();
}

void SearchPicker::refreshList()
{
    m_list->clear();
    for (const Entry& entry : std::as_const(m_selected)) {
        QString text;
        if (entry.title.isEmpty())
            text = entry.problem.isEmpty() ? tr("%1 (looking up…)").arg(entry.key) : entry.key;
        else if (entry.detail.isEmpty())
            text = entry.title;
        else
            text = tr("%1 — %2").arg(entry.title, entry.detail);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(keyRole, entry.key);
        item->setToolTip(entry.problem.isEmpty() ? entry.key : entry.problem);
        if (!entry.problem.isEmpty())
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_list->setVisible(!m_selected.isEmpty());
    m_removeButton->setVisible(!m_selected.isEmpty());
}

} // namespace c1
