#pragma once

#include <QString>
#include <QUrl>

namespace c1 {

// A tenant profile as kept in QSettings: everything that is NOT a credential. The tenant domain, client ID and
// client secret live only in the OS keychain (SecretStore), keyed by the profile's id.
struct Profile {
    enum class Proxy { System, None, Manual };

    QString id; // stable, generated (a UUID without braces); the keychain key scope
    QString name; // shown to people, unique
    QUrl urlOverride; // optional: the sandbox or a proxy; http:// only to loopback
    QString caFile; // optional extra CA certificate (PEM) file
    Proxy proxy = Proxy::System;
    QString proxyHost;
    int proxyPort = 0;
    QString proxyExclusions; // comma-separated hosts
    // The most parallel requests of a bulk job (settings/ConcurrencyLimits.h): an upper bound, below which the
    // job's AdaptiveLimiter finds what the tenant admits. Over HTTP/1.1 QNAM opens 6 connections a host and queues
    // the rest; over HTTP/2 it multiplexes them on one connection.
    int concurrency = 48;
    bool readOnly = false; // refuses every write
    bool production = false; // asks for the tenant name before bulk writes
    QString color; // "#rrggbb" band colour, empty = none
    QString language; // empty = follow the system

    // Empty when valid, else a translated message for the first problem. Checks the fields a person edits
    // (the id is the store's business).
    QString validate() const;

    static QString createId(); // a fresh UUID without braces
    // True for http(s) URLs whose host is loopback (localhost, 127.0.0.0/8, ::1): the only hosts that may be
    // reached over plain http://.
    static bool isLoopback(const QUrl& url);
    static QString proxyName(Proxy proxy); // "system", "none", "manual" (settings values)
    static Proxy proxyFromName(const QString& name);
};

// What the keychain holds for one profile (one keychain entry, JSON-encoded, per profile). It wipes itself: its
// destructor and every assignment overwrite the characters it held (base/Secret.h: a buffer still shared with
// another copy is only let go of, and its last holder wipes it); a moved-from one is empty.
struct ProfileSecrets {
    QString tenantDomain; // e.g. acme.conductor.one[:port]
    QString clientId;
    QString clientSecret;

    ProfileSecrets() = default;
    ProfileSecrets(QString tenantDomain, QString clientId, QString clientSecret);
    ProfileSecrets(const ProfileSecrets& other) = default;
    ProfileSecrets(ProfileSecrets&& other) noexcept;
    ProfileSecrets& operator=(const ProfileSecrets& other);
    ProfileSecrets& operator=(ProfileSecrets&& other) noexcept;
    ~ProfileSecrets();

    void wipe(); // overwrite the secret's characters now (and empty the fields)
};

} // namespace c1
