#include "workflows/ResourceTypeFlow.h"

#include "api/Paging.h"
#include "api/Session.h"
#include "workflows/CreateFlow.h"
#include "workflows/EditFields.h"
#include "workflows/WorkflowsLogging.h"

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

// The kinds of the types this console created, by type ID and by trait ID (a kind's trait is the same on every
// type of that kind). The API does not return a type's kind, so this is all the console can know of it.
struct KnownKinds {
    QHash<QString, QString> byTypeId;
    QHash<QString, QString> byTraitId;
};

KnownKinds& knownKinds()
{
    static KnownKinds kinds;
    return kinds;
}

} // namespace

ResourceTypeFlow::ResourceTypeFlow(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_check(new CreatedCheck(this))
{
    connect(m_check, &CreatedCheck::finished, this, &ResourceTypeFlow::onChecked);
}

ResourceTypeFlow::~ResourceTypeFlow() = default; // calls end silently with their context, this object

QString ResourceTypeFlow::kindOf(const AppResourceType& type)
{
    const KnownKinds& known = knownKinds();
    if (const auto it = known.byTypeId.constFind(type.id); it != known.byTypeId.cend())
        return it.value();
    for (const QString& trait : type.traitIds) {
        if (const auto it = known.byTraitId.constFind(trait); it != known.byTraitId.cend())
            return it.value();
    }
    return {};
}

QString ResourceTypeFlow::kindLabel(const QString& kind)
{
    if (kind == u"ROLE"_s)
        return tr("Role");
    if (kind == u"GROUP"_s)
        return tr("Group");
    if (kind == u"LICENSE"_s)
        return tr("License");
    if (kind == u"PROJECT"_s)
        return tr("Project");
    if (kind == u"CATALOG"_s)
        return tr("Catalog");
    if (kind == u"CUSTOM"_s)
        return tr("Custom");
    if (kind == u"VAULT"_s)
        return tr("Vault");
    if (kind == u"PROFILE_TYPE"_s)
        return tr("Profile type");
    if (kind == u"SESSION_POLICY"_s)
        return tr("Session policy");
    if (kind == u"CLAW_AGENT"_s)
        return tr("Agent");
    return kind;
}

void ResourceTypeFlow::remember(const AppResourceType& type)
{
    if (m_sent.resourceType.isEmpty() || type.id.isEmpty())
        return;
    KnownKinds& known = knownKinds();
    known.byTypeId.insert(type.id, m_sent.resourceType);
    for (const QString& trait : type.traitIds)
        known.byTraitId.insert(trait, m_sent.resourceType);
}

QString ResourceTypeFlow::problem(const QString& appId, const CreateResourceTypeRequest& request) const
{
    if (appId.isEmpty())
        return tr("Choose an app.");
    if (const QString p = EditFields::displayNameProblem(request.displayName); !p.isEmpty())
        return p;
    if (request.resourceType.isEmpty())
        return tr("Choose what kind of resource type it is.");
    if (!CreateResourceTypeRequest::knownResourceTypes().contains(request.resourceType))
        return tr("“%1” is not a kind of resource type C1 knows.").arg(request.resourceType.left(60));
    if (request.resourceType != u"CUSTOM"_s) {
        for (const AppResourceType& type : m_existing) {
            if (kindOf(type) == request.resourceType)
                return tr("The app already has a resource type of the kind %1 (“%2”): only Custom may occur more than "
                          "once on an app.")
                    .arg(kindLabel(request.resourceType), type.displayName);
        }
    }
    return {};
}

QString ResourceTypeFlow::blocker(const QString& formProblem) const
{
    if (!m_session)
        return tr("Not connected to a tenant.");
    if (m_session->isReadOnly())
        return tr("The profile “%1” is read-only: it cannot create resource types.").arg(m_session->profile().name);
    return formProblem;
}

bool ResourceTypeFlow::create(const QString& appId, const CreateResourceTypeRequest& request)
{
    if (isBusy())
        return false;
    if (const QString why = blocker(problem(appId, request)); !why.isEmpty()) {
        m_state.setError(why);
        Q_EMIT failed();
        return false;
    }
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    m_appId = appId;
    m_sent = request;
    ++m_sends;
    m_state.setError({});
    m_state.set(State::Sending, tr("Creating the resource type…"));
    qCInfo(lcWorkflows) << "creating a resource type in" << appId << request.resourceType;
    m_call
        = m_session->client()->createResourceType(appId, request, this, [this, sentAt](Result<AppResourceType> result) {
              m_call = CallHandle();
              if (result) {
                  remember(result.value());
                  m_state.set(State::Idle);
                  Q_EMIT created(result.value());
                  return;
              }
              sent(result.error(), sentAt);
          });
    return true;
}

void ResourceTypeFlow::sent(const ApiError& error, const QDateTime& sentAt)
{
    if ((error.isAmbiguous() || error.kind == ApiError::Kind::BadJson) && m_session) {
        m_sendError = error; // no answer, a 5xx, or a 2xx that could not be read: it may exist
        m_state.set(State::Checking, CreatedCheck::checkingText(error, m_sent.displayName));
        QStringList before;
        for (const AppResourceType& type : std::as_const(m_existing))
            before.append(type.id);
        const QString appId = m_appId;
        const QString name = m_sent.displayName;
        m_check->start(
            sentAt, [this, appId, name, before](const QDateTime& since, std::function<void(Result<bool>)> done) {
                C1Client* client = m_session->client();
                auto found = std::make_shared<bool>(false);
                return PageStream<AppResourceType>::start(
                    [client, appId](
                        const QString& token, QObject* context, C1Client::Callback<Page<AppResourceType>> cb) {
                        return client->listResourceTypes(appId, token, 100, context, std::move(cb));
                    },
                    m_check,
                    [this, name, since, before, found](QList<AppResourceType> rows) {
                        for (const AppResourceType& type : rows) {
                            const bool recent = !type.createdAt.isValid() || type.createdAt >= since.addSecs(-60);
                            if (!*found && type.displayName == name && recent && !before.contains(type.id)) {
                                m_found = type;
                                *found = true;
                            }
                        }
                    },
                    [found, done](const ApiError& e) {
                        if (e.isError() && !*found)
                            return done(e);
                        done(*found);
                    });
            });
        return;
    }
    if (error.kind == ApiError::Kind::Canceled)
        m_state.setError(
            tr("Canceled. The tenant may still have created the resource type: look for it under the app before "
               "trying again."));
    else
        m_state.setError(CreateFlow::errorTextFor(error));
    m_state.set(State::Idle);
    Q_EMIT failed();
}

void ResourceTypeFlow::onChecked(CreatedCheck::Outcome outcome, const QString& error)
{
    switch (outcome) {
    case CreatedCheck::Outcome::Found:
        qCInfo(lcWorkflows) << "an ambiguous resource type create had taken effect";
        remember(m_found);
        m_state.set(State::Idle);
        Q_EMIT created(m_found);
        return;
    case CreatedCheck::Outcome::NotFound: {
        QString text = tr("%1 No resource type named “%2” appeared in the app afterwards: it was not created.")
                           .arg(CreateFlow::errorTextFor(m_sendError), m_sent.displayName);
        if (m_sent.resourceType != u"CUSTOM"_s && m_sendError.httpStatus == 500)
            text += QLatin1Char(' ')
                + tr("C1 answers this way when the app already has a resource type of the kind %1: only Custom may "
                     "occur more than once. Choose another kind, or Custom.")
                      .arg(kindLabel(m_sent.resourceType));
        else
            text += QLatin1Char(' ') + tr("You can create it again.");
        m_state.setError(text);
        break;
    }
    case CreatedCheck::Outcome::Failed:
    case CreatedCheck::Outcome::Canceled:
        m_state.setError(
            tr("%1 Could not check whether the resource type was created (%2): look for it under the app before "
               "trying again.")
                .arg(CreateFlow::errorTextFor(m_sendError), error));
        break;
    }
    m_state.set(State::Idle);
    Q_EMIT failed();
}

void ResourceTypeFlow::cancel()
{
    if (m_check->isRunning())
        m_check->cancel();
    else if (m_call.isRunning())
        m_call.abort();
}

} // namespace c1
