#pragma once

// The reference values of the sign-in flow (tests/data/auth-vectors.json, made with an independent Ed25519
// implementation), loaded once per test binary.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace c1::test {

inline QJsonObject authVectors()
{
    static const QJsonObject vectors = [] {
        QFile file(QStringLiteral(C1_TEST_DATA_DIR "/auth-vectors.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return vectors;
}

inline QString vectorString(const QString& path)
{
    QJsonValue value = authVectors();
    for (const QString& part : path.split(u'.'))
        value = value.toObject().value(part);
    return value.toString();
}

inline QByteArray vectorBytes(const QString& path)
{
    return vectorString(path).toUtf8();
}

inline QString vectorClientId()
{
    return vectorString(QStringLiteral("client_id"));
}
inline QString vectorClientSecret()
{
    return vectorString(QStringLiteral("client_secret"));
}
inline QByteArray vectorSeed()
{
    return QByteArray::fromHex(vectorBytes(QStringLiteral("key.seed_hex")));
}
inline QByteArray vectorPublicKey()
{
    return QByteArray::fromHex(vectorBytes(QStringLiteral("key.public_hex")));
}

} // namespace c1::test
