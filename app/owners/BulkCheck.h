#pragma once

#include "api/C1Client.h"
#include "owners/BulkPlanner.h"
#include "owners/CallQueue.h"
#include "owners/OwnerIdParser.h"
#include "settings/Profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace c1 {

// Checks a parsed paste against the tenant before anything is written: looks up user IDs in batches (search by
// refs), each email (search by email), entitlement references in batches, and every target's current owners
// (all roles, for "already an owner" and the 32-owner limit), with bounded concurrency. The planner then turns
// what was learnt into rows. Cancelable; nothing is written.
class BulkCheck : public QObject {
    Q_OBJECT
public:
    BulkCheck(C1Client* client, BulkPlanner::Input input, OwnerParseResult parsed, QObject* parent = nullptr);
    ~BulkCheck() override;

    void setConcurrency(int concurrency) { m_queue.setConcurrency(concurrency); }
    void setBatchSize(int size) { m_batch = std::max(1, size); }
    void start();
    void cancel();

    bool isRunning() const { return m_queue.isRunning(); }
    int stepsDone() const { return m_queue.done(); }
    int stepsTotal() const { return m_queue.total(); }
    const BulkPlanner& planner() const { return m_planner; }
    const OwnerParseResult& parsed() const { return m_parsed; }
    QList<BulkRow> rows() const { return m_planner.plan(m_parsed); } // after finished(false)

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool canceled);

private:
    using Done = CallQueue::Done;
    void buildTasks();

    QPointer<C1Client> m_client;
    BulkPlanner m_planner;
    OwnerParseResult m_parsed;
    int m_batch = 50;
    CallQueue m_queue; // last: destroying it aborts the reads, whose answers reach the members above
};

} // namespace c1
