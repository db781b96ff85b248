#include "workflows/DeleteFlow.h"

#include "workflows/EditFields.h"

#include "api/Session.h"
#include "workflows/CreateFlow.h"
#include "workflows/WorkflowsLogging.h"

namespace c1 {

namespace {

bool isNotFound(const ApiError& error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404;
}

// A write may have taken effect: no answer, a 5xx, or a 2xx whose body could not be read (cut off, not JSON).
bool mayHaveTakenEffect(const ApiError& error)
{
    return error.isAmbiguous() || error.kind == ApiError::Kind::BadJson;
}

// C1 refuses to delete what a connector syncs with FAILED_PRECONDITION (gRPC 9).
bool isSyncedRefusal(const ApiError& error)
{
    return error.kind == ApiError::Kind::Http && (error.grpcCode == 9 || error.httpStatus == 412);
}

} // namespace

DeleteFlow::DeleteFlow(const EditTarget& target, Session* session, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_session(session)
{ }

DeleteFlow::~DeleteFlow() = default; // calls end silently with their context, this object

void DeleteFlow::setResourceCount(int count, bool complete)
{
    m_resourceCount = count;
    m_countComplete = complete;
}

QString DeleteFlow::refusal() const
{
    if (!m_session)
        return tr("Not connected to a tenant.");
    if (m_session->isReadOnly())
        return tr("The profile “%1” is read-only: nothing can be deleted.").arg(m_session->profile().name);
    return m_refusal;
}

QString DeleteFlow::consequences() const
{
    const QString name = m_target.displayName();
    const QString app = m_app.displayName.isEmpty() ? m_target.appId : m_app.displayName;
    switch (m_target.kind) {
    case EditTarget::Kind::App: {
        QString text = tr("The app “%1” is deleted with its resource types, resources and entitlements, and its owners "
                          "lose it. C1 keeps it as a deleted app (a soft delete), but the console cannot restore it.")
                           .arg(name);
        if (m_app.isDirectory)
            text += QLatin1Char(' ')
                + tr("It is a directory app: the accounts and apps found through it are affected as well.");
        return text;
    }
    case EditTarget::Kind::ResourceType: {
        QString resources;
        if (m_resourceCount == 0 && m_countComplete)
            return tr("The resource type “%1” of the app “%2” is deleted. It has no resources.").arg(name, app);
        if (m_resourceCount < 0)
            resources = tr("all its resources (none are loaded in the tree, so how many is not known)");
        else if (m_countComplete)
            resources = tr("all its %n resource(s)", nullptr, m_resourceCount);
        else
            resources = tr("all its resources: at least %n (not all are loaded)", nullptr, m_resourceCount);
        return tr("The resource type “%1” of the app “%2” is deleted, and with it %3.").arg(name, app, resources);
    }
    case EditTarget::Kind::Resource:
        break;
    }
    return tr("The resource “%1” of the app “%2” is deleted, with its owners and the grants of its entitlements.")
        .arg(name, app);
}

bool DeleteFlow::needsTypedName() const
{
    return m_session && m_session->profile().production;
}

bool DeleteFlow::nameMatches(const QString& typed) const
{
    return typed.trimmed() == nameToType().trimmed();
}

QString DeleteFlow::blocker(const QString& typedName) const
{
    if (const QString why = refusal(); !why.isEmpty())
        return why;
    if (state() == State::Deleted)
        return tr("The %1 is deleted.").arg(EditFields::kindWord(m_target.kind));
    if (state() != State::Ready)
        return tr("Reading the %1…").arg(EditFields::kindWord(m_target.kind));
    if (needsTypedName() && !nameMatches(typedName))
        return tr("Production tenant: type the name “%1” to confirm.").arg(nameToType());
    return {};
}

void DeleteFlow::prepare()
{
    if (isBusy() || !m_session)
        return;
    m_state.setError({});
    m_state.set(State::Loading, tr("Reading “%1”…").arg(m_target.displayName()));
    m_call = m_session->client()->getApp(m_target.appId, this, [this](Result<App> r) { onAppRead(std::move(r)); });
}

void DeleteFlow::onAppRead(Result<App> result)
{
    m_call = CallHandle();
    if (!result) {
        if (isNotFound(result.error()))
            return finishDeleted(tr("“%1” is already gone: its app no longer exists.").arg(m_target.displayName()));
        m_state.setError(tr("Could not read the app: %1").arg(CreateFlow::errorTextFor(result.error())));
        m_state.set(State::Idle);
        Q_EMIT failed();
        return;
    }
    m_app = result.value();
    if (m_app.deletedAt.isValid())
        return finishDeleted(tr("“%1” is already gone: its app was deleted.").arg(m_target.displayName()));
    if (!m_app.isManuallyManaged)
        m_refusal = m_target.kind == EditTarget::Kind::App
            ? tr("“%1” is synced by a connector: C1 deletes only apps created by hand. Remove it from the connector "
                 "instead.")
                  .arg(m_app.displayName)
            : tr("The app “%1” is synced by a connector: its resource types and resources come from the connector "
                 "and cannot be deleted here.")
                  .arg(m_app.displayName);
    if (m_target.kind == EditTarget::Kind::App) {
        m_target.name = m_app.displayName;
        m_state.set(State::Ready);
        Q_EMIT prepared();
        return;
    }
    readObject();
}

void DeleteFlow::readObject()
{
    C1Client* client = m_session->client();
    auto done = [this](const ApiError& error, const QString& name) {
        m_call = CallHandle();
        if (isNotFound(error))
            return finishDeleted(tr("“%1” is already gone.").arg(m_target.displayName()));
        if (error.isError()) {
            m_state.setError(tr("Could not read the %1: %2")
                                 .arg(EditFields::kindWord(m_target.kind), CreateFlow::errorTextFor(error)));
            m_state.set(State::Idle);
            Q_EMIT failed();
            return;
        }
        if (!name.isEmpty())
            m_target.name = name;
        m_state.set(State::Ready);
        Q_EMIT prepared();
    };
    if (m_target.kind == EditTarget::Kind::ResourceType)
        m_call = client->getResourceType(m_target.appId, m_target.typeId, this, [done](Result<AppResourceType> r) {
            done(r ? ApiError() : r.error(), r ? r.value().displayName : QString());
        });
    else
        m_call = client->getResource(m_target.appId, m_target.typeId, m_target.resourceId, this,
            [done](Result<AppResource> r) { done(r ? ApiError() : r.error(), r ? r.value().displayName : QString()); });
}

bool DeleteFlow::remove(const QString& typedName)
{
    if (isBusy())
        return false;
    if (const QString why = blocker(typedName); !why.isEmpty()) {
        m_state.setError(why);
        Q_EMIT failed();
        return false;
    }
    ++m_sends;
    m_state.setError({});
    m_state.set(State::Sending, tr("Deleting “%1”…").arg(m_target.displayName()));
    qCInfo(lcWorkflows) << "deleting" << m_target.path().toString();
    C1Client* client = m_session->client();
    auto done = [this](Result<Empty> r) { onSent(r ? ApiError() : r.error()); };
    switch (m_target.kind) {
    case EditTarget::Kind::App:
        m_call = client->deleteApp(m_target.appId, this, done);
        break;
    case EditTarget::Kind::ResourceType:
        m_call = client->deleteResourceType(m_target.appId, m_target.typeId, this, done);
        break;
    case EditTarget::Kind::Resource:
        m_call = client->deleteResource(m_target.appId, m_target.typeId, m_target.resourceId, this, done);
        break;
    }
    return true;
}

void DeleteFlow::onSent(const ApiError& error)
{
    m_call = CallHandle();
    if (!error.isError())
        return finishDeleted(tr("Deleted “%1”.").arg(m_target.displayName()));
    if (mayHaveTakenEffect(error) && m_session) {
        // Never sent again blindly (docs/api-facts.md §2): read it back first.
        m_sendError = error;
        m_state.set(State::ReadingBack,
            tr("The request failed after it was sent (%1). Checking whether “%2” was deleted…")
                .arg(error.message, m_target.displayName()));
        return readBack();
    }
    if (isSyncedRefusal(error))
        m_state.setError(
            tr("C1 refused: “%1” is synced by a connector, and only manually managed objects can be deleted. %2")
                .arg(m_target.displayName(), CreateFlow::errorTextFor(error)));
    else if (error.kind == ApiError::Kind::Canceled)
        m_state.setError(tr("Canceled. The tenant may still have deleted “%1”: refresh the tree before trying again.")
                             .arg(m_target.displayName()));
    else
        m_state.setError(CreateFlow::errorTextFor(error));
    m_state.set(State::Ready);
    Q_EMIT failed();
}

void DeleteFlow::readBack()
{
    auto done = [this](const ApiError& error, bool deletedMark) {
        m_call = CallHandle();
        if (isNotFound(error) || (!error.isError() && deletedMark))
            return finishDeleted(tr("Deleted “%1” (confirmed after the request failed).").arg(m_target.displayName()));
        if (error.isError())
            m_state.setError(
                tr("%1 Could not check whether “%2” was deleted (%3): refresh the tree before trying again.")
                    .arg(CreateFlow::errorTextFor(m_sendError), m_target.displayName(),
                        CreateFlow::errorTextFor(error)));
        else
            m_state.setError(tr("%1 “%2” still exists: it was not deleted, and you can delete it again.")
                                 .arg(CreateFlow::errorTextFor(m_sendError), m_target.displayName()));
        m_state.set(State::Ready);
        Q_EMIT failed();
    };
    C1Client* client = m_session->client();
    switch (m_target.kind) {
    case EditTarget::Kind::App:
        m_call = client->getApp(m_target.appId, this,
            [done](Result<App> r) { done(r ? ApiError() : r.error(), r && r.value().deletedAt.isValid()); });
        return;
    case EditTarget::Kind::ResourceType:
        m_call = client->getResourceType(m_target.appId, m_target.typeId, this, [done](Result<AppResourceType> r) {
            done(r ? ApiError() : r.error(), r && r.value().deletedAt.isValid());
        });
        return;
    case EditTarget::Kind::Resource:
        break;
    }
    m_call = client->getResource(m_target.appId, m_target.typeId, m_target.resourceId, this,
        [done](Result<AppResource> r) { done(r ? ApiError() : r.error(), r && r.value().deletedAt.isValid()); });
}

void DeleteFlow::finishDeleted(const QString& how)
{
    m_state.set(State::Deleted, how);
    Q_EMIT deleted(m_target);
}

void DeleteFlow::cancel()
{
    if (m_call.isRunning())
        m_call.abort();
}

} // namespace c1
