#include "probe_session.h"

#include <algorithm>
#include <cstring>

namespace ipsecdoctor::ike {

ProbeSession::ProbeSession(const ProbeOptions& options, UdpSocket& socket, ProbeResult& result)
    : m_options(options), m_socket(socket), m_result(result), m_local(socket.localEndpoint()),
      m_start(Clock::now()), m_deadline(m_start + options.deadline) {}

bool ProbeSession::cancelled() const {
    return m_options.cancelled && m_options.cancelled();
}

bool ProbeSession::stopped() const {
    return cancelled() || Clock::now() >= m_deadline || m_result.packetsSent >= m_options.packetBudget;
}

double ProbeSession::elapsedMs() const {
    return std::chrono::duration<double, std::milli>(Clock::now() - m_start).count();
}

RoundTrip ProbeSession::exchange(ByteView request, const Spi& spi) {
    RoundTrip trip;
    auto wait = m_options.firstRetransmit;
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt, wait *= 2) {
        if (cancelled()) {
            trip.kind = RoundTrip::Kind::Cancelled;
            return trip;
        }
        if (m_result.packetsSent >= m_options.packetBudget) {
            trip.kind = attempt == 1 ? RoundTrip::Kind::OutOfBudget : RoundTrip::Kind::Timeout;
            trip.detail = "packet budget spent";
            return trip;
        }
        const auto now = Clock::now();
        if (now >= m_deadline) {
            trip.kind = RoundTrip::Kind::Timeout;
            trip.detail = "deadline";
            return trip;
        }
        if (auto sent = m_socket.send(request); !sent) {
            trip.kind = RoundTrip::Kind::Error;
            trip.detail = sent.error().detail;
            return trip;
        }
        ++m_result.packetsSent;
        if (m_options.progress) {
            m_options.progress(m_result.packetsSent, m_options.packetBudget);
        }
        trip.attempts = attempt;
        const auto sentAt = Clock::now();
        const auto until = std::min(sentAt + wait, m_deadline);
        while (Clock::now() < until) {
            if (cancelled()) {
                trip.kind = RoundTrip::Kind::Cancelled;
                return trip;
            }
            const auto slice =
                std::min(std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()) +
                             std::chrono::milliseconds(1),
                         std::chrono::milliseconds(100));
            auto received = m_socket.receive(slice);
            if (!received) {
                trip.kind = RoundTrip::Kind::Error;
                trip.detail = received.error().detail;
                return trip;
            }
            if (received->status == ReceiveStatus::Unreachable) {
                trip.kind = RoundTrip::Kind::Unreachable;
                trip.detail = received->detail;
                return trip;
            }
            if (received->status != ReceiveStatus::Datagram) {
                continue;
            }
            ++m_result.packetsReceived;
            if (received->data.size() < 8 || std::memcmp(received->data.data(), spi.data(), 8) != 0) {
                continue; // an answer to an earlier request (retransmitted late) or noise
            }
            trip.kind = RoundTrip::Kind::Answer;
            trip.data = std::move(received->data);
            trip.rttMs = std::chrono::duration<double, std::milli>(Clock::now() - sentAt).count();
            return trip;
        }
    }
    trip.kind = RoundTrip::Kind::Timeout;
    return trip;
}

} // namespace ipsecdoctor::ike
