#pragma once

#include "settings/SecretStore.h"

namespace c1 {

// The real thing, over QtKeychain (Secret Service/KWallet, macOS Keychain, Windows Credential Manager).
// Service name "C1 Console" (overridable for tests), key "profile/<id>".
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("C1 Console"), QObject* parent = nullptr);

    void read(const QString& profileId, QObject* context, ReadCallback callback) override;
    void write(const QString& profileId, const ProfileSecrets& secrets, QObject* context,
        WriteCallback callback) override;
    void remove(const QString& profileId, QObject* context, WriteCallback callback) override;

private:
    QString m_service;
    // job queue: see KeychainSecretStore.cpp
};

} // namespace c1
