#include "owners/BulkCheck.h"

#include "api/Paging.h"

#include <QSet>

namespace c1 {

BulkCheck::BulkCheck(C1Client* client, BulkPlanner::Input input, OwnerParseResult parsed, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_planner(std::move(input))
    , m_parsed(std::move(parsed))
{ }

BulkCheck::~BulkCheck()
{
    m_finished = true;
    const auto running = m_running;
    for (CallHandle handle : running)
        handle.abort();
}

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
        m_tasks.append([this, client, search, lookupFailed](Done done) {
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
        m_tasks.append([this, client, email, lookupFailed](Done done) {
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
        m_tasks.append([this, client, search, lookupFailed](Done done) {
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
        m_tasks.append([this, client, target, kind, t](Done done) {
            auto owners = std::make_shared<QList<OwnerRecord>>();
            return PageStream<OwnerRecord>::start(
                [client, target, kind](
                    const QString& token, QObject* context, C1Client::Callback<Page<OwnerRecord>> cb) {
                    return client->listOwners(target, kind, QString(), token, 100, context, std::move(cb));
                },
                this, [owners](QList<OwnerRecord> list) { owners->append(list); },
                [this, owners, t, done](const ApiError& error) {
                    if (!error.isError())
                        m_planner.setExistingOwners(t, *owners);
                    else if (error.kind != ApiError::Kind::Canceled)
                        m_planner.setTargetError(t, error.userMessage());
                    done();
                });
        });
    }
}

void BulkCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        m_planner.setLookupError(tr("not signed in"));
        m_finished = true;
        Q_EMIT finished(false);
        return;
    }
    buildTasks();
    Q_EMIT progress(0, stepsTotal());
    pump();
}

void BulkCheck::cancel()
{
    if (!isRunning())
        return;
    m_canceled = true;
    m_next = int(m_tasks.size());
    const auto running = m_running;
    for (CallHandle handle : running)
        handle.abort();
}

void BulkCheck::pump()
{
    while (!m_canceled && m_running.size() < m_concurrency && m_next < m_tasks.size()) {
        const int index = m_next++;
        m_running.insert(index, CallHandle());
        auto finishedOne = std::make_shared<bool>(false);
        const CallHandle handle = m_tasks[index]([this, index, finishedOne] {
            *finishedOne = true;
            m_running.remove(index);
            ++m_done;
            Q_EMIT progress(m_done, stepsTotal());
            if (!m_finished)
                pump();
        });
        if (!*finishedOne)
            m_running.insert(index, handle);
    }
    if (!m_finished && m_running.isEmpty() && (m_canceled || m_next >= m_tasks.size())) {
        m_finished = true;
        Q_EMIT finished(m_canceled);
    }
}

} // namespace c1
