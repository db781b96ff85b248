#pragma once

#include <QList>

namespace c1 {

// Turns Nagle's algorithm off (TCP_NODELAY) on the network manager's connections, which Qt 6.4 leaves on: its
// HTTP connection channel never sets QAbstractSocket::LowDelayOption, and QNetworkAccessManager gives no access to
// its sockets.
//
// Why it matters (measured against c1-sandbox, see docs/architecture.md): over HTTP/2, Qt writes a request's HEADERS
// frame at once and its DATA frame a turn of its HTTP thread later (the body comes over from the caller's thread
// through a queued byte device), as two TCP segments. With Nagle on, the second small segment waits until the first
// is acknowledged, and the server delays that ACK (Linux: 40 ms) because it has nothing to send yet: every POST
// answer came 40-45 ms late, on loopback and on a real network alike. HTTP/1.1 is not affected (Qt sends the head
// and a small body together), nor is a GET.
//
// The sockets are found by their peer: every TCP socket of this process connected to one of `peerPorts` that does
// not have TCP_NODELAY yet gets it (a socket of another connection to the same port gains nothing and loses
// nothing). Linux reads /proc/self/fd, other Unix systems try the first 1024 descriptors; elsewhere this does
// nothing. Returns how many sockets it changed.
class TcpNoDelay {
public:
    static int applyToPeers(const QList<quint16>& peerPorts);
};

} // namespace c1
