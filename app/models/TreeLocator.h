#pragma once

#include "api/C1Client.h"
#include "models/TreePath.h"

#include <QModelIndex>
#include <QObject>

namespace c1 {

class AppTreeModel;

// Finds a path of IDs (app → type → resource, or app → entitlement) in an AppTreeModel, loading what is missing:
// an app not yet listed is fetched and inserted, an app's resource types or entitlements are paged until the
// wanted one arrives, a resource is fetched and inserted into its type. Used for search results and "Go to ID".
class TreeLocator : public QObject {
    Q_OBJECT
public:
    explicit TreeLocator(AppTreeModel* model, QObject* parent = nullptr);

    void locate(const TreePath& path); // replaces a locate still under way
    void cancel();
    bool isRunning() const { return m_running; }
    TreePath path() const { return m_path; }

Q_SIGNALS:
    void located(const QModelIndex& sourceIndex);
    void failed(const c1::TreePath& path, const QString& message);

private:
    void step();
    void pageThrough(const QModelIndex& container, const QString& what);
    void fail(const QString& message);

    AppTreeModel* m_model;
    TreePath m_path;
    CallHandle m_call;
    bool m_running = false;
    bool m_askedApp = false;
    bool m_askedResource = false;
};

} // namespace c1
