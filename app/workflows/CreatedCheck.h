#pragma once

#include "api/C1Client.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace c1 {

// After a create failed in a way that may have come after the tenant applied it (ApiError::isAmbiguous()), the
// form must not send it again blindly (docs/api-facts.md §2). CreatedCheck looks for what the create may have made: it
// runs the caller's search once, then again after each delay (search indexes lag), until the search reports a
// find. The search gets the time the create was sent, to tell a new object from an older one of the same name.
class CreatedCheck : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Found, NotFound, Failed, Canceled };
    Q_ENUM(Outcome)

    // Starts one search; calls `done` with true when it found the object (the caller keeps it), false when not.
    using Search = std::function<CallHandle(const QDateTime& sentAt, std::function<void(Result<bool>)> done)>;

    explicit CreatedCheck(QObject* parent = nullptr);

    void setDelaysMs(QList<int> delays) { m_delaysMs = std::move(delays); }
    void start(const QDateTime& sentAt, Search search);
    // What a form shows while the check runs, after `sendError` made the create ambiguous.
    static QString checkingText(const ApiError& sendError, const QString& name);
    void cancel();
    bool isRunning() const { return m_running; }
    int searches() const { return m_searches; }

Q_SIGNALS:
    // error: why the search failed, or "canceled"; empty for Found and NotFound.
    void finished(c1::CreatedCheck::Outcome outcome, const QString& error);

private:
    void searchOnce();
    void finish(Outcome outcome, const QString& error = {});

    QList<int> m_delaysMs { 1500, 3000 }; // before the second and the third search
    QTimer m_timer;
    Search m_search;
    QDateTime m_sentAt;
    CallHandle m_call;
    int m_searches = 0;
    bool m_running = false;
};

} // namespace c1
