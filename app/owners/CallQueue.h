#pragma once

#include "api/C1Client.h"

#include <QHash>
#include <QList>

#include <functional>

namespace c1 {

// The bounded queue of reads behind a check (BulkCheck, UndoCheck): each task starts one call or a chain of calls
// (a page stream) and calls done() once when it has ended. At most concurrency() tasks run at a time, in the order
// they were added; a task may add more while the queue runs. After each task progress(done, total), and once when
// none is left (or after cancel(), when every running one has answered) finished(canceled). Not a QObject: the
// check passes what to do then. Destroying the queue aborts what runs and reports nothing more, so the check
// declares it last among its members (the tasks' answers still reach the others).
class CallQueue {
public:
    using Done = std::function<void()>;
    using Task = std::function<CallHandle(Done done)>;
    using Progress = std::function<void(int done, int total)>;
    using Finished = std::function<void(bool canceled)>;

    CallQueue(Progress progress, Finished finished);
    ~CallQueue();
    CallQueue(const CallQueue&) = delete;
    CallQueue& operator=(const CallQueue&) = delete;

    void setConcurrency(int concurrency); // clamped to requestConcurrency's range
    int concurrency() const { return m_concurrency; }
    void append(Task task);
    void start(); // progress(0, total), then runs; once only
    void cancel(); // starts nothing more and aborts what runs; finished(true) when they have answered

    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_started && !m_finished; }
    int done() const { return m_done; }
    int total() const { return int(m_tasks.size()); }

private:
    void pump();

    Progress m_onProgress;
    Finished m_onFinished;
    int m_concurrency = 4;
    QList<Task> m_tasks;
    int m_next = 0;
    int m_done = 0;
    QHash<int, CallHandle> m_running;
    bool m_started = false;
    bool m_finished = false;
    bool m_canceled = false;
};

} // namespace c1
