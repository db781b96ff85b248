#pragma once

#include <QObject>
#include <QTimer>

namespace c1 {

struct HandoverState;

// Where and when a Handover is journaled: its own journal (HandoverState, <dir>/<id>.json) is written at once by
// write() (a stage change, the end) and at most 200 ms after markDirty() (a row changed), so that a burst of row
// changes costs one write; the journals of its steps' jobs lie beside it (jobPath()). Nothing is written while the
// handover has no ID (a plan not yet applied). A write that fails is reported (failed()), and the next change
// tries again.
class HandoverJournal : public QObject {
    Q_OBJECT
public:
    HandoverJournal(const HandoverState& state, QString dir, QObject* parent = nullptr);

    void setDir(const QString& dir) { m_dir = dir; }
    QString dir() const { return m_dir; }
    QString path() const; // empty while the handover has no ID
    QString jobPath(bool add) const; // of the current round's add or remove job

    void markDirty(); // written soon
    void write(); // now
    void flush(); // now, if a change is still to be written

Q_SIGNALS:
    void failed(const QString& error);

private:
    const HandoverState& m_state;
    QString m_dir;
    QTimer m_timer;
    bool m_dirty = false;
};

} // namespace c1
