#include "owners/OwnerListing.h"

#include "api/Paging.h"

#include <memory>

namespace c1 {

CallHandle OwnerListing::readAll(
    C1Client* client, const OwnerTarget& target, OwnerKind kind, QObject* context, Done done)
{
    auto owners = std::make_shared<QList<OwnerRecord>>();
    return PageStream<OwnerRecord>::start(
        [client, target, kind](const QString& token, QObject* pageContext, C1Client::Callback<Page<OwnerRecord>> cb) {
            return client->listOwners(target, kind, QString(), token, PageSize, pageContext, std::move(cb));
        },
        context, [owners](QList<OwnerRecord> page) { owners->append(std::move(page)); },
        [owners, done = std::move(done)](
            const ApiError& error) { done(error.isError() ? QList<OwnerRecord>() : std::move(*owners), error); });
}

} // namespace c1
