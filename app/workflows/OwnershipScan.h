#pragma once

#include "api/C1Client.h"
#include "models/OwnershipModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace c1 {

// "Ownership of one person" as a workflow, below any widget: find the user (by name, email or ID; disabled and
// deleted users included), then stream everything they own (POST /api/v1/search/user-ownership, page by page, rows
// shown as they arrive) and complete each object from its v2 owner list (the role slugs the search does not carry,
// the other owners, their statuses) and its annotations, with bounded concurrency. Cancelable at any point; the
// model keeps what was read. HandoverWindow renders it; Handover plans a transfer from its model.
class OwnershipScan : public QObject {
    Q_OBJECT
public:
    explicit OwnershipScan(C1Client* client, QObject* parent = nullptr);
    ~OwnershipScan() override;

    OwnershipModel* model() const { return m_model; }
    C1Client* client() const { return m_client; }
    void setConcurrency(int concurrency); // owner lists read at once (default 8)

    // User search: an ID (27 characters) is looked up by ID, text with '@' by email, anything else as a query; every
    // status. usersFound() answers (the newest search only).
    void findUsers(const QString& text);
    static QString statusText(const User& user); // "" for enabled, "disabled", "deleted (2024-…)" (translated)

    void start(const User& user);
    void cancel();
    bool isRunning() const { return m_streaming || !m_running.isEmpty() || !m_queue.isEmpty(); }
    bool isStreaming() const { return m_streaming; }
    bool wasCanceled() const { return m_canceled; }
    const User& user() const { return m_user; }
    QString errorText() const { return m_error; } // why the listing stopped, empty when it did not
    int found() const { return int(m_model->items().size()); }
    int detailed() const { return m_detailed; } // objects whose owners were read (or failed)
    QString progressText() const;

    bool exportCsv(const QString& path, QString* error = nullptr) const;
    QString suggestedExportPath() const;

Q_SIGNALS:
    void usersFound(const QList<c1::User>& users, const QString& error);
    void progress();
    void finished(); // the stream and every owner list answered, or canceled (wasCanceled()), or failed (errorText())

private:
    void onPage(QList<UserOwnershipEntry> entries);
    void onStreamDone(const ApiError& error);
    void pump();
    void detail(const QString& key);
    void settle(const QString& key, const std::function<void(OwnershipItem&)>& change);
    void maybeFinish();

    QPointer<C1Client> m_client;
    OwnershipModel* m_model;
    User m_user;
    CallHandle m_stream;
    CallHandle m_userSearch;
    bool m_streaming = false;
    bool m_canceled = false;
    QString m_error;
    int m_concurrency = 8;
    QStringList m_queue; // target keys to complete
    QHash<QString, QList<CallHandle>> m_running; // target key → its calls out
    QHash<QString, int> m_waiting; // target key → answers still due
    QHash<QString, Annotations> m_appAnnotations; // read once per app
    QHash<QString, QStringList> m_appWaiters; // app ID → target keys waiting for its annotations
    int m_detailed = 0;
    quint64 m_generation = 0;
};

} // namespace c1
