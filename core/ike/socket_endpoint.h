#pragma once
// sockaddr ↔ Endpoint for both UDP backends (posix/, win/). BSD sockets and Winsock lay out
// sockaddr_in/sockaddr_in6 alike but declare them in different headers and number AF_INET6
// differently, so the backend passes its own types and family value.

#include "ipsecdoctor/ike/udp_transport.h"

#include <cstring>

namespace ipsecdoctor::ike {

/// The address and port of `ss`, which holds an In4 or (family `inet6`) an In6 address.
template <typename In4, typename In6, typename Storage>
Endpoint fromSockaddr(const Storage& ss, int inet6) {
    // The port is in network order: read its two bytes rather than call ntohs, which each
    // platform declares elsewhere.
    auto portOf = [](const auto& port) {
        unsigned char b[2];
        std::memcpy(b, &port, 2);
        return static_cast<std::uint16_t>(b[0] << 8 | b[1]);
    };
    Endpoint e;
    if (ss.ss_family == inet6) {
        In6 in6;
        std::memcpy(&in6, &ss, sizeof in6);
        e.address.v6 = true;
        std::memcpy(e.address.bytes.data(), &in6.sin6_addr, 16);
        e.port = portOf(in6.sin6_port);
    } else {
        In4 in4;
        std::memcpy(&in4, &ss, sizeof in4);
        std::memcpy(e.address.bytes.data(), &in4.sin_addr, 4);
        e.port = portOf(in4.sin_port);
    }
    return e;
}

/// `e` as an In4 or In6 address in `ss`; returns the length to pass to connect().
template <typename In4, typename In6, typename Storage>
int toSockaddr(const Endpoint& e, Storage& ss, int inet4, int inet6) {
    const unsigned char port[2] = {static_cast<unsigned char>(e.port >> 8),
                                   static_cast<unsigned char>(e.port)};
    ss = Storage{};
    if (e.address.v6) {
        In6 in6{};
        in6.sin6_family = static_cast<decltype(in6.sin6_family)>(inet6);
        std::memcpy(&in6.sin6_port, port, 2);
        std::memcpy(&in6.sin6_addr, e.address.bytes.data(), 16);
        std::memcpy(&ss, &in6, sizeof in6);
        return static_cast<int>(sizeof in6);
    }
    In4 in4{};
    in4.sin_family = static_cast<decltype(in4.sin_family)>(inet4);
    std::memcpy(&in4.sin_port, port, 2);
    std::memcpy(&in4.sin_addr, e.address.bytes.data(), 4);
    std::memcpy(&ss, &in4, sizeof in4);
    return static_cast<int>(sizeof in4);
}

} // namespace ipsecdoctor::ike
