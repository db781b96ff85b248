#include "workflows/CreateFlow.h"

#include "api/Session.h"
#include "owners/OwnerRules.h"
#include "workflows/WorkflowsLogging.h"

namespace c1 {

namespace {
// A found object counts as the one created when it was made since the request, a minute of clock difference
// between this computer and the tenant allowed. An object without a creation time is taken at its name.
bool createdSince(const QDateTime& createdAt, const QDateTime& since)
{
    return !createdAt.isValid() || createdAt >= since.addSecs(-60);
}
} // namespace

CreateFlow::CreateFlow(Kind kind, Session* session, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_session(session)
    , m_check(new CreatedCheck(this))
{
    connect(m_check, &CreatedCheck::finished, this, &CreateFlow::onChecked);
}

CreateFlow::~CreateFlow() = default; // calls end silently with their context, this object

int CreateFlow::maxOwnersPerKind()
{
    return ownerRules::maxOwnersPerKind;
}

QString CreateFlow::displayNameProblem(const QString& displayName)
{
    return displayName.trimmed().isEmpty() ? tr("Enter a display name.") : QString();
}

QString CreateFlow::policyIdProblem(const QString& policyId)
{
    const QString id = policyId.trimmed();
    return !id.isEmpty() && !validate::isId(id)
        ? tr("A policy ID is 27 letters and digits (this one has %n characters).", nullptr, int(id.size()))
        : QString();
}

QString CreateFlow::ownersProblem(int count)
{
    return count > maxOwnersPerKind() ? tr("At most %n owners.", nullptr, maxOwnersPerKind()) : QString();
}

QString CreateFlow::problem(const CreateAppRequest& request) const
{
    for (const QString& problem : { displayNameProblem(request.displayName), ownersProblem(int(request.owners.size())),
             ownersProblem(int(request.appEntitlementOwnerRefs.size())), policyIdProblem(request.grantPolicyId),
             policyIdProblem(request.revokePolicyId), policyIdProblem(request.certifyPolicyId),
             validate::annotations(request.annotations) }) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString CreateFlow::problem(const QString& appId, const QString& typeId, const CreateResourceRequest& request) const
{
    if (appId.isEmpty())
        return tr("Choose an app.");
    if (typeId.isEmpty())
        return tr("Choose a resource type.");
    for (const QString& problem : { displayNameProblem(request.displayName),
             ownersProblem(int(request.resourceOwnerUserIds.size())), validate::annotations(request.annotations) }) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString CreateFlow::blocker(const QString& formProblem) const
{
    if (!m_session)
        return tr("Not connected to a tenant.");
    if (m_session->isReadOnly())
        return m_kind == Kind::App
            ? tr("The profile “%1” is read-only: it cannot create apps.").arg(m_session->profile().name)
            : tr("The profile “%1” is read-only: it cannot create resources.").arg(m_session->profile().name);
    return formProblem;
}

QString CreateFlow::errorTextFor(const ApiError& error)
{
    QString text = error.userMessage();
    if (!error.requestId.isEmpty() && !text.contains(error.requestId))
        text += QLatin1Char(' ') + tr("(request ID %1)").arg(error.requestId);
    return text;
}

bool CreateFlow::refuse(const QString& problem)
{
    if (problem.isEmpty())
        return false;
    m_state.setError(problem);
    Q_EMIT failed();
    return true;
}

bool CreateFlow::createApp(const CreateAppRequest& request)
{
    if (m_kind != Kind::App || isBusy() || refuse(blocker(problem(request))))
        return false;
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    m_sentName = request.displayName;
    ++m_sends;
    m_state.setError({});
    m_state.set(State::Sending, tr("Creating the app…"));
    qCInfo(lcWorkflows) << "creating an app";
    m_call = m_session->client()->createApp(request, this, [this, sentAt](Result<App> result) {
        m_call = CallHandle();
        if (result) {
            m_state.set(State::Idle);
            Q_EMIT appCreated(result.value());
            return;
        }
        const QString name = m_sentName;
        sent(result.error(), sentAt, [this, name](const QDateTime& since, std::function<void(Result<bool>)> done) {
            AppSearch search;
            search.displayName = name;
            return m_session->client()->searchApps(
                search, {}, 0, m_check, [this, name, since, done = std::move(done)](Result<Page<App>> page) {
                    if (!page)
                        return done(page.error());
                    for (const App& app : page.value().items) {
                        if (app.displayName == name && createdSince(app.createdAt, since)) {
                            m_foundApp = app;
                            return done(true);
                        }
                    }
                    done(false);
                });
        });
    });
    return true;
}

bool CreateFlow::createResource(const QString& appId, const QString& typeId, const CreateResourceRequest& request)
{
    if (m_kind != Kind::Resource || isBusy() || refuse(blocker(problem(appId, typeId, request))))
        return false;
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    m_sentName = request.displayName;
    ++m_sends;
    m_state.setError({});
    m_state.set(State::Sending, tr("Creating the resource…"));
    qCInfo(lcWorkflows) << "creating a resource in" << appId << typeId;
    m_call = m_session->client()->createResource(
        appId, typeId, request, this, [this, appId, typeId, sentAt](Result<AppResource> result) {
            m_call = CallHandle();
            if (result) {
                m_state.set(State::Idle);
                Q_EMIT resourceCreated(result.value());
                return;
            }
            const QString name = m_sentName;
            sent(result.error(), sentAt,
                [this, name, appId, typeId](const QDateTime& since, std::function<void(Result<bool>)> done) {
                    ResourceSearch search;
                    search.query = name;
                    search.appIds = { appId };
                    search.resourceTypeIds = { typeId };
                    return m_session->client()->searchResources(search, {}, 0, m_check,
                        [this, name, since, done = std::move(done)](Result<Page<AppResource>> page) {
                            if (!page)
                                return done(page.error());
                            for (const AppResource& resource : page.value().items) {
                                if (resource.displayName == name && createdSince(resource.createdAt, since)) {
                                    m_foundResource = resource;
                                    return done(true);
                                }
                            }
                            done(false);
                        });
                });
        });
    return true;
}

void CreateFlow::sent(const ApiError& error, const QDateTime& sentAt, const Search& search)
{
    const bool app = m_kind == Kind::App;
    if (error.isAmbiguous() && m_session) {
        // Never sent again blindly (docs/api-facts.md §2): first look for it by name, created since the request.
        m_sendError = error;
        m_state.set(State::Checking, CreatedCheck::checkingText(error, m_sentName));
        m_check->start(sentAt, search);
        return;
    }
    if (error.kind == ApiError::Kind::Canceled)
        m_state.setError(app
                ? tr("Canceled. The tenant may still have created the app: look for it in the app list before "
                     "trying again.")
                : tr("Canceled. The tenant may still have created the resource: look for it before trying "
                     "again."));
    else
        m_state.setError(errorTextFor(error));
    m_state.set(State::Idle);
    Q_EMIT failed();
}

void CreateFlow::onChecked(CreatedCheck::Outcome outcome, const QString& error)
{
    const bool app = m_kind == Kind::App;
    switch (outcome) {
    case CreatedCheck::Outcome::Found:
        qCInfo(lcWorkflows) << "an ambiguous create had taken effect";
        m_state.set(State::Idle);
        if (app)
            Q_EMIT appCreated(m_foundApp);
        else
            Q_EMIT resourceCreated(m_foundResource);
        return;
    case CreatedCheck::Outcome::NotFound:
        m_state.setError(app
                ? tr("%1 No app named “%2” appeared in the tenant afterwards: it was most likely not created, "
                     "and you can create it again.")
                      .arg(errorTextFor(m_sendError), m_sentName)
                : tr("%1 No resource named “%2” appeared in the resource type afterwards: it was most likely "
                     "not created, and you can create it again.")
                      .arg(errorTextFor(m_sendError), m_sentName));
        break;
    case CreatedCheck::Outcome::Failed:
    case CreatedCheck::Outcome::Canceled:
        m_state.setError(app
                ? tr("%1 Could not check whether the app was created (%2): look for it in the app list before "
                     "trying again.")
                      .arg(errorTextFor(m_sendError), error)
                : tr("%1 Could not check whether the resource was created (%2): look for it before trying "
                     "again.")
                      .arg(errorTextFor(m_sendError), error));
        break;
    }
    m_state.set(State::Idle);
    Q_EMIT failed();
}

void CreateFlow::cancel()
{
    if (m_check->isRunning())
        m_check->cancel(); // finishes Canceled: onChecked()
    else if (m_call.isRunning())
        m_call.abort(); // answers Canceled: sent()
}

} // namespace c1
