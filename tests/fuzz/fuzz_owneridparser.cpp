// libFuzzer target: the pasted owner list parser (OwnerIdParser::parse). Input: one mode character ('0' user
// owners expected, '1' entitlement owners), then the pasted text as UTF-8.
// Invariants: every owner points at a real line; a valid owner's value is well formed (a 27-character ID, a
// lower-case email, or "appId/entitlementId"); an invalid one has a reason and no value; no owner twice; and the
// valid values, pasted again one per line, parse to the same owners.

#include "fuzz/FuzzSupport.h"
#include "owners/OwnerIdParser.h"

#include <QSet>

using namespace c1;
using Type = ParsedOwner::Type;

namespace {

void check(const OwnerParseResult& result)
{
    C1_FUZZ_CHECK(!result.canceled);
    C1_FUZZ_CHECK(result.nonEmptyLines <= result.lineCount);
    QSet<QString> keys;
    for (const ParsedOwner& owner : result.owners) {
        C1_FUZZ_CHECK(owner.line >= 1 && owner.line <= result.lineCount);
        switch (owner.type) {
        case Type::UserId:
            C1_FUZZ_CHECK(validate::isId(owner.value));
            break;
        case Type::Email:
            C1_FUZZ_CHECK(OwnerIdParser::isEmail(owner.value) && owner.value == owner.value.toLower());
            break;
        case Type::Entitlement:
            C1_FUZZ_CHECK(validate::isId(owner.entitlement.appId) && validate::isId(owner.entitlement.id));
            C1_FUZZ_CHECK(owner.value == owner.entitlement.appId + u'/' + owner.entitlement.id);
            break;
        case Type::Invalid:
            C1_FUZZ_CHECK(owner.value.isEmpty() && !owner.reason.isEmpty());
            break;
        }
        if (owner.type != Type::Invalid) {
            C1_FUZZ_CHECK(!keys.contains(owner.key()));
            keys.insert(owner.key());
        }
    }
    for (const ParseDuplicate& duplicate : result.duplicates)
        C1_FUZZ_CHECK(duplicate.firstLine >= 1 && duplicate.firstLine <= duplicate.line);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    OwnerIdParser::Options options;
    options.expect = data[0] == '1' ? OwnerKind::Entitlement : OwnerKind::User;
    const QString text = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));
    const OwnerParseResult result = OwnerIdParser::parse(text, options);
    check(result);

    QStringList values;
    QList<QString> validKeys;
    for (const ParsedOwner& owner : result.owners) {
        if (owner.type != Type::Invalid) {
            values.append(owner.value);
            validKeys.append(owner.key());
        }
    }
    const OwnerParseResult again = OwnerIdParser::parse(values.join(u'\n'), options);
    check(again);
    QList<QString> againKeys;
    for (const ParsedOwner& owner : again.owners)
        againKeys.append(owner.type == Type::Invalid ? QStringLiteral("invalid:") + owner.text : owner.key());
    C1_FUZZ_CHECK(againKeys == validKeys);
    return 0;
}
