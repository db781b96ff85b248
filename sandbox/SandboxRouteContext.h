#pragma once

#include "sandbox/SandboxEntities.h"
#include "sandbox/SandboxPaging.h"
#include "sandbox/SandboxRouter.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace c1 {

class SandboxStore;
struct SandboxOptions;

// What every route handler shares: the store, the live options, and paging/list helpers.
class SandboxRouteContext {
public:
    SandboxRouteContext(SandboxStore& store, SandboxOptions& options);

    SandboxStore& store() { return m_store; }
    SandboxOptions& options() { return m_options; }

    struct PageArgs {
        int size = 25;
        quint64 after = 0;
        QString scope;
    };
    // GET lists read page_size/page_token from the query, POST searches pageSize/pageToken from the body.
    // On a bad size or token, *error is set and nullopt returned.
    std::optional<PageArgs> pageArgs(const SandboxCall& call, const QString& scope, SandboxHttpResponse* error) const;
    // A search's paging prologue: its page tokens are bound to the search, "<search>:" and a digest of its filter
    // values (in a fixed order), so that a token cannot be replayed against another search; then pageArgs().
    std::optional<PageArgs> searchPageArgs(
        const SandboxCall& call, const QString& search, const QStringList& filters, SandboxHttpResponse* error) const;
    // A set as one filter value: sorted, comma-separated.
    static QString sortedJoin(const QSet<QString>& set);
    // The objects a search names by ID, in seq order (an index to collect a page from); `seqOf` gives an object's
    // seq, or nullopt when there is no such object (it is left out).
    static SandboxSeqIndex namedIndex(
        const QSet<QString>& ids, const std::function<std::optional<quint64>(const QString& id)>& seqOf);

    // What a route's path names, outermost first: an app; a resource type of it; a resource of that; an entitlement.
    enum class PathObjects { App, ResourceType, Resource, Entitlement };
    // A route's prologue: the path's IDs (call.args in order: the app's, then the resource type's or the
    // entitlement's, then the resource's) are well formed, each checked under its request field's name in `fields`
    // (400 INVALID_ARGUMENT at the first malformed one); then the objects they name exist, outermost first (404
    // "app not found", "app resource type not found", "app resource not found", "app entitlement not found").
    // Returns the refusal, or nullopt when the path is good.
    std::optional<SandboxHttpResponse> refusePath(
        const SandboxCall& call, const QStringList& fields, PathObjects objects) const;

    // A JSON array of strings (or null/absent) into `out`; false if it is something else.
    static bool stringList(const QJsonValue& value, QStringList* out);
    static bool stringSet(const QJsonValue& value, QSet<QString>* out);

    // Adds an owner to an app or resource: new seq, created now, visible in owner lists after the configured
    // delay (SandboxOptions::ownerVisibilityDelayMs).
    void addOwner(const QString& objectId, SandboxOwner owner, qint64 now);
    QString defaultRoleSlug() const;
    QString tenantId() const;

    // {"list":[…],"nextPageToken":"…"}
    static SandboxHttpResponse listResponse(
        const SandboxPaging::Page& page, const std::function<QJsonValue(const QString& id)>& toJson);

private:
    SandboxStore& m_store;
    SandboxOptions& m_options;
};

} // namespace c1
