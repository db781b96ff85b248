#include "models/TreeLocator.h"

#include "models/AppTreeModel.h"

namespace c1 {

using LoadState = AppTreeModel::LoadState;

TreeLocator::TreeLocator(AppTreeModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    connect(m_model, &AppTreeModel::pageFinished, this, [this] { step(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_running)
            fail(tr("The tree was reloaded."));
    });
}

void TreeLocator::locate(const TreePath& path)
{
    cancel();
    m_path = path;
    m_running = true;
    m_askedApp = false;
    m_askedResource = false;
    if (!path.isValid()) {
        fail(tr("Nothing to find."));
        return;
    }
    step();
}

void TreeLocator::cancel()
{
    m_running = false;
    m_call.abort();
}

void TreeLocator::fail(const QString& message)
{
    m_running = false;
    Q_EMIT failed(m_path, message);
}

void TreeLocator::step()
{
    if (!m_running)
        return;
    if (const QModelIndex found = m_model->indexForPath(m_path); found.isValid()) {
        m_running = false;
        Q_EMIT located(found);
        return;
    }
    C1Client* client = m_model->client();
    if (!client) {
        fail(tr("Not connected to a tenant."));
        return;
    }
    const QModelIndex app = m_model->indexForPath(TreePath::app(m_path.appId));
    if (!app.isValid()) {
        if (m_askedApp) {
            fail(tr("App %1 was not found.").arg(m_path.appId));
            return;
        }
        m_askedApp = true;
        m_call = client->getApp(m_path.appId, this, [this](Result<App> result) {
            if (!m_running)
                return;
            if (!result) {
                fail(result.error().userMessage());
                return;
            }
            m_model->insertApp(result.value());
            step();
        });
        return;
    }
    if (m_path.entitlements) {
        const QModelIndex group = m_model->indexForPath(TreePath::entitlementGroup(m_path.appId));
        if (!group.isValid())
            pageThrough(app, tr("the app's entitlements")); // the group appears with the app's first page
        else
            pageThrough(group, tr("Entitlement %1").arg(m_path.entitlementId));
        return;
    }
    const QModelIndex type = m_model->indexForPath(TreePath::resourceType(m_path.appId, m_path.resourceTypeId));
    if (!type.isValid()) {
        pageThrough(app, tr("Resource type %1").arg(m_path.resourceTypeId));
        return;
    }
    if (m_askedResource) {
        fail(tr("Resource %1 was not found.").arg(m_path.resourceId));
        return;
    }
    m_askedResource = true;
    m_call = client->getResource(
        m_path.appId, m_path.resourceTypeId, m_path.resourceId, this, [this](Result<AppResource> result) {
            if (!m_running)
                return;
            if (!result) {
                fail(result.error().userMessage());
                return;
            }
            if (!m_model->insertResource(result.value()).isValid()) {
                fail(tr("Resource %1 could not be placed in the tree.").arg(m_path.resourceId));
                return;
            }
            step();
        });
}

void TreeLocator::pageThrough(const QModelIndex& container, const QString& what)
{
    switch (m_model->loadState(container)) {
    case LoadState::NotLoaded:
    case LoadState::Partial:
        m_model->fetchMore(container); // step() runs again when the page is in
        return;
    case LoadState::Loading:
        return; // wait for the page in flight
    case LoadState::Failed:
        // the error row is the container's last row
        fail(m_model->index(m_model->rowCount(container) - 1, 0, container).data(AppTreeModel::ErrorRole).toString());
        return;
    case LoadState::Complete:
        fail(tr("%1 was not found.").arg(what));
        return;
    }
}

} // namespace c1
