#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace c1 {

// Rows of one collection in creation order: seq → id. Every list and search pages over such indexes.
using SandboxSeqIndex = std::map<quint64, QString>;

// Paging as C1 does it (docs/api-facts.md §2): size clamped to 10..100 (0 → 25), opaque tokens that carry a cursor
// (the last seq served, so rows created or deleted meanwhile neither repeat nor shift others) bound to the
// collection or search they came from.
class SandboxPaging {
public:
    struct Page {
        QStringList ids;
        QString nextPageToken;
    };

    static int clampSize(int requested);
    static QString encodeToken(const QString& scope, quint64 afterSeq);
    // nullopt for a token that is malformed or came from another collection or search; 0 for an empty token.
    static std::optional<quint64> decodeToken(const QString& scope, const QString& token);

    // Walks the indexes merged by seq from after the cursor, keeps the ids that pass the filter, stops at size.
    // The next token is set only when another matching row exists.
    static Page collect(const std::vector<const SandboxSeqIndex*>& indexes, quint64 afterSeq, int size,
        const std::function<bool(const QString& id)>& accept, const QString& scope);
};

} // namespace c1
