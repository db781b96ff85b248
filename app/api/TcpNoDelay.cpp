#include "api/TcpNoDelay.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

namespace c1 {

#if defined(Q_OS_UNIX)
namespace {

// True when `fd` is a TCP socket connected to one of `ports` that had Nagle on and has it off now.
bool applyTo(int fd, const QList<quint16>& ports)
{
    sockaddr_storage peer {};
    socklen_t length = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0)
        return false; // not a socket, or not connected
    quint16 port = 0;
    if (peer.ss_family == AF_INET)
        port = ntohs(reinterpret_cast<const sockaddr_in*>(&peer)->sin_port);
    else if (peer.ss_family == AF_INET6)
        port = ntohs(reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_port);
    else
        return false;
    if (!ports.contains(port))
        return false;
    int on = 0;
    socklen_t size = sizeof on;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &size) != 0 || on != 0)
        return false; // not TCP, or already off
    on = 1;
    return ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0;
}

} // namespace
#endif

int TcpNoDelay::applyToPeers(const QList<quint16>& peerPorts)
{
    int changed = 0;
#if defined(Q_OS_UNIX)
    if (peerPorts.isEmpty())
        return 0;
#if defined(Q_OS_LINUX)
    if (DIR* dir = ::opendir("/proc/self/fd")) {
        const int own = ::dirfd(dir);
        while (const dirent* entry = ::readdir(dir)) {
            char* end = nullptr;
            const long fd = std::strtol(entry->d_name, &end, 10);
            if (end != entry->d_name && *end == '\0' && fd != own && applyTo(int(fd), peerPorts))
                ++changed;
        }
        ::closedir(dir);
        return changed;
    }
#endif
    for (int fd = 0; fd < 1024; ++fd) {
        if (applyTo(fd, peerPorts))
            ++changed;
    }
#else
    Q_UNUSED(peerPorts);
#endif
    return changed;
}

} // namespace c1
