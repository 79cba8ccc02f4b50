#pragma once
// One probe run's I/O: a connected socket, the deadline, the packet budget, cancellation, and
// the retransmission schedule. Knows nothing of IKE beyond "an answer starts with our SPI".

#include "ipsecdoctor/ike/ikev2_message.h"
#include "ipsecdoctor/ike/probe.h"

#include <chrono>

namespace ipsecdoctor::ike {

struct RoundTrip {
    enum class Kind { Answer, Timeout, Unreachable, Cancelled, OutOfBudget, Error };
    Kind kind = Kind::Timeout;
    Bytes data;
    int attempts = 0;
    double rttMs = 0;
    std::string detail;
};

class ProbeSession {
public:
    ProbeSession(const ProbeOptions& options, UdpSocket& socket, ProbeResult& result);

    /// Sends `request` and waits for a datagram whose first 8 bytes equal `spi`, retransmitting
    /// with doubling waits up to maxAttempts. Datagrams for other SPIs are counted and ignored.
    RoundTrip exchange(ByteView request, const Spi& spi);

    bool stopped() const; // cancelled, deadline passed or budget spent
    bool cancelled() const;
    double elapsedMs() const;
    const Endpoint& local() const { return m_local; }

private:
    using Clock = std::chrono::steady_clock;
    const ProbeOptions& m_options;
    UdpSocket& m_socket;
    ProbeResult& m_result;
    Endpoint m_local;
    Clock::time_point m_start;
    Clock::time_point m_deadline;
};

} // namespace ipsecdoctor::ike
