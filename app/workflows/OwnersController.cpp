#include "workflows/OwnersController.h"

#include "api/Session.h"
#include "models/OwnerNames.h"
#include "models/OwnersModel.h"
#include "models/RoleSlugs.h"
#include "owners/BulkOwnerJob.h"
#include "owners/BulkPlanner.h"
#include "owners/OwnerListing.h"
#include "owners/OwnerRules.h"
#include "settings/ProfileStore.h"
#include "workflows/WorkflowsLogging.h"

#include <QTimer>

#include <memory>

namespace c1 {

namespace {
QString errorText(const ApiError& error)
{
    QString text = error.userMessage();
    if (!error.requestId.isEmpty() && !text.contains(error.requestId))
        text += QLatin1Char(' ') + OwnersController::tr("(request ID %1)").arg(error.requestId);
    return text;
}

QString kindKey(OwnerKind kind, const QString& roleSlug)
{
    return QString::number(int(kind)) + QLatin1Char('|') + roleSlug;
}
} // namespace

OwnersController::OwnersController(QObject* parent)
    : QObject(parent)
    , m_model(new OwnersModel(this))
    , m_roleSlugs(new RoleSlugs(this))
    , m_names(new OwnerNames(this))
    , m_pendingTimer(new QTimer(this))
{
    m_model->setNames(m_names);
    m_pendingTimer->setInterval(20000);
    m_pendingTimer->setSingleShot(true);
    connect(m_model, &OwnersModel::pendingChanged, this, [this](int pending) {
        if (pending > 0 && m_pendingTimer->interval() > 0 && !m_pendingTimer->isActive())
            m_pendingTimer->start();
        Q_EMIT stateChanged();
    });
    connect(m_pendingTimer, &QTimer::timeout, this, [this] {
        if (m_model->pendingCount() > 0 && !isListing())
            refresh();
    });
}

OwnersController::~OwnersController()
{
    delete m_job; // aborts what is out; its callbacks end with it
    m_job = nullptr;
}

void OwnersController::setPendingRefreshInterval(int ms)
{
    m_pendingTimer->stop();
    m_pendingTimer->setInterval(ms);
}

void OwnersController::setSession(Session* session)
{
    setClient(session ? session->client() : nullptr, session ? session->profile() : Profile());
    if (session)
        m_tenantHost = session->tenantHost();
}

void OwnersController::setClient(C1Client* client, const Profile& profile)
{
    if (m_client == client && m_profile.id == profile.id)
        return;
    for (CallHandle& call : m_lists)
        call.abort();
    m_lists.clear();
    m_listsRunning = 0;
    delete m_job;
    m_job = nullptr;
    m_client = client;
    m_profile = client ? profile : Profile();
    m_tenantHost = client ? client->config().baseUrl.host() : QString();
    m_names->setClient(client);
    m_roleSlugs->setProfile(m_store, client ? m_profile.id : QString());
    m_model->clear();
    if (m_hasTarget) {
        m_model->setTarget(m_target);
        m_names->requestApp(m_target.appId);
    }
    if (m_hasTarget && client)
        refresh();
    Q_EMIT stateChanged();
}

void OwnersController::setProfileStore(ProfileStore* store)
{
    m_store = store;
    m_roleSlugs->setProfile(store, m_client ? m_profile.id : QString());
}

void OwnersController::setTarget(const OwnerTarget& target)
{
    if (m_hasTarget && target == m_target) {
        m_target.displayName = target.displayName;
        Q_EMIT stateChanged();
        return;
    }
    for (CallHandle& call : m_lists)
        call.abort();
    m_target = target;
    m_hasTarget = true;
    m_model->setTarget(target);
    m_names->requestApp(target.appId);
    m_lastMessage.clear();
    m_lastErrors.clear();
    refresh();
    Q_EMIT stateChanged();
}

void OwnersController::clearTarget()
{
    for (CallHandle& call : m_lists)
        call.abort();
    m_lists.clear();
    m_hasTarget = false;
    m_target = {};
    m_pendingTimer->stop();
    m_model->clear();
    m_listError.clear();
    m_lastMessage.clear();
    m_lastErrors.clear();
    Q_EMIT stateChanged();
}

void OwnersController::refresh()
{
    if (!m_hasTarget || !m_client)
        return;
    for (CallHandle& call : m_lists)
        call.abort();
    m_lists.clear();
    m_listError.clear();
    listKind(OwnerKind::User);
    listKind(OwnerKind::Entitlement);
    Q_EMIT stateChanged();
}

void OwnersController::listKind(OwnerKind kind)
{
    const OwnerTarget target = m_target;
    ++m_listsRunning;
    m_lists.append(OwnerListing::readAll(
        m_client, target, kind, this, [this, kind, target](QList<OwnerRecord> records, const ApiError& error) {
            m_listsRunning = std::max(0, m_listsRunning - 1);
            if (!error.isError() && target == m_target) {
                QStringList slugs;
                for (OwnerRecord& record : records) {
                    record.target = target; // the list rows do not always carry every ID
                    slugs.append(record.roleSlug);
                }
                m_model->setListed(kind, records);
                m_roleSlugs->discover(slugs);
            } else if (error.kind != ApiError::Kind::Canceled && target == m_target) {
                m_listError = kind == OwnerKind::User
                    ? tr("Could not list the user owners: %1").arg(errorText(error))
                    : tr("Could not list the entitlement owners: %1").arg(errorText(error));
            }
            if (m_listsRunning == 0) {
                if (m_model->pendingCount() > 0 && m_pendingTimer->interval() > 0)
                    m_pendingTimer->start();
                Q_EMIT stateChanged();
                Q_EMIT listed();
            }
        }));
}

QString OwnersController::whyNotWritable() const
{
    if (!m_client)
        return tr("Not connected to a tenant.");
    if (m_profile.readOnly)
        return tr("The profile “%1” is read-only: owners cannot be changed.").arg(m_profile.name);
    if (!m_hasTarget)
        return tr("Choose an app or a resource first.");
    return {};
}

QString OwnersController::ownerText(const OwnerRecord& record) const
{
    return m_model->ownerText(record);
}

QString OwnersController::targetText() const
{
    if (!m_hasTarget)
        return {};
    const QString appName = m_names->appName(m_target.appId);
    if (m_target.kind == OwnerTarget::Kind::App) {
        const QString name
            = !m_target.displayName.isEmpty() ? m_target.displayName : (appName.isEmpty() ? m_target.appId : appName);
        return tr("the app “%1”").arg(name);
    }
    if (m_target.kind == OwnerTarget::Kind::Resource) {
        const QString name = m_target.displayName.isEmpty() ? m_target.resourceId : m_target.displayName;
        return tr("the resource “%1” of the app “%2”").arg(name, appName.isEmpty() ? m_target.appId : appName);
    }
    if (m_target.kind == OwnerTarget::Kind::Entitlement) {
        const QString name = m_target.displayName.isEmpty() ? m_target.entitlementId : m_target.displayName;
        return tr("the entitlement “%1” of the app “%2”").arg(name, appName.isEmpty() ? m_target.appId : appName);
    }
    return tr("“%1”").arg(targetLabel(m_target));
}

QList<OwnerRecord> OwnersController::removable(const QList<OwnerRecord>& records) const
{
    QList<OwnerRecord> out;
    for (const OwnerRecord& record : records) {
        if (m_model->stateOf(record.target, record.roleSlug, record.ref) != OwnersModel::State::PendingRemove)
            out.append(record);
    }
    return out;
}

QString OwnersController::removalQuestion(const QList<OwnerRecord>& records) const
{
    return tr("Remove %n owner(s) from %1?", nullptr, int(records.size())).arg(targetText());
}

QStringList OwnersController::removalLines(const QList<OwnerRecord>& records) const
{
    QStringList lines;
    for (const OwnerRecord& record : records)
        lines.append(tr("%1 (role %2)").arg(ownerText(record), record.roleSlug));
    return lines;
}

// The planner's verdicts that stop an add before anything is sent, in words.
QString OwnersController::checkPlanned(const QList<BulkRow>& rows, OwnerKind kind, const QString& roleSlug) const
{
    QStringList already;
    QStringList other;
    int overLimit = 0;
    int adding = 0;
    for (const BulkRow& row : rows) {
        if (row.status == RowStatus::NoOp) {
            if (m_model->isOwner(m_target, roleSlug, row.owner))
                already.append(row.ownerName);
            else
                other.append(tr("%1: %2").arg(row.ownerName, row.message));
        } else if (row.status == RowStatus::OverLimit) {
            ++overLimit;
        } else if (row.status != RowStatus::Ready) {
            other.append(tr("%1: %2").arg(row.ownerName, row.message));
        }
        adding += row.status == RowStatus::Ready || row.status == RowStatus::OverLimit;
    }
    if (!already.isEmpty())
        return tr("Already an owner in the role “%1”: %2.").arg(roleSlug, already.join(QStringLiteral(", ")));
    if (overLimit > 0) {
        const int now = m_model->ownerCount(kind);
        return (kind == OwnerKind::User
                ? tr("At most %1 user owners are allowed; there are %2, adding %3 would make %4.")
                : tr("At most %1 entitlement owners are allowed; there are %2, adding %3 would make %4."))
            .arg(ownerRules::maxOwnersPerKind)
            .arg(now)
            .arg(adding)
            .arg(now + adding);
    }
    return other.join(QLatin1Char('\n'));
}

QString OwnersController::add(const QString& roleSlug, const QList<OwnerRecord>& owners)
{
    if (const QString why = whyNotWritable(); !why.isEmpty())
        return why;
    if (isWriting())
        return tr("Wait until the change under way has finished.");
    const QString slug = roleSlug.trimmed();
    if (const QString problem = RoleSlugs::problem(slug); !problem.isEmpty())
        return problem;
    if (owners.isEmpty())
        return tr("Choose at least one owner.");
    const OwnerKind kind = owners.constFirst().ref.kind;

    BulkPlanner::Input input;
    input.targets = { m_target };
    input.kind = kind;
    input.operation = BulkOperation::Add;
    input.roleSlug = slug;
    input.readOnly = m_profile.readOnly;
    BulkPlanner planner(input);
    planner.setExistingOwners(0, m_model->currentOwners());
    QList<BulkRow> rows;
    QList<OwnerRecord> records;
    for (const OwnerRecord& owner : owners) {
        if (owner.ref.kind != kind)
            return tr("Add user owners and entitlement owners separately.");
        OwnerRecord record = owner;
        record.target = m_target;
        record.roleSlug = slug;
        BulkRow row;
        row.line = int(rows.size()) + 1;
        row.input = m_model->idText(record);
        row.owner = record.ref;
        row.ownerName = ownerText(record);
        row.operation = BulkOperation::Add;
        row.roleSlug = slug;
        rows.append(row);
        records.append(record);
    }
    planner.applyTargetRules(rows);
    if (const QString problem = checkPlanned(rows, kind, slug); !problem.isEmpty())
        return problem;

    BulkJobState state;
    state.spec.operation = BulkOperation::Add;
    state.spec.kind = kind;
    state.spec.roleSlug = slug;
    state.spec.targets = { m_target };
    state.rows = rows;
    return start(std::move(state), std::move(records));
}

QString OwnersController::remove(const QList<OwnerRecord>& records)
{
    if (const QString why = whyNotWritable(); !why.isEmpty())
        return why;
    if (isWriting())
        return tr("Wait until the change under way has finished.");
    const QList<OwnerRecord> wanted = removable(records);
    if (wanted.isEmpty())
        return tr("Choose at least one owner that is not being removed already.");

    // "Not an owner" is the planner's verdict, per owner kind and role (a removal may span several of each).
    QHash<QString, QList<int>> groups;
    QStringList order;
    for (int i = 0; i < wanted.size(); ++i) {
        const QString key = kindKey(wanted[i].ref.kind, wanted[i].roleSlug);
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(i);
    }
    BulkJobState state;
    state.spec.operation = BulkOperation::Remove;
    state.spec.kind = wanted.constFirst().ref.kind;
    state.spec.roleSlug = wanted.constFirst().roleSlug;
    state.spec.targets = { m_target };
    QList<OwnerRecord> rowRecords;
    const QList<OwnerRecord> current = m_model->currentOwners();
    for (const QString& key : std::as_const(order)) {
        const QList<int>& members = groups.value(key);
        const OwnerRecord& first = wanted[members.constFirst()];
        BulkPlanner::Input input;
        input.targets = { m_target };
        input.kind = first.ref.kind;
        input.operation = BulkOperation::Remove;
        input.roleSlug = first.roleSlug;
        input.readOnly = m_profile.readOnly;
        BulkPlanner planner(input);
        planner.setExistingOwners(0, current);
        QList<BulkRow> rows;
        for (int i : members) {
            OwnerRecord record = wanted[i];
            record.target = m_target;
            BulkRow row;
            row.line = int(state.rows.size() + rows.size()) + 1;
            row.input = m_model->idText(record);
            row.owner = record.ref;
            row.ownerName = ownerText(record);
            row.operation = BulkOperation::Remove;
            row.roleSlug = record.roleSlug;
            rows.append(row);
            rowRecords.append(record);
        }
        planner.applyTargetRules(rows);
        state.rows += rows;
    }
    return start(std::move(state), std::move(rowRecords));
}

QString OwnersController::start(BulkJobState state, QList<OwnerRecord> records)
{
    const Profile& profile = m_profile;
    state.spec.profileId = profile.id;
    state.spec.profileName = profile.name;
    state.spec.tenant = m_tenantHost;
    m_results.clear();
    m_lastErrors.clear();
    m_lastMessage.clear();
    for (int i = 0; i < state.rows.size(); ++i) {
        const BulkRow& row = state.rows[i];
        m_results.append(RowResult { records[i], state.operationOf(row), row.status, row.message, QString() });
    }
    m_jobRecords = std::move(records);
    m_job = new BulkOwnerJob(m_client, std::move(state), this);
    m_job->setConcurrency(profile.concurrency);
    m_job->setReadOnly(profile.readOnly);
    m_job->setMaxSendsPerRow(m_maxSends);
    connect(m_job, &BulkOwnerJob::rowChanged, this, &OwnersController::onRowChanged);
    connect(m_job, &BulkOwnerJob::finished, this, &OwnersController::onJobFinished);
    qCInfo(lcWorkflows) << "owners: starting" << m_job->rows().size() << "changes on" << m_target.key();
    Q_EMIT writeStarted();
    Q_EMIT stateChanged();
    m_job->start();
    return {};
}

void OwnersController::onRowChanged(int i)
{
    if (!m_job || i < 0 || i >= m_results.size())
        return;
    const BulkRow& row = m_job->rows().at(i);
    RowResult& result = m_results[i];
    result.status = row.status;
    result.message = row.message;
    result.requestId = row.requestId;
    if (!isFinal(row.status))
        return;
    const OwnerRecord& record = m_jobRecords.at(i);
    if (result.inEffect()) {
        if (result.operation == BulkOperation::Add) {
            m_model->markAdded(record);
            m_roleSlugs->remember(record.roleSlug);
        } else {
            m_model->markRemoved(record.target, record.roleSlug, record.ref);
        }
    }
    Q_EMIT rowFinished(record, row.status, row.message);
}

void OwnersController::onJobFinished()
{
    BulkOwnerJob* job = m_job;
    if (!job)
        return;
    int added = 0;
    int removed = 0;
    int already = 0;
    bool anyEffect = false;
    for (int i = 0; i < m_results.size(); ++i) {
        RowResult& result = m_results[i];
        const BulkRow& row = job->rows().at(i);
        result.status = row.status;
        result.message = row.message;
        result.requestId = row.requestId;
        if (row.status == RowStatus::Done) {
            (result.operation == BulkOperation::Add ? added : removed) += 1;
            anyEffect = true;
        } else if (row.status == RowStatus::AlreadyDone) {
            ++already;
            anyEffect = true;
        } else if (row.status != RowStatus::NotAttempted || !row.message.isEmpty()) {
            QString text = row.message.isEmpty() ? rowStatusText(row.status) : row.message;
            if (!row.requestId.isEmpty() && !text.contains(row.requestId))
                text += QLatin1Char(' ') + tr("(request ID %1)").arg(row.requestId);
            m_lastErrors.append(tr("%1: %2").arg(ownerText(result.record), text));
        }
    }
    QStringList parts;
    if (added > 0)
        parts.append(tr("%n owner(s) added.", nullptr, added));
    if (removed > 0)
        parts.append(tr("%n owner(s) removed.", nullptr, removed));
    if (already > 0)
        parts.append(tr("%n change(s) already in place.", nullptr, already));
    m_lastMessage
        = m_lastErrors.isEmpty() ? parts.join(QLatin1Char(' ')) : (parts + m_lastErrors).join(QLatin1Char('\n'));
    m_job = nullptr;
    job->deleteLater();
    m_jobRecords.clear();
    qCInfo(lcWorkflows) << "owners: finished," << added << "added," << removed << "removed," << m_lastErrors.size()
                        << "not as asked";
    Q_EMIT stateChanged();
    if (anyEffect)
        Q_EMIT ownersChanged(m_target);
    Q_EMIT writeFinished();
}

} // namespace c1
