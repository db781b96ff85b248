// c1-sandbox: a local C1 tenant on loopback (docs/sandbox.md). Prints its base URL and one client credential per
// --client; runs until interrupted.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"c1-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "c1-sandbox", "A local C1 tenant speaking the public API subset that C1 Console uses."));
    parser.addHelpOption();
    parser.addVersionOption();
    auto option = [&parser](const QString& name, const char* help, const QString& valueName = {},
                      const QString& defaultValue = {}) {
        QCommandLineOption o(name, QCoreApplication::translate("c1-sandbox", help), valueName, defaultValue);
        parser.addOption(o);
        return o;
    };
    const c1::SandboxOptions defaults;
    const c1::SandboxDataSize sizes;
    const auto port = option(u"port"_s, "Port to listen on (0 = a free port).", u"port"_s, u"0"_s);
    const auto tls = option(u"tls"_s, "Serve HTTPS with a generated self-signed certificate.");
    const auto http2 = option(u"http2"_s,
        "HTTP/2 beside HTTP/1.1: off, alpn (offered as \"h2\" over TLS) or prior-knowledge (also cleartext HTTP/2 "
        "for clients that open with its preface).",
        u"mode"_s, u"alpn"_s);
    const auto maxStreams
        = option(u"max-streams"_s, "HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS advertised and enforced (1-100).", u"n"_s,
            QString::number(defaults.maxConcurrentStreams));
    const auto refuseHttp2 = option(u"refuse-http2"_s, "Offer only HTTP/1.1, although HTTP/2 is on (ALPN fallback).");
    const auto certOut = option(u"cert-out"_s, "Where to write the certificate (PEM) when --tls.", u"file"_s);
    const auto latency = option(u"latency"_s, "Latency added to every answer, in ms.", u"ms"_s, u"0"_s);
    const auto jitter = option(u"jitter"_s, "Latency jitter, ± ms.", u"ms"_s, u"0"_s);
    const auto rate = option(u"rate-limit"_s, "Requests per second before 429 (0 = none).", u"n"_s, u"0"_s);
    const auto failure = option(u"failure-rate"_s, "Fraction of /api requests answered 503.", u"f"_s, u"0"_s);
    const auto drop = option(u"drop-rate"_s, "Fraction of /api connections closed unanswered.", u"f"_s, u"0"_s);
    const auto dropAfter = option(u"drop-after-effect"_s, "Apply a dropped write before closing.");
    const auto lifetime = option(u"token-lifetime"_s, "Access token lifetime in seconds.", u"s"_s,
        QString::number(defaults.tokenLifetimeSeconds));
    const auto ownerDelay
        = option(u"owner-delay"_s, "Delay before new owners show in owner lists, in ms.", u"ms"_s, u"0"_s);
    const auto roles
        = option(u"role-slugs"_s, "Comma-separated owner role slugs.", u"slugs"_s, defaults.roleSlugs.join(u','));
    const auto state = option(u"state"_s, "JSON state file (loaded on start, saved after changes).", u"file"_s);
    const auto seed = option(u"seed"_s, "Seed of the demo data and fault dice.", u"n"_s, u"1"_s);
    const auto apps = option(u"apps"_s, "Demo apps.", u"n"_s, QString::number(sizes.apps));
    const auto types
        = option(u"types-per-app"_s, "Resource types per app.", u"n"_s, QString::number(sizes.resourceTypesPerApp));
    const auto resources
        = option(u"resources-per-type"_s, "Resources per type.", u"n"_s, QString::number(sizes.resourcesPerType));
    const auto entitlements
        = option(u"entitlements-per-app"_s, "Entitlements per app.", u"n"_s, QString::number(sizes.entitlementsPerApp));
    const auto users = option(u"users"_s, "Demo users.", u"n"_s, QString::number(sizes.users));
    const auto owners = option(u"owners-per-object"_s, "Existing owners per app and resource.", u"n"_s,
        QString::number(sizes.ownersPerObject));
    const auto bigType
        = option(u"big-type"_s, "Resources in the first app's first type (0 = as the others).", u"n"_s, u"0"_s);
    const auto clients = option(u"client"_s, "Issue a client credential with this name (repeatable).", u"name"_s);
    parser.process(app);

    c1::SandboxOptions options;
    options.port = quint16(parser.value(port).toUInt());
    options.tls = parser.isSet(tls);
    const QString http2Mode = parser.value(http2);
    if (http2Mode == u"off"_s) {
        options.http2 = c1::SandboxHttp2::Off;
    } else if (http2Mode == u"prior-knowledge"_s) {
        options.http2 = c1::SandboxHttp2::PriorKnowledge;
    } else if (http2Mode != u"alpn"_s) {
        QTextStream(stderr) << QCoreApplication::translate("c1-sandbox", "Unknown --http2 mode: %1").arg(http2Mode)
                            << Qt::endl;
        return 2;
    }
    options.maxConcurrentStreams = parser.value(maxStreams).toInt();
    options.refuseHttp2 = parser.isSet(refuseHttp2);
    options.latencyMs = parser.value(latency).toInt();
    options.jitterMs = parser.value(jitter).toInt();
    options.rateLimitPerSecond = parser.value(rate).toInt();
    options.failureRate = parser.value(failure).toDouble();
    options.dropRate = parser.value(drop).toDouble();
    options.dropAfterEffect = parser.isSet(dropAfter);
    options.tokenLifetimeSeconds = parser.value(lifetime).toInt();
    options.ownerVisibilityDelayMs = parser.value(ownerDelay).toInt();
    options.roleSlugs = parser.value(roles).split(u',', Qt::SkipEmptyParts);
    options.stateFile = parser.value(state);
    options.seed = parser.value(seed).toULongLong();

    c1::SandboxDataSize size;
    size.apps = parser.value(apps).toInt();
    size.resourceTypesPerApp = parser.value(types).toInt();
    size.resourcesPerType = parser.value(resources).toInt();
    size.entitlementsPerApp = parser.value(entitlements).toInt();
    size.users = parser.value(users).toInt();
    size.ownersPerObject = parser.value(owners).toInt();
    size.bigTypeResources = parser.value(bigType).toInt();

    QTextStream out(stdout);
    QTextStream err(stderr);
    c1::SandboxServer server(options);
    QElapsedTimer timer;
    timer.start();
    server.generateData(size);
    const qint64 generated = timer.elapsed();
    if (!server.start()) {
        err << QCoreApplication::translate("c1-sandbox", "Cannot listen: %1").arg(server.errorString()) << Qt::endl;
        return 1;
    }
    out << "base URL: " << server.baseUrl().toString() << Qt::endl;
    out << "apps: " << server.appIds().size() << " (ready in " << generated << " ms)" << Qt::endl;
    if (options.tls)
        out << "certificate: " << server.writeCertificate(parser.value(certOut)) << Qt::endl;
    QStringList names = parser.values(clients);
    if (names.isEmpty())
        names.append(u"sandbox-admin"_s);
    for (const QString& name : std::as_const(names)) {
        const c1::SandboxClient client = server.issueClient(name);
        out << "client ID: " << client.clientId << Qt::endl;
        out << "client secret: " << client.clientSecret << Qt::endl;
    }
    return app.exec();
}
