#pragma once

#include <QByteArray>
#include <QString>

namespace c1 {

// A self-signed certificate for the sandbox's HTTPS (P-256, SHA-256, one year), valid for 127.0.0.1, ::1 and
// localhost, made with OpenSSL's X509 APIs. It is its own CA, so a client trusts it by adding it to the CA list.
class SandboxCertificate {
public:
    static SandboxCertificate generate();

    bool isNull() const { return m_certificatePem.isEmpty(); }
    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray privateKeyPem() const { return m_privateKeyPem; }
    QString errorString() const { return m_error; }

private:
    QByteArray m_certificatePem;
    QByteArray m_privateKeyPem;
    QString m_error;
};

} // namespace c1
