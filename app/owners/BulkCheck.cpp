#include "owners/BulkCheck.h"

#include "api/Paging.h"
#include "owners/OwnerListing.h"

#include <QSet>

namespace c1 {

BulkCheck::BulkCheck(C1Client* client, BulkPlanner::Input input, OwnerParseResult parsed, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_planner(std::move(input))
    , m_parsed(std::move(parsed))
    , m_queue([this](int done, int total) { Q_EMIT progress(done, total); },
          [this](bool canceled) { Q_EMIT finished(canceled); })
{
    m_queue.setConcurrency(Profile().concurrency);
}

BulkCheck::~BulkCheck() = default;

void BulkCheck::buildTasks()
{
    const BulkPlanner::Input& in = m_planner.input();
    QStringList ids;
    QStringList emails;
    QList<EntitlementRef> refs;
    for (const ParsedOwner& owner : std::as_const(m_parsed.owners)) {
        if (in.kind == OwnerKind::User && owner.type == ParsedOwner::Type::UserId)
            ids << owner.value;
        else if (in.kind == OwnerKind::User && owner.type == ParsedOwner::Type::Email)
            emails << owner.value;
        else if (in.kind == OwnerKind::Entitlement && owner.type == ParsedOwner::Type::Entitlement)
            refs << owner.entitlement;
    }
    C1Client* client = m_client.data();
    auto lookupFailed = [this](const ApiError& error) {
        if (error.isError() && error.kind != ApiError::Kind::Canceled)
            m_planner.setLookupError(error.userMessage());
    };

    for (qsizetype i = 0; i < ids.size(); i += m_batch) {
        UserSearch search;
        search.ids = ids.mid(i, m_batch);
        m_queue.append([this, client, search, lookupFailed](Done done) {
            return PageStream<User>::start(
                [client, search](const QString& token, QObject* context, C1Client::Callback<Page<User>> cb) {
                    return client->searchUsers(search, token, 100, context, std::move(cb));
                },
                this, [this](QList<User> users) { m_planner.addUsers(users); },
                [lookupFailed, done](const ApiError& error) {
                    lookupFailed(error);
                    done();
                });
        });
    }
    for (const QString& email : std::as_const(emails)) {
        m_queue.append([this, client, email, lookupFailed](Done done) {
            UserSearch search;
            search.email = email;
            return PageStream<User>::start(
                [client, search](const QString& token, QObject* context, C1Client::Callback<Page<User>> cb) {
                    return client->searchUsers(search, token, 25, context, std::move(cb));
                },
                this, [this, email](QList<User> users) { m_planner.addEmailMatches(email, users); },
                [lookupFailed, done](const ApiError& error) {
                    lookupFailed(error);
                    done();
                });
        });
    }
    for (qsizetype i = 0; i < refs.size(); i += m_batch) {
        EntitlementSearch search;
        search.refs = refs.mid(i, m_batch);
        m_queue.append([this, client, search, lookupFailed](Done done) {
            return PageStream<AppEntitlement>::start(
                [client, search](const QString& token, QObject* context, C1Client::Callback<Page<AppEntitlement>> cb) {
                    return client->searchEntitlements(search, token, 100, context, std::move(cb));
                },
                this, [this](QList<AppEntitlement> list) { m_planner.addEntitlements(list); },
                [lookupFailed, done](const ApiError& error) {
                    lookupFailed(error);
                    done();
                });
        });
    }
    for (int t = 0; t < in.targets.size(); ++t) {
        const OwnerTarget target = in.targets[t];
        const OwnerKind kind = in.kind;
        m_queue.append([this, client, target, kind, t](Done done) {
            return OwnerListing::readAll(
                client, target, kind, this, [this, t, done](QList<OwnerRecord> owners, const ApiError& error) {
                    if (!error.isError())
                        m_planner.setExistingOwners(t, owners);
                    else if (error.kind != ApiError::Kind::Canceled)
                        m_planner.setTargetError(t, error.userMessage());
                    done();
                });
        });
    }
}

void BulkCheck::start()
{
    if (m_queue.isStarted())
        return;
    if (!m_client)
        m_planner.setLookupError(tr("not signed in")); // nothing to read: it finishes at once
    else
        buildTasks();
    m_queue.start();
}

void BulkCheck::cancel()
{
    m_queue.cancel();
}

} // namespace c1
