#include "workflows/EditFlow.h"

#include "api/Session.h"
#include "workflows/CreateFlow.h"
#include "workflows/EditFields.h"
#include "workflows/WorkflowsLogging.h"

using namespace Qt::StringLiterals;

namespace c1 {

namespace {

QDateTime updatedAtOf(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<App>())
        return value.value<App>().updatedAt;
    if (value.metaType() == QMetaType::fromType<AppResourceType>())
        return value.value<AppResourceType>().updatedAt;
    if (value.metaType() == QMetaType::fromType<AppResource>())
        return value.value<AppResource>().updatedAt;
    return {};
}

bool isNotFound(const ApiError& error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 404;
}

// A write may have taken effect: no answer, a 5xx, or a 2xx whose body could not be read (cut off, not JSON).
bool mayHaveTakenEffect(const ApiError& error)
{
    return error.isAmbiguous() || error.kind == ApiError::Kind::BadJson;
}

template <typename T> Result<QVariant> wrap(Result<T> result)
{
    if (!result)
        return result.error();
    return QVariant::fromValue(result.value());
}

} // namespace

EditFlow::EditFlow(const EditTarget& target, Session* session, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_session(session)
{ }

EditFlow::~EditFlow() = default; // calls end silently with their context, this object

QString EditFlow::managedByKey() const
{
    return EditFields::managedByKey(m_original);
}

QStringList EditFlow::changedPaths(const QVariantMap& edited) const
{
    return EditFields::changed(m_target.kind, m_original, edited);
}

QString EditFlow::problem(const QVariantMap& edited) const
{
    const QStringList mask = changedPaths(edited);
    if (mask.contains(u"displayName"_s)) {
        if (const QString p = EditFields::displayNameProblem(edited.value(u"displayName"_s).toString()); !p.isEmpty())
            return p;
    }
    for (const QString& path : { u"grantPolicyId"_s, u"revokePolicyId"_s, u"certifyPolicyId"_s }) {
        if (mask.contains(path)) {
            if (const QString p = CreateFlow::policyIdProblem(edited.value(path).toString()); !p.isEmpty())
                return p;
        }
    }
    if (mask.isEmpty())
        return tr("Nothing has changed.");
    switch (m_target.kind) {
    case EditTarget::Kind::App:
        return EditFields::appUpdate(m_target.appId, edited, mask).problem();
    case EditTarget::Kind::ResourceType:
        return EditFields::typeUpdate(m_target.appId, m_target.typeId, edited, mask).problem();
    case EditTarget::Kind::Resource:
        break;
    }
    return EditFields::resourceUpdate(m_target, edited, mask).problem();
}

QString EditFlow::blocker(const QVariantMap& edited) const
{
    if (!m_session)
        return tr("Not connected to a tenant.");
    if (m_session->isReadOnly())
        return tr("The profile “%1” is read-only: nothing can be changed.").arg(m_session->profile().name);
    if (state() == State::Gone)
        return tr("The %1 no longer exists.").arg(EditFields::kindWord(m_target.kind));
    if (state() == State::Idle || state() == State::Loading)
        return tr("Reading the current values…");
    return problem(edited);
}

bool EditFlow::refuse(const QString& problem)
{
    if (problem.isEmpty())
        return false;
    m_state.setError(problem);
    Q_EMIT failed();
    return true;
}

CallHandle EditFlow::fetch(Fetched done)
{
    C1Client* client = m_session->client();
    switch (m_target.kind) {
    case EditTarget::Kind::App:
        return client->getApp(m_target.appId, this, [done](Result<App> r) { done(wrap(std::move(r))); });
    case EditTarget::Kind::ResourceType:
        return client->getResourceType(
            m_target.appId, m_target.typeId, this, [done](Result<AppResourceType> r) { done(wrap(std::move(r))); });
    case EditTarget::Kind::Resource:
        break;
    }
    return client->getResource(m_target.appId, m_target.typeId, m_target.resourceId, this,
        [done](Result<AppResource> r) { done(wrap(std::move(r))); });
}

void EditFlow::load()
{
    if (isBusy())
        return;
    if (!m_session) {
        refuse(tr("Not connected to a tenant."));
        return;
    }
    m_state.setError({});
    m_state.set(State::Loading, tr("Reading the current values of “%1”…").arg(m_target.displayName()));
    m_call = fetch([this](Result<QVariant> result) { onLoaded(std::move(result)); });
}

void EditFlow::onLoaded(Result<QVariant> result)
{
    m_call = CallHandle();
    if (!result) {
        return readFailed(result.error(),
            tr("Could not read the %1: %2")
                .arg(EditFields::kindWord(m_target.kind), CreateFlow::errorTextFor(result.error())),
            State::Idle);
    }
    m_fresh = result.value();
    m_original = EditFields::ofVariant(m_fresh);
    m_updatedAt = updatedAtOf(m_fresh);
    const QString name = m_original.value(u"displayName"_s).toString();
    if (!name.isEmpty())
        m_target.name = name;
    m_state.set(State::Ready);
    Q_EMIT loaded(m_original);
}

bool EditFlow::save(const QVariantMap& edited)
{
    if (isBusy() || state() == State::Conflict || refuse(blocker(edited)))
        return false;
    m_edited = edited;
    m_mask = changedPaths(edited);
    m_state.setError({});
    // No ETag: read it again and compare updatedAt, so that a change made meanwhile is not overwritten unasked.
    m_state.set(State::Checking, tr("Checking that nobody changed “%1” meanwhile…").arg(m_target.displayName()));
    m_call = fetch([this](Result<QVariant> result) { onChecked(std::move(result)); });
    return true;
}

void EditFlow::onChecked(Result<QVariant> result)
{
    m_call = CallHandle();
    if (!result) {
        return readFailed(result.error(),
            tr("Could not check the %1 before saving (%2): nothing was sent.")
                .arg(EditFields::kindWord(m_target.kind), CreateFlow::errorTextFor(result.error())),
            State::Ready);
    }
    const QDateTime now = updatedAtOf(result.value());
    if (now == m_updatedAt)
        return send();
    m_fresh = result.value();
    m_theirs = EditFields::ofVariant(m_fresh);
    m_conflicts.clear();
    for (const QString& path : EditFields::paths(m_target.kind)) {
        const bool theyChanged = !EditFields::same(m_original.value(path), m_theirs.value(path));
        if (theyChanged || m_mask.contains(path))
            m_conflicts.append(
                { path, m_original.value(path), m_theirs.value(path), m_edited.value(path), m_mask.contains(path) });
    }
    qCInfo(lcWorkflows) << "edit conflict: the object changed meanwhile" << m_updatedAt << now;
    m_state.setError(
        tr("Someone changed “%1” after this form opened (at %2). Compare the values, then keep your changes or "
           "take theirs.")
            .arg(m_target.displayName(), QLocale().toString(now.toLocalTime(), QLocale::ShortFormat)));
    m_state.set(State::Conflict);
    Q_EMIT conflictFound();
}

void EditFlow::overwrite()
{
    if (state() != State::Conflict)
        return;
    // Only the fields this form changed (against what it opened on: m_mask) are sent, so their other changes stay;
    // their values become the base.
    takeTheirsAsBase();
    if (m_mask.isEmpty()) {
        m_state.set(State::Ready);
        Q_EMIT saved(m_fresh);
        return;
    }
    send();
}

void EditFlow::useTheirs()
{
    if (state() != State::Conflict)
        return;
    takeTheirsAsBase();
    m_state.set(State::Ready);
    Q_EMIT loaded(m_original);
}

void EditFlow::takeTheirsAsBase()
{
    m_original = m_theirs;
    m_updatedAt = updatedAtOf(m_fresh);
    m_conflicts.clear();
    m_state.setError({});
}

void EditFlow::send()
{
    if (!m_session)
        return;
    ++m_sends;
    m_state.set(State::Sending, tr("Saving “%1”…").arg(m_target.displayName()));
    qCInfo(lcWorkflows) << "updating" << m_target.path().toString() << "mask" << m_mask;
    C1Client* client = m_session->client();
    auto done = [this](Result<QVariant> result) { onSent(std::move(result)); };
    switch (m_target.kind) {
    case EditTarget::Kind::App:
        m_call = client->updateApp(m_target.appId, EditFields::appUpdate(m_target.appId, m_edited, m_mask), this,
            [done](Result<App> r) { done(wrap(std::move(r))); });
        return;
    case EditTarget::Kind::ResourceType:
        m_call = client->updateResourceType(m_target.appId, m_target.typeId,
            EditFields::typeUpdate(m_target.appId, m_target.typeId, m_edited, m_mask), this,
            [done](Result<AppResourceType> r) { done(wrap(std::move(r))); });
        return;
    case EditTarget::Kind::Resource:
        break;
    }
    m_call = client->updateResource(m_target.appId, m_target.typeId, m_target.resourceId,
        EditFields::resourceUpdate(m_target, m_edited, m_mask), this,
        [done](Result<AppResource> r) { done(wrap(std::move(r))); });
}

void EditFlow::onSent(Result<QVariant> result)
{
    m_call = CallHandle();
    if (result) {
        m_fresh = result.value();
        m_original = EditFields::ofVariant(m_fresh);
        m_updatedAt = updatedAtOf(m_fresh);
        m_state.set(State::Ready);
        Q_EMIT saved(m_fresh);
        return;
    }
    const ApiError& error = result.error();
    if (isNotFound(error))
        return goneNow();
    if (mayHaveTakenEffect(error) && m_session) {
        // Never sent again blindly (docs/api-facts.md §2): read it back and compare the fields that were sent.
        m_sendError = error;
        m_state.set(State::ReadingBack,
            tr("The request failed after it was sent (%1). Checking whether “%2” was saved…")
                .arg(error.message, m_target.displayName()));
        m_call = fetch([this](Result<QVariant> r) { onReadBack(std::move(r)); });
        return;
    }
    if (error.kind == ApiError::Kind::Canceled)
        m_state.setError(
            tr("Canceled. The tenant may still have saved the changes: the form shows what it sent; open it again "
               "to see the current values."));
    else
        m_state.setError(CreateFlow::errorTextFor(error));
    m_state.set(State::Ready);
    Q_EMIT failed();
}

void EditFlow::onReadBack(Result<QVariant> result)
{
    m_call = CallHandle();
    if (!result) {
        return readFailed(result.error(),
            tr("%1 Could not check whether the changes were saved (%2): open the %3 again before saving again.")
                .arg(CreateFlow::errorTextFor(m_sendError), CreateFlow::errorTextFor(result.error()),
                    EditFields::kindWord(m_target.kind)),
            State::Ready);
    }
    const QVariantMap now = EditFields::ofVariant(result.value());
    bool applied = true;
    for (const QString& path : std::as_const(m_mask))
        applied = applied && EditFields::same(now.value(path), m_edited.value(path));
    if (applied) {
        qCInfo(lcWorkflows) << "an ambiguous update had taken effect";
        m_fresh = result.value();
        m_original = now;
        m_updatedAt = updatedAtOf(m_fresh);
        m_state.set(State::Ready);
        Q_EMIT saved(m_fresh);
        return;
    }
    m_state.setError(
        tr("%1 The tenant does not hold the new values: the changes were not saved, and you can save again.")
            .arg(CreateFlow::errorTextFor(m_sendError)));
    m_state.set(State::Ready);
    Q_EMIT failed();
}

void EditFlow::goneNow()
{
    m_state.setError(tr("“%1” was deleted meanwhile (404): there is nothing left to edit, and nothing was saved.")
                         .arg(m_target.displayName()));
    m_state.set(State::Gone);
    Q_EMIT gone();
    Q_EMIT failed();
}

void EditFlow::readFailed(const ApiError& error, const QString& why, State state)
{
    if (isNotFound(error))
        return goneNow();
    m_state.setError(why);
    m_state.set(state);
    Q_EMIT failed();
}

void EditFlow::cancel()
{
    if (m_call.isRunning())
        m_call.abort(); // answers Canceled through the pending handler
}

} // namespace c1
