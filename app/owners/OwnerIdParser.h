#pragma once

#include "api/Types.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace c1 {

// One owner reference found in pasted text, with where it came from.
struct ParsedOwner {
    enum class Type { UserId, Email, Entitlement, Invalid };

    Type type = Type::Invalid;
    int line = 0; // 1-based line of the paste
    QString text; // as pasted (quotes and whitespace trimmed)
    QString value; // user ID, lower-cased email, or "appId/entitlementId"; empty when invalid
    EntitlementRef entitlement; // Entitlement only
    QString reason; // Invalid only: translated, specific

    QString key() const; // what duplicates are compared by
};

struct ParseDuplicate {
    int line = 0;
    int firstLine = 0; // where the same owner was seen first
    QString text;
};

struct OwnerParseResult {
    QList<ParsedOwner> owners; // valid and invalid, in paste order, duplicates removed
    QList<ParseDuplicate> duplicates;
    QList<int> headerLines; // lines skipped as a spreadsheet header row
    int lineCount = 0; // physical lines in the paste
    int nonEmptyLines = 0;
    bool canceled = false;

    int count(ParsedOwner::Type type) const;
    QStringList notes() const; // translated summary notes (duplicates, header rows)
};

// Splits a pasted column (or range) of owner IDs, emails and entitlement references (docs/api-facts.md §2, 27-char
// IDs). Separators: newlines (LF, CRLF, CR), commas, semicolons, tabs and any whitespace. Quotes, BOMs and invisible
// characters are trimmed. A line of exactly two bare IDs is an entitlement reference "appId<TAB>entitlementId"
// when entitlements are expected; "appId:entitlementId" and "appId/entitlementId" are always references.
// Pure and thread-safe: the dialog runs it on a pool thread.
class OwnerIdParser {
public:
    struct Options {
        OwnerKind expect = OwnerKind::User;
        std::function<bool()> isCanceled; // polled every few thousand lines; may be empty
    };

    static OwnerParseResult parse(QStringView text, const Options& options);
    static OwnerParseResult parse(QStringView text) { return parse(text, Options {}); }

    // Classifies one token (already trimmed); exposed for the tests.
    static ParsedOwner classify(QStringView token, int line);
    static bool isEmail(QStringView text);
};

} // namespace c1
