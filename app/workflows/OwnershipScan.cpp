#include "workflows/OwnershipScan.h"

#include "api/ConnectorOwners.h"
#include "api/Paging.h"
#include "owners/OwnerRules.h"
#include "workflows/BulkExport.h"
#include "workflows/WorkflowsLogging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
const QStringList kEveryStatus { u"ENABLED"_s, u"DISABLED"_s, u"DELETED"_s };
}

OwnershipScan::OwnershipScan(C1Client* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new OwnershipModel(this))
{ }

OwnershipScan::~OwnershipScan()
{
    blockSignals(true);
    cancel();
}

void OwnershipScan::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, 64);
}

QString OwnershipScan::statusText(const User& user)
{
    if (user.status == u"DISABLED"_s)
        return tr("disabled");
    if (user.status == u"DELETED"_s) {
        return user.deletedAt.isValid()
            ? tr("deleted %1").arg(QLocale().toString(user.deletedAt.toLocalTime().date(), QLocale::ShortFormat))
            : tr("deleted");
    }
    if (!user.isEnabled())
        return user.status.toLower();
    return {};
}

void OwnershipScan::findUsers(const QString& text)
{
    m_userSearch.abort();
    const QString t = text.trimmed();
    if (!m_client || t.isEmpty()) {
        Q_EMIT usersFound({}, t.isEmpty() ? QString() : tr("Not connected."));
        return;
    }
    UserSearch search;
    search.userStatuses = kEveryStatus;
    if (validate::isId(t))
        search.ids = { t };
    else if (t.contains(u'@'))
        search.email = t;
    else
        search.query = t;
    m_userSearch = m_client->searchUsers(search, {}, 50, this, [this](const Result<Page<User>>& result) {
        if (!result) {
            if (result.error().kind != ApiError::Kind::Canceled)
                Q_EMIT usersFound({}, result.error().userMessage());
            return;
        }
        Q_EMIT usersFound(result.value().items, {});
    });
}

void OwnershipScan::start(const User& user)
{
    cancel();
    m_canceled = false;
    m_error.clear();
    m_user = user;
    m_detailed = 0;
    m_appAnnotations.clear();
    m_appWaiters.clear();
    ++m_generation;
    m_model->setUserId(user.id);
    if (!m_client) {
        m_error = tr("Not connected.");
        Q_EMIT finished();
        return;
    }
    m_streaming = true;
    qCInfo(lcWorkflows) << "listing what user" << user.id << "owns";
    const QString userId = user.id;
    m_stream = PageStream<UserOwnershipEntry>::start(
        [client = m_client, userId](
            const QString& token, QObject* context, C1Client::Callback<Page<UserOwnershipEntry>> callback) {
            return client->searchUserOwnership(
                UserOwnershipSearch { userId, {} }, token, 100, context, std::move(callback));
        },
        this, [this](QList<UserOwnershipEntry> rows) { onPage(std::move(rows)); },
        [this](const ApiError& error) { onStreamDone(error); });
    Q_EMIT progress();
}

void OwnershipScan::cancel()
{
    const bool wasRunning = isRunning();
    m_queue.clear();
    ++m_generation;
    if (std::exchange(m_streaming, false))
        m_stream.abort(); // answers Canceled, ignored: no longer streaming
    const auto running = std::exchange(m_running, {});
    m_waiting.clear();
    m_appWaiters.clear();
    for (const QList<CallHandle>& calls : running) {
        for (CallHandle call : calls)
            call.abort();
    }
    if (wasRunning) {
        m_canceled = true;
        Q_EMIT progress();
        Q_EMIT finished();
    }
}

void OwnershipScan::onPage(QList<UserOwnershipEntry> entries)
{
    QList<OwnershipItem> items;
    for (const UserOwnershipEntry& entry : entries) {
        const std::optional<OwnerTarget> target = entry.target();
        if (!target) {
            qCDebug(lcWorkflows) << "skipping an ownership entry of type" << entry.ownershipType;
            continue;
        }
        OwnershipItem item;
        item.entry = entry;
        item.target = *target;
        items << item;
    }
    const int first = m_model->append(items);
    for (int i = first; i < m_model->items().size(); ++i)
        m_queue << m_model->item(i).target.key();
    pump();
    Q_EMIT progress();
}

void OwnershipScan::onStreamDone(const ApiError& error)
{
    if (!m_streaming)
        return; // canceled
    m_streaming = false;
    if (error.isError() && error.kind != ApiError::Kind::Canceled) {
        m_error = ownerRules::isNotFound(error) ? tr("No user with this ID.") : error.userMessage();
        qCWarning(lcWorkflows) << "user-ownership search stopped:" << error.fullDetail();
    }
    Q_EMIT progress();
    maybeFinish();
}

void OwnershipScan::pump()
{
    while (m_running.size() < m_concurrency && !m_queue.isEmpty())
        detail(m_queue.takeFirst());
    maybeFinish();
}

void OwnershipScan::detail(const QString& key)
{
    const int row = m_model->indexOf(key);
    if (row < 0 || !m_client)
        return;
    const OwnerTarget target = m_model->item(row).target;
    const quint64 generation = m_generation;
    QList<CallHandle>& calls = m_running[key];
    int& waiting = m_waiting[key];

    // Every user owner of every role: the user's roles, the other owners and their statuses.
    auto owners = std::make_shared<QMap<QString, QList<User>>>();
    ++waiting;
    calls << PageStream<OwnerRecord>::start(
        [client = m_client, target](
            const QString& token, QObject* context, C1Client::Callback<Page<OwnerRecord>> callback) {
            return client->listOwners(target, OwnerKind::User, {}, token, 100, context, std::move(callback));
        },
        this,
        [owners](QList<OwnerRecord> records) {
            for (const OwnerRecord& r : records) {
                User user = r.user.value_or(User {});
                if (user.id.isEmpty())
                    user.id = r.ref.userId;
                (*owners)[r.roleSlug] << user;
            }
        },
        [this, key, owners, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            settle(key, [&](OwnershipItem& item) {
                if (!error.isError()) {
                    item.ownersByRole = *owners;
                } else if (ownerRules::isNotFound(error)) {
                    item.state = OwnershipItem::State::Gone;
                } else {
                    item.state = OwnershipItem::State::Failed;
                    item.error = error.userMessage();
                }
            });
        });

    // Annotations: the app's (read once per app; items of an app being read wait for it), overridden by a
    // resource's own.
    if (m_appWaiters.contains(target.appId)) {
        ++waiting;
        m_appWaiters[target.appId] << key;
    } else if (!m_appAnnotations.contains(target.appId)) {
        ++waiting;
        m_appWaiters[target.appId] << key;
        calls << m_client->getApp(target.appId, this, [this, appId = target.appId, generation](Result<App> r) {
            if (generation != m_generation)
                return;
            m_appAnnotations.insert(appId, r ? r.value().annotations : Annotations {});
            const QStringList waiters = m_appWaiters.take(appId);
            for (const QString& waiter : waiters)
                settle(waiter, [](OwnershipItem&) {});
        });
    }
    if (target.kind == OwnerTarget::Kind::Resource) {
        // Owners the resource's connector sourced cannot be removed: the handover checks them before sending.
        ++waiting;
        calls << listImmutableResourceOwners(
            m_client, target, this, [this, key, generation](const Result<QStringList>& r) {
                if (generation != m_generation)
                    return;
                settle(key, [&](OwnershipItem& item) {
                    if (r)
                        item.immutableUserIds = r.value();
                    else
                        qCDebug(lcWorkflows) << "immutable owners not read:" << r.error().message;
                });
            });
        ++waiting;
        calls << m_client->getResource(target.appId, target.resourceTypeId, target.resourceId, this,
            [this, key, generation](Result<AppResource> r) {
                if (generation != m_generation)
                    return;
                settle(key, [&](OwnershipItem& item) {
                    if (r) {
                        for (auto it = r.value().annotations.cbegin(); it != r.value().annotations.cend(); ++it)
                            item.annotations.insert(it.key(), it.value());
                    }
                });
            });
    }
}

// One answer about `key` arrived: apply it; when the last one is in, the item is ready (unless it failed).
void OwnershipScan::settle(const QString& key, const std::function<void(OwnershipItem&)>& change)
{
    const int row = m_model->indexOf(key);
    if (row < 0)
        return;
    OwnershipItem item = m_model->item(row);
    change(item);
    if (--m_waiting[key] <= 0) {
        m_waiting.remove(key);
        m_running.remove(key);
        Annotations merged = m_appAnnotations.value(item.target.appId);
        for (auto it = item.annotations.cbegin(); it != item.annotations.cend(); ++it)
            merged.insert(it.key(), it.value());
        item.annotations = merged;
        if (item.state == OwnershipItem::State::Loading)
            item.state = OwnershipItem::State::Ready;
        ++m_detailed;
        m_model->update(row, item);
        Q_EMIT progress();
        pump();
        return;
    }
    m_model->update(row, item);
}

void OwnershipScan::maybeFinish()
{
    if (m_streaming || !m_running.isEmpty() || !m_queue.isEmpty())
        return;
    if (m_canceled)
        return; // reported by cancel()
    qCInfo(lcWorkflows) << "user" << m_user.id << "owns" << found() << "objects";
    Q_EMIT finished();
}

QString OwnershipScan::progressText() const
{
    const QLocale locale;
    QString text = tr("%n object(s) found", nullptr, found());
    if (found() > 0)
        text += u", "_s + tr("%1 with their owners read").arg(locale.toString(m_detailed));
    if (m_streaming)
        text += u" · "_s + tr("listing…");
    else if (m_canceled)
        text += u" · "_s + tr("stopped");
    if (!m_error.isEmpty())
        text += u" · "_s + m_error;
    return text;
}

QString OwnershipScan::suggestedExportPath() const
{
    QString name = m_user.displayName.isEmpty() ? m_user.id : m_user.displayName;
    name.replace(QRegularExpression(u"[^A-Za-z0-9_.-]+"_s), u"-"_s);
    return BulkExport::suggestedPath(u"ownership-%1.csv"_s.arg(name));
}

bool OwnershipScan::exportCsv(const QString& path, QString* error) const
{
    return BulkExport::writeFile(
        path, [this](QIODevice* device) { m_model->writeCsv(device); }, error);
}

} // namespace c1
