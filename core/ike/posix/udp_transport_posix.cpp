// UdpTransport with POSIX sockets. A connected UDP socket receives the ICMP errors for its
// peer as ECONNREFUSED (port unreachable) or EHOSTUNREACH/ENETUNREACH on the next recv().
#include "ipsecdoctor/ike/udp_transport.h"

#include "../socket_endpoint.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ipsecdoctor::ike {
namespace {

Error socketError(const std::string& what, int error) {
    return Error::make(ErrorCode::Platform, what + ": " + std::strerror(error),
                       static_cast<std::uint32_t>(error));
}

bool isUnreachable(int error) {
    return error == ECONNREFUSED || error == EHOSTUNREACH || error == ENETUNREACH || error == EHOSTDOWN;
}

std::string unreachableName(int error) {
    switch (error) {
    case ECONNREFUSED:
        return "port-unreachable";
    case EHOSTUNREACH:
    case EHOSTDOWN:
        return "host-unreachable";
    default:
        return "network-unreachable";
    }
}

class PosixUdpSocket final : public UdpSocket {
public:
    PosixUdpSocket(int fd, Endpoint local) : m_fd(fd), m_local(local) {}
    ~PosixUdpSocket() override { ::close(m_fd); }
    PosixUdpSocket(const PosixUdpSocket&) = delete;
    PosixUdpSocket& operator=(const PosixUdpSocket&) = delete;

    Expected<void> send(ByteView datagram) override {
        if (::send(m_fd, datagram.data(), datagram.size(), 0) < 0) {
            // A pending ICMP error is reported on send too; the next receive() reports it again.
            if (isUnreachable(errno)) {
                m_pendingUnreachable = errno;
                return {};
            }
            return socketError("send", errno);
        }
        return {};
    }

    Expected<Received> receive(std::chrono::milliseconds wait) override {
        Received r;
        if (m_pendingUnreachable) {
            r.status = ReceiveStatus::Unreachable;
            r.detail = unreachableName(m_pendingUnreachable);
            m_pendingUnreachable = 0;
            return r;
        }
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(wait.count()));
        if (ready < 0) {
            return errno == EINTR ? Expected<Received>(r) : socketError("poll", errno);
        }
        if (ready == 0) {
            return r;
        }
        r.data.resize(65536);
        const auto n = ::recv(m_fd, r.data.data(), r.data.size(), 0);
        if (n < 0) {
            if (isUnreachable(errno)) {
                r.status = ReceiveStatus::Unreachable;
                r.detail = unreachableName(errno);
                r.data.clear();
                return r;
            }
            return socketError("recv", errno);
        }
        r.data.resize(static_cast<std::size_t>(n));
        r.status = ReceiveStatus::Datagram;
        return r;
    }

    Endpoint localEndpoint() const override { return m_local; }

private:
    int m_fd;
    Endpoint m_local;
    int m_pendingUnreachable = 0;
};

class PosixUdpTransport final : public UdpTransport {
public:
    Expected<std::vector<IpAddress>> resolve(const std::string& host) override {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_DGRAM;
        addrinfo* list = nullptr;
        const int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &list);
        if (rc != 0) {
            return Error::make(ErrorCode::NotFound, "resolving " + host + ": " + gai_strerror(rc),
                               static_cast<std::uint32_t>(rc));
        }
        std::vector<IpAddress> out;
        for (auto* ai = list; ai; ai = ai->ai_next) {
            sockaddr_storage ss{};
            std::memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
            const auto address = fromSockaddr<sockaddr_in, sockaddr_in6>(ss, AF_INET6).address;
            if (std::find(out.begin(), out.end(), address) == out.end()) {
                out.push_back(address);
            }
        }
        ::freeaddrinfo(list);
        return out;
    }

    Expected<std::unique_ptr<UdpSocket>> connect(const Endpoint& server) override {
        sockaddr_storage ss{};
        const auto length =
            static_cast<socklen_t>(toSockaddr<sockaddr_in, sockaddr_in6>(server, ss, AF_INET, AF_INET6));
        const int fd = ::socket(ss.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            return socketError("socket", errno);
        }
        // connect() binds an ephemeral port and makes ICMP errors visible to this socket.
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&ss), length) != 0) {
            const int error = errno;
            ::close(fd);
            return socketError("connect", error);
        }
        sockaddr_storage local{};
        socklen_t localLength = sizeof local;
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength) != 0) {
            const int error = errno;
            ::close(fd);
            return socketError("getsockname", error);
        }
        return std::unique_ptr<UdpSocket>(
            new PosixUdpSocket(fd, fromSockaddr<sockaddr_in, sockaddr_in6>(local, AF_INET6)));
    }
};

} // namespace

std::unique_ptr<UdpTransport> makeSystemUdpTransport() {
    return std::make_unique<PosixUdpTransport>();
}

} // namespace ipsecdoctor::ike
