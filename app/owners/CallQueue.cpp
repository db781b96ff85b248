#include "owners/CallQueue.h"

#include "settings/ConcurrencyLimits.h"

#include <memory>

namespace c1 {

CallQueue::CallQueue(Progress progress, Finished finished)
    : m_onProgress(std::move(progress))
    , m_onFinished(std::move(finished))
{ }

CallQueue::~CallQueue()
{
    m_finished = true;
    m_onProgress = nullptr;
    m_onFinished = nullptr;
    const auto running = m_running;
    for (CallHandle handle : running)
        handle.abort();
}

void CallQueue::setConcurrency(int concurrency)
{
    m_concurrency = requestConcurrency::clamp(concurrency);
}

void CallQueue::append(Task task)
{
    m_tasks.append(std::move(task));
}

void CallQueue::start()
{
    if (m_started)
        return;
    m_started = true;
    m_onProgress(0, total());
    pump();
}

void CallQueue::cancel()
{
    if (!isRunning())
        return;
    m_canceled = true;
    m_next = int(m_tasks.size());
    const auto running = m_running;
    for (CallHandle handle : running)
        handle.abort();
}

void CallQueue::pump()
{
    while (!m_canceled && m_running.size() < m_concurrency && m_next < m_tasks.size()) {
        const int index = m_next++;
        m_running.insert(index, CallHandle());
        auto finishedOne = std::make_shared<bool>(false); // the task may end before it returns its handle
        const CallHandle handle = m_tasks[index]([this, index, finishedOne] {
            *finishedOne = true;
            m_running.remove(index);
            ++m_done;
            if (m_finished)
                return; // being destroyed
            m_onProgress(m_done, total());
            pump();
        });
        if (!*finishedOne)
            m_running.insert(index, handle);
    }
    if (!m_finished && m_running.isEmpty() && (m_canceled || m_next >= m_tasks.size())) {
        m_finished = true;
        m_onFinished(m_canceled);
    }
}

} // namespace c1
