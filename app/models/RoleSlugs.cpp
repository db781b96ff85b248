#include "models/RoleSlugs.h"

#include "settings/ProfileStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace c1 {

RoleSlugs::RoleSlugs(QObject* parent)
    : QObject(parent)
{ }

void RoleSlugs::setProfile(ProfileStore* store, const QString& profileId)
{
    m_store = store;
    m_profileId = profileId;
    Q_EMIT changed();
}

QStringList RoleSlugs::slugs() const
{
    QStringList all = m_discovered;
    if (m_store && !m_profileId.isEmpty())
        all += m_store->roleSlugs(m_profileId);
    all.removeAll(QString());
    all.sort();
    all.removeDuplicates();
    return all;
}

void RoleSlugs::discover(const QStringList& slugs)
{
    bool added = false;
    for (const QString& slug : slugs) {
        if (!slug.isEmpty() && !m_discovered.contains(slug)) {
            m_discovered.append(slug);
            added = true;
        }
    }
    if (added)
        Q_EMIT changed();
}

void RoleSlugs::remember(const QString& slug)
{
    if (slug.isEmpty() || !problem(slug).isEmpty())
        return;
    const bool known = slugs().contains(slug);
    if (m_store && !m_profileId.isEmpty())
        m_store->rememberRoleSlug(m_profileId, slug);
    if (!m_discovered.contains(slug))
        m_discovered.append(slug); // for this session even when the profile is not stored
    if (!known)
        Q_EMIT changed();
}

QString RoleSlugs::problem(const QString& slug)
{
    if (slug.isEmpty())
        return QCoreApplication::translate("c1::RoleSlugs", "Enter a role slug.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$"));
    if (!allowed.match(slug).hasMatch())
        return QCoreApplication::translate("c1::RoleSlugs",
            "A role slug is letters, digits, “.”, “_”, “~” or “-” (at most 128), starting with a letter or digit.");
    return {};
}

} // namespace c1
