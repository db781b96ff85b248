// TcpNoDelay on real loopback connections: Nagle goes off on the sockets connected to the given port, and only on
// them (not on a connection to another port, nor on the accepting side of the same port, whose peer is the client).
#include "api/TcpNoDelay.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

class TestTcpNoDelay : public QObject {
    Q_OBJECT

    struct Pair {
        QTcpServer server;
        QTcpSocket client;
        QTcpSocket* accepted = nullptr;
    };

    // A listening server and a client connected to it, both ends ready.
    static std::unique_ptr<Pair> connectedPair()
    {
        auto pair = std::make_unique<Pair>();
        if (!pair->server.listen(QHostAddress::LocalHost))
            return nullptr;
        pair->client.connectToHost(QHostAddress::LocalHost, pair->server.serverPort());
        if (!QTest::qWaitFor([&] { return pair->client.state() == QAbstractSocket::ConnectedState; }, 10000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return pair->server.hasPendingConnections(); }, 10000))
            return nullptr;
        pair->accepted = pair->server.nextPendingConnection();
        return pair;
    }

    static int lowDelay(QTcpSocket& socket) { return socket.socketOption(QAbstractSocket::LowDelayOption).toInt(); }

private Q_SLOTS:
    void turnsNagleOffTowardsTheGivenPortOnly()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("TcpNoDelay finds sockets on Unix systems only");
#endif
        const std::unique_ptr<Pair> tenant = connectedPair();
        const std::unique_ptr<Pair> other = connectedPair();
        QVERIFY(tenant && other);
        QCOMPARE(lowDelay(tenant->client), 0); // Qt's default, as on QNetworkAccessManager's sockets
        QCOMPARE(lowDelay(other->client), 0);
        QCOMPARE(lowDelay(*tenant->accepted), 0);

        QCOMPARE(c1::TcpNoDelay::applyToPeers({ tenant->server.serverPort() }), 1);
        QCOMPARE(lowDelay(tenant->client), 1);
        QCOMPARE(lowDelay(other->client), 0);
        QCOMPARE(lowDelay(*tenant->accepted), 0); // its peer is the client's port

        // Nothing left to change; an empty list changes nothing.
        QCOMPARE(c1::TcpNoDelay::applyToPeers({ tenant->server.serverPort() }), 0);
        QCOMPARE(c1::TcpNoDelay::applyToPeers({}), 0);
        QCOMPARE(lowDelay(other->client), 0);

        // Both ports at once: the other connection now, the first one is already done.
        QCOMPARE(c1::TcpNoDelay::applyToPeers({ tenant->server.serverPort(), other->server.serverPort() }), 1);
        QCOMPARE(lowDelay(other->client), 1);
        QCOMPARE(lowDelay(*other->accepted), 0);
    }
};

QTEST_GUILESS_MAIN(TestTcpNoDelay)
#include "tst_tcpnodelay.moc"
