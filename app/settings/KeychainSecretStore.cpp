#include "settings/KeychainSecretStore.h"

#include "settings/SecretsLogging.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

namespace c1 {

namespace {

QByteArray encode(const ProfileSecrets& secrets)
{
    QJsonObject object;
    object.insert(QStringLiteral("tenantDomain"), secrets.tenantDomain);
    object.insert(QStringLiteral("clientId"), secrets.clientId);
    object.insert(QStringLiteral("clientSecret"), secrets.clientSecret);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ProfileSecrets> decode(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ProfileSecrets secrets;
    secrets.tenantDomain = object.value(u"tenantDomain").toString();
    secrets.clientId = object.value(u"clientId").toString();
    secrets.clientSecret = object.value(u"clientSecret").toString();
    return secrets;
}

// QtKeychain reports a missing or broken D-Bus service as OtherError with the D-Bus message.
bool isDBusFailure(const QString& text)
{
    static const char* const markers[]
        = { "org.freedesktop.DBus", "D-Bus", "DBus", "dbus", "ServiceUnknown", "was not provided by any .service files",
              "secret service", "Secret Service", "Could not connect" /* libsecret without a session bus */ };
    for (const char* marker : markers) {
        if (text.contains(QLatin1StringView(marker)))
            return true;
    }
    return false;
}

const char* operationName(int operation)
{
    static const char* const names[] = { "read", "write", "remove" };
    return names[operation];
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{ }

KeychainSecretStore::~KeychainSecretStore()
{
    // A running job outlives the store (it has no parent and deletes itself); its result is dropped. The queued
    // writes' JSON wipes itself (SecretBytes).
}

SecretStore::Outcome KeychainSecretStore::outcomeFor(int keychainError, const QString& errorString)
{
    Outcome outcome;
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return outcome;
    case QKeychain::EntryNotFound:
        outcome.error = Error::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        outcome.error = Error::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        outcome.error = Error::NoBackend;
        break;
    case QKeychain::OtherError:
        outcome.error = isDBusFailure(errorString) ? Error::NoBackend : Error::Other;
        break;
    case QKeychain::CouldNotDeleteEntry:
        outcome.error = Error::Other;
        break;
    }
    outcome.message = describe(outcome.error);
    if (outcome.error == Error::Other || outcome.error == Error::NoBackend) {
        if (!errorString.isEmpty())
            outcome.message += QStringLiteral(" (") + errorString + u')';
    }
    return outcome;
}

void KeychainSecretStore::read(const QString& profileId, QObject* context, ReadCallback callback)
{
    enqueue({ Operation::Read, profileId, {}, context ? context : this, std::move(callback), {} });
}

void KeychainSecretStore::write(
    const QString& profileId, const ProfileSecrets& secrets, QObject* context, WriteCallback callback)
{
    enqueue({ Operation::Write, profileId, SecretBytes(encode(secrets)), context ? context : this, {},
        std::move(callback) });
}

void KeychainSecretStore::remove(const QString& profileId, QObject* context, WriteCallback callback)
{
    enqueue({ Operation::Remove, profileId, {}, context ? context : this, {}, std::move(callback) });
}

void KeychainSecretStore::enqueue(Pending pending)
{
    m_queue.push_back(std::move(pending));
    // Start from the event loop, so that even a backend that fails at once answers asynchronously.
    if (!m_running && m_queue.size() == 1)
        QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext()
{
    if (m_running || m_queue.empty())
        return;
    m_running = true;
    Pending& pending = m_queue.front();
    QKeychain::Job* job = nullptr;
    switch (pending.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setBinaryData(pending.data.value());
        pending.data.wipe();
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(pending.profileId));
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::finished);
    qCDebug(lcSecrets) << "keychain" << operationName(int(pending.operation)) << keyFor(pending.profileId);
    job->start();
}

void KeychainSecretStore::finished(QKeychain::Job* job)
{
    if (!m_running || m_queue.empty())
        return;
    Pending pending = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = false;

    Outcome outcome = outcomeFor(job->error(), job->errorString());
    ProfileSecrets secrets;
    if (outcome.ok() && pending.operation == Operation::Read) {
        const SecretBytes json(static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData());
        auto decoded = decode(json.value());
        if (decoded) {
            secrets = std::move(*decoded);
        } else {
            outcome.error = Error::Other;
            outcome.message = tr("The keychain entry of this profile is damaged. Enter the client ID and secret "
                                 "again.");
        }
    }
    if (outcome.ok())
        qCDebug(lcSecrets) << "keychain" << operationName(int(pending.operation)) << "done";
    else
        qCWarning(lcSecrets) << "keychain" << operationName(int(pending.operation)) << keyFor(pending.profileId)
                             << "failed:" << job->error() << job->errorString();

    // Deliver from the event loop, and only if the caller's context still lives.
    if (pending.context) {
        if (pending.operation == Operation::Read) {
            QMetaObject::invokeMethod(
                pending.context,
                [callback = std::move(pending.readCallback), outcome, secrets] { callback(outcome, secrets); },
                Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                pending.context, [callback = std::move(pending.writeCallback), outcome] { callback(outcome); },
                Qt::QueuedConnection);
        }
    }
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

} // namespace c1
