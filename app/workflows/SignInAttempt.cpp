#include "workflows/SignInAttempt.h"

#include "api/Session.h"
#include "workflows/WorkflowsLogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

namespace c1 {

SignInAttempt::SignInAttempt(QObject* parent)
    : QObject(parent)
{ }

SignInAttempt::~SignInAttempt()
{
    ++m_generation; // a callback delivered while the session is torn down is ignored
    m_session.reset();
}

void SignInAttempt::start(const Profile& profile, ProfileSecrets secrets)
{
    cancel();
    m_running = true;
    m_succeeded = false;
    m_identity = {};
    m_user = {};
    m_apiError = {};
    m_errorText.clear();
    const quint64 generation = ++m_generation;

    QString error;
    m_session = Session::create(profile, secrets, &error);
    if (!m_session) {
        m_errorText = error.isEmpty() ? tr("The profile cannot be used.") : error;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish(false);
        });
        return;
    }

    const QString host = m_session->tenantHost();
    m_call = m_session->client()->introspect(this, [this, generation, host](Result<Introspection> result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_identity = result.takeValue();
            lookUpUser(generation);
        } else {
            m_apiError = result.error();
            m_errorText = describe(m_apiError, host);
            m_session.reset();
            finish(false);
        }
    });
}

void SignInAttempt::lookUpUser(quint64 generation)
{
    if (m_identity.userId.isEmpty() || !m_session) {
        finish(true);
        return;
    }
    m_call = m_session->client()->getUser(m_identity.userId, this, [this, generation](Result<User> result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_user = result.takeValue();
        else // signed in all the same: the credential may not be allowed to read users
            qCInfo(lcWorkflows) << "the signed-in user could not be read:" << result.error().message;
        finish(true);
    });
}

QString SignInAttempt::describeUser(const User& user, const QString& userId)
{
    const QString name = user.displayName.trimmed();
    const QString email = user.email.isEmpty() && !user.emails.isEmpty() ? user.emails.first() : user.email;
    if (!name.isEmpty() && !email.isEmpty())
        return tr("%1 <%2>").arg(name, email);
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    if (!user.username.isEmpty())
        return user.username;
    return tr("user %1").arg(userId);
}

void SignInAttempt::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_call.abort();
    m_session.reset();
}

std::unique_ptr<Session> SignInAttempt::takeSession()
{
    return m_succeeded ? std::move(m_session) : nullptr;
}

void SignInAttempt::finish(bool ok)
{
    m_running = false;
    m_succeeded = ok;
    Q_EMIT finished(ok);
}

QString SignInAttempt::describe(const ApiError& error, const QString& host)
{
    const QString detail = error.userMessage();
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Tls: {
        // Never an offer to ignore the error: trusting a certificate means adding its authority as the extra CA.
        QString reason = error.message.trimmed();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        const QString text = reason.isEmpty()
            ? tr("The secure connection to %1 failed (TLS). If the tenant uses a private certificate authority, add "
                 "its certificate as the extra CA file.")
                  .arg(host)
            : tr("The secure connection to %1 failed (TLS): %2. If the tenant uses a private certificate "
                 "authority, add its certificate as the extra CA file.")
                  .arg(host, reason);
        // The reason may already say that the certificate is self-signed (Qt's own words): then the description
        // does not say it again.
        const bool saidSelfSigned = error.message == QSslError(QSslError::SelfSignedCertificate).errorString();
        const QString certificate = describeCertificate(error.peerCertificates, !saidSelfSigned);
        return certificate.isEmpty() ? text : text + QStringLiteral("\n\n") + certificate;
    }
    case ApiError::Kind::Transport:
        return tr("Cannot reach %1: %2. Check the address, the proxy settings and the network.").arg(host, detail);
    case ApiError::Kind::Timeout:
        return tr("%1 did not answer in time. Check the network and the proxy settings.").arg(host);
    case ApiError::Kind::Canceled:
        return tr("Canceled.");
    case ApiError::Kind::Auth: {
        const QString text = error.message.toLower();
        if (text.contains(QLatin1String("clock")) || text.contains(QLatin1String("skew"))
            || text.contains(QLatin1String("expired")) || text.contains(QLatin1String("not yet valid"))
            || text.contains(QLatin1String("iat")) || text.contains(QLatin1String("nbf"))
            || text.contains(QLatin1String("exp ")))
            return tr("The tenant refused the sign-in because of the time: this computer's clock may be wrong "
                      "(%1). Set the clock right and try again.")
                .arg(detail);
        return tr("The tenant refused the client credentials: %1. Check the client ID and secret, or create a new "
                  "credential in C1.")
            .arg(detail);
    }
    case ApiError::Kind::Http:
        if (error.httpStatus == 401)
            return tr("Signed in, but the tenant refused the token (401 Unauthorized): %1").arg(detail);
        if (error.httpStatus == 403)
            return tr("The credential has no permission to read who it is (403 Forbidden): %1").arg(detail);
        return tr("The tenant answered with an error: %1").arg(detail);
    case ApiError::Kind::Redirect:
        return tr("The tenant answered with a redirect, which is not followed: %1. Check the URL override.")
            .arg(detail);
    case ApiError::Kind::BadJson:
        return tr("The answer from %1 is not a C1 API answer: %2. Check the URL override.").arg(host, detail);
    case ApiError::Kind::Paging:
    case ApiError::Kind::InvalidInput:
        break;
    }
    return detail;
}

QString SignInAttempt::describeCertificate(const QList<QSslCertificate>& chain, bool sayIfSelfSigned)
{
    if (chain.isEmpty() || chain.first().isNull())
        return {};
    const QSslCertificate& cert = chain.first();
    auto name = [](const QSslCertificate& c, bool issuer) {
        const auto field = [&c, issuer](QSslCertificate::SubjectInfo info) {
            return (issuer ? c.issuerInfo(info) : c.subjectInfo(info)).join(QStringLiteral(", "));
        };
        QStringList parts;
        for (const auto info : { QSslCertificate::CommonName, QSslCertificate::Organization,
                 QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName }) {
            if (const QString value = field(info); !value.isEmpty())
                parts << value;
        }
        if (parts.isEmpty())
            parts << (issuer ? c.issuerDisplayName() : c.subjectDisplayName());
        return parts.join(QStringLiteral(", "));
    };
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity = tr("%1 to %2")
                           .arg(locale.toString(cert.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                               locale.toString(cert.expiryDate().toLocalTime(), QLocale::ShortFormat));
    if (cert.expiryDate() < now)
        validity += QLatin1Char(' ') + tr("(expired)");
    else if (cert.effectiveDate() > now)
        validity += QLatin1Char(' ') + tr("(not yet valid)");
    const QString fingerprint = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());

    QStringList lines { tr("Certificate presented by the server:"), tr("Subject: %1").arg(name(cert, false)),
        tr("Issuer: %1").arg(name(cert, true)), tr("Valid: %1").arg(validity),
        tr("SHA-256 fingerprint: %1").arg(fingerprint) };
    if (sayIfSelfSigned && cert.isSelfSigned())
        lines << tr("The certificate is self-signed.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace c1
