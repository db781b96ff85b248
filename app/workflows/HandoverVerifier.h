#pragma once

#include "api/C1Client.h"
#include "workflows/HandoverPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace c1 {

// One verification pass of a handover: for each row, a get-one of the owner (GET …/owners/users/{role}/{id}), which
// is current while owner lists lag. Present is what an add expects, absent what a removal expects; a 404 is told
// apart from "the object is gone" by listing its owners (404 only when the object itself is gone, as the engine
// does). A read that fails is tried again a few times, then reported Failed. Bounded concurrency; reads only.
class HandoverVerifier : public QObject {
    Q_OBJECT
public:
    struct Check {
        int item = 0;
        OwnerTarget target;
        QString role;
        OwnerRef owner;
        bool expectPresent = true;
    };

    HandoverVerifier(C1Client* client, QList<Check> checks, int concurrency, QObject* parent = nullptr);
    ~HandoverVerifier() override;

    void start();
    void abort(); // nothing more is reported
    int total() const { return int(m_checks.size()); }
    int done() const { return m_done; }

Q_SIGNALS:
    // Verified, TargetGone, Failed, or Pending (read fine, not as expected yet: the caller may read again later).
    void verified(int item, c1::VerifyState state, const QString& message);
    void finished();

private:
    void pump();
    void read(int index);
    void targetCheck(int index);
    void answer(int index, VerifyState state, const QString& message = {});
    void failedRead(int index, const ApiError& error);

    QPointer<C1Client> m_client;
    QList<Check> m_checks;
    int m_concurrency;
    int m_next = 0;
    int m_done = 0;
    QHash<int, CallHandle> m_running;
    QHash<int, int> m_failures;
    bool m_aborted = false;
};

} // namespace c1

Q_DECLARE_METATYPE(c1::VerifyState)
