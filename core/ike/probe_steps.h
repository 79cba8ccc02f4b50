#pragma once
// The probe's questions, shared between the IKEv2 and IKEv1 halves and the orchestration.

#include "ipsecdoctor/ike/ikev1_message.h"
#include "ipsecdoctor/ike/ikev2_message.h"
#include "probe_session.h"

#include <optional>
#include <vector>

namespace ipsecdoctor::ike {

/// What a server said to one request, after COOKIE and INVALID_KE retries.
struct Ask {
    enum class Outcome { Accepted, NoProposal, Notify, Timeout, Unreachable, Malformed, Stopped, Error };
    Outcome outcome = Outcome::Timeout;
    std::size_t chosenIndex = 0; // into the offered list, when Accepted
    Proposal chosen;
    std::optional<DhGroup> keGroupRequested; // the last INVALID_KE_PAYLOAD group
    std::optional<Ikev2Message> v2;          // the accepted (or last) IKEv2 answer
    std::optional<Ikev1Message> v1;
    std::string detail;
};

/// Shared state of one run.
struct ProbeRun {
    ProbeRun(const ProbeOptions& o, ProbeSession& s, ProbeResult& r, Endpoint peer)
        : options(o), session(s), result(r), server(peer) {}

    const ProbeOptions& options;
    ProbeSession& session;
    ProbeResult& result;
    Endpoint server;
    bool answeredV2 = false;
    bool answeredV1 = false;
    bool throttled = false;
    bool sawUnreachable = false;
    std::string unreachableDetail;
    std::vector<Bytes> vendorIds;
    bool multipleAuthSeen = false;
    /// The largest datagram discovery sends: options.maxDatagram, or one that fits a 1500-byte
    /// MTU unfragmented once the path is seen dropping IP fragments.
    std::size_t maxDatagram = options.maxDatagram;

    /// Records the exchange and the first answer's RTT/attempts.
    void record(const std::string& purpose, std::size_t offered, const RoundTrip& trip,
                const std::string& outcome, const std::string& detail);
};

/// How one IKEv2 request is sent: padded to about `padTo` bytes with a vendor ID payload (the
/// large-packet question), and whether silence after earlier answers means throttling.
struct AskShape {
    std::size_t padTo = 0;
    bool silenceIsThrottling = true;
};

// IKEv2 (probe_ikev2.cpp)
Ask askIkev2(ProbeRun& run, const std::string& purpose, const std::vector<Proposal>& offered, DhGroup keGroup,
             AskShape shape = {});
void questionWindowsIkev2(ProbeRun& run);
void discoverIkev2(ProbeRun& run);
/// UDP 4500 (probe_natt.cpp): a second socket to the NAT-T port of the same address.
void questionNatTraversalPort(ProbeRun& run, UdpTransport& transport);
/// Large packets (probe_large_packets.cpp): does an IKE_SA_INIT the IP layer must fragment reach
/// the server on `port`'s socket? `result` is "delivered", "dropped" or "not-tested".
std::string questionLargePacket(ProbeRun& run, const std::string& purpose);

// IKEv1 (probe_ikev1.cpp)
void questionIkev1MainMode(ProbeRun& run);
void questionIkev1AggressiveMode(ProbeRun& run);
void discoverIkev1(ProbeRun& run);

std::string outcomeId(Ask::Outcome outcome);

/// A fresh initiator SPI (IKEv2) or cookie (IKEv1): random, and never all zero, which both
/// versions reserve (RFC 7296 §3.1, RFC 2408 §3.1).
Expected<Spi> newInitiatorSpi();

} // namespace ipsecdoctor::ike
