#pragma once

#include "api/C1Client.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace c1 {

// One thing the health report found.
struct HealthFinding {
    enum class Kind { NoOwner, NoLivingOwner, AtLimit, NearLimit };
    Kind kind = Kind::NoOwner;
    OwnerTarget target; // with its display name
    QString appName;
    QString detail;

    QString kindText() const; // translated
};

// The findings as a table (kind, object kind, app, object, detail), sorted through a proxy (SortRole). They are kept
// in a std::deque, which grows by blocks and never moves a finding: a QList of them reallocated and moved every finding
// each time its capacity doubled, on the UI thread in the middle of the stream (c1-bench health_100k: 51 ms of CPU at
// 91,000 findings, 28 ms at 45,500, the longest stall of the report), while an append now costs what it appends.
class HealthModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Finding, ObjectKind, App, Object, Detail, Count };
    enum Role { SortRole = Qt::UserRole + 1, KindRole };

    using QAbstractTableModel::QAbstractTableModel;
    void clear();
    void append(const QList<HealthFinding>& findings);
    const std::deque<HealthFinding>& findings() const { return m_findings; }
    int count(HealthFinding::Kind kind) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<HealthFinding> m_findings;
};

// "Ownership health" over one app or the whole tenant, below any widget: for each app, its user and entitlement
// owners and its entitlements' (apps and entitlements with no owner, with no enabled user owner and no entitlement
// owner, at or near the 32-owner limit), and its resources without a primary-role owner, found by the server
// (resource search with unownedOnly). Bounded concurrency, progress per app, cancelable at any point; findings
// stream into the model as they are found. Reads only.
class OwnershipHealth : public QObject {
    Q_OBJECT
public:
    explicit OwnershipHealth(C1Client* client, QObject* parent = nullptr);
    ~OwnershipHealth() override;

    HealthModel* model() const { return m_model; }
    void setConcurrency(int concurrency) { m_concurrency = std::clamp(concurrency, 1, 64); }
    void setNearLimit(int owners) { m_nearLimit = owners; } // "near the limit" from this many user owners (28)

    void start(const QString& appId = {}); // empty: every app of the tenant
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCanceled() const { return m_canceled; }
    int appsDone() const { return m_appsDone; }
    int appsTotal() const { return m_appsTotal; } // grows while the apps are listed
    QString errorText() const { return m_errors.join(u"; "); }
    QString progressText() const;

Q_SIGNALS:
    void progress();
    void finished();

private:
    using Task = std::function<CallHandle(std::function<void()> done)>;
    void enqueue(Task task);
    void pump();
    void feed();
    void checkApp(const App& app);
    void checkOwners(const OwnerTarget& target, const QString& appName, const std::function<void()>& done);
    void fail(const ApiError& error);
    void maybeFinish();

    QPointer<C1Client> m_client;
    HealthModel* m_model;
    int m_concurrency = 6;
    int m_nearLimit = 28;
    bool m_running = false;
    bool m_canceled = false;
    bool m_listingApps = false;
    int m_appsDone = 0;
    int m_appsTotal = 0;
    QHash<QString, int> m_appParts; // app ID → its checks still out
    QList<Task> m_queue;
    // Listed apps not checked yet. An app's checks (three tasks, and one per entitlement) are queued only while fewer
    // than two rounds of them wait: the listing of 10,000 apps queued some 63,000 tasks, and cancel() spent 30-70 ms
    // of the UI thread destroying them.
    QList<App> m_appsWaiting;
    QHash<quint64, CallHandle> m_out;
    quint64 m_next = 0;
    CallHandle m_appStream;
    QStringList m_errors;
    quint64 m_generation = 0;
};

} // namespace c1
