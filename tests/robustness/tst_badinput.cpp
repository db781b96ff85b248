// The bad-input corpus (tests/data/bad-input/*.json) fed to the real parsers and validators: each case must be
// refused with its SPECIFIC error, and what C1Client refuses must never reach the tenant (an in-process
// c1::SandboxServer counts every request). Server answers go through C1Client's own reply mapping, served by a
// QNetworkAccessManager that hands back canned replies (CannedNetwork.h).

#include "api/BearerProvider.h"
#include "api/C1Client.h"
#include "auth/ClientCredentials.h"
#include "auth/JwtAssertion.h"
#include "owners/OwnerIdParser.h"
#include "robustness/CannedNetwork.h"
#include "sandbox/SandboxServer.h"
#include "workflows/EditFields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace c1;
using namespace Qt::StringLiterals;

namespace {

const QString kApp = u"2Xq1bL0fzAppId0000000000000"_s;
const QString kType = u"2Xq1bL0fzTypeId000000000000"_s;
const QString kResource = u"2Xq1bL0fzResourceId00000000"_s;
const QString kUser = u"2Xq1bL0fzUserId000000000000"_s;
const QString kClientId = u"quiet-otter-31337@acme.conductor.one/pcc"_s;

QJsonArray casesOf(const QString& file)
{
    QFile f(QStringLiteral(C1_TEST_DATA_DIR "/bad-input/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
    return document.object().value("cases"_L1).toArray();
}

// One data row per case: "<index> <why or the start of the input>".
void addRows(const QString& file)
{
    QTest::addColumn<QJsonObject>("testCase");
    const QJsonArray cases = casesOf(file);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject object = cases.at(i).toObject();
        QString label = object.value("why"_L1).toString();
        if (label.isEmpty())
            label = object.value("input"_L1).toVariant().toString().left(32).toHtmlEscaped();
        QTest::newRow(qPrintable(u"%1 %2 %3"_s.arg(i).arg(object.value("expect"_L1).toString(), label))) << object;
    }
}

QString errorName(ClientCredentials::Error error)
{
    using E = ClientCredentials::Error;
    switch (error) {
    case E::None:
        return u"None"_s;
    case E::EmptyClientId:
        return u"EmptyClientId"_s;
    case E::ClientIdNoAt:
        return u"ClientIdNoAt"_s;
    case E::ClientIdNoUse:
        return u"ClientIdNoUse"_s;
    case E::ClientIdBadHost:
        return u"ClientIdBadHost"_s;
    case E::EmptySecret:
        return u"EmptySecret"_s;
    case E::SecretBadPrefix:
        return u"SecretBadPrefix"_s;
    case E::SecretWrongPartCount:
        return u"SecretWrongPartCount"_s;
    case E::SecretBadVersion:
        return u"SecretBadVersion"_s;
    case E::SecretBadBase64:
        return u"SecretBadBase64"_s;
    case E::SecretBadJson:
        return u"SecretBadJson"_s;
    case E::SecretNotOkp:
        return u"SecretNotOkp"_s;
    case E::SecretWrongCurve:
        return u"SecretWrongCurve"_s;
    case E::SecretPublicOnly:
        return u"SecretPublicOnly"_s;
    case E::SecretBadKey:
        return u"SecretBadKey"_s;
    case E::ClientIdBadName:
        return u"ClientIdBadName"_s;
    case E::SecretKeyMismatch:
        return u"SecretKeyMismatch"_s;
    }
    return u"?"_s;
}

QString kindName(ApiError::Kind kind)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::None:
        return u"ok"_s;
    case K::Transport:
        return u"Transport"_s;
    case K::Tls:
        return u"Tls"_s;
    case K::Timeout:
        return u"Timeout"_s;
    case K::Canceled:
        return u"Canceled"_s;
    case K::Http:
        return u"Http"_s;
    case K::BadJson:
        return u"BadJson"_s;
    case K::Redirect:
        return u"Redirect"_s;
    case K::Auth:
        return u"Auth"_s;
    case K::Paging:
        return u"Paging"_s;
    case K::InvalidInput:
        return u"InvalidInput"_s;
    }
    return u"?"_s;
}

// The English text that names each annotation problem (validate::annotations answers a message, not a code).
QString annotationProblemText(const QString& expect)
{
    static const QHash<QString, QString> texts {
        { u"keyEmpty"_s, u"must not be empty"_s },
        { u"keyTooLong"_s, u"is longer than 128 characters"_s },
        { u"keyFirstChar"_s, u"must start with a letter"_s },
        { u"keyChars"_s, u"may only contain letters, digits and . _ / -"_s },
        { u"keyReserved"_s, u"reserved for C1"_s },
        { u"valueTooLong"_s, u"value is longer than 256 characters"_s },
        { u"valueChars"_s, u"may only contain letters, digits and . _ ~ -"_s },
        { u"tooMany"_s, u"at most 16 are allowed"_s },
        { u"tooBig"_s, u"bytes; at most 4096 are allowed"_s },
    };
    return texts.value(expect);
}

// The English text of each OwnerIdParser reason (its reasons are messages, not codes).
QString pastedReasonText(const QString& expect)
{
    static const QHash<QString, QString> texts {
        { u"length"_s, u"characters long; C1 IDs have exactly 27 letters and digits"_s },
        { u"unknown"_s, u"not a user ID, email or entitlement reference"_s },
        { u"email"_s, u"not a valid email address"_s },
        { u"refShape"_s, u"an entitlement reference has two IDs"_s },
        { u"refApp"_s, u"entitlement reference: the app ID is"_s },
        { u"refEntitlement"_s, u"entitlement reference: the entitlement ID is"_s },
        { u"character"_s, u"which cannot appear in an ID or email"_s },
    };
    return texts.value(expect);
}

QByteArray bodyOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().toUtf8();
    const QJsonObject spec = value.toObject();
    if (spec.contains("base64"_L1))
        return QByteArray::fromBase64(spec.value("base64"_L1).toString().toLatin1());
    if (spec.contains("nested"_L1)) {
        const int depth = spec.value("nested"_L1).toInt();
        return "{\"app\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
    }
    if (spec.contains("nestedObjects"_L1)) {
        const int depth = spec.value("nestedObjects"_L1).toInt();
        return "{\"app\":" + QByteArray("{\"a\":").repeated(depth) + '1' + QByteArray(depth, '}') + '}';
    }
    if (spec.contains("html"_L1)) {
        const int size = spec.value("html"_L1).toInt();
        QByteArray page = "<!DOCTYPE html><html><body>";
        while (page.size() < size)
            page += "<p>The service is temporarily unavailable. Please try again later.</p>\n";
        return page + "</body></html>";
    }
    if (spec.contains("bigList"_L1)) {
        const int size = spec.value("bigList"_L1).toInt();
        QByteArray page = "{\"list\":[";
        for (int i = 0; page.size() < size; ++i) {
            page += (i ? "," : "") + QByteArray("{\"id\":\"") + QByteArray::number(i).rightJustified(27, 'A')
                + "\",\"displayName\":\"App " + QByteArray::number(i) + "\",\"description\":\"" + QByteArray(200, 'd')
                + "\",\"userCount\":\"" + QByteArray::number(i) + "\"}";
        }
        return page + "],\"nextPageToken\":\"\"}";
    }
    if (spec.contains("bigField"_L1))
        return "{\"app\":{\"id\":\"A\",\"description\":\"" + QByteArray(spec.value("bigField"_L1).toInt(), 'x')
            + "\"}}";
    qFatal("unknown body generator");
}

QNetworkReply::NetworkError networkErrorOf(const QString& name)
{
    static const QHash<QString, QNetworkReply::NetworkError> errors {
        { u"RemoteHostClosedError"_s, QNetworkReply::RemoteHostClosedError },
        { u"ConnectionRefusedError"_s, QNetworkReply::ConnectionRefusedError },
        { u"OperationCanceledError"_s, QNetworkReply::OperationCanceledError },
        { u"SslHandshakeFailedError"_s, QNetworkReply::SslHandshakeFailedError },
    };
    return name.isEmpty() ? QNetworkReply::NoError : errors.value(name, QNetworkReply::UnknownNetworkError);
}

// What one C1Client call answered.
struct Outcome {
    bool answered = false;
    ApiError error;
    int items = -1;
    QString id;
    qint64 userCount = 0;
};

template <typename T> C1Client::Callback<T> recorder(Outcome* out, std::function<void(const T&, Outcome*)> read = {})
{
    return [out, read](Result<T> result) {
        out->answered = true;
        if (!result) {
            out->error = result.error();
            return;
        }
        if (read)
            read(result.value(), out);
    };
}

template <typename T> std::function<void(const Page<T>&, Outcome*)> pageCount()
{
    return [](const Page<T>& page, Outcome* out) { out->items = int(page.items.size()); };
}

CallHandle startCall(C1Client& client, const QString& call, QObject* context, Outcome* out)
{
    const OwnerTarget appTarget = OwnerTarget::app(kApp);
    if (call == u"getApp"_s) {
        return client.getApp(kApp, context, recorder<App>(out, [](const App& app, Outcome* o) {
            o->id = app.id;
            o->userCount = app.userCount;
        }));
    }
    if (call == u"listApps"_s)
        return client.listApps({}, 0, context, recorder<Page<App>>(out, pageCount<App>()));
    if (call == u"getUser"_s)
        return client.getUser(kUser, context, recorder<User>(out, [](const User& u, Outcome* o) { o->id = u.id; }));
    if (call == u"getResource"_s) {
        return client.getResource(kApp, kType, kResource, context,
            recorder<AppResource>(out, [](const AppResource& r, Outcome* o) { o->id = r.id; }));
    }
    if (call == u"introspect"_s) {
        return client.introspect(
            context, recorder<Introspection>(out, [](const Introspection& i, Outcome* o) { o->id = i.userId; }));
    }
    if (call == u"addOwner"_s) {
        return client.addOwner(appTarget, u"primary"_s, OwnerRef::user(kUser), context,
            recorder<OwnerRecord>(out, [](const OwnerRecord& r, Outcome* o) { o->id = r.ref.userId; }));
    }
    if (call == u"listOwners"_s) {
        return client.listOwners(
            appTarget, OwnerKind::User, {}, {}, 0, context, recorder<Page<OwnerRecord>>(out, pageCount<OwnerRecord>()));
    }
    if (call == u"listResources"_s)
        return client.listResources(
            kApp, kType, {}, 0, context, recorder<Page<AppResource>>(out, pageCount<AppResource>()));
    if (call == u"deleteResource"_s)
        return client.deleteResource(kApp, kType, kResource, context, recorder<Empty>(out));
    qFatal("unknown call %s", qPrintable(call));
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void corpusHasEnoughCases();
    void validIdsReachTheTenant();
    void clientIds_data();
    void clientIds();
    void secrets_data();
    void secrets();
    void ids_data();
    void ids();
    void annotations_data();
    void annotations();
    void serverBodies_data();
    void serverBodies();
    void pastedLists_data();
    void pastedLists();
    void updates_data();
    void updates();

private:
    void waitFor(const QList<Outcome*>& outcomes);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<C1Client> m_client; // against the sandbox, without a token: refusals must not get that far
};

void TestBadInput::initTestCase()
{
    QCOMPARE(kApp.size(), 27);
    QCOMPARE(kUser.size(), 27);
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    ClientConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    config.retry.maxAttempts = 1;
    m_client = std::make_unique<C1Client>(m_network.get(), static_cast<BearerProvider*>(nullptr), config);
}

void TestBadInput::cleanupTestCase()
{
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

void TestBadInput::waitFor(const QList<Outcome*>& outcomes)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(outcomes.cbegin(), outcomes.cend(), [](Outcome* o) { return o->answered; }), 10000);
}

void TestBadInput::corpusHasEnoughCases()
{
    qsizetype total = 0;
    for (const QString& file : { u"clientids.json"_s, u"secrets.json"_s, u"ids.json"_s, u"annotations.json"_s,
             u"server-bodies.json"_s, u"pasted-lists.json"_s }) {
        const qsizetype count = casesOf(file).size();
        QVERIFY2(count >= 30, qPrintable(file));
        total += count;
    }
    QVERIFY2(total >= 200, qPrintable(QString::number(total)));
}

// The control for every "nothing was sent" check below: a call with valid IDs does reach the sandbox.
void TestBadInput::validIdsReachTheTenant()
{
    const int before = m_sandbox->requestCount();
    Outcome out;
    m_client->getApp(kApp, this, recorder<App>(&out));
    waitFor({ &out });
    QCOMPARE(out.error.kind, ApiError::Kind::Http);
    QCOMPARE(out.error.httpStatus, 401); // no token: the sandbox refuses, but it was asked
    QCOMPARE(m_sandbox->requestCount(), before + 1);
}

void TestBadInput::clientIds_data()
{
    addRows(u"clientids.json"_s);
}

void TestBadInput::clientIds()
{
    QFETCH(QJsonObject, testCase);
    const QString input = testCase.value("input"_L1).toString();
    const QString expect = testCase.value("expect"_L1).toString();
    ClientCredentials::Error error = ClientCredentials::Error::None;
    QVERIFY(!ClientCredentials::tenantFromClientId(input, &error));
    QCOMPARE(errorName(error), expect);
    // parse() reports the client ID's problem first, whatever the secret.
    error = ClientCredentials::Error::None;
    QVERIFY(!ClientCredentials::parse(input, u"secret-token:conductorone.com:v1:e30"_s, &error));
    QCOMPARE(errorName(error), expect);
    QVERIFY(!ClientCredentials::describe(error).isEmpty());
}

void TestBadInput::secrets_data()
{
    addRows(u"secrets.json"_s);
}

void TestBadInput::secrets()
{
    QFETCH(QJsonObject, testCase);
    QString secret = testCase.value("input"_L1).toString();
    if (testCase.contains("jwk"_L1)) {
        const QByteArray json = QJsonDocument(testCase.value("jwk"_L1).toObject()).toJson(QJsonDocument::Compact);
        secret = u"secret-token:conductorone.com:v1:"_s + QString::fromLatin1(JwtAssertion::base64Url(json));
    } else if (testCase.contains("payload"_L1)) {
        secret = u"secret-token:conductorone.com:v1:"_s
            + QString::fromLatin1(JwtAssertion::base64Url(testCase.value("payload"_L1).toString().toUtf8()));
    }
    ClientCredentials::Error error = ClientCredentials::Error::None;
    QVERIFY(!ClientCredentials::parse(kClientId, secret, &error));
    QCOMPARE(errorName(error), testCase.value("expect"_L1).toString());
    // The explanation never repeats the secret or its payload.
    const QString text = ClientCredentials::describe(error);
    QVERIFY(!text.isEmpty());
    const QString payload = secret.section(u':', 3);
    if (payload.size() >= 8)
        QVERIFY(!text.contains(payload));
}

void TestBadInput::ids_data()
{
    addRows(u"ids.json"_s);
}

void TestBadInput::ids()
{
    QFETCH(QJsonObject, testCase);
    const QString id = testCase.value("input"_L1).toString();
    QCOMPARE(testCase.value("expect"_L1).toString(), u"InvalidInput"_s);
    QVERIFY(!validate::isId(id));

    const int before = m_sandbox->requestCount();
    Outcome app, user, resources, resource, owner, remove, replace;
    m_client->getApp(id, this, recorder<App>(&app));
    m_client->getUser(id, this, recorder<User>(&user));
    m_client->listResources(kApp, id, {}, 0, this, recorder<Page<AppResource>>(&resources));
    m_client->getResource(kApp, kType, id, this, recorder<AppResource>(&resource));
    m_client->addOwner(OwnerTarget::app(kApp), u"primary"_s, OwnerRef::user(id), this, recorder<OwnerRecord>(&owner));
    m_client->removeOwner(OwnerTarget::resource(id, kType, kResource), u"primary"_s, OwnerRef::user(kUser), this,
        recorder<Empty>(&remove));
    m_client->replaceOwners(OwnerTarget::app(kApp), u"primary"_s, { kUser, id }, {}, this, recorder<Empty>(&replace));
    const QList<Outcome*> all { &app, &user, &resources, &resource, &owner, &remove, &replace };
    waitFor(all);
    for (const Outcome* out : all) {
        QCOMPARE(kindName(out->error.kind), u"InvalidInput"_s);
        QVERIFY(!out->error.userMessage().isEmpty());
    }
    QCOMPARE(m_sandbox->requestCount(), before);
}

void TestBadInput::annotations_data()
{
    addRows(u"annotations.json"_s);
}

void TestBadInput::annotations()
{
    QFETCH(QJsonObject, testCase);
    const QString expect = testCase.value("expect"_L1).toString();
    const QString text = annotationProblemText(expect);
    QVERIFY2(!text.isEmpty(), qPrintable(expect));
    Annotations map;
    const QJsonObject input = testCase.value("input"_L1).toObject();
    for (auto it = input.begin(); it != input.end(); ++it)
        map.insert(it.key(), it.value().toString());

    const QString problem = validate::annotations(map);
    QVERIFY2(problem.contains(text), qPrintable(problem.left(300)));

    const int before = m_sandbox->requestCount();
    CreateAppRequest app;
    app.displayName = u"Bad annotations"_s;
    app.annotations = map;
    CreateResourceRequest resource;
    resource.displayName = u"Bad annotations"_s;
    resource.annotations = map;
    Outcome createdApp, createdResource;
    m_client->createApp(app, this, recorder<App>(&createdApp));
    m_client->createResource(kApp, kType, resource, this, recorder<AppResource>(&createdResource));
    waitFor({ &createdApp, &createdResource });
    QCOMPARE(kindName(createdApp.error.kind), u"InvalidInput"_s);
    QCOMPARE(kindName(createdResource.error.kind), u"InvalidInput"_s);
    QCOMPARE(createdApp.error.message, problem);
    QCOMPARE(m_sandbox->requestCount(), before);
}

void TestBadInput::serverBodies_data()
{
    addRows(u"server-bodies.json"_s);
}

void TestBadInput::serverBodies()
{
    QFETCH(QJsonObject, testCase);
    test::CannedAnswer answer;
    answer.status = testCase.value("status"_L1).toInt();
    answer.body = bodyOf(testCase.value("body"_L1));
    answer.error = networkErrorOf(testCase.value("error"_L1).toString());
    const QJsonObject headers = testCase.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        answer.headers.append({ it.key().toLatin1(), it.value().toString().toLatin1() });

    test::CannedNetwork network;
    network.setAnswer(answer);
    ClientConfig config;
    config.baseUrl = QUrl(u"https://acme.conductor.one"_s);
    config.retry.maxAttempts = 1;
    C1Client client(&network, static_cast<BearerProvider*>(nullptr), config);
    Outcome out;
    startCall(client, testCase.value("call"_L1).toString(), this, &out);
    waitFor({ &out });
    QCOMPARE(network.requestCount(), 1);

    const ApiError& error = out.error;
    QCOMPARE(kindName(error.kind), testCase.value("expect"_L1).toString());
    // Whatever the server sent, an error stays readable and small (the log and dialogs show it).
    QVERIFY(error.message.size() <= 4096);
    QVERIFY(error.detail.size() <= 4096);
    if (error.isError())
        QVERIFY(!error.userMessage().isEmpty());
    if (testCase.contains("httpStatus"_L1))
        QCOMPARE(error.httpStatus, testCase.value("httpStatus"_L1).toInt());
    if (testCase.contains("grpcCode"_L1))
        QCOMPARE(error.grpcCode, testCase.value("grpcCode"_L1).toInt());
    if (testCase.contains("requestId"_L1))
        QCOMPARE(error.requestId, testCase.value("requestId"_L1).toString());
    if (testCase.contains("retryAfterMs"_L1))
        QCOMPARE(error.retryAfterMs, testCase.value("retryAfterMs"_L1).toInt());
    if (testCase.contains("items"_L1))
        QCOMPARE(out.items, testCase.value("items"_L1).toInt());
    if (testCase.contains("itemsAtLeast"_L1))
        QVERIFY(out.items >= testCase.value("itemsAtLeast"_L1).toInt());
    if (testCase.contains("id"_L1))
        QCOMPARE(out.id, testCase.value("id"_L1).toString());
    if (testCase.contains("userCount"_L1))
        QCOMPARE(out.userCount, testCase.value("userCount"_L1).toString().toLongLong());
    if (testCase.value("call"_L1).toString() == u"addOwner"_s && !error.isError())
        QCOMPARE(out.id, kUser);
}

void TestBadInput::pastedLists_data()
{
    addRows(u"pasted-lists.json"_s);
}

void TestBadInput::pastedLists()
{
    QFETCH(QJsonObject, testCase);
    OwnerIdParser::Options options;
    options.expect
        = testCase.value("owners"_L1).toString() == u"entitlement"_s ? OwnerKind::Entitlement : OwnerKind::User;
    const OwnerParseResult result = OwnerIdParser::parse(testCase.value("input"_L1).toString(), options);
    const QString expect = testCase.value("expect"_L1).toString();
    QList<ParsedOwner> invalid;
    for (const ParsedOwner& owner : result.owners) {
        if (owner.type == ParsedOwner::Type::Invalid)
            invalid.append(owner);
    }
    QCOMPARE(invalid.size(), qsizetype(testCase.value("invalid"_L1).toInt(1)));
    if (expect != u"none"_s) {
        const QString text = pastedReasonText(expect);
        QVERIFY2(!text.isEmpty(), qPrintable(expect));
        QVERIFY(!invalid.isEmpty());
        QVERIFY2(invalid.first().reason.contains(text), qPrintable(invalid.first().reason));
        for (const ParsedOwner& owner : std::as_const(invalid))
            QVERIFY(owner.value.isEmpty() && !owner.reason.isEmpty());
    }
    if (testCase.contains("valid"_L1))
        QCOMPARE(result.owners.size() - invalid.size(), qsizetype(testCase.value("valid"_L1).toInt()));
    if (testCase.contains("duplicates"_L1))
        QCOMPARE(result.duplicates.size(), qsizetype(testCase.value("duplicates"_L1).toInt()));
    if (testCase.contains("headers"_L1))
        QCOMPARE(result.headerLines.size(), qsizetype(testCase.value("headers"_L1).toInt()));
}

QTEST_MAIN(TestBadInput)
void TestBadInput::updates_data()
{
    addRows(u"updates.json"_s);
}

// Issue 16: an update whose mask or values C1 would refuse, and a resource type create with a bad name or kind, are
// refused by the client with the request's own problem, and nothing reaches the tenant.
void TestBadInput::updates()
{
    QFETCH(QJsonObject, testCase);
    const QString object = testCase.value("object"_L1).toString();
    const QString expect = testCase.value("expect"_L1).toString();
    const QVariantMap values = testCase.value("values"_L1).toObject().toVariantMap();
    QStringList mask;
    for (const QJsonValue& path : testCase.value("mask"_L1).toArray())
        mask.append(path.toString());
    const QString resourceId = u"2Xq1bL0fzResourceId00000000"_s;
    const int before = m_sandbox->requestCount();
    Outcome outcome;
    QString problem;
    if (object == u"app"_s) {
        const AppUpdate update = EditFields::appUpdate(kApp, values, mask);
        problem = update.problem();
        m_client->updateApp(kApp, update, this, recorder<App>(&outcome));
    } else if (object == u"type"_s) {
        const ResourceTypeUpdate update = EditFields::typeUpdate(kApp, kType, values, mask);
        problem = update.problem();
        m_client->updateResourceType(kApp, kType, update, this, recorder<AppResourceType>(&outcome));
    } else if (object == u"resource"_s) {
        const ResourceUpdate update
            = EditFields::resourceUpdate(EditTarget::resource(kApp, kType, resourceId), values, mask);
        problem = update.problem();
        m_client->updateResource(kApp, kType, resourceId, update, this, recorder<AppResource>(&outcome));
    } else {
        QCOMPARE(object, u"newType"_s);
        const CreateResourceTypeRequest create { values.value(u"displayName"_s).toString(),
            values.value(u"resourceType"_s).toString() };
        problem = create.problem();
        m_client->createResourceType(kApp, create, this, recorder<AppResourceType>(&outcome));
    }
    QVERIFY2(problem.contains(expect, Qt::CaseInsensitive), qPrintable(problem.left(300)));
    waitFor({ &outcome });
    QCOMPARE(kindName(outcome.error.kind), u"InvalidInput"_s);
    QCOMPARE(outcome.error.message, problem);
    QCOMPARE(m_sandbox->requestCount(), before);
}

#include "tst_badinput.moc"
