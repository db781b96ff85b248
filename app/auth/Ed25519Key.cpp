#include "auth/Ed25519Key.h"

#include <QString>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace c1 {

namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

Ed25519Key::Ed25519Key(const Ed25519Key& other)
    : m_seed(other.m_seed)
    , m_public(other.m_public)
{
    m_seed.detach();
}

Ed25519Key& Ed25519Key::operator=(const Ed25519Key& other)
{
    if (this != &other) {
        wipe();
        m_seed = other.m_seed;
        m_seed.detach();
        m_public = other.m_public;
    }
    return *this;
}

Ed25519Key::Ed25519Key(Ed25519Key&& other) noexcept
    : m_seed(std::move(other.m_seed))
    , m_public(std::move(other.m_public))
{ }

Ed25519Key& Ed25519Key::operator=(Ed25519Key&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_seed = std::move(other.m_seed);
        m_public = std::move(other.m_public);
    }
    return *this;
}

Ed25519Key::~Ed25519Key()
{
    wipe();
}

void Ed25519Key::wipe()
{
    secureWipe(m_seed);
    m_seed.clear();
}

std::optional<Ed25519Key> Ed25519Key::fromSeed(QByteArrayView seed)
{
    if (seed.size() != 32)
        return std::nullopt;
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), 32));
    if (!key)
        return std::nullopt;
    QByteArray pub(32, Qt::Uninitialized);
    size_t pubLen = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pub.data()), &pubLen) != 1
        || pubLen != 32)
        return std::nullopt;
    Ed25519Key result;
    result.m_seed = QByteArray(seed.data(), 32);
    result.m_public = pub;
    return result;
}

Ed25519Key Ed25519Key::generate()
{
    QByteArray seed(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(seed.data()), 32);
    auto key = fromSeed(seed);
    secureWipe(seed);
    return key ? std::move(*key) : Ed25519Key {};
}

QByteArray Ed25519Key::sign(QByteArrayView message) const
{
    if (isNull())
        return {};
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(m_seed), 32));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray signature(64, Qt::Uninitialized);
    size_t sigLen = 64;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &sigLen, bytes(message),
            size_t(message.size()))
            != 1
        || sigLen != 64)
        return {};
    return signature;
}

bool Ed25519Key::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), 32));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(
               ctx.get(), bytes(signature), size_t(signature.size()), bytes(message), size_t(message.size()))
        == 1;
}

} // namespace c1
