#include "handover/HealthDialog.h"

#include "shell/Icons.h"
#include "workflows/OwnershipHealth.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace c1 {

HealthDialog::HealthDialog(C1Client* client, const QString& appId, const QString& appName, QWidget* parent)
    : QDialog(parent)
    , m_health(new OwnershipHealth(client, this))
    , m_appId(appId)
    , m_scope(new QComboBox(this))
    , m_start(new QPushButton(icon(u"search"), tr("&Check"), this))
    , m_stop(new QPushButton(icon(u"remove"), tr("&Stop"), this))
    , m_bar(new QProgressBar(this))
    , m_progress(new QLabel(this))
    , m_view(new QTableView(this))
    , m_show(new QPushButton(icon(u"goto"), tr("Show in &Tree"), this))
    , m_assign(new QPushButton(icon(u"bulk"), tr("&Assign Owners to Selected…"), this))
{
    setObjectName(u"healthDialog"_s);
    setWindowTitle(tr("Ownership Health"));
    setModal(false);
    resize(950, 600);
    m_scope->setObjectName(u"scopeCombo"_s);
    m_scope->setAccessibleName(tr("What to check"));
    m_scope->addItem(tr("The whole tenant"), QString());
    if (!appId.isEmpty())
        m_scope->addItem(tr("The app “%1”").arg(appName.isEmpty() ? appId : appName), appId);
    m_start->setObjectName(u"startHealthButton"_s);
    m_start->setAccessibleName(tr("Check the ownership health"));
    m_stop->setObjectName(u"stopHealthButton"_s);
    m_stop->setAccessibleName(tr("Stop checking"));
    m_bar->setObjectName(u"healthProgress"_s);
    m_bar->setAccessibleName(tr("Apps checked"));
    m_progress->setObjectName(u"healthProgressText"_s);
    m_show->setObjectName(u"showInTreeButton"_s);
    m_show->setAccessibleName(tr("Show the selected finding in the tree"));
    m_assign->setObjectName(u"assignOwnersButton"_s);
    m_assign->setAccessibleName(tr("Assign owners to the selected findings' objects"));
    for (QPushButton* button : { m_start, m_stop, m_show, m_assign })
        button->setAutoDefault(false);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_health->model());
    proxy->setSortRole(HealthModel::SortRole);
    m_view->setObjectName(u"findingsView"_s);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the ownership health report"));
    connect(buttons, &QDialogButtonBox::rejected, this, &HealthDialog::reject);

    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Ch&eck:"), this);
    label->setBuddy(m_scope);
    top->addWidget(label);
    top->addWidget(m_scope, 1);
    top->addWidget(m_start);
    top->addWidget(m_stop);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_bar, 1);
    progress->addWidget(m_progress, 2);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_show);
    actions->addWidget(m_assign);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(progress);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &HealthDialog::startCheck);
    connect(m_stop, &QPushButton::clicked, m_health, &OwnershipHealth::cancel);
    connect(m_health, &OwnershipHealth::progress, this, &HealthDialog::update);
    connect(m_health, &OwnershipHealth::finished, this, &HealthDialog::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HealthDialog::update);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        const QList<OwnerTarget> targets = selectedTargets();
        if (!targets.isEmpty())
            Q_EMIT showRequested(targets.constFirst());
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QList<OwnerTarget> targets = selectedTargets();
        if (!targets.isEmpty())
            Q_EMIT showRequested(targets.constFirst());
    });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        const QList<OwnerTarget> targets = selectedTargets();
        if (!targets.isEmpty())
            Q_EMIT assignRequested(targets);
    });
    if (!appId.isEmpty())
        m_scope->setCurrentIndex(1);
    update();
}

HealthDialog::~HealthDialog() = default;

void HealthDialog::startCheck()
{
    m_health->start(m_scope->currentData().toString());
    update();
}

QList<OwnerTarget> HealthDialog::selectedTargets() const
{
    QList<OwnerTarget> targets;
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(m_view->model());
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = proxy->mapToSource(index);
        const OwnerTarget target = m_health->model()->findings().at(size_t(source.row())).target;
        if (!targets.contains(target))
            targets << target;
    }
    return targets;
}

void HealthDialog::update()
{
    const bool running = m_health->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_scope->setEnabled(!running);
    m_bar->setRange(0, std::max(1, m_health->appsTotal()));
    m_bar->setValue(m_health->appsDone());
    m_progress->setText(
        m_health->appsTotal() == 0 && !running ? tr("Choose what to check, then Check.") : m_health->progressText());
    const bool selected = m_view->selectionModel()->hasSelection();
    m_show->setEnabled(selected);
    m_assign->setEnabled(selected);
}

void HealthDialog::reject()
{
    m_health->cancel();
    QDialog::reject();
}

} // namespace c1
