#include "settings/MemorySecretStore.h"

namespace c1 {

MemorySecretStore::~MemorySecretStore() = default; // the entries wipe themselves

void MemorySecretStore::read(const QString& profileId, QObject* context, ReadCallback callback)
{
    Outcome outcome;
    ProfileSecrets secrets;
    const auto it = m_secrets.constFind(profileId);
    if (it == m_secrets.constEnd()) {
        outcome.error = Error::NotFound;
        outcome.message = describe(Error::NotFound);
    } else {
        secrets = *it;
    }
    QMetaObject::invokeMethod(
        context ? context : this, [callback = std::move(callback), outcome, secrets] { callback(outcome, secrets); },
        Qt::QueuedConnection);
}

void MemorySecretStore::write(
    const QString& profileId, const ProfileSecrets& secrets, QObject* context, WriteCallback callback)
{
    m_secrets.insert(profileId, secrets); // the entry it replaces wipes itself
    QMetaObject::invokeMethod(
        context ? context : this, [callback = std::move(callback)] { callback(Outcome {}); }, Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString& profileId, QObject* context, WriteCallback callback)
{
    Outcome outcome;
    auto it = m_secrets.find(profileId);
    if (it == m_secrets.end()) {
        outcome.error = Error::NotFound;
        outcome.message = describe(Error::NotFound);
    } else {
        m_secrets.erase(it);
    }
    QMetaObject::invokeMethod(
        context ? context : this, [callback = std::move(callback), outcome] { callback(outcome); },
        Qt::QueuedConnection);
}

} // namespace c1
