#pragma once

#include "base/Secret.h"
#include "settings/SecretStore.h"

#include <QPointer>

#include <deque>

namespace QKeychain {
class Job;
}

namespace c1 {

// The real thing, over QtKeychain (Secret Service/KWallet, macOS Keychain, Windows Credential Manager).
// Service name "C1 Console" (overridable for tests), key "profile/<id>", one entry per profile holding
// {"tenantDomain","clientId","clientSecret"} as JSON. Jobs run one at a time, in the order asked; there is never
// a plain-text fallback.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("C1 Console"), QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& profileId, QObject* context, ReadCallback callback) override;
    void write(
        const QString& profileId, const ProfileSecrets& secrets, QObject* context, WriteCallback callback) override;
    void remove(const QString& profileId, QObject* context, WriteCallback callback) override;

    QString service() const { return m_service; }
    static QString keyFor(const QString& profileId) { return QStringLiteral("profile/") + profileId; }
    // Maps a finished job's error to ours; public for tests of the mapping.
    static Outcome outcomeFor(int keychainError, const QString& errorString);

private:
    enum class Operation { Read, Write, Remove };
    struct Pending {
        Operation operation;
        QString profileId;
        SecretBytes data; // Write: the JSON, wiped once handed to the job (and when dropped)
        QPointer<QObject> context;
        ReadCallback readCallback;
        WriteCallback writeCallback;
    };

    void enqueue(Pending pending);
    void startNext();
    void finished(QKeychain::Job* job);

    QString m_service;
    std::deque<Pending> m_queue; // m_queue.front() is running when m_running
    bool m_running = false;
};

} // namespace c1
