// Question 1's second half: does the server answer on UDP 4500, the NAT-T port? A firewall that
// opens 500 but not 4500 lets IKE start and then breaks it behind NAT (error 809), because Windows
// moves IKE to 4500 once NAT is detected and L2TP/IPsec's ESP travels in UDP 4500 (RFC 3948). The
// probe sends an IKE_SA_INIT behind the 4-byte non-ESP marker that tells IKE from ESP on that port
// (RFC 3948 §2.2); any IKE answer, even a refusal, proves the port. When discovery knows what the
// server refuses, it offers that: the refusal leaves no half-open SA behind, so this question
// does not push the server into its per-address throttling (strongSwan: COOKIE from 3, silence
// from 5 half-open SAs).
#include "probe_steps.h"

#include <algorithm>

namespace ipsecdoctor::ike {
namespace {

constexpr std::uint16_t kNatTraversalPort = 4500;

/// Adds the non-ESP marker to what is sent and takes it off what comes back; datagrams without
/// it are ESP (or noise), never an IKE answer, and are dropped.
class NonEspMarkerSocket : public UdpSocket {
public:
    explicit NonEspMarkerSocket(UdpSocket& inner) : m_inner(inner) {}

    Expected<void> send(ByteView datagram) override {
        Bytes marked(4, 0);
        marked.insert(marked.end(), datagram.begin(), datagram.end());
        return m_inner.send(marked);
    }

    Expected<Received> receive(std::chrono::milliseconds wait) override {
        auto received = m_inner.receive(wait);
        if (received && received->status == ReceiveStatus::Datagram) {
            const auto& d = received->data;
            if (d.size() < 4 ||
                !std::all_of(d.begin(), d.begin() + 4, [](std::uint8_t b) { return b == 0; })) {
                received->status = ReceiveStatus::Timeout; // not IKE: as if nothing came
                received->data.clear();
            } else {
                received->data.erase(received->data.begin(), received->data.begin() + 4);
            }
        }
        return received;
    }

    Endpoint localEndpoint() const override { return m_inner.localEndpoint(); }

private:
    UdpSocket& m_inner;
};

/// What to offer on 4500: a proposal discovery saw refused (no server state), else what Windows
/// offers, with the group the server asked for on 500 (which spares a round trip).
std::pair<std::vector<Proposal>, DhGroup> natTraversalOffer(const ProbeRun& run) {
    const auto& v2 = run.result.ikev2;
    if (v2.discoveryComplete) {
        for (const auto& p : ikev2DiscoveryCandidates()) {
            const auto notation = p.toString();
            const bool accepted = std::any_of(v2.accepted.begin(), v2.accepted.end(),
                                              [&](const ProbeProposal& a) { return a.notation == notation; });
            if (!accepted && !p.dh.empty()) {
                return {{p}, p.dh.front()};
            }
        }
    }
    const auto& options = run.options;
    if (options.customPolicy) {
        auto p = ikeProposal(*options.customPolicy);
        const DhGroup group = p.dh.empty() ? DhGroup::None : p.dh.front();
        return {{std::move(p)}, group};
    }
    const DhGroup group = v2.keGroupRequested ? static_cast<DhGroup>(*v2.keGroupRequested)
                                              : windowsIkev2KeyShare(options.windowsSet);
    return {windowsIkev2Proposals(options.windowsSet), group};
}

} // namespace

void questionNatTraversalPort(ProbeRun& run, UdpTransport& transport) {
    auto& natt = run.result.natt.emplace();
    if (run.throttled) {
        natt.transportDetail = "the server throttles this address: not asked";
        return;
    }
    const auto remaining =
        run.options.deadline - std::chrono::milliseconds(static_cast<long long>(run.session.elapsedMs()));
    if (run.session.stopped() || remaining <= std::chrono::milliseconds(0)) {
        natt.transportDetail = "deadline, budget or cancel";
        return;
    }
    Endpoint server = run.server;
    server.port = kNatTraversalPort;
    auto socket = transport.connect(server);
    if (!socket) {
        natt.transport = "error";
        natt.transportDetail = socket.error().detail;
        return;
    }
    NonEspMarkerSocket marked(**socket);
    ProbeOptions options = run.options;
    options.maxAttempts = 2; // a second port, not a second investigation: keep the packets few
    options.deadline = remaining;
    ProbeSession session(options, marked, run.result);
    ProbeRun natRun(options, session, run.result, server);
    auto [offered, keGroup] = natTraversalOffer(run);
    const auto ask = askIkev2(natRun, "ikev2-natt", offered, keGroup);
    const auto& exchanges = run.result.exchanges;
    const auto last = std::find_if(exchanges.rbegin(), exchanges.rend(),
                                   [](const ProbeExchange& e) { return e.purpose == "ikev2-natt"; });
    if (last != exchanges.rend()) {
        natt.rttMs = last->rttMs;
        natt.attempts = last->attempts;
    }
    switch (ask.outcome) {
    case Ask::Outcome::Accepted:
    case Ask::Outcome::NoProposal:
    case Ask::Outcome::Notify:
    case Ask::Outcome::Malformed: // an answer, if an odd one: the port is open
        natt.transport = "reachable";
        // Behind NAT, IKE_AUTH and its certificates travel on this port.
        if (run.result.natDetected == true) {
            run.result.largePackets.udp4500 = questionLargePacket(natRun, "ikev2-natt-large-packet");
        }
        break;
    case Ask::Outcome::Unreachable:
        natt.transport = "unreachable";
        natt.transportDetail = natRun.unreachableDetail;
        break;
    case Ask::Outcome::Timeout:
        natt.transport = "timeout";
        break;
    case Ask::Outcome::Error:
        natt.transport = "error";
        natt.transportDetail = ask.detail;
        break;
    case Ask::Outcome::Stopped:
        natt.transportDetail = "deadline, budget or cancel";
        break;
    }
}

} // namespace ipsecdoctor::ike
