// libFuzzer target: the client ID and client secret parsers (ClientCredentials::tenantFromClientId, ::parse).
// Input: "<client ID>\n<client secret>" as UTF-8 (bytes that are not UTF-8 become U+FFFD, as in a paste).

#include "auth/ClientCredentials.h"
#include "fuzz/FuzzSupport.h"

using namespace c1;
using Error = ClientCredentials::Error;

namespace {
// Not an Error value: the parsers must always set *error.
constexpr Error kUnset = static_cast<Error>(-1);
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> parts = fuzz::fields(fuzz::bytes(data, size), 2);
    const QString clientId = QString::fromUtf8(parts[0]);
    const QString secret = QString::fromUtf8(parts[1]);

    Error idError = kUnset;
    const std::optional<TenantAddress> tenant = ClientCredentials::tenantFromClientId(clientId, &idError);
    C1_FUZZ_CHECK(tenant.has_value() == (idError == Error::None));
    if (tenant) {
        // Only ever https to a real host, and the JWT audience is that host (docs/api-facts.md §1).
        C1_FUZZ_CHECK(tenant->baseUrl.isValid());
        C1_FUZZ_CHECK(tenant->baseUrl.scheme() == QStringLiteral("https"));
        C1_FUZZ_CHECK(!tenant->baseUrl.host().isEmpty());
        C1_FUZZ_CHECK(tenant->baseUrl.path().isEmpty() && tenant->baseUrl.userInfo().isEmpty());
        C1_FUZZ_CHECK(!tenant->baseUrl.hasQuery() && !tenant->baseUrl.hasFragment());
        C1_FUZZ_CHECK(tenant->audience == tenant->baseUrl.host());
        // The host comes from the client ID itself (or is "<name>.conductor.one"), never from elsewhere; an IPv6
        // address is written in its canonical form.
        const QString lowerId = clientId.toLower();
        C1_FUZZ_CHECK(tenant->audience.contains(u':') || lowerId.contains(tenant->audience)
            || (tenant->audience.endsWith(QStringLiteral(".conductor.one"))
                && lowerId.contains(tenant->audience.chopped(14))));
    } else {
        C1_FUZZ_CHECK(!ClientCredentials::describe(idError).isEmpty());
    }

    Error error = kUnset;
    const std::optional<ClientCredentials> credentials = ClientCredentials::parse(clientId, secret, &error);
    C1_FUZZ_CHECK(credentials.has_value() == (error == Error::None));
    if (!tenant)
        C1_FUZZ_CHECK(!credentials && error == idError);
    if (!credentials) {
        C1_FUZZ_CHECK(!ClientCredentials::describe(error).isEmpty());
        return 0;
    }
    C1_FUZZ_CHECK(!credentials->key().isNull());
    C1_FUZZ_CHECK(credentials->key().seed().size() == 32 && credentials->key().publicKey().size() == 32);
    C1_FUZZ_CHECK(credentials->tenant().baseUrl == tenant->baseUrl);
    C1_FUZZ_CHECK(credentials->clientId() == clientId.trimmed());

    // The secret written back from the key parses to the same key.
    const QString again = ClientCredentials::formatSecret(credentials->key());
    const std::optional<ClientCredentials> reparsed = ClientCredentials::parse(clientId, again, &error);
    C1_FUZZ_CHECK(reparsed.has_value());
    C1_FUZZ_CHECK(reparsed->key().publicKey() == credentials->key().publicKey());
    return 0;
}
