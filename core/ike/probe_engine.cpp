// The probe's orchestration: resolve, connect, ask the questions in order, classify the path,
// fingerprint the server and recommend a policy.
#include "probe_steps.h"

#include "ipsecdoctor/ike/proposal_strength.h"
#include "ipsecdoctor/ike/vendor_ids.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/time_format.h"

#include <algorithm>

namespace ipsecdoctor::ike {

std::string outcomeId(Ask::Outcome outcome) {
    switch (outcome) {
    case Ask::Outcome::Accepted:
        return "accepted";
    case Ask::Outcome::NoProposal:
        return "no-proposal-chosen";
    case Ask::Outcome::Notify:
        return "notify";
    case Ask::Outcome::Timeout:
        return "timeout";
    case Ask::Outcome::Unreachable:
        return "unreachable";
    case Ask::Outcome::Malformed:
        return "malformed";
    case Ask::Outcome::Stopped:
        return "skipped";
    case Ask::Outcome::Error:
        return "error";
    }
    return "error";
}

Expected<Spi> newInitiatorSpi() {
    auto random = randomBytes(8);
    if (!random) {
        return random.error();
    }
    Spi spi{};
    std::copy(random->begin(), random->end(), spi.begin());
    spi[0] |= 0x01;
    return spi;
}

void ProbeRun::record(const std::string& purpose, std::size_t offered, const RoundTrip& trip,
                      const std::string& outcome, const std::string& detail) {
    ProbeExchange e;
    e.purpose = purpose;
    e.proposalsOffered = static_cast<int>(offered);
    e.outcome = outcome;
    e.detail = detail;
    e.attempts = trip.attempts;
    if (trip.kind == RoundTrip::Kind::Answer) {
        e.rttMs = trip.rttMs;
        if (!result.rttMs) {
            result.rttMs = trip.rttMs;
            result.attempts = result.packetsSent;
        }
    }
    logger()->info("probe {}: {} proposal(s), {} after {} attempt(s){}{}", purpose, offered, outcome,
                   trip.attempts, detail.empty() ? "" : ": ", detail);
    result.exchanges.push_back(std::move(e));
}

ProbeProposal toProbeProposal(const Proposal& proposal) {
    ProbeProposal out;
    out.notation = proposal.toString();
    for (const auto& t : proposal.transforms()) {
        static constexpr const char* kTypes[] = {"", "encr", "prf", "integ", "dh", "esn"};
        const auto type = static_cast<unsigned>(t.type);
        out.transforms.push_back({type < 6 ? kTypes[type] : "unknown", t.id, t.keyBits});
    }
    return out;
}

std::vector<Proposal> ikev2DiscoveryCandidates() {
    return allWindowsCustomIkeProposals();
}

std::vector<Proposal> ikev1DiscoveryCandidates() {
    std::vector<Proposal> out;
    for (auto group : {DhGroup::Ecp384, DhGroup::Ecp256, DhGroup::Modp2048s256, DhGroup::Modp2048,
                       DhGroup::Modp1024, DhGroup::Modp768}) {
        for (auto e : {Encryption{EncrId::AesCbc, 256}, Encryption{EncrId::AesCbc, 192},
                       Encryption{EncrId::AesCbc, 128}, Encryption{EncrId::TripleDes, 0},
                       Encryption{EncrId::Des, 0}}) {
            for (auto mac : {IntegId::HmacSha2_384_192, IntegId::HmacSha2_256_128, IntegId::HmacSha1_96,
                             IntegId::HmacMd5_96}) {
                Proposal p;
                p.encryption = {e};
                p.integrity = {mac};
                p.prf = {*prfForInteg(mac)};
                p.dh = {group};
                out.push_back(p);
            }
        }
    }
    sortStrongestFirst(out);
    return out;
}

namespace {

/// The accepted lists strongest first (proposal_strength.h), whatever order the server chose in.
void sortStrongestFirst(std::vector<ProbeProposal>& accepted) {
    std::stable_sort(accepted.begin(), accepted.end(), [](const ProbeProposal& a, const ProbeProposal& b) {
        const auto pa = parseProposal(a.notation);
        const auto pb = parseProposal(b.notation);
        return pa && pb && stronger(*pa, *pb);
    });
}

void fingerprint(ProbeRun& run) {
    auto& r = run.result;
    for (const auto& vid : run.vendorIds) {
        r.vendorIds.push_back(toHex(vid));
        auto known = identifyVendorId(vid);
        r.vendorIdNames.push_back(known ? std::string(known->id) : std::string());
    }
    r.serverFingerprint = fingerprintFromVendorIds(run.vendorIds);
    if (r.serverFingerprint != "unknown") {
        for (const auto& vid : run.vendorIds) {
            if (auto known = identifyVendorId(vid); known && !known->vendor.empty()) {
                r.fingerprintBasis = "vendor-id:" + std::string(known->id);
                break;
            }
        }
    } else if (run.multipleAuthSeen) {
        // RFC 4739 support announced in IKE_SA_INIT without vendor IDs is strongSwan's default;
        // Windows RRAS does not support multiple authentication (facts §1.1).
        r.serverFingerprint = "strongswan";
        r.fingerprintBasis = "notify:MULTIPLE_AUTH_SUPPORTED";
    }
}

void classifyTransport(ProbeRun& run) {
    auto& r = run.result;
    r.reachable = run.answeredV1 || run.answeredV2;
    if (r.reachable) {
        r.transport = run.throttled ? "throttled" : "reachable";
    } else if (run.sawUnreachable) {
        r.transport = "unreachable";
        r.transportDetail = run.unreachableDetail;
    } else if (r.cancelled) {
        r.transport = "cancelled";
    } else {
        r.transport = "timeout";
    }
}

} // namespace

ProbeResult runProbe(const ProbeOptions& options, UdpTransport& transport) {
    ProbeResult result;
    result.startedAt = nowIso8601Utc();
    result.host = options.host;
    result.port = options.port;
    result.tunnels = options.tunnels;
    result.profile = options.profile;
    result.signIn = options.signIn;
    result.cryptoBackend = std::string(cryptoBackendName());

    std::vector<IpAddress> addresses;
    if (auto numeric = parseIpAddress(options.host)) {
        result.dns = "numeric";
        addresses = {*numeric};
    } else {
        auto resolved = transport.resolve(options.host);
        if (!resolved || resolved->empty()) {
            result.dns = "failed";
            result.transport = "dns-failed";
            result.transportDetail = resolved ? "no address" : resolved.error().detail;
            return result;
        }
        addresses = *resolved;
    }
    for (const auto& a : addresses) {
        result.addresses.push_back(a.toString());
    }
    auto chosen = std::find_if(addresses.begin(), addresses.end(),
                               [&](const IpAddress& a) { return a.v6 == options.preferIpv6; });
    const Endpoint server{chosen != addresses.end() ? *chosen : addresses.front(), options.port};
    result.address = server.address.toString();

    auto socket = transport.connect(server);
    if (!socket) {
        result.transport = "error";
        result.transportDetail = socket.error().detail;
        return result;
    }
    ProbeSession session(options, **socket, result);
    result.localAddress = session.local().address.toString();
    result.localPort = session.local().port;
    ProbeRun run(options, session, result, server);

    const bool v2 = options.versions != IkeVersions::V1;
    const bool v1 = options.versions != IkeVersions::V2;
    if (v2) {
        questionWindowsIkev2(run);
    }
    if (v1 && !run.sawUnreachable) {
        questionIkev1MainMode(run);
        // Asked even when nothing answered yet: a responder configured for Aggressive Mode only
        // leaves Main Mode (and IKEv2) unanswered, and is not a blocked path.
        if (options.aggressiveMode && !run.sawUnreachable) {
            questionIkev1AggressiveMode(run);
        }
    }
    if (v2) {
        // Before discovery, whose 8000-byte packets are fragmented too: on a path that drops
        // fragments it would read as throttling. Discovery then sends what fits a 1500-byte MTU.
        result.largePackets.udp500 = questionLargePacket(run, "ikev2-large-packet");
        result.largePackets.bytes = static_cast<int>(options.largePacketBytes);
        if (result.largePackets.udp500 == "dropped") {
            run.maxDatagram = std::min<std::size_t>(run.maxDatagram, 1200);
        }
    }
    if (options.discover && v2 && run.answeredV2 && !run.throttled) {
        discoverIkev2(run);
    }
    if (options.discover && v1 && run.answeredV1 && !run.throttled) {
        discoverIkev1(run);
    }
    if (v2 && options.natTraversalPort && options.port == 500) {
        questionNatTraversalPort(run, transport); // last: discovery tells it what will be refused
    }
    result.cancelled = session.cancelled();
    result.elapsedMs = session.elapsedMs();
    fingerprint(run);
    classifyTransport(run);
    sortStrongestFirst(result.ikev2.accepted);
    sortStrongestFirst(result.ikev1.mainModeAccepted);
    return result;
}

} // namespace ipsecdoctor::ike
