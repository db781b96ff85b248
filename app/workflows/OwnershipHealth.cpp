#include "workflows/OwnershipHealth.h"

#include "api/Paging.h"
#include "owners/BulkTypes.h"
#include "owners/OwnerRules.h"
#include "workflows/WorkflowsLogging.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace c1 {

QString HealthFinding::kindText() const
{
    switch (kind) {
    case Kind::NoOwner:
        return HealthModel::tr("No owner");
    case Kind::NoLivingOwner:
        return HealthModel::tr("No enabled owner");
    case Kind::AtLimit:
        return HealthModel::tr("At the owner limit");
    case Kind::NearLimit:
        return HealthModel::tr("Near the owner limit");
    }
    return {};
}

void HealthModel::clear()
{
    beginResetModel();
    m_findings.clear();
    endResetModel();
}

void HealthModel::append(const QList<HealthFinding>& findings)
{
    if (findings.isEmpty())
        return;
    const int first = int(m_findings.size());
    beginInsertRows({}, first, first + int(findings.size()) - 1);
    m_findings.insert(m_findings.end(), findings.cbegin(), findings.cend());
    endInsertRows();
}

int HealthModel::count(HealthFinding::Kind kind) const
{
    return int(std::count_if(
        m_findings.cbegin(), m_findings.cend(), [kind](const HealthFinding& f) { return f.kind == kind; }));
}

int HealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int HealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant HealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthFinding& f = m_findings[size_t(index.row())];
    if (role == KindRole)
        return int(f.kind);
    if (role == Qt::ToolTipRole)
        return f.target.key();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Column::Finding:
        return role == SortRole ? QVariant(int(f.kind)) : QVariant(f.kindText());
    case Column::ObjectKind:
        return f.target.kind == OwnerTarget::Kind::App     ? tr("App")
            : f.target.kind == OwnerTarget::Kind::Resource ? tr("Resource")
                                                           : tr("Entitlement");
    case Column::App:
        return f.appName;
    case Column::Object:
        return targetLabel(f.target);
    case Column::Detail:
        return f.detail;
    case Column::Count:
        break;
    }
    return {};
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Finding:
        return tr("Finding");
    case Column::ObjectKind:
        return tr("Kind");
    case Column::App:
        return tr("App");
    case Column::Object:
        return tr("Object");
    case Column::Detail:
        return tr("Detail");
    case Column::Count:
        break;
    }
    return {};
}

OwnershipHealth::OwnershipHealth(C1Client* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new HealthModel(this))
{ }

OwnershipHealth::~OwnershipHealth()
{
    blockSignals(true);
    cancel();
}

void OwnershipHealth::start(const QString& appId)
{
    cancel();
    m_canceled = false;
    m_errors.clear();
    m_model->clear();
    m_appsDone = m_appsTotal = 0;
    m_appParts.clear();
    m_appsWaiting.clear();
    ++m_generation;
    if (!m_client) {
        m_errors << tr("Not connected.");
        Q_EMIT finished();
        return;
    }
    m_running = true;
    const quint64 generation = m_generation;
    if (!appId.isEmpty()) {
        m_appsTotal = 1;
        enqueue([this, appId, generation](std::function<void()> done) {
            return m_client->getApp(appId, this, [this, done, generation](Result<App> r) {
                if (generation != m_generation)
                    return;
                if (r) {
                    checkApp(r.value());
                } else {
                    fail(r.error());
                    ++m_appsDone;
                }
                done();
            });
        });
        return;
    }
    m_listingApps = true;
    m_appStream = PageStream<App>::start(
        [client = m_client](const QString& token, QObject* context, C1Client::Callback<Page<App>> callback) {
            return client->listApps(token, 100, context, std::move(callback), C1Client::AppFields::Summary);
        },
        this,
        [this](QList<App> apps) {
            m_appsTotal += int(apps.size());
            m_appsWaiting.append(std::move(apps));
            feed();
            Q_EMIT progress();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_listingApps = false;
            if (error.isError() && error.kind != ApiError::Kind::Canceled)
                fail(error);
            maybeFinish();
        });
}

void OwnershipHealth::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    m_running = false;
    ++m_generation;
    m_queue.clear();
    m_appsWaiting.clear();
    m_listingApps = false;
    m_appStream.abort();
    const auto out = std::exchange(m_out, {});
    for (CallHandle call : out)
        call.abort();
    qCInfo(lcWorkflows) << "ownership health stopped after" << m_appsDone << "of" << m_appsTotal << "apps";
    Q_EMIT progress();
    Q_EMIT finished();
}

void OwnershipHealth::enqueue(Task task)
{
    m_queue << std::move(task);
    pump();
}

void OwnershipHealth::pump()
{
    while (m_running && m_out.size() < m_concurrency && !m_queue.isEmpty()) {
        const quint64 id = ++m_next;
        const quint64 generation = m_generation;
        Task task = m_queue.takeFirst();
        m_out.insert(id, CallHandle());
        const CallHandle handle = task([this, id, generation] {
            if (generation != m_generation)
                return;
            m_out.remove(id);
            feed();
            pump();
            maybeFinish();
        });
        if (m_out.contains(id))
            m_out[id] = handle;
    }
}

void OwnershipHealth::feed()
{
    while (m_running && !m_appsWaiting.isEmpty() && m_queue.size() < 2 * m_concurrency)
        checkApp(m_appsWaiting.takeFirst());
}

void OwnershipHealth::fail(const ApiError& error)
{
    if (m_errors.size() < 5)
        m_errors << error.userMessage();
}

void OwnershipHealth::checkApp(const App& app)
{
    const quint64 generation = m_generation;
    auto partDone = [this, appId = app.id, generation] {
        if (generation != m_generation)
            return;
        if (--m_appParts[appId] <= 0) {
            m_appParts.remove(appId);
            ++m_appsDone;
            Q_EMIT progress();
        }
    };
    // How a listing of this app ends (the last page, or an error): its part is done, and so is its queued task.
    auto listingEnded = [this, partDone, generation](std::function<void()> done) {
        return [this, partDone, done = std::move(done), generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            if (error.isError())
                fail(error);
            partDone();
            done();
        };
    };
    m_appParts[app.id] = 3; // its owners, its entitlements (each one's owners added), its unowned resources
    checkOwners(OwnerTarget::app(app.id, app.displayName), app.displayName, partDone);

    enqueue([this, app, partDone, listingEnded](std::function<void()> done) {
        return PageStream<AppEntitlement>::start(
            [client = m_client, appId = app.id](
                const QString& token, QObject* context, C1Client::Callback<Page<AppEntitlement>> callback) {
                return client->listEntitlements(appId, token, 100, context, std::move(callback));
            },
            this,
            [this, app, partDone](QList<AppEntitlement> entitlements) {
                m_appParts[app.id] += int(entitlements.size());
                for (const AppEntitlement& e : std::as_const(entitlements))
                    checkOwners(OwnerTarget::entitlement(app.id, e.id, e.displayName), app.displayName, partDone);
            },
            listingEnded(std::move(done)));
    });

    enqueue([this, app, listingEnded](std::function<void()> done) {
        ResourceSearch search;
        search.appIds = { app.id };
        search.unownedOnly = true; // no primary-role owner: decided by the server
        return PageStream<AppResource>::start(
            [client = m_client, search](
                const QString& token, QObject* context, C1Client::Callback<Page<AppResource>> callback) {
                return client->searchResources(search, token, 100, context, std::move(callback));
            },
            this,
            [this, app](QList<AppResource> resources) {
                QList<HealthFinding> found;
                for (const AppResource& r : std::as_const(resources)) {
                    found << HealthFinding { HealthFinding::Kind::NoOwner,
                        OwnerTarget::resource(r.appId, r.appResourceTypeId, r.id, r.displayName), app.displayName,
                        tr("no owner in the primary role") };
                }
                m_model->append(found);
            },
            listingEnded(std::move(done)));
    });
}

// The user owners (every role) and whether there is any entitlement owner, then what they mean.
void OwnershipHealth::checkOwners(
    const OwnerTarget& target, const QString& appName, const std::function<void()>& partDone)
{
    const quint64 generation = m_generation;
    enqueue([this, target, appName, partDone, generation](std::function<void()> done) {
        auto users = std::make_shared<QHash<QString, User>>();
        return PageStream<OwnerRecord>::start(
            [client = m_client, target](
                const QString& token, QObject* context, C1Client::Callback<Page<OwnerRecord>> callback) {
                return client->listOwners(target, OwnerKind::User, {}, token, 100, context, std::move(callback));
            },
            this,
            [users](QList<OwnerRecord> records) {
                for (const OwnerRecord& r : records)
                    users->insert(r.ref.userId, r.user.value_or(User {}));
            },
            [this, target, appName, users, partDone, done, generation](const ApiError& error) {
                if (generation != m_generation)
                    return;
                if (error.isError()) {
                    if (!ownerRules::isNotFound(error))
                        fail(error);
                    partDone();
                    done();
                    return;
                }
                const CallHandle next = m_client->listOwners(target, OwnerKind::Entitlement, {}, {}, 10, this,
                    [this, target, appName, users, partDone, done, generation](const Result<Page<OwnerRecord>>& r) {
                        if (generation != m_generation)
                            return;
                        const bool entitlementOwners = r && !r.value().items.isEmpty();
                        int enabled = 0;
                        QStringList gone;
                        for (auto it = users->cbegin(); it != users->cend(); ++it) {
                            if (it.value().isEnabled())
                                ++enabled;
                            else
                                gone << (it.value().displayName.isEmpty() ? it.key() : it.value().displayName);
                        }
                        QList<HealthFinding> found;
                        const int count = int(users->size());
                        if (count == 0 && !entitlementOwners) {
                            found << HealthFinding { HealthFinding::Kind::NoOwner, target, appName,
                                tr("no user or entitlement owner") };
                        } else if (enabled == 0 && !entitlementOwners) {
                            found << HealthFinding { HealthFinding::Kind::NoLivingOwner, target, appName,
                                tr("every owner is disabled or deleted: %1").arg(gone.join(u", "_s)) };
                        }
                        if (count >= ownerRules::maxOwnersPerKind) {
                            found << HealthFinding { HealthFinding::Kind::AtLimit, target, appName,
                                tr("%1 user owners").arg(count) };
                        } else if (count >= m_nearLimit) {
                            found << HealthFinding { HealthFinding::Kind::NearLimit, target, appName,
                                tr("%1 of %2 user owners").arg(count).arg(ownerRules::maxOwnersPerKind) };
                        }
                        m_model->append(found);
                        partDone();
                        done();
                    });
                Q_UNUSED(next)
            });
    });
}

void OwnershipHealth::maybeFinish()
{
    if (!m_running || m_listingApps || !m_out.isEmpty() || !m_queue.isEmpty() || !m_appsWaiting.isEmpty())
        return;
    m_running = false;
    qCInfo(lcWorkflows) << "ownership health:" << m_model->rowCount() << "findings over" << m_appsDone << "apps";
    Q_EMIT progress();
    Q_EMIT finished();
}

QString OwnershipHealth::progressText() const
{
    const QLocale locale;
    QString text = tr("%1 of %2 apps checked, %n finding(s)", nullptr, m_model->rowCount())
                       .arg(locale.toString(m_appsDone), locale.toString(m_appsTotal));
    if (m_running)
        text += u" · "_s + tr("checking…");
    else if (m_canceled)
        text += u" · "_s + tr("stopped");
    if (!m_errors.isEmpty())
        text += u" · "_s + errorText();
    return text;
}

} // namespace c1
