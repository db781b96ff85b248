#pragma once

// The workloads of tst_faultmatrix, each driven through the real C1Client against the sandbox tenant, each
// operation ending in exactly one outcome that the test then checks against the tenant's final state.

#include "api/C1Client.h"
#include "api/Paging.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace c1::test {

// Released once by whoever finishes last; tests wait on it with QSignalSpy::wait, a real event loop (qWaitFor and
// QTRY_* sleep 10 ms between rounds, which would make every sequential request take 10 ms).
class Latch : public QObject {
    Q_OBJECT
public:
    void release() { Q_EMIT released(); }
Q_SIGNALS:
    void released();
};

enum class Outcome {
    Pending, // no answer yet: "lost" if still so at the end
    Done,
    Failed, // reported failed, with a message for the admin
};

// What the tenant looks like to a faultless reader: the app IDs, each app's resource type IDs and each type's
// resource IDs, in listing order.
struct TenantTree {
    QStringList apps;
    QHash<QString, QStringList> types; // appId → type IDs
    QHash<QString, QStringList> resources; // "<appId>/<typeId>" → resource IDs
    int listings() const { return 1 + int(apps.size()) + int(resources.size()); }
};

// Browse: list every app, every app's resource types and every type's resources through PageStream, at most
// `concurrency` listings at a time. A listing is Done when it ends without error and holds every ID of `truth`
// exactly once (objects created meanwhile may be extra), Failed when it ends with an error the admin is told.
// A listing that ends "successfully" with a missing or a repeated row is counted lost / duplicated.
class BrowseRun : public QObject {
    Q_OBJECT
public:
    BrowseRun(C1Client* client, TenantTree truth, int pageSize, int concurrency, QObject* parent = nullptr);
    void start();
    bool isFinished() const { return m_finished == m_listings.size(); }

    // Reads the whole tree (no faults expected): the truth to compare with. Waits (test helper only).
    static std::optional<TenantTree> readTree(C1Client* client, int pageSize);

    int operations() const { return int(m_listings.size()); }
    int count(Outcome outcome) const;
    int lost() const; // pending, or "done" with rows missing
    int duplicated() const; // rows listed twice within one listing
    QStringList failures() const; // the admin's messages of failed listings

Q_SIGNALS:
    void finished();

private:
    struct Listing {
        QString appId; // empty: the app list
        QString typeId; // empty: the app's types
        QStringList expected;
        QStringList seen;
        Outcome outcome = Outcome::Pending;
        QString message;
        bool missing = false;
        int repeats = 0;
    };
    void next();
    void run(int index);

    C1Client* m_client;
    int m_pageSize;
    int m_concurrency;
    QList<Listing> m_listings;
    int m_started = 0;
    qsizetype m_finished = 0;
};

// Create: apps and resources through createApp/createResource, all at once. An ambiguous failure (dropped,
// timed out, 5xx, unreadable answer) is checked by searching for the name before anything else: found → Done,
// absent → sent again (at most `maxSends` in all), unverifiable → Failed ("may or may not exist"). Other errors
// (4xx, 3xx, 429 after the retries) are Failed. afterwards verify() compares with the tenant's listings.
class CreateRun : public QObject {
    Q_OBJECT
public:
    struct Item {
        QString name;
        QString appId; // resource only: where it goes
        QString typeId; // resource only; empty = an app
        Outcome outcome = Outcome::Pending;
        bool unverified = false; // failed without knowing whether it took effect
        int sends = 0;
        QString message;
    };

    CreateRun(C1Client* client, QList<Item> items, int maxSends = 3, QObject* parent = nullptr);
    void start();
    bool isFinished() const { return m_finished == m_items.size(); }
    const QList<Item>& items() const { return m_items; }

    // Names in the tenant's final listings: how many objects carry each name.
    struct Check {
        int lost = 0; // pending, done but absent, or failed for sure but present
        int duplicated = 0; // names present more than once
    };
    Check verify(const QHash<QString, int>& namesInTenant) const;

    int operations() const { return int(m_items.size()); }
    int count(Outcome outcome) const;
    QStringList failures() const;

Q_SIGNALS:
    void finished();

private:
    void send(int index);
    void onSent(int index, const ApiError& error);
    void lookUp(int index, const ApiError& why);
    void settle(int index, Outcome outcome, const QString& message = {});

    C1Client* m_client;
    QList<Item> m_items;
    int m_maxSends;
    qsizetype m_finished = 0;
};

// Waits (test helper): how many apps carry each display name, and how many resources of one type.
QHash<QString, int> appNames(C1Client* client);
QHash<QString, int> resourceNames(C1Client* client, const QString& appId, const QString& typeId);

} // namespace c1::test
