#pragma once

#include "settings/SecretStore.h"

#include <QHash>

namespace c1 {

// Holds secrets only in memory (the --demo profile; tests of code above the keychain).
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;
    void read(const QString& profileId, QObject* context, ReadCallback callback) override;
    void write(
        const QString& profileId, const ProfileSecrets& secrets, QObject* context, WriteCallback callback) override;
    void remove(const QString& profileId, QObject* context, WriteCallback callback) override;

private:
    QHash<QString, ProfileSecrets> m_secrets;
};

} // namespace c1
