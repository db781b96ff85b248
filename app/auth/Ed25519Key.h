#pragma once

#include "base/Secret.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace c1 {

// An Ed25519 key pair held in memory (OpenSSL libcrypto does the maths; Qt has no Ed25519).
// The 32-byte seed is wiped when the key is destroyed.
class Ed25519Key {
public:
    Ed25519Key() = default;
    Ed25519Key(const Ed25519Key& other);
    Ed25519Key& operator=(const Ed25519Key& other);
    Ed25519Key(Ed25519Key&& other) noexcept;
    Ed25519Key& operator=(Ed25519Key&& other) noexcept;
    ~Ed25519Key();

    // A key from its 32-byte private seed (the JWK "d"); nullopt if the seed has the wrong size.
    static std::optional<Ed25519Key> fromSeed(QByteArrayView seed);
    // A fresh random key pair.
    static Ed25519Key generate();

    bool isNull() const { return m_seed.isEmpty(); }
    QByteArray seed() const { return m_seed; }
    QByteArray publicKey() const { return m_public; } // 32 bytes (the JWK "x")
    QByteArray sign(QByteArrayView message) const; // 64-byte signature, empty on failure

    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

private:
    void wipe();

    QByteArray m_seed;
    QByteArray m_public;
};

} // namespace c1
