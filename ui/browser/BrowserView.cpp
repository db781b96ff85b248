#include "browser/BrowserView.h"

#include "api/Session.h"
#include "browser/BrowserItemDelegate.h"
#include "browser/DetailsPane.h"
#include "browser/SearchBox.h"
#include "models/AppTreeModel.h"
#include "models/TreeFilterProxy.h"
#include "models/TreeLocator.h"

#include <QAction>
#include <QClipboard>
#include <QDataStream>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace c1 {

using NodeKind = AppTreeModel::NodeKind;
using Column = AppTreeModel::Column;

BrowserView::BrowserView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AppTreeModel(this))
    , m_proxy(new TreeFilterProxy(this))
    , m_locator(new TreeLocator(m_model, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filter(new QLineEdit)
    , m_search(new SearchBox)
    , m_tree(new QTreeView)
    , m_status(new QLabel)
    , m_details(new DetailsPane)
{
    setObjectName(QStringLiteral("browserView"));
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    auto* side = new QWidget;
    side->setObjectName(QStringLiteral("browserTreeSide"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_filter);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_tree, 1);
    sideLayout->addWidget(m_status);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 3000, 2000 }); // proportions: the stretch factors only share space beyond size hints
    // Room for the details' labels and values side by side, also in German and French (longer labels).
    m_details->setMinimumWidth(m_details->fontMetrics().averageCharWidth() * 50);

    m_filter->setObjectName(QStringLiteral("treeFilter"));
    m_filter->setAccessibleName(tr("Filter the loaded tree"));
    m_filter->setPlaceholderText(tr("Filter loaded items (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    if (auto* clear = m_filter->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the filter")); // the clear button's name for screen readers
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDebounceMs);
    connect(m_filter, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(&m_filterTimer, &QTimer::timeout, this, &BrowserView::applyFilter);
    // Ctrl+F is the main window's Find action, which calls focusFilter() while this view is shown.

    m_tree->setObjectName(QStringLiteral("appTree"));
    m_tree->setAccessibleName(tr("Apps, resource types and resources"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new BrowserItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(int(Column::Name), Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(int(Column::Name), 280);
    m_tree->header()->resizeSection(int(Column::Kind), 110);
    m_tree->header()->resizeSection(int(Column::Id), 230);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &BrowserView::showContextMenu);
    connect(m_tree, &QTreeView::clicked, this, &BrowserView::onClicked);
    connect(m_tree, &QTreeView::activated, this, &BrowserView::onClicked);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });

    m_status->setObjectName(QStringLiteral("treeStatus")); // read by its text, no accessible name

    connect(m_model, &AppTreeModel::loadingChanged, this, &BrowserView::updateStatus);
    connect(m_model, &AppTreeModel::pageFinished, this, [this](const QModelIndex&, const QString& error) {
        updateStatus();
        if (!error.isEmpty())
            Q_EMIT statusMessage(error);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrowserView::updateStatus);
    connect(m_locator, &TreeLocator::located, this, &BrowserView::onLocated);
    connect(m_locator, &TreeLocator::failed, this, [this](const TreePath&, const QString& message) {
        m_status->setText(message);
        Q_EMIT statusMessage(message);
    });
    connect(m_search, &SearchBox::resultActivated, this, &BrowserView::goToPath);
    buildActions();
    updateStatus();
}

BrowserView::~BrowserView() = default;

void BrowserView::buildActions()
{
    const auto make = [this](const QString& name, const QString& text) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        return action;
    };
    m_copyId = make(QStringLiteral("browserActionCopyId"), tr("Copy ID"));
    connect(m_copyId, &QAction::triggered, this, &BrowserView::copyCurrentId);
    m_copyPath = make(QStringLiteral("browserActionCopyPath"), tr("Copy Path of IDs"));
    connect(m_copyPath, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(m_model->pathAt(currentSourceIndex()).toString()); });
    m_refresh = make(QStringLiteral("browserActionRefresh"), tr("Refresh"));
    connect(m_refresh, &QAction::triggered, this, &BrowserView::refreshCurrent);
    m_refreshAll = make(QStringLiteral("browserActionRefreshAll"), tr("Refresh All"));
    connect(m_refreshAll, &QAction::triggered, this, &BrowserView::refreshAll);
    m_loadAll = make(QStringLiteral("browserActionLoadAll"), tr("Load All Pages"));
    connect(m_loadAll, &QAction::triggered, this, [this] {
        QModelIndex index = currentSourceIndex();
        if (m_model->isStatusRow(index))
            index = index.parent();
        m_model->fetchAll(index);
    });
    m_retry = make(QStringLiteral("browserActionRetry"), tr("Retry"));
    connect(m_retry, &QAction::triggered, this, [this] { m_model->activate(currentSourceIndex()); });
    m_newResource = make(QStringLiteral("browserActionNewResource"), tr("New Resource…"));
    connect(m_newResource, &QAction::triggered, this, [this] {
        const TreePath path = m_model->pathAt(currentSourceIndex());
        Q_EMIT newResourceRequested(path.appId, path.resourceTypeId);
    });
    m_bulkOwners = make(QStringLiteral("browserActionBulkOwners"), tr("Bulk Assign Owners…"));
    connect(m_bulkOwners, &QAction::triggered, this, [this] { Q_EMIT bulkAssignOwnersRequested(selectedTargets()); });
}

void BrowserView::setSession(Session* session)
{
    m_locator->cancel();
    m_session = session;
    C1Client* client = session ? session->client() : nullptr;
    m_model->setClient(client);
    m_details->setClient(client);
    m_search->setClient(client);
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateStatus();
}

bool BrowserView::hasCurrentId() const
{
    return !m_model->idAt(currentSourceIndex()).isEmpty();
}

void BrowserView::copyCurrentId()
{
    const QString id = m_model->idAt(currentSourceIndex());
    if (!id.isEmpty())
        QGuiApplication::clipboard()->setText(id);
}

void BrowserView::focusSearch()
{
    m_search->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_search->lineEdit()->selectAll();
}

namespace {
constexpr quint32 kLayoutMagic = 0xC1B0'0001; // "C1 browser layout", version 1
} // namespace

QByteArray BrowserView::saveLayoutState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kLayoutMagic << m_splitter->saveState() << m_tree->header()->saveState();
    return state;
}

void BrowserView::restoreLayoutState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray splitter;
    QByteArray header;
    in >> magic >> splitter >> header;
    if (in.status() != QDataStream::Ok || magic != kLayoutMagic)
        return;
    m_splitter->restoreState(splitter);
    m_tree->header()->restoreState(header);
}

void BrowserView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BrowserView::applyFilter()
{
    m_proxy->setFilterText(m_filter->text());
    if (!m_proxy->filterText().isEmpty())
        expandMatches();
    if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
        m_tree->scrollTo(current);
}

// Expands the loaded containers that are shown for a match below them (never an unloaded one: that would list it).
void BrowserView::expandMatches()
{
    const std::function<void(const QModelIndex&, int)> expand = [&](const QModelIndex& parent, int depth) {
        const int rows = m_proxy->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            const QModelIndex source = m_proxy->mapToSource(index);
            const NodeKind kind = m_model->kindAt(source);
            if (kind != NodeKind::App && kind != NodeKind::ResourceType && kind != NodeKind::EntitlementGroup)
                continue;
            if (m_model->loadState(source) == AppTreeModel::LoadState::NotLoaded || m_proxy->matches(source))
                continue;
            m_tree->expand(index);
            if (depth < 1)
                expand(index, depth + 1);
        }
    };
    expand(QModelIndex(), 0);
}

QModelIndex BrowserView::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0));
}

BrowserSelection BrowserView::currentSelection() const
{
    BrowserSelection selection;
    const QModelIndex source = currentSourceIndex();
    if (!source.isValid() || m_model->isStatusRow(source))
        return selection;
    selection.valid = true;
    selection.kind = m_model->kindAt(source);
    selection.path = m_model->pathAt(source);
    // The values along the path: the app, the type, then the node itself.
    for (QModelIndex index = source; index.isValid(); index = index.parent()) {
        const QVariant value = index.data(AppTreeModel::ValueRole);
        if (value.metaType() == QMetaType::fromType<App>())
            selection.app = value.value<App>();
        else if (value.metaType() == QMetaType::fromType<AppResourceType>())
            selection.resourceType = value.value<AppResourceType>();
        else if (value.metaType() == QMetaType::fromType<AppResource>())
            selection.resource = value.value<AppResource>();
        else if (value.metaType() == QMetaType::fromType<AppEntitlement>())
            selection.entitlement = value.value<AppEntitlement>();
    }
    return selection;
}

QList<OwnerTarget> BrowserView::selectedTargets() const
{
    QList<OwnerTarget> targets;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    for (const QModelIndex& row : rows) {
        const QModelIndex source = m_proxy->mapToSource(row);
        const TreePath path = m_model->pathAt(source);
        const QString name = m_model->nameAt(source);
        switch (m_model->kindAt(source)) {
        case NodeKind::App:
            targets.append(OwnerTarget::app(path.appId, name));
            break;
        case NodeKind::Resource:
            targets.append(OwnerTarget::resource(path.appId, path.resourceTypeId, path.resourceId, name));
            break;
        case NodeKind::Entitlement: // the fifth owner kind
            targets.append(OwnerTarget::entitlement(path.appId, path.entitlementId, name));
            break;
        default:
            break;
        }
    }
    return targets;
}

void BrowserView::onCurrentChanged(const QModelIndex&)
{
    const BrowserSelection selection = currentSelection();
    if (selection.valid)
        m_details->showSelection(selection);
    else
        m_details->clear();
    Q_EMIT currentChanged(selection);
}

void BrowserView::onClicked(const QModelIndex& index)
{
    const QModelIndex source = m_proxy->mapToSource(index.siblingAtColumn(0));
    if (m_model->isStatusRow(source))
        m_model->activate(source);
}

void BrowserView::goToPath(const TreePath& path)
{
    m_status->setText(tr("Finding %1…").arg(path.toString()));
    m_locator->locate(path);
}

void BrowserView::onLocated(const QModelIndex& sourceIndex)
{
    QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid() && !m_proxy->filterText().isEmpty()) {
        m_filter->clear(); // the filter hides it: show everything again
        m_filterTimer.stop();
        m_proxy->setFilterText(QString());
        index = m_proxy->mapFromSource(sourceIndex);
    }
    if (!index.isValid())
        return;
    selectSourceIndex(sourceIndex);
    Q_EMIT located(m_model->pathAt(sourceIndex));
}

void BrowserView::selectSourceIndex(const QModelIndex& sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex.siblingAtColumn(0));
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_tree->setFocus(Qt::OtherFocusReason);
    updateStatus();
}

void BrowserView::setWriteEnabled(bool enabled, const QString& whyNot)
{
    m_writeEnabled = enabled;
    m_writeDisabledReason = enabled ? QString() : whyNot;
}

void BrowserView::setExtraContextActions(const QList<QAction*>& actions)
{
    m_extraActions.clear();
    for (QAction* action : actions)
        m_extraActions.append(action);
}

void BrowserView::refreshCurrent()
{
    const QModelIndex source = currentSourceIndex();
    m_model->refresh(source.isValid() ? source : QModelIndex());
}

void BrowserView::refreshAll()
{
    m_model->refreshAll();
}

void BrowserView::showContextMenu(const QPoint& pos)
{
    const QModelIndex source = m_proxy->mapToSource(m_tree->indexAt(pos).siblingAtColumn(0));
    const NodeKind kind = m_model->kindAt(source);
    const bool node = source.isValid() && !AppTreeModel::isStatusKind(kind);
    m_copyId->setEnabled(node && !m_model->idAt(source).isEmpty());
    m_copyPath->setEnabled(node);
    m_refresh->setEnabled(source.isValid());
    m_retry->setVisible(kind == NodeKind::Error && source.isValid());
    const QModelIndex container = m_model->isStatusRow(source) ? source.parent() : source;
    m_loadAll->setEnabled(m_model->canFetchMore(container) || m_model->isStatusRow(source));
    m_newResource->setEnabled(m_writeEnabled && node && (kind == NodeKind::ResourceType || kind == NodeKind::Resource));
    m_bulkOwners->setEnabled(m_writeEnabled && !selectedTargets().isEmpty());
    for (QAction* write : { m_newResource, m_bulkOwners })
        write->setToolTip(m_writeDisabledReason);

    // Shown with popup(), not exec(): no nested event loop. The menu goes once hidden (after its action ran; the
    // actions are the view's).
    auto* menu = new QMenu(this);
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    menu->setObjectName(QStringLiteral("treeContextMenu"));
    menu->setToolTipsVisible(!m_writeEnabled);
    menu->addAction(m_copyId);
    menu->addAction(m_copyPath);
    menu->addSeparator();
    menu->addAction(m_retry);
    menu->addAction(m_refresh);
    menu->addAction(m_refreshAll);
    menu->addAction(m_loadAll);
    menu->addSeparator();
    menu->addAction(m_newResource);
    menu->addAction(m_bulkOwners);
    if (!m_extraActions.isEmpty())
        menu->addSeparator();
    for (QAction* extra : std::as_const(m_extraActions)) {
        if (extra)
            menu->addAction(extra);
    }
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void BrowserView::updateStatus()
{
    const QLocale locale;
    QString text = tr("%1 apps, %2 resource types, %3 resources, %4 entitlements loaded")
                       .arg(locale.toString(m_model->loadedCount(NodeKind::App)),
                           locale.toString(m_model->loadedCount(NodeKind::ResourceType)),
                           locale.toString(m_model->loadedCount(NodeKind::Resource)),
                           locale.toString(m_model->loadedCount(NodeKind::Entitlement)));
    if (!m_model->client())
        text = tr("Not connected.");
    else if (m_model->isLoading())
        text = tr("Loading… %1").arg(text);
    m_status->setText(text);
}

} // namespace c1
