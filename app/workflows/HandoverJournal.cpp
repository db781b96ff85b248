#include "workflows/HandoverJournal.h"

#include "workflows/HandoverPlan.h"
#include "workflows/WorkflowsLogging.h"

namespace c1 {

HandoverJournal::HandoverJournal(const HandoverState& state, QString dir, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_dir(std::move(dir))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &HandoverJournal::write);
}

QString HandoverJournal::path() const
{
    return m_state.id.isEmpty() ? QString() : HandoverState::pathFor(m_dir, m_state.id);
}

QString HandoverJournal::jobPath(bool add) const
{
    return HandoverState::jobPathFor(m_dir, m_state.id, add, m_state.round);
}

void HandoverJournal::markDirty()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void HandoverJournal::write()
{
    m_timer.stop();
    if (m_state.id.isEmpty())
        return;
    QString error;
    if (!HandoverState::write(path(), m_state, &error)) {
        qCWarning(lcWorkflows) << "handover journal not written:" << error;
        Q_EMIT failed(error);
        return;
    }
    m_dirty = false;
}

void HandoverJournal::flush()
{
    if (m_dirty)
        write();
}

} // namespace c1
