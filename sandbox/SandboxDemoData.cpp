#include "sandbox/SandboxDemoData.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

const char* const AppNames[] = { "Okta", "GitHub", "AWS Production", "AWS Staging", "Google Workspace", "Salesforce",
    "Slack", "Jira", "Confluence", "Datadog", "PagerDuty", "Snowflake", "Zoom", "Workday", "NetSuite", "Zendesk",
    "1Password", "Microsoft Entra ID", "GCP Production", "Azure DevOps", "GitLab", "Figma", "Notion", "Asana",
    "HubSpot", "Tableau", "Looker", "Databricks", "Cloudflare", "HashiCorp Vault", "Kubernetes Prod", "MongoDB Atlas",
    "Twilio", "Stripe", "Box", "Dropbox", "DocuSign", "ServiceNow", "Splunk", "Sentry", "CircleCI", "Terraform Cloud",
    "Auth0", "Miro", "Linear", "Rippling" };
const char* const AppSuffixes[] = { "EU", "US", "APAC", "Dev", "QA", "Sandbox", "Legacy", "Partners" };
const char* const Directories[] = { "Okta", "Google Workspace", "Microsoft Entra ID" };

struct Kind {
    const char* kind;
    const char* typeName;
    std::initializer_list<const char*> resources;
};
const Kind Kinds[] = {
    { "ROLE", "Roles",
        { "Administrator", "Billing Admin", "Read Only", "Developer", "Auditor", "Support Agent", "Security Analyst",
            "Power User", "Viewer", "Editor" } },
    { "GROUP", "Groups",
        { "Engineering", "Finance", "Sales EMEA", "Sales Americas", "Marketing", "Security", "Platform", "Data Science",
            "Customer Support", "Legal", "People Ops", "Contractors" } },
    { "PROJECT", "Projects",
        { "Apollo", "Borealis", "Cascade", "Delta", "Everest", "Fjord", "Granite", "Helix", "Ion", "Juniper" } },
    { "LICENSE", "Licenses", { "Enterprise Seat", "Pro Seat", "Basic Seat", "Viewer Seat" } },
    { "VAULT", "Vaults", { "Production Secrets", "Staging Secrets", "Shared Ops", "Break Glass" } },
    { "CUSTOM", "Repositories",
        { "api-gateway", "web-frontend", "billing-service", "infra-terraform", "mobile-app", "data-pipeline",
            "auth-service", "design-system" } },
};
// Well-known apps get their own type names (kind index into Kinds, display name).
struct Special {
    const char* app;
    std::initializer_list<std::pair<int, const char*>> types;
};
const Special Specials[] = {
    { "GitHub", { { 1, "Teams" }, { 5, "Repositories" }, { 0, "Organization Roles" } } },
    { "AWS Production", { { 2, "Accounts" }, { 0, "Permission Sets" }, { 1, "IAM Groups" } } },
    { "AWS Staging", { { 2, "Accounts" }, { 0, "Permission Sets" }, { 1, "IAM Groups" } } },
    { "Okta", { { 1, "Groups" }, { 0, "Admin Roles" }, { 3, "Applications" } } },
    { "HashiCorp Vault", { { 4, "Secret Engines" }, { 0, "Policies" }, { 1, "Identity Groups" } } },
};
const char* const EntitlementNames[]
    = { "Access", "Admin", "Read Only", "Billing", "Support", "Auditor", "Power User", "Developer" };
const char* const FirstNames[] = { "Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
    "Kemi", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena",
    "Yusuf", "Zoe", "Amir", "Beatriz", "Carlos", "Dana", "Emil", "Fatima", "Gustav", "Hana", "Ivan", "Julia", "Kofi",
    "Lena", "Mateo", "Nora" };
const char* const LastNames[] = { "Lovelace", "Okafor", "Martin", "Ivanov", "Rossi", "Haddad", "Hopper", "Tanaka",
    "Silva", "Berg", "Adeyemi", "Murphy", "Patel", "Schmidt", "Novak", "Sharma", "Walsh", "Garcia", "Larsen", "Reddy",
    "Khan", "Petrova", "Chen", "Lopez", "Demir", "Dubois", "Nasser", "Costa", "Mendes", "Fischer", "Nilsson", "Ali",
    "Johansson", "Sato", "Kowalski", "Weber", "Mensah", "Vogel", "Ruiz", "Eriksen" };
const char* const Titles[] = { "Software Engineer", "Site Reliability Engineer", "Security Engineer",
    "Engineering Manager", "Account Executive", "Financial Analyst", "IT Administrator", "Product Manager",
    "Data Scientist", "Support Specialist", "Recruiter", "Designer" };
const char* const Departments[] = { "Engineering", "Engineering", "Security", "Engineering", "Sales", "Finance", "IT",
    "Product", "Data", "Support", "People", "Design" };

template <typename T, size_t N> constexpr int count(const T (&)[N])
{
    return int(N);
}

QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

// The i-th name of a list, numbered once the list runs out ("Engineering", …, "Engineering 2", …).
QString nth(std::initializer_list<const char*> names, int i)
{
    const int n = int(names.size());
    const QString base = latin(names.begin()[i % n]);
    return i < n ? base : base + u' ' + QString::number(i / n + 1);
}

QString slugify(const QString& text)
{
    return text.toLower().replace(u' ', u'-');
}

// A user who left (status DELETED, with deletedAt) and still owns things under the primary role across up to five
// apps (every fourth app from the third): the app itself and the first resource of its first type beside their
// demo owners, the second resource (whose demo owner holds the other role) and the app's second entitlement
// alone. Made after everything else, so that no other object's ID changes.
void addDepartedUser(SandboxStore& store, const QString& primaryRole, qint64 base)
{
    if (store.appOrder().size() < 3 || store.users().isEmpty())
        return;
    SandboxUser user;
    user.id = store.newId();
    user.displayName = u"Jordan Avery"_s;
    user.email = u"jordan.avery@example.com"_s;
    user.username = u"jordan.avery"_s;
    user.jobTitle = u"Staff Engineer"_s;
    user.department = u"Engineering"_s;
    user.status = u"DELETED"_s;
    user.createdAt = base - 400LL * 86'400'000;
    user.deletedAt = user.updatedAt = base + 30LL * 86'400'000;
    const QString userId = store.addUser(user).id;
    auto own = [&](const QString& objectId) {
        SandboxOwner owner;
        owner.roleSlug = primaryRole;
        owner.userId = userId;
        owner.createdAt = owner.visibleAt = base;
        owner.seq = store.nextSeq();
        store.mutableOwners(objectId).append(owner);
    };
    int index = 0, owned = 0;
    QStringList appIds;
    for (const auto& [seq, appId] : store.appOrder())
        appIds.append(appId);
    for (const QString& appId : std::as_const(appIds)) {
        if (index++ % 4 != 2 || owned == 5)
            continue;
        ++owned;
        own(appId);
        if (const SandboxSeqIndex* types = store.typesOf(appId); types && !types->empty()) {
            if (const SandboxSeqIndex* resources = store.resourcesOf(types->begin()->second)) {
                auto resource = resources->begin();
                for (int r = 0; r < 2 && resource != resources->end(); ++r, ++resource)
                    own(resource->second);
            }
        }
        if (const SandboxSeqIndex* entitlements = store.entitlementsOf(appId); entitlements && entitlements->size() > 1)
            own(std::next(entitlements->begin())->second);
    }
}

} // namespace

void SandboxDemoData::generate(
    SandboxStore& store, const SandboxDataSize& size, const QStringList& roleSlugs, quint64 seed)
{
    store.clear();
    store.reseed(seed);
    const QStringList roles = roleSlugs.isEmpty() ? QStringList { u"primary"_s } : roleSlugs;
    const qint64 base = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

    // Users: first-last combinations; every 13th disabled; users 1 and 7 share the display name "Alex Kim".
    QStringList enabledUsers;
    QSet<QString> emails;
    for (int i = 0; i < size.users; ++i) {
        SandboxUser user;
        user.id = store.newId();
        const QString first = latin(FirstNames[i % count(FirstNames)]);
        const QString last = latin(LastNames[(i / count(FirstNames) * 7 + i) % count(LastNames)]);
        user.displayName = first + u' ' + last;
        QString local = first.toLower() + u'.' + last.toLower();
        if (i == 1 || i == 7) {
            user.displayName = u"Alex Kim"_s;
            local = i == 1 ? u"alex.kim"_s : u"akim"_s;
        }
        QString email = local + u"@example.com"_s;
        for (int n = 2; emails.contains(email); ++n)
            email = local + QString::number(n) + u"@example.com"_s;
        emails.insert(email);
        user.email = email;
        user.username = email.section(u'@', 0, 0);
        user.jobTitle = latin(Titles[i % count(Titles)]);
        user.department = latin(Departments[i % count(Departments)]);
        user.status = i % 13 == 12 ? u"DISABLED"_s : u"ENABLED"_s;
        user.createdAt = user.updatedAt = base + qint64(i) * 3600'000;
        const SandboxUser& added = store.addUser(user);
        if (added.status == u"ENABLED"_s)
            enabledUsers.append(added.id);
    }

    auto addOwners = [&](const QString& objectId, int objectIndex, qint64 createdAt) {
        if (enabledUsers.isEmpty())
            return;
        for (int j = 0; j < size.ownersPerObject; ++j) {
            SandboxOwner owner;
            owner.roleSlug = roles.at((objectIndex + j) % roles.size());
            owner.userId = enabledUsers.at((objectIndex * 7 + j * 13) % enabledUsers.size());
            owner.createdAt = owner.visibleAt = createdAt;
            owner.seq = store.nextSeq();
            QList<SandboxOwner>& owners = store.mutableOwners(objectId);
            const bool duplicate = std::any_of(owners.cbegin(), owners.cend(),
                [&](const SandboxOwner& o) { return o.roleSlug == owner.roleSlug && o.userId == owner.userId; });
            if (!duplicate)
                owners.append(owner);
        }
    };

    QString ownerEntitlementApp, ownerEntitlementId; // a group membership used as an entitlement owner
    for (int i = 0; i < size.apps; ++i) {
        SandboxApp app;
        app.id = store.newId();
        const int named = count(AppNames);
        const QString baseName = latin(AppNames[i % named]);
        app.displayName = i < named ? baseName
                                    : baseName + u' ' + latin(AppSuffixes[(i / named - 1) % count(AppSuffixes)]) + u' '
                + QString::number(i / named);
        app.description = u"%1 for the Acme tenant"_s.arg(app.displayName);
        app.directory = std::any_of(std::begin(Directories), std::end(Directories), [&](const char* d) {
            return baseName == latin(d);
        }) && i < named;
        app.manuallyManaged = !app.directory && i % 3 == 2;
        app.identityMatching = u"APP_USER_IDENTITY_MATCHING_STRICT"_s;
        app.monthlyCostUsd = (i * 7) % 40;
        app.userCount = (i * 37) % 500 + 3;
        app.createdAt = app.updatedAt = base + qint64(i) * 60'000;
        if (i % 5 == 0)
            app.annotations.insert(u"managed_by"_s, u"terraform"_s);
        const SandboxApp& addedApp = store.addApp(app);
        const QString appId = addedApp.id;
        const qint64 created = addedApp.createdAt;
        addOwners(appId, i, created);

        for (int e = 0; e < size.entitlementsPerApp; ++e) {
            SandboxEntitlement entitlement;
            entitlement.id = store.newId();
            entitlement.appId = appId;
            entitlement.displayName = latin(EntitlementNames[e % count(EntitlementNames)])
                + (e < count(EntitlementNames) ? QString() : u' ' + QString::number(e / count(EntitlementNames) + 1));
            entitlement.description = u"%1 in %2"_s.arg(entitlement.displayName, app.displayName);
            entitlement.alias = slugify(entitlement.displayName);
            entitlement.slug = e == 1 ? u"admin"_s : u"access"_s;
            entitlement.grantCount = (i + e * 11) % 120;
            entitlement.createdAt = entitlement.updatedAt = created;
            store.addEntitlement(std::move(entitlement));
        }

        const Special* special = nullptr;
        for (const Special& s : Specials) {
            if (i < named && baseName == latin(s.app))
                special = &s;
        }
        for (int t = 0; t < size.resourceTypesPerApp; ++t) {
            const int kindIndex
                = special && t < int(special->types.size()) ? special->types.begin()[t].first : (i + t) % count(Kinds);
            const Kind& kind = Kinds[kindIndex];
            SandboxResourceType type;
            type.id = store.newId();
            type.appId = appId;
            type.kind = latin(kind.kind);
            type.manuallyManaged = app.manuallyManaged;
            type.displayName = special && t < int(special->types.size()) ? latin(special->types.begin()[t].second)
                                                                         : latin(kind.typeName);
            if (t >= count(Kinds))
                type.displayName += u' ' + QString::number(t / count(Kinds) + 1);
            type.createdAt = type.updatedAt = created;
            const SandboxResourceType& addedType = store.addResourceType(type);
            const QString typeId = addedType.id;
            const int resources
                = i == 0 && t == 0 && size.bigTypeResources > 0 ? size.bigTypeResources : size.resourcesPerType;
            for (int r = 0; r < resources; ++r) {
                SandboxResource resource;
                resource.id = store.newId();
                resource.appId = appId;
                resource.typeId = typeId;
                resource.displayName = nth(kind.resources, r);
                resource.grantCount = (r * 13 + i) % 250;
                resource.manuallyManaged = app.manuallyManaged;
                resource.createdAt = resource.updatedAt = created + r;
                const SandboxResource& addedResource = store.addResource(std::move(resource));
                addOwners(addedResource.id, i + t + r, created);
                if (r < 2) {
                    SandboxEntitlement member;
                    member.id = store.newId();
                    member.appId = appId;
                    member.typeId = typeId;
                    member.resourceId = addedResource.id;
                    member.displayName = addedResource.displayName + u" Member"_s;
                    member.description = u"Member of %1 in %2"_s.arg(addedResource.displayName, app.displayName);
                    member.alias = slugify(member.displayName);
                    member.slug = u"member"_s;
                    member.grantCount = (r + i) % 60;
                    member.createdAt = member.updatedAt = created;
                    const SandboxEntitlement& addedMember = store.addEntitlement(std::move(member));
                    if (ownerEntitlementId.isEmpty() && kind.kind == std::string_view("GROUP")) {
                        ownerEntitlementApp = addedMember.appId;
                        ownerEntitlementId = addedMember.id;
                    }
                }
            }
        }
    }
    addDepartedUser(store, roles.first(), base);
    // Some apps are owned by a group as well (an entitlement owner under the second role).
    if (!ownerEntitlementId.isEmpty()) {
        int index = 0;
        for (const auto& [seq, appId] : store.appOrder()) {
            if (index++ % 4 != 1)
                continue;
            SandboxOwner owner;
            owner.roleSlug = roles.value(1, roles.first());
            owner.entitlement = true;
            owner.entitlementAppId = ownerEntitlementApp;
            owner.entitlementId = ownerEntitlementId;
            owner.createdAt = owner.visibleAt = base;
            owner.seq = store.nextSeq();
            store.mutableOwners(appId).append(owner);
        }
    }
}

} // namespace c1
