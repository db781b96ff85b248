#include "models/BulkLedger.h"

#include "models/CsvWriter.h"
#include "owners/BulkOwnerJob.h"

#include <QIODevice>
#include <QSet>

using namespace Qt::StringLiterals;

namespace c1 {

BulkLedger::BulkLedger(QObject* parent)
    : QObject(parent)
{ }

BulkLedger::~BulkLedger() = default;

BulkOwnerJob* BulkLedger::job() const
{
    return m_job;
}

bool BulkLedger::isCheckable() const
{
    return m_checkable && !m_job;
}

const QList<BulkRow>& BulkLedger::rows() const
{
    return m_job ? m_job->rows() : m_rows;
}

void BulkLedger::setContext(Context context)
{
    if (m_job)
        return;
    m_context = std::move(context);
    Q_EMIT contextChanged();
}

int BulkLedger::count(RowStatus status, bool onlyChecked) const
{
    return onlyChecked ? m_checkedCounts[size_t(status)] : m_counts[size_t(status)];
}

bool BulkLedger::isProblem(RowStatus status)
{
    switch (status) {
    case RowStatus::Invalid:
    case RowStatus::WrongKind:
    case RowStatus::UnknownUser:
    case RowStatus::Disabled:
    case RowStatus::EntitlementNotFound:
    case RowStatus::OverLimit:
    case RowStatus::Blocked:
    case RowStatus::CheckFailed:
        return true;
    default:
        return false;
    }
}

int BulkLedger::problemRowCount() const
{
    int rows = 0;
    for (int n : m_problemRowsByLine)
        rows += n;
    return rows;
}

void BulkLedger::replace(const std::function<void()>& change)
{
    Q_EMIT aboutToReset();
    change();
    recount();
    Q_EMIT reset();
}

void BulkLedger::setRows(QList<BulkRow> rows)
{
    if (m_job)
        return;
    replace([&] { m_rows = std::move(rows); });
}

void BulkLedger::setRow(int index, const BulkRow& row)
{
    if (m_job || index < 0 || index >= m_rows.size())
        return;
    m_rows[index] = row;
    noteRow(index);
    Q_EMIT rowsChanged(index, index);
    Q_EMIT countsChanged();
}

void BulkLedger::editRows(const std::function<void(QList<BulkRow>&)>& edit)
{
    if (m_job || m_rows.isEmpty())
        return;
    const qsizetype before = m_rows.size();
    edit(m_rows);
    Q_ASSERT(m_rows.size() == before);
    Q_UNUSED(before)
    recount();
    Q_EMIT rowsChanged(0, int(m_rows.size()) - 1);
}

bool BulkLedger::setChecked(int index, bool checked)
{
    if (!isCheckable() || index < 0 || index >= m_rows.size())
        return false;
    BulkRow& row = m_rows[index];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    noteRow(index);
    Q_EMIT rowsChanged(index, index);
    Q_EMIT rowCheckedChanged(index, checked);
    Q_EMIT countsChanged();
    return true;
}

void BulkLedger::setCheckable(bool checkable)
{
    const bool before = isCheckable();
    m_checkable = checkable;
    if (before != isCheckable())
        Q_EMIT checkableChanged(isCheckable());
}

void BulkLedger::clear()
{
    const bool checkable = isCheckable();
    replace([this] {
        if (m_job)
            disconnect(m_job, nullptr, this, nullptr);
        m_job = nullptr;
        m_rows.clear();
    });
    if (checkable != isCheckable())
        Q_EMIT checkableChanged(isCheckable());
    Q_EMIT contextChanged();
}

BulkOwnerJob* BulkLedger::handOver(const std::function<BulkOwnerJob*(QList<BulkRow> rows)>& make)
{
    if (m_job)
        return nullptr;
    // No signal between the move and the attach: the view still sees the same rows, now read from the job.
    BulkOwnerJob* job = make(std::exchange(m_rows, {}));
    if (job)
        attach(job);
    else
        replace([] {}); // the rows are gone
    return job;
}

void BulkLedger::attach(BulkOwnerJob* job)
{
    if (!job || job == m_job)
        return;
    const bool checkable = isCheckable();
    const bool sameSize = m_seen.size() == size_t(job->rows().size()); // what the view holds now
    if (!sameSize)
        Q_EMIT aboutToReset();
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_rows.clear();
    m_job = job;
    const BulkJobSpec& spec = job->spec();
    m_context = Context { spec.targets, spec.kind, spec.operation, spec.roleSlug };
    connect(job, &BulkOwnerJob::rowChanged, this, &BulkLedger::onJobRowChanged);
    connect(job, &QObject::destroyed, this, [this] {
        // Gone without clear(): the rows went with it.
        Q_EMIT aboutToReset();
        m_job = nullptr;
        m_rows.clear();
        recount();
        Q_EMIT reset();
    });
    recount();
    if (sameSize) {
        if (!m_seen.empty())
            Q_EMIT rowsChanged(0, int(m_seen.size()) - 1);
    } else {
        Q_EMIT reset();
    }
    Q_EMIT contextChanged();
    if (checkable != isCheckable())
        Q_EMIT checkableChanged(isCheckable());
}

void BulkLedger::onJobRowChanged(int index)
{
    if (!m_job || index < 0 || size_t(index) >= m_seen.size())
        return;
    noteRow(index);
    Q_EMIT rowsChanged(index, index);
    Q_EMIT countsChanged();
}

void BulkLedger::noteRow(int index)
{
    const BulkRow& row = rows().at(index);
    Seen& seen = m_seen[size_t(index)];
    if (isProblem(seen.status) != isProblem(row.status)) {
        if (isProblem(row.status)) {
            ++m_problemRowsByLine[row.line];
        } else if (--m_problemRowsByLine[row.line] <= 0) {
            m_problemRowsByLine.remove(row.line);
        }
    }
    --m_counts[size_t(seen.status)];
    if (seen.checked)
        --m_checkedCounts[size_t(seen.status)];
    seen = Seen { row.status, row.checked };
    ++m_counts[size_t(seen.status)];
    if (seen.checked)
        ++m_checkedCounts[size_t(seen.status)];
}

void BulkLedger::recount()
{
    m_counts.fill(0);
    m_checkedCounts.fill(0);
    const QList<BulkRow>& all = rows();
    m_seen.assign(size_t(all.size()), Seen {});
    m_problemRowsByLine.clear();
    QSet<int> lines;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const BulkRow& row = all[i];
        m_seen[size_t(i)] = Seen { row.status, row.checked };
        lines.insert(row.line);
        if (isProblem(row.status))
            ++m_problemRowsByLine[row.line];
        ++m_counts[size_t(row.status)];
        if (row.checked)
            ++m_checkedCounts[size_t(row.status)];
    }
    m_lines = int(lines.size());
    Q_EMIT countsChanged();
}

QString BulkLedger::callText(const BulkRow& row) const
{
    if (row.target < 0 || row.target >= m_context.targets.size() || !makesCall(row.status))
        return {};
    return ownerCallMethod(m_context.operation) + u' '
        + ownerCallPath(m_context.targets[row.target], m_context.kind, m_context.roleSlug, row.owner);
}

bool BulkLedger::wasSent(const BulkRow& row)
{
    // A row "sending" when a process died was sent before its attempt was counted; it is read back (needsVerify),
    // and a row found done was written by a send of this job.
    return row.attempts > 0 || row.needsVerify || row.status == RowStatus::Sending || row.status == RowStatus::Verifying
        || row.status == RowStatus::Done || row.status == RowStatus::AlreadyDone;
}

void BulkLedger::writeCsv(QIODevice* device) const
{
    CsvWriter csv(device);
    csv.line({ u"line"_s, u"input"_s, u"owner_kind"_s, u"owner_id"_s, u"owner_name"_s, u"owner_email"_s, u"role"_s,
        u"target"_s, u"target_key"_s, u"status"_s, u"message"_s, u"request_id"_s, u"method"_s, u"path"_s });
    for (const BulkRow& row : rows()) {
        const OwnerTarget target = row.target >= 0 && row.target < m_context.targets.size()
            ? m_context.targets.at(row.target)
            : OwnerTarget {};
        const QString ownerId = row.owner.kind == OwnerKind::User
            ? row.owner.userId
            : (row.owner.entitlement.id.isEmpty() ? QString()
                                                  : row.owner.entitlement.appId + u'/' + row.owner.entitlement.id);
        const bool hasOwner = !ownerId.isEmpty();
        const bool sent = hasOwner && wasSent(row);
        csv.line({ QString::number(row.line), row.input,
            hasOwner ? (row.owner.kind == OwnerKind::User ? u"user"_s : u"entitlement"_s) : QString(), ownerId,
            row.ownerName, row.ownerEmail, m_context.roleSlug, targetLabel(target), target.key(),
            rowStatusKey(row.status), row.message, row.requestId,
            sent ? ownerCallMethod(m_context.operation) : QString(),
            sent ? ownerCallPath(target, m_context.kind, m_context.roleSlug, row.owner) : QString() });
    }
}

} // namespace c1
