// UdpTransport with Winsock 2. Windows reports an ICMP port unreachable for a UDP socket as
// WSAECONNRESET on the next recv() (SIO_UDP_CONNRESET is on by default), host/network
// unreachable as WSAEHOSTUNREACH/WSAENETUNREACH.
#include "ipsecdoctor/ike/udp_transport.h"

#include "../socket_endpoint.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace ipsecdoctor::ike {
namespace {

Error socketError(const std::string& what, int error) {
    return Error::make(ErrorCode::Platform, what + ": Winsock error " + std::to_string(error),
                       static_cast<std::uint32_t>(error));
}

bool isUnreachable(int error) {
    return error == WSAECONNRESET || error == WSAECONNREFUSED || error == WSAEHOSTUNREACH ||
           error == WSAENETUNREACH;
}

std::string unreachableName(int error) {
    switch (error) {
    case WSAECONNRESET:
    case WSAECONNREFUSED:
        return "port-unreachable";
    case WSAEHOSTUNREACH:
        return "host-unreachable";
    default:
        return "network-unreachable";
    }
}

/// WSAStartup once per process; Winsock keeps its own reference count.
Expected<void> startWinsock() {
    static std::once_flag once;
    static int result = 0;
    std::call_once(once, [] {
        WSADATA data;
        result = WSAStartup(MAKEWORD(2, 2), &data);
    });
    if (result != 0) {
        return socketError("WSAStartup", result);
    }
    return {};
}

class WinUdpSocket final : public UdpSocket {
public:
    WinUdpSocket(SOCKET s, Endpoint local) : m_socket(s), m_local(local) {}
    ~WinUdpSocket() override { closesocket(m_socket); }
    WinUdpSocket(const WinUdpSocket&) = delete;
    WinUdpSocket& operator=(const WinUdpSocket&) = delete;

    Expected<void> send(ByteView datagram) override {
        if (::send(m_socket, reinterpret_cast<const char*>(datagram.data()),
                   static_cast<int>(datagram.size()), 0) == SOCKET_ERROR) {
            const int error = WSAGetLastError();
            if (isUnreachable(error)) {
                m_pendingUnreachable = error;
                return {};
            }
            return socketError("send", error);
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
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(m_socket, &readable);
        timeval tv{static_cast<long>(wait.count() / 1000), static_cast<long>((wait.count() % 1000) * 1000)};
        const int ready = select(0, &readable, nullptr, nullptr, &tv);
        if (ready == SOCKET_ERROR) {
            return socketError("select", WSAGetLastError());
        }
        if (ready == 0) {
            return r;
        }
        r.data.resize(65536);
        const int n =
            ::recv(m_socket, reinterpret_cast<char*>(r.data.data()), static_cast<int>(r.data.size()), 0);
        if (n == SOCKET_ERROR) {
            const int error = WSAGetLastError();
            r.data.clear();
            if (isUnreachable(error)) {
                r.status = ReceiveStatus::Unreachable;
                r.detail = unreachableName(error);
                return r;
            }
            return socketError("recv", error);
        }
        r.data.resize(static_cast<std::size_t>(n));
        r.status = ReceiveStatus::Datagram;
        return r;
    }

    Endpoint localEndpoint() const override { return m_local; }

private:
    SOCKET m_socket;
    Endpoint m_local;
    int m_pendingUnreachable = 0;
};

class WinUdpTransport final : public UdpTransport {
public:
    Expected<std::vector<IpAddress>> resolve(const std::string& host) override {
        if (auto started = startWinsock(); !started) {
            return started.error();
        }
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_DGRAM;
        addrinfo* list = nullptr;
        const int rc = getaddrinfo(host.c_str(), nullptr, &hints, &list);
        if (rc != 0) {
            return Error::make(ErrorCode::NotFound,
                               "resolving " + host + ": Winsock error " + std::to_string(rc),
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
        freeaddrinfo(list);
        return out;
    }

    Expected<std::unique_ptr<UdpSocket>> connect(const Endpoint& server) override {
        if (auto started = startWinsock(); !started) {
            return started.error();
        }
        sockaddr_storage ss{};
        const int length = toSockaddr<sockaddr_in, sockaddr_in6>(server, ss, AF_INET, AF_INET6);
        SOCKET s = socket(ss.ss_family, SOCK_DGRAM, IPPROTO_UDP);
        if (s == INVALID_SOCKET) {
            return socketError("socket", WSAGetLastError());
        }
        if (::connect(s, reinterpret_cast<const sockaddr*>(&ss), length) == SOCKET_ERROR) {
            const int error = WSAGetLastError();
            closesocket(s);
            return socketError("connect", error);
        }
        sockaddr_storage local{};
        int localLength = sizeof local;
        if (getsockname(s, reinterpret_cast<sockaddr*>(&local), &localLength) == SOCKET_ERROR) {
            const int error = WSAGetLastError();
            closesocket(s);
            return socketError("getsockname", error);
        }
        return std::unique_ptr<UdpSocket>(
            new WinUdpSocket(s, fromSockaddr<sockaddr_in, sockaddr_in6>(local, AF_INET6)));
    }
};

} // namespace

std::unique_ptr<UdpTransport> makeSystemUdpTransport() {
    return std::make_unique<WinUdpTransport>();
}

} // namespace ipsecdoctor::ike
