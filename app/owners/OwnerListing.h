#pragma once

#include "api/C1Client.h"

#include <functional>

namespace c1 {

// The one reader of a target's whole owner list (every role), shared by the checks before a write (BulkCheck,
// UndoCheck) and the Owners tab (OwnersController): pages of 100 followed to the end (api/Paging.h). done() is called
// once, with every owner of that kind and a default ApiError, or with the first error (Kind::Canceled after an abort)
// and no owners. Nothing is called once `context` is destroyed.
class OwnerListing {
public:
    static constexpr int PageSize = 100;
    using Done = std::function<void(QList<OwnerRecord> owners, const ApiError& error)>;

    static CallHandle readAll(C1Client* client, const OwnerTarget& target, OwnerKind kind, QObject* context, Done done);
};

} // namespace c1
