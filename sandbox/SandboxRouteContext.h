#pragma once

#include "sandbox/SandboxEntities.h"
#include "sandbox/SandboxPaging.h"
#include "sandbox/SandboxRouter.h"

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
