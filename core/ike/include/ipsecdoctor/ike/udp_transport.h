#pragma once
// The probe's only contact with the network: name resolution and one connected UDP socket to
// the server the user chose, from an ephemeral local port (Windows' IKEEXT owns 500/4500, and
// binding below 1024 needs privileges elsewhere). POSIX sockets natively
// (core/ike/posix/udp_transport_posix.cpp), Winsock on Windows (…/win/udp_transport_win.cpp).
// ICMP errors come back as Unreachable, not as a timeout: a closed port and a dropping firewall
// are different diagnoses.

#include "ipsecdoctor/ike/bytes.h"
#include "ipsecdoctor/util/expected.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::ike {

struct IpAddress {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4 in the first 4

    ByteView raw() const { return ByteView(bytes.data(), v6 ? 16 : 4); }
    std::string toString() const;
    bool operator==(const IpAddress&) const = default;
};

/// Parses a numeric IPv4 or IPv6 address; nullopt otherwise.
std::optional<IpAddress> parseIpAddress(const std::string& text);

struct Endpoint {
    IpAddress address;
    std::uint16_t port = 0;
    bool operator==(const Endpoint&) const = default;
};

enum class ReceiveStatus {
    Datagram,    // `data` holds one datagram from the server
    Timeout,     // nothing within the wait
    Unreachable, // ICMP port/host/network unreachable (or the OS's equivalent) for our socket
};

struct Received {
    ReceiveStatus status = ReceiveStatus::Timeout;
    Bytes data;
    std::string detail; // for Unreachable: which error the OS reported
};

class UdpSocket {
public:
    virtual ~UdpSocket() = default;
    virtual Expected<void> send(ByteView datagram) = 0;
    /// Waits at most `wait` for one datagram.
    virtual Expected<Received> receive(std::chrono::milliseconds wait) = 0;
    /// The local address and port the OS chose (used for NAT detection).
    virtual Endpoint localEndpoint() const = 0;
};

class UdpTransport {
public:
    virtual ~UdpTransport() = default;
    /// Addresses of a host name or numeric address (IPv4 and IPv6, resolver order).
    /// NotFound when the name does not resolve.
    virtual Expected<std::vector<IpAddress>> resolve(const std::string& host) = 0;
    /// A UDP socket connected to `server` from an ephemeral port.
    virtual Expected<std::unique_ptr<UdpSocket>> connect(const Endpoint& server) = 0;
};

/// The operating system's sockets.
std::unique_ptr<UdpTransport> makeSystemUdpTransport();

} // namespace ipsecdoctor::ike
