#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxCertificate.h"
#include "sandbox/SandboxDemoData.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxLog.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRouteContext.h"
#include "sandbox/SandboxRoutesApps.h"
#include "sandbox/SandboxRoutesDirectory.h"
#include "sandbox/SandboxRoutesEdits.h"
#include "sandbox/SandboxRoutesOwners.h"
#include "sandbox/SandboxRoutesOwnership.h"
#include "sandbox/SandboxRoutesResources.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "c1.sandbox")

using namespace Qt::StringLiterals;

namespace c1 {

class SandboxServer::Private {
public:
    explicit Private(SandboxServer* owner, SandboxOptions opts)
        : q(owner)
        , options(std::move(opts))
        , store(options.seed)
        , faults(options.seed)
        , context(store, options)
        , appRoutes(context)
        , resourceRoutes(context)
        , directoryRoutes(context)
        , ownerRoutes(context)
        , editRoutes(context)
        , ownershipRoutes(context)
    {
        appRoutes.install(router);
        resourceRoutes.install(router);
        directoryRoutes.install(router);
        ownerRoutes.install(router);
        editRoutes.install(router);
        ownershipRoutes.install(router);
    }

    enum class Delivery { Whole, Drop, Truncate };

    void handle(const SandboxHttpRequest& request, const std::shared_ptr<SandboxHttpExchange>& exchange);
    SandboxHttpResponse serveApi(const SandboxHttpRequest& request, const QString& requestId);
    void deliver(const std::shared_ptr<SandboxHttpExchange>& exchange, SandboxHttpResponse response,
        const QByteArray& method, const QString& path, Delivery delivery = Delivery::Whole);
    void load();
    void save();
    void ensureCertificate() const;

    SandboxServer* q;
    SandboxOptions options;
    SandboxStore store;
    SandboxAuth auth;
    SandboxFaults faults;
    SandboxRouter router;
    SandboxRouteContext context;
    SandboxRoutesApps appRoutes;
    SandboxRoutesResources resourceRoutes;
    SandboxRoutesDirectory directoryRoutes;
    SandboxRoutesOwners ownerRoutes;
    SandboxRoutesEdits editRoutes;
    SandboxRoutesOwnership ownershipRoutes;
    std::unique_ptr<SandboxHttpServer> http;
    std::shared_ptr<SandboxHttpStats> httpStats = std::make_shared<SandboxHttpStats>(); // kept across restarts
    mutable SandboxCertificate certificate;
    QTimer saveTimer;
    QString error;
    bool loadedFromFile = false;
    qint64 clockOffset = 0;
    quint64 requestSerial = 0;
    int requests = 0;
    int requestsByProtocol[2] = { 0, 0 };
    int rateLimited = 0;
    int failed = 0;
    int dropped = 0;
    int redirected = 0;
    int truncated = 0;
    int htmlErrors = 0;
    int latencySpikes = 0;
    std::shared_ptr<int> delayedNow = std::make_shared<int>(0); // shared: a pending timer may outlive this
    int delayedPeak = 0;
};

namespace {

// What a proxy in front of the tenant sends when the backend went away: not JSON.
SandboxHttpResponse htmlBadGateway()
{
    SandboxHttpResponse response;
    response.status = 502;
    response.setHeader("Content-Type", "text/html");
    response.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return response;
}

} // namespace

void SandboxServer::Private::handle(
    const SandboxHttpRequest& request, const std::shared_ptr<SandboxHttpExchange>& exchange)
{
    const QString requestId = u"sbx"_s + QString::number(++requestSerial).rightJustified(24, u'0');
    const QString area = request.segments.value(0);
    if (area == u"auth"_s && request.path == u"/auth/v1/token"_s) {
        ++requests;
        ++requestsByProtocol[int(request.protocol)];
        SandboxHttpResponse response = auth.token(request, q->now(), options.tokenLifetimeSeconds, u"127.0.0.1"_s);
        response.setHeader("X-Request-Id", requestId.toLatin1());
        deliver(exchange, response, request.method, request.path);
        return;
    }
    if (area != u"api"_s) {
        SandboxHttpResponse response = SandboxReply::notFound(u"Not Found"_s, requestId);
        response.setHeader("X-Request-Id", requestId.toLatin1());
        exchange->respond(response);
        Q_EMIT q->requestServed(QString::fromLatin1(request.method), request.path, response.status);
        return;
    }
    ++requests;
    ++requestsByProtocol[int(request.protocol)];
    // A trailing slash or an empty segment: 301 to the collection before the path, as C1's gateway does.
    const qsizetype empty = request.segments.indexOf(QString());
    if (empty >= 0) {
        SandboxHttpResponse response;
        response.status = 301;
        response.setHeader("Location", QString(u'/' + request.segments.mid(0, empty).join(u'/')).toUtf8());
        response.setHeader("X-Request-Id", requestId.toLatin1());
        deliver(exchange, response, request.method, request.path);
        return;
    }
    const SandboxFaults::Decision decision = options.faultMethod.isEmpty() || options.faultMethod == request.method
        ? faults.decide(options, q->now())
        : SandboxFaults::Decision {};
    SandboxHttpResponse response;
    Delivery delivery = Delivery::Whole;
    switch (decision.verdict) {
    case SandboxFaults::Verdict::RateLimited:
        ++rateLimited;
        response = SandboxReply::error(SandboxReply::ResourceExhausted, u"rate limit exceeded"_s, requestId);
        response.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        break;
    case SandboxFaults::Verdict::Fail:
        ++failed;
        response = SandboxReply::error(SandboxReply::Unavailable, u"service unavailable"_s, requestId);
        break;
    case SandboxFaults::Verdict::Redirect: {
        ++redirected;
        response.status = 301;
        const QString location
            = options.redirectLocation.isEmpty() ? u"/moved"_s + request.path : options.redirectLocation;
        response.setHeader("Location", location.toUtf8());
        response.setHeader("Content-Type", "text/html");
        response.body = "<html><body>Moved Permanently</body></html>";
        break;
    }
    case SandboxFaults::Verdict::Drop:
        ++dropped;
        delivery = Delivery::Drop;
        if (options.dropAfterEffect)
            response = serveApi(request, requestId);
        break;
    case SandboxFaults::Verdict::Truncate:
        ++truncated;
        delivery = Delivery::Truncate;
        response = serveApi(request, requestId);
        break;
    case SandboxFaults::Verdict::HtmlError:
        ++htmlErrors;
        serveApi(request, requestId); // the backend did the work; the proxy lost the answer
        response = htmlBadGateway();
        break;
    case SandboxFaults::Verdict::Serve:
        response = serveApi(request, requestId);
        break;
    }
    if (decision.verdict != SandboxFaults::Verdict::HtmlError)
        response.setHeader("X-Request-Id", requestId.toLatin1());
    deliver(exchange, response, request.method, request.path, delivery);
}

SandboxHttpResponse SandboxServer::Private::serveApi(const SandboxHttpRequest& request, const QString& requestId)
{
    const auto userId = auth.authenticate(request.header("authorization"), q->now());
    if (!userId) {
        SandboxHttpResponse response = SandboxReply::error(
            SandboxReply::Unauthenticated, u"unauthenticated: a valid bearer token is required"_s, requestId);
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    const SandboxRouter::Match match = router.match(request.method, request.segments);
    if (!match.handler) {
        if (match.pathKnown)
            return SandboxReply::error(SandboxReply::Unimplemented, u"Method Not Allowed"_s, requestId, 405);
        return SandboxReply::notFound(u"Not Found"_s, requestId);
    }
    SandboxCall call;
    call.request = &request;
    call.args = match.args;
    call.requestId = requestId;
    call.userId = *userId;
    call.now = q->now();
    if (request.method != "GET") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (request.body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError || !document.isObject())
            return SandboxReply::invalid(u"invalid request body: a JSON object is required"_s, requestId);
        call.body = document.object();
    }
    return (*match.handler)(call);
}

void SandboxServer::Private::deliver(const std::shared_ptr<SandboxHttpExchange>& exchange, SandboxHttpResponse response,
    const QByteArray& method, const QString& path, Delivery delivery)
{
    bool spiked = false;
    const int delay = faults.delayMs(options, &spiked);
    latencySpikes += spiked;
    auto finish = [this, exchange, response, method, path, delivery] {
        switch (delivery) {
        case Delivery::Whole:
            exchange->respond(response);
            break;
        case Delivery::Drop:
            exchange->drop();
            break;
        case Delivery::Truncate:
            exchange->respondTruncated(response, response.body.size() / 2);
            break;
        }
        Q_EMIT q->requestServed(QString::fromLatin1(method), path, delivery == Delivery::Drop ? 0 : response.status);
    };
    if (delay <= 0) {
        finish();
        return;
    }
    // Latency is a timer, never a sleeping thread: the exchange waits, everything else goes on.
    QObject* receiver = exchange->context();
    if (!receiver)
        return;
    delayedPeak = std::max(delayedPeak, ++*delayedNow);
    // The guard ends the wait when the timer's functor goes: after it fired, or with a connection gone before.
    auto waiting = std::shared_ptr<void>(nullptr, [counter = delayedNow](void*) { --*counter; });
    QTimer::singleShot(delay, receiver, [finish, waiting] { finish(); });
}

void SandboxServer::Private::load()
{
    if (options.stateFile.isEmpty() || !QFile::exists(options.stateFile))
        return;
    QFile file(options.stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandbox) << "cannot read the state file" << options.stateFile << file.errorString();
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QString problem;
    if (parseError.error != QJsonParseError::NoError || !store.fromJson(document.object(), &problem)) {
        qCWarning(lcSandbox) << "ignoring the state file" << options.stateFile
                             << (problem.isEmpty() ? parseError.errorString() : problem);
        store.clear();
        return;
    }
    auth.loadClients(document.object().value(u"clients"_s).toArray());
    // The ID generator restarts from the seed with every process: move it past the IDs the saved state already
    // uses (the sequence only grows), or the next object created would reuse the ID of the first demo object.
    store.reseed(options.seed ^ (store.nextSeq() * 0x9e3779b97f4a7c15ULL));
    loadedFromFile = true;
    qCInfo(lcSandbox) << "loaded" << store.apps().size() << "apps and" << store.resources().size() << "resources from"
                      << options.stateFile;
}

void SandboxServer::Private::save()
{
    saveTimer.stop();
    if (options.stateFile.isEmpty())
        return;
    QJsonObject state = store.toJson();
    state.insert(u"clients"_s, auth.clientsJson());
    QSaveFile file(options.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot write the state file" << options.stateFile << file.errorString();
        return;
    }
    file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcSandbox) << "cannot write the state file" << options.stateFile << file.errorString();
}

void SandboxServer::Private::ensureCertificate() const
{
    if (certificate.isNull())
        certificate = SandboxCertificate::generate();
}

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{
    d->saveTimer.setSingleShot(true);
    d->saveTimer.setInterval(200);
    connect(&d->saveTimer, &QTimer::timeout, this, [this] { d->save(); });
    connect(&d->store, &SandboxStore::changed, this, [this] {
        if (!d->options.stateFile.isEmpty() && !d->saveTimer.isActive())
            d->saveTimer.start();
    });
    d->load();
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start()
{
    stop();
    QSslConfiguration tls;
    if (d->options.tls) {
        d->ensureCertificate();
        if (d->certificate.isNull()) {
            d->error = d->certificate.errorString();
            return false;
        }
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(d->certificate.certificatePem(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(d->certificate.privateKeyPem(), QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
    }
    d->http = std::make_unique<SandboxHttpServer>(
        [this](const SandboxHttpRequest& request, std::shared_ptr<SandboxHttpExchange> exchange) {
            d->handle(request, exchange);
        },
        [this] {
            const SandboxOptions& o = d->options;
            SandboxHttpSettings settings;
            settings.alpn = o.http2 != SandboxHttp2::Off;
            settings.offerHttp2 = o.http2 != SandboxHttp2::Off && !o.refuseHttp2;
            settings.priorKnowledge = o.http2 == SandboxHttp2::PriorKnowledge && !o.refuseHttp2;
            settings.maxConcurrentStreams = quint32(std::clamp(o.maxConcurrentStreams, 1, 100));
            return settings;
        },
        d->httpStats);
    if (!d->http->listen(QHostAddress::LocalHost, d->options.port, tls)) {
        d->error = d->http->errorString();
        d->http.reset();
        return false;
    }
    d->error.clear();
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

void SandboxServer::stop()
{
    if (d->http) {
        d->http->close();
        d->http.reset();
    }
    if (d->saveTimer.isActive())
        d->save();
}

void SandboxServer::saveNow()
{
    if (d->saveTimer.isActive())
        d->save();
}

QString SandboxServer::errorString() const
{
    return d->error;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(d->options.tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

quint16 SandboxServer::port() const
{
    return d->http ? d->http->serverPort() : d->options.port;
}

QByteArray SandboxServer::certificatePem() const
{
    if (!d->options.tls)
        return {};
    d->ensureCertificate();
    return d->certificate.certificatePem();
}

QString SandboxServer::writeCertificate(const QString& path) const
{
    const QString target = path.isEmpty() ? QDir(QDir::tempPath()).filePath(u"c1-sandbox-%1.pem"_s.arg(port())) : path;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(certificatePem()) < 0 || !file.commit()) {
        qCWarning(lcSandbox) << "cannot write the certificate to" << target;
        return {};
    }
    return target;
}

void SandboxServer::generateData(const SandboxDataSize& size)
{
    if (d->loadedFromFile) {
        qCInfo(lcSandbox) << "state loaded from" << d->options.stateFile << "- demo data not generated";
        return;
    }
    SandboxDemoData::generate(d->store, size, d->options.roleSlugs, d->options.seed);
    d->store.markChanged();
}

SandboxClient SandboxServer::issueClient(const QString& name)
{
    const QString username = name.isEmpty() ? u"sandbox-admin"_s : name;
    const SandboxUser* principal = d->store.userByUsername(username);
    if (!principal) {
        SandboxUser user;
        user.id = d->store.newId();
        QStringList words = username.split(QRegularExpression(u"[-_.]+"_s), Qt::SkipEmptyParts);
        for (QString& word : words)
            word[0] = word.at(0).toUpper();
        user.displayName = words.join(u' ');
        user.username = username;
        user.email = username + u"@sandbox.example.com"_s;
        user.jobTitle = u"API client"_s;
        user.department = u"IT"_s;
        user.createdAt = user.updatedAt = now();
        principal = &d->store.addUser(user);
    }
    const SandboxAuth::Issued issued = d->auth.issue(username, u"127.0.0.1"_s, port(), principal->id);
    d->store.markChanged();
    return SandboxClient { issued.clientId, issued.clientSecret, principal->id };
}

SandboxOptions& SandboxServer::options()
{
    return d->options;
}

void SandboxServer::advanceClock(qint64 msecs)
{
    d->clockOffset += msecs;
}

qint64 SandboxServer::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + d->clockOffset;
}

int SandboxServer::requestCount() const
{
    return d->requests;
}
int SandboxServer::requestCount(SandboxProtocol protocol) const
{
    return d->requestsByProtocol[int(protocol)];
}
int SandboxServer::connectionCount(SandboxProtocol protocol) const
{
    return d->httpStats->connections[int(protocol)];
}
int SandboxServer::stalledConnections() const
{
    return d->httpStats->stalledConnections;
}
void SandboxServer::stallOpenConnections()
{
    if (d->http)
        d->http->stallOpenConnections();
}
int SandboxServer::peakConcurrentStreams() const
{
    return d->httpStats->peakStreamsPerConnection;
}
int SandboxServer::refusedStreams() const
{
    return d->httpStats->refusedStreams;
}
int SandboxServer::count429() const
{
    return d->rateLimited;
}
int SandboxServer::count503() const
{
    return d->failed;
}
int SandboxServer::countDropped() const
{
    return d->dropped;
}
int SandboxServer::countRedirected() const
{
    return d->redirected;
}
int SandboxServer::countTruncated() const
{
    return d->truncated;
}
int SandboxServer::countHtmlErrors() const
{
    return d->htmlErrors;
}
int SandboxServer::countLatencySpikes() const
{
    return d->latencySpikes;
}
int SandboxServer::peakDelayedAtOnce() const
{
    return d->delayedPeak;
}

QStringList SandboxServer::appIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(d->store.appOrder().size()));
    for (const auto& [seq, id] : d->store.appOrder())
        ids.append(id);
    return ids;
}

QMap<QString, QStringList> SandboxServer::ownersOf(
    const QString& appId, const QString& typeId, const QString& resourceId) const
{
    QMap<QString, QStringList> result;
    QString objectId = appId;
    if (!resourceId.isEmpty()) {
        if (!d->store.resource(appId, typeId, resourceId))
            return result;
        objectId = resourceId;
    }
    for (const SandboxOwner& owner : d->store.owners(objectId))
        result[owner.roleSlug].append(owner.key());
    return result;
}

QMap<QString, QStringList> SandboxServer::entitlementOwnersOf(const QString& appId, const QString& entitlementId) const
{
    QMap<QString, QStringList> result;
    if (!d->store.entitlement(appId, entitlementId))
        return result;
    for (const SandboxOwner& owner : d->store.owners(entitlementId))
        result[owner.roleSlug].append(owner.key());
    return result;
}

QByteArray SandboxServer::lastAssertion() const
{
    return d->auth.lastAssertion();
}

QString SandboxServer::lastIssuedToken() const
{
    return d->auth.lastIssuedToken();
}

bool SandboxServer::setConnectorOwner(
    const QString& appId, const QString& typeId, const QString& resourceId, const QString& userId)
{
    QString objectId = appId;
    if (!resourceId.isEmpty()) {
        if (!d->store.resource(appId, typeId, resourceId))
            return false;
        objectId = resourceId;
    }
    bool found = false;
    for (SandboxOwner& owner : d->store.mutableOwners(objectId)) {
        if (!owner.entitlement && owner.userId == userId) {
            owner.immutable = true;
            found = true;
        }
    }
    if (found)
        d->store.markChanged();
    return found;
}

int SandboxServer::ownerWrites(
    const QString& appId, const QString& typeId, const QString& resourceId, const QString& ownerKey) const
{
    Q_UNUSED(typeId)
    return d->store.ownerWrites(resourceId.isEmpty() ? appId : resourceId, ownerKey);
}

} // namespace c1
