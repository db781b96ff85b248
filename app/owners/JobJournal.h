#pragma once

#include "owners/BulkTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace c1 {

// One bulk job on disk: <dir>/<job-id>.json, always replaced atomically (QSaveFile), so a crash leaves either the
// previous or the next complete state. Ordinary changes are coalesced (at most one write per interval);
// flush() writes at once, and the job calls it BEFORE any request is sent, so a row found "sending" after a
// crash is verified by reading, never blindly re-sent.
class JobJournal : public QObject {
    Q_OBJECT
public:
    using Snapshot = std::function<BulkJobState()>;

    JobJournal(QString path, Snapshot snapshot, QObject* parent = nullptr);
    ~JobJournal() override; // writes what is pending

    QString path() const { return m_path; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    int writeCount() const { return m_writes; }

    void markDirty(); // written within the interval
    bool flush(); // written now (if dirty); false and errorString() when the file cannot be written
    QString errorString() const { return m_error; }

    // <AppDataLocation>/jobs
    static QString defaultDir();
    static QString pathFor(const QString& dir, const QString& jobId);
    static QByteArray serialize(const BulkJobState& state);
    static std::optional<BulkJobState> deserialize(const QByteArray& data, QString* error = nullptr);
    static bool write(const QString& path, const BulkJobState& state, QString* error = nullptr);
    static std::optional<BulkJobState> load(const QString& path, QString* error = nullptr);

    // Jobs in `dir` that did not finish: a row still "sending"/"verifying", or ticked rows not yet written in a
    // job that was neither finished nor canceled. Newest first.
    struct Summary {
        QString path;
        QString jobId;
        QString profileId;
        QString profileName;
        BulkOperation operation = BulkOperation::Add;
        int targets = 0;
        int rows = 0;
        int pending = 0; // ready, sending or verifying
        QDateTime updatedAt;
    };
    static QList<Summary> unfinishedJobs(const QString& dir);
    static bool isUnfinished(const BulkJobState& state);

Q_SIGNALS:
    void writeFailed(const QString& message);

private:
    QString m_path;
    Snapshot m_snapshot;
    QTimer m_timer;
    bool m_dirty = false;
    int m_writes = 0;
    QString m_error;
};

} // namespace c1
