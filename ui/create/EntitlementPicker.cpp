#include "create/EntitlementPicker.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>

namespace c1 {

namespace {
constexpr int resultLimit = 20;
} // namespace

EntitlementPicker::EntitlementPicker(QWidget* parent)
    : SearchPicker(parent)
{
    setPlaceholder(placeholder());
    searchEdit()->setAccessibleName(tr("Search entitlements or paste app/entitlement ID pairs"));
}

QString EntitlementPicker::placeholder() const
{
    return tr("Entitlement name, or <app ID>/<entitlement ID>");
}

QString EntitlementPicker::tooManyText(int maximum) const
{
    return tr("At most %1 entitlement owners are allowed; %2 are chosen.").arg(maximum).arg(count());
}

QString EntitlementPicker::notFoundText(const QString& key) const
{
    return tr("No entitlement has the reference %1.").arg(key);
}

QList<EntitlementRef> EntitlementPicker::refs() const
{
    QList<EntitlementRef> result;
    for (const QString& key : keys()) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        result.append(EntitlementRef { key.left(slash), key.mid(slash + 1) });
    }
    return result;
}

QList<AppEntitlement> EntitlementPicker::entitlements() const
{
    QList<AppEntitlement> result;
    for (const Entry& entry : entries()) {
        if (entry.value.canConvert<AppEntitlement>())
            result.append(entry.value.value<AppEntitlement>());
    }
    return result;
}

void EntitlementPicker::addEntitlement(const AppEntitlement& entitlement)
{
    addEntry(entryFor(entitlement));
}

SearchPicker::Entry EntitlementPicker::entryFor(const AppEntitlement& entitlement) const
{
    Entry entry;
    entry.key = keyOf({ entitlement.appId, entitlement.id });
    entry.title = !entitlement.displayName.isEmpty() ? entitlement.displayName
        : !entitlement.alias.isEmpty()               ? entitlement.alias
                                                     : entitlement.id;
    const QString app = m_appNames.value(entitlement.appId);
    entry.detail = app.isEmpty() ? tr("app %1").arg(entitlement.appId) : app;
    entry.value = QVariant::fromValue(entitlement);
    entry.resolved = true;
    return entry;
}

SearchPicker::Parsed EntitlementPicker::parse(const QString& text) const
{
    Parsed parsed;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression pair(QStringLiteral("^([A-Za-z0-9]+)[/:]([A-Za-z0-9]+)$"));
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return parsed;
    for (const QString& token : tokens) {
        if (!pair.match(token).hasMatch())
            return parsed; // a search query
    }
    parsed.isIdInput = true;
    for (const QString& token : tokens) {
        const QRegularExpressionMatch match = pair.match(token);
        const QString appId = match.captured(1);
        const QString id = match.captured(2);
        if (!validate::isId(appId) || !validate::isId(id)) {
            parsed.problem = tr("“%1” is not an entitlement reference: both the app ID and the entitlement ID are 27 "
                                "letters and digits.")
                                 .arg(token);
            return parsed;
        }
        const QString key = keyOf({ appId, id });
        if (!parsed.keys.contains(key))
            parsed.keys.append(key);
    }
    return parsed;
}

void EntitlementPicker::withAppNames(const QList<AppEntitlement>& entitlements, std::function<void()> then)
{
    QSet<QString> missing;
    for (const AppEntitlement& entitlement : entitlements) {
        if (!entitlement.appId.isEmpty() && !m_appNames.contains(entitlement.appId))
            missing.insert(entitlement.appId);
    }
    if (missing.isEmpty()) {
        then();
        return;
    }
    AppSearch request;
    request.appIds = QStringList(missing.cbegin(), missing.cend());
    m_appCall.abort();
    m_appCall = client()->searchApps(request, QString(), 100, this, [this, then](Result<Page<App>> result) {
        if (result) {
            for (const App& app : result.value().items)
                m_appNames.insert(app.id, app.displayName);
        }
        then(); // without names when the lookup failed: the IDs still identify the app
    });
}

CallHandle EntitlementPicker::search(const QString& query)
{
    EntitlementSearch request;
    request.query = query;
    return client()->searchEntitlements(
        request, QString(), resultLimit, this, [this](Result<Page<AppEntitlement>> result) {
            if (!result) {
                if (result.error().kind != ApiError::Kind::Canceled)
                    showResults({}, result.error().userMessage());
                return;
            }
            const QList<AppEntitlement> items = result.value().items;
            withAppNames(items, [this, items] {
                QList<Entry> found;
                for (const AppEntitlement& entitlement : items)
                    found.append(entryFor(entitlement));
                showResults(found);
            });
        });
}

CallHandle EntitlementPicker::resolve(const QStringList& keys)
{
    EntitlementSearch request;
    for (const QString& key : keys.mid(0, 100)) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        request.refs.append(EntitlementRef { key.left(slash), key.mid(slash + 1) });
    }
    const QStringList asked = keys.mid(0, 100);
    return client()->searchEntitlements(
        request, QString(), 100, this, [this, asked](Result<Page<AppEntitlement>> result) {
            if (!result) {
                resolveEntries(asked, {}, true);
                return;
            }
            const QList<AppEntitlement> items = result.value().items;
            withAppNames(items, [this, items, asked] {
                QList<Entry> found;
                for (const AppEntitlement& entitlement : items)
                    found.append(entryFor(entitlement));
                resolveEntries(asked, found, false);
            });
        });
}

} // namespace c1
