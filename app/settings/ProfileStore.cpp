#include "settings/ProfileStore.h"

#include "settings/ConcurrencyLimits.h"
#include "settings/SecretsLogging.h"

#include <QCollator>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace c1 {

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kActiveKey = QStringLiteral("activeProfile");
constexpr qsizetype kMaxRoleSlugs = 64;

QString groupOf(const QString& id)
{
    return kProfilesGroup + u'/' + id;
}

// A QSettings group name must not contain a separator or be empty; ids are UUIDs in practice.
bool isUsableId(const QString& id)
{
    return !id.isEmpty() && !id.contains(u'/') && !id.contains(u'\\') && id.trimmed() == id;
}

} // namespace

ProfileStore::ProfileStore(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsFilePath() const
{
    return m_settings->fileName();
}

std::optional<Profile> ProfileStore::profile(const QString& id) const
{
    if (!isUsableId(id))
        return std::nullopt;
    m_settings->beginGroup(groupOf(id));
    if (!m_settings->contains(QStringLiteral("name"))) {
        m_settings->endGroup();
        return std::nullopt;
    }
    Profile p;
    p.id = id;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.urlOverride = QUrl(m_settings->value(QStringLiteral("urlOverride")).toString(), QUrl::StrictMode);
    p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    p.proxy = Profile::proxyFromName(m_settings->value(QStringLiteral("proxy")).toString());
    p.proxyHost = m_settings->value(QStringLiteral("proxyHost")).toString();
    p.proxyPort = m_settings->value(QStringLiteral("proxyPort"), 0).toInt();
    p.proxyExclusions = m_settings->value(QStringLiteral("proxyExclusions")).toString();
    p.concurrency
        = requestConcurrency::clamp(m_settings->value(QStringLiteral("concurrency"), Profile().concurrency).toInt());
    p.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
    p.production = m_settings->value(QStringLiteral("production"), false).toBool();
    p.color = m_settings->value(QStringLiteral("color")).toString();
    p.language = m_settings->value(QStringLiteral("language")).toString();
    m_settings->endGroup();
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString& id : ids) {
        if (auto p = profile(id))
            result.append(std::move(*p));
    }
    // Numeric ("Tenant 2" before "Tenant 10") and case-insensitive; the C locale's collator does neither.
    QCollator collator(QLocale::system().language() == QLocale::C ? QLocale(QLocale::English) : QLocale::system());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(),
        [&collator](const Profile& a, const Profile& b) { return collator.compare(a.name, b.name) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profileByName(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (Profile& p : profiles()) {
        if (p.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return std::move(p);
    }
    return std::nullopt;
}

bool ProfileStore::save(const Profile& profile, QString* error)
{
    QString problem = profile.validate();
    if (problem.isEmpty() && !isUsableId(profile.id))
        problem = tr("The profile has no usable id.");
    if (problem.isEmpty()) {
        const auto sameName = profileByName(profile.name);
        if (sameName && sameName->id != profile.id)
            problem = tr("Another profile is already called \"%1\".").arg(profile.name.trimmed());
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }

    m_settings->beginGroup(groupOf(profile.id));
    m_settings->setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings->setValue(QStringLiteral("urlOverride"), profile.urlOverride.toString());
    m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("proxy"), Profile::proxyName(profile.proxy));
    m_settings->setValue(QStringLiteral("proxyHost"), profile.proxyHost.trimmed());
    m_settings->setValue(QStringLiteral("proxyPort"), profile.proxyPort);
    m_settings->setValue(QStringLiteral("proxyExclusions"), profile.proxyExclusions.trimmed());
    m_settings->setValue(QStringLiteral("concurrency"), profile.concurrency);
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("production"), profile.production);
    m_settings->setValue(QStringLiteral("color"), profile.color);
    m_settings->setValue(QStringLiteral("language"), profile.language);
    m_settings->endGroup();
    m_settings->sync();
    qCDebug(lcSecrets) << "saved profile" << profile.id;
    Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::remove(const QString& id)
{
    if (!isUsableId(id))
        return;
    m_settings->remove(groupOf(id));
    if (activeProfileId() == id)
        m_settings->remove(kActiveKey);
    m_settings->sync();
    qCDebug(lcSecrets) << "removed profile" << id;
    Q_EMIT profilesChanged();
}

void ProfileStore::removeWithSecrets(
    const QString& id, SecretStore* secrets, QObject* context, SecretStore::WriteCallback callback)
{
    QPointer<ProfileStore> self(this);
    secrets->remove(id, context, [self, id, callback = std::move(callback)](const SecretStore::Outcome& outcome) {
        const bool gone = outcome.ok() || outcome.error == SecretStore::Error::NotFound;
        if (gone && self)
            self->remove(id);
        callback(gone ? SecretStore::Outcome {} : outcome);
    });
}

Profile ProfileStore::duplicate(const QString& id, const QString& newName, QString* error)
{
    auto source = profile(id);
    if (!source) {
        if (error)
            *error = tr("The profile to copy no longer exists.");
        return {};
    }
    Profile copy = *source;
    copy.id = Profile::createId();
    copy.name = newName;
    if (!save(copy, error))
        return {};
    const QStringList slugs = roleSlugs(id);
    if (!slugs.isEmpty()) {
        m_settings->setValue(groupOf(copy.id) + QStringLiteral("/roleSlugs"), slugs);
        m_settings->sync();
    }
    return copy;
}

QString ProfileStore::activeProfileId() const
{
    return m_settings->value(kActiveKey).toString();
}

void ProfileStore::setActiveProfileId(const QString& id)
{
    if (id.isEmpty())
        m_settings->remove(kActiveKey);
    else
        m_settings->setValue(kActiveKey, id);
    m_settings->sync();
}

QStringList ProfileStore::roleSlugs(const QString& profileId) const
{
    if (!isUsableId(profileId))
        return {};
    return m_settings->value(groupOf(profileId) + QStringLiteral("/roleSlugs")).toStringList();
}

void ProfileStore::rememberRoleSlug(const QString& profileId, const QString& slug)
{
    const QString trimmed = slug.trimmed();
    if (!isUsableId(profileId) || trimmed.isEmpty() || !profile(profileId))
        return;
    QStringList slugs = roleSlugs(profileId);
    if (slugs.contains(trimmed))
        return;
    slugs.append(trimmed);
    while (slugs.size() > kMaxRoleSlugs)
        slugs.removeFirst();
    m_settings->setValue(groupOf(profileId) + QStringLiteral("/roleSlugs"), slugs);
    m_settings->sync();
}

} // namespace c1
