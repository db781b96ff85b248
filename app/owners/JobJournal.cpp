#include "owners/JobJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {
constexpr int kFormatVersion = 1;

QString phaseKey(BulkJobState::Phase phase)
{
    switch (phase) {
    case BulkJobState::Phase::Planned:
        return u"planned"_s;
    case BulkJobState::Phase::Running:
        return u"running"_s;
    case BulkJobState::Phase::Paused:
        return u"paused"_s;
    case BulkJobState::Phase::Finished:
        return u"finished"_s;
    case BulkJobState::Phase::Canceled:
        return u"canceled"_s;
    }
    return {};
}

BulkJobState::Phase phaseFromKey(const QString& key)
{
    if (key == u"running"_s)
        return BulkJobState::Phase::Running;
    if (key == u"paused"_s)
        return BulkJobState::Phase::Paused;
    if (key == u"finished"_s)
        return BulkJobState::Phase::Finished;
    if (key == u"canceled"_s)
        return BulkJobState::Phase::Canceled;
    return BulkJobState::Phase::Planned;
}
} // namespace

JobJournal::JobJournal(QString path, Snapshot snapshot, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_snapshot(std::move(snapshot))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

JobJournal::~JobJournal()
{
    if (m_dirty)
        flush();
}

void JobJournal::markDirty()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

bool JobJournal::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    QString error;
    if (!write(m_path, m_snapshot(), &error)) {
        m_error = error;
        qCWarning(lcBulk) << "job journal not written:" << m_path << error;
        Q_EMIT writeFailed(error);
        return false;
    }
    m_dirty = false;
    ++m_writes;
    return true;
}

QString JobJournal::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/jobs"_s;
}

QString JobJournal::pathFor(const QString& dir, const QString& jobId)
{
    return dir + u'/' + jobId + u".json"_s;
}

QByteArray JobJournal::serialize(const BulkJobState& state)
{
    const BulkJobSpec& spec = state.spec;
    QJsonArray targets;
    for (const OwnerTarget& t : spec.targets)
        targets.append(ownerTargetToJson(t));
    QJsonArray rows;
    for (const BulkRow& row : state.rows)
        rows.append(row.toJson());
    QJsonObject json {
        { u"version"_s, kFormatVersion },
        { u"id"_s, spec.id },
        { u"createdAt"_s, formatTimestamp(spec.createdAt) },
        { u"updatedAt"_s, formatTimestamp(QDateTime::currentDateTimeUtc()) },
        { u"profileId"_s, spec.profileId },
        { u"profileName"_s, spec.profileName },
        { u"tenant"_s, spec.tenant },
        { u"operation"_s, spec.operation == BulkOperation::Add ? u"add"_s : u"remove"_s },
        { u"ownerKind"_s, spec.kind == OwnerKind::User ? u"user"_s : u"entitlement"_s },
        { u"roleSlug"_s, spec.roleSlug },
        { u"phase"_s, phaseKey(state.phase) },
        { u"targets"_s, targets },
        { u"rows"_s, rows },
    };
    if (!spec.undoOf.isEmpty())
        json.insert(u"undoOf"_s, spec.undoOf);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<BulkJobState> JobJournal::deserialize(const QByteArray& data, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("The job file is not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject json = doc.object();
    if (json.value(u"version"_s).toInt() != kFormatVersion || json.value(u"id"_s).toString().isEmpty()) {
        if (error)
            *error = tr("The job file has an unknown format.");
        return std::nullopt;
    }
    BulkJobState state;
    BulkJobSpec& spec = state.spec;
    spec.id = json.value(u"id"_s).toString();
    spec.createdAt = parseTimestamp(json.value(u"createdAt"_s));
    spec.profileId = json.value(u"profileId"_s).toString();
    spec.profileName = json.value(u"profileName"_s).toString();
    spec.tenant = json.value(u"tenant"_s).toString();
    spec.operation = json.value(u"operation"_s).toString() == u"remove"_s ? BulkOperation::Remove : BulkOperation::Add;
    spec.kind = json.value(u"ownerKind"_s).toString() == u"entitlement"_s ? OwnerKind::Entitlement : OwnerKind::User;
    spec.roleSlug = json.value(u"roleSlug"_s).toString();
    spec.undoOf = json.value(u"undoOf"_s).toString();
    const QJsonArray targets = json.value(u"targets"_s).toArray();
    for (const QJsonValue& t : targets)
        spec.targets.append(ownerTargetFromJson(t.toObject()));
    state.phase = phaseFromKey(json.value(u"phase"_s).toString());
    state.updatedAt = parseTimestamp(json.value(u"updatedAt"_s));
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    state.rows.reserve(rows.size());
    for (const QJsonValue& r : rows) {
        BulkRow row = BulkRow::fromJson(r.toObject());
        if (row.target < 0 || row.target >= spec.targets.size()) {
            if (error)
                *error = tr("The job file refers to a target that it does not list.");
            return std::nullopt;
        }
        state.rows.append(std::move(row));
    }
    return state;
}

bool JobJournal::write(const QString& path, const BulkJobState& state, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray data = serialize(state);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<BulkJobState> JobJournal::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return deserialize(file.readAll(), error);
}

bool JobJournal::isUnfinished(const BulkJobState& state)
{
    const bool stopped = state.phase == BulkJobState::Phase::Finished || state.phase == BulkJobState::Phase::Canceled;
    for (const BulkRow& row : state.rows) {
        if (row.status == RowStatus::Sending || row.status == RowStatus::Verifying)
            return true;
        if (!stopped && state.phase != BulkJobState::Phase::Planned && row.checked && row.status == RowStatus::Ready)
            return true;
    }
    return false;
}

QList<JobJournal::Summary> JobJournal::unfinishedJobs(const QString& dir)
{
    QList<Summary> list;
    const QFileInfoList files = QDir(dir).entryInfoList({ u"*.json"_s }, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        QString error;
        const std::optional<BulkJobState> state = load(info.absoluteFilePath(), &error);
        if (!state) {
            qCWarning(lcBulk) << "skipping unreadable job journal" << info.absoluteFilePath() << error;
            continue;
        }
        if (!isUnfinished(*state))
            continue;
        Summary s;
        s.path = info.absoluteFilePath();
        s.jobId = state->spec.id;
        s.profileId = state->spec.profileId;
        s.profileName = state->spec.profileName;
        s.operation = state->spec.operation;
        s.targets = int(state->spec.targets.size());
        s.rows = int(state->rows.size());
        s.pending = int(std::count_if(state->rows.cbegin(), state->rows.cend(), [](const BulkRow& r) {
            return r.status == RowStatus::Sending || r.status == RowStatus::Verifying
                || (r.checked && r.status == RowStatus::Ready);
        }));
        s.updatedAt = state->updatedAt.isValid() ? state->updatedAt : info.lastModified();
        list.append(s);
    }
    std::sort(list.begin(), list.end(), [](const Summary& a, const Summary& b) { return a.updatedAt > b.updatedAt; });
    return list;
}

} // namespace c1
