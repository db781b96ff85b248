#include "workflows/UndoCheck.h"

#include "owners/OwnerListing.h"
#include "owners/OwnerRules.h"
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
    , m_queue([this](int done, int total) { Q_EMIT progress(done, total); },
          [this](bool canceled) {
              qCInfo(lcWorkflows) << "undo check" << (canceled ? "canceled" : "done") << "after" << m_queue.done()
                                  << "reads;" << m_changed.size() << "rows changed since the job";
              Q_EMIT finished(canceled);
          })
{ }

UndoCheck::~UndoCheck() = default;

void UndoCheck::setConcurrency(int concurrency)
{
    m_queue.setConcurrency(concurrency);
}

void UndoCheck::start()
{
    if (m_queue.isStarted())
        return;
    // One listing per target and kind of owner: a plan may hold user and entitlement owners (a transfer's journal).
    QList<std::pair<int, OwnerKind>> listings;
    for (const BulkRow& row : std::as_const(m_plan.rows)) {
        const std::pair<int, OwnerKind> listing { row.target, row.owner.kind };
        if (!listings.contains(listing))
            listings.append(listing);
    }
    for (const std::pair<int, OwnerKind>& listing : std::as_const(listings)) {
        // Captured by value as a pair: clang 14 cannot capture a structured binding.
        m_queue.append(
            [this, listing](Done done) { return listTarget(listing.first, listing.second, std::move(done)); });
    }
    m_queue.start();
}

void UndoCheck::cancel()
{
    m_queue.cancel();
}

void UndoCheck::setRow(int i, RowStatus status, const QString& message, bool checked)
{
    BulkRow& row = m_plan.rows[i];
    row.status = status;
    row.message = message;
    row.checked = checked;
}

// One listing of every owner of the target's kind (all roles): present or not, and since when.
CallHandle UndoCheck::listTarget(int target, OwnerKind kind, Done done)
{
    if (!m_client) {
        for (int i = 0; i < m_plan.rows.size(); ++i) {
            if (m_plan.rows[i].target == target && m_plan.rows[i].owner.kind == kind)
                setRow(i, RowStatus::CheckFailed, tr("not signed in"), false);
        }
        done();
        return {};
    }
    return OwnerListing::readAll(m_client, m_plan.spec.targets.at(target), kind, this,
        [this, target, kind, done = std::move(done)](const QList<OwnerRecord>& owners, const ApiError& error) {
            QHash<QString, QDateTime> seen;
            for (const OwnerRecord& record : owners)
                seen.insert(ownerKey(record.roleSlug, record.ref), record.createdAt);
            for (int i = 0; i < m_plan.rows.size(); ++i) {
                const BulkRow& row = m_plan.rows[i];
                if (row.target != target || row.owner.kind != kind)
                    continue;
                if (!error.isError()) {
                    const auto it = seen.constFind(ownerKey(m_plan.roleOf(row), row.owner));
                    decide(i, it != seen.cend(), it != seen.cend() ? *it : QDateTime(), false);
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
    m_queue.append([this, i](Done done) -> CallHandle {
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

} // namespace c1
