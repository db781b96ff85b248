#include "workflows/UndoCheck.h"

#include "api/Paging.h"
#include "owners/OwnerRules.h"
#include "settings/ConcurrencyLimits.h"
#include "workflows/WorkflowsLogging.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
QString ownerKey(const QString& role, const OwnerRef& ref)
{
    return role + u'|' + ref.key();
}
} // namespace

UndoCheck::UndoCheck(C1Client* client, BulkJobState plan, QDateTime jobEndedAt, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_endedAt(std::move(jobEndedAt))
{ }

UndoCheck::~UndoCheck()
{
    m_finished = true;
    const auto running = m_running;
    for (CallHandle handle : running)
        handle.abort();
}

void UndoCheck::setConcurrency(int concurrency)
{
    m_concurrency = requestConcurrency::clamp(concurrency);
}

void UndoCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    // One listing per target and kind of owner: a plan may hold user and entitlement owners (a transfer's journal).
    QList<std::pair<int, OwnerKind>> listings;
    for (const BulkRow& row : std::as_const(m_plan.rows)) {
        const std::pair<int, OwnerKind> listing { row.target, row.owner.kind };
        if (!listings.contains(listing))
            listings.append(listing);
    }
    for (const std::pair<int, OwnerKind>& listing : std::as_const(listings)) {
        // Captured by value as a pair: clang 14 cannot capture a structured binding.
        m_tasks.append([this, listing](Done done) {
            CallHandle handle;
            listTarget(listing.first, listing.second, std::move(done), &handle);
            return handle;
        });
    }
    Q_EMIT progress(0, int(m_tasks.size()));
    pump();
}

void UndoCheck::cancel()
{
    if (!isRunning())
        return;
    m_canceled = true;
    m_next = int(m_tasks.size());
    const auto running = m_running;
    for (CallHandle handle : running)
        handle.abort();
}

void UndoCheck::setRow(int i, RowStatus status, const QString& message, bool checked)
{
    BulkRow& row = m_plan.rows[i];
    row.status = status;
    row.message = message;
    row.checked = checked;
}

// One listing of every owner of the target's kind (all roles): present or not, and since when.
void UndoCheck::listTarget(int target, OwnerKind kind, Done done, CallHandle* handle)
{
    if (!m_client) {
        for (int i = 0; i < m_plan.rows.size(); ++i) {
            if (m_plan.rows[i].target == target && m_plan.rows[i].owner.kind == kind)
                setRow(i, RowStatus::CheckFailed, tr("not signed in"), false);
        }
        done();
        return;
    }
    const OwnerTarget where = m_plan.spec.targets.at(target);
    auto seen = std::make_shared<QHash<QString, QDateTime>>();
    *handle = PageStream<OwnerRecord>::start(
        [client = m_client, where, kind](
            const QString& token, QObject* context, C1Client::Callback<Page<OwnerRecord>> callback) {
            return client->listOwners(where, kind, QString(), token, 100, context, std::move(callback));
        },
        this,
        [seen](QList<OwnerRecord> page) {
            for (const OwnerRecord& record : page)
                seen->insert(ownerKey(record.roleSlug, record.ref), record.createdAt);
        },
        [this, target, kind, seen, done = std::move(done)](const ApiError& error) {
            for (int i = 0; i < m_plan.rows.size(); ++i) {
                const BulkRow& row = m_plan.rows[i];
                if (row.target != target || row.owner.kind != kind)
                    continue;
                if (!error.isError()) {
                    const auto it = seen->constFind(ownerKey(m_plan.roleOf(row), row.owner));
                    decide(i, it != seen->cend(), it != seen->cend() ? *it : QDateTime(), false);
                } else if (ownerRules::isNotFound(error)) {
                    setRow(i, RowStatus::TargetGone, tr("%1 no longer exists").arg(targetLabel(m_plan.targetOf(row))),
                        false);
                } else {
                    setRow(i, RowStatus::CheckFailed, error.userMessage(), false);
                }
            }
            done();
        });
}

void UndoCheck::decide(int i, bool present, const QDateTime& createdAt, bool confirmed)
{
    const BulkRow& row = m_plan.rows[i];
    const bool undoAdd = m_plan.operationOf(row) == BulkOperation::Remove; // the job added this owner
    if (undoAdd) {
        if (!present) {
            if (!confirmed)
                return confirm(i); // lists may lag behind: read the one owner
            setRow(i, RowStatus::NoOp, tr("no longer an owner (removed since the job): nothing to undo"), false);
            return;
        }
        const bool addedLater
            = createdAt.isValid() && m_endedAt.isValid() && createdAt > m_endedAt.addMSecs(kClockSkewMs);
        if (addedLater) {
            setRow(i, RowStatus::Ready,
                tr("changed since the job: removed and added again on %1; tick to remove it anyway")
                    .arg(createdAt.toLocalTime().toString(Qt::ISODate)),
                false);
            m_changed.append(i);
            return;
        }
        setRow(i, RowStatus::Ready, tr("added by the job: to be removed"), true);
        return;
    }
    if (present) {
        if (!confirmed)
            return confirm(i);
        setRow(i, RowStatus::NoOp, tr("an owner again (added since the job): nothing to undo"), false);
        return;
    }
    setRow(i, RowStatus::Ready, tr("removed by the job: to be added again"), true);
}

// The get-one read of a row the listing disagrees with (docs/api-facts.md: owner lists may lag behind).
void UndoCheck::confirm(int i)
{
    m_tasks.append([this, i](Done done) -> CallHandle {
        if (!m_client) {
            setRow(i, RowStatus::CheckFailed, tr("not signed in"), false);
            done();
            return {};
        }
        const BulkRow& row = m_plan.rows[i];
        return m_client->getOwner(m_plan.targetOf(row), m_plan.roleOf(row), row.owner, this,
            [this, i, done = std::move(done)](const Result<OwnerRecord>& result) {
                if (result)
                    decide(i, true, result.value().createdAt, true);
                else if (ownerRules::isNotFound(result.error()))
                    decide(i, false, {}, true);
                else
                    setRow(i, RowStatus::CheckFailed, result.error().userMessage(), false);
                done();
            });
    });
}

void UndoCheck::pump()
{
    while (!m_canceled && m_running.size() < m_concurrency && m_next < m_tasks.size()) {
        const int index = m_next++;
        m_running.insert(index, CallHandle());
        auto finishedOne = std::make_shared<bool>(false);
        const CallHandle handle = m_tasks[index]([this, index, finishedOne] {
            *finishedOne = true;
            m_running.remove(index);
            ++m_done;
            Q_EMIT progress(m_done, int(m_tasks.size()));
            if (!m_finished)
                pump();
        });
        if (!*finishedOne)
            m_running.insert(index, handle);
    }
    if (!m_finished && m_running.isEmpty() && (m_canceled || m_next >= m_tasks.size())) {
        m_finished = true;
        qCInfo(lcWorkflows) << "undo check" << (m_canceled ? "canceled" : "done") << "after" << m_done << "reads;"
                            << m_changed.size() << "rows changed since the job";
        Q_EMIT finished(m_canceled);
    }
}

} // namespace c1
