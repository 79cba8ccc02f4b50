#pragma once
// The active IKE probe: asks the server the user chose what it accepts, the way Windows would
// ask, and answers the questions of docs/ipsec-facts.md §7.4 in as few round trips as possible:
//  1. reachable on UDP 500? (answer / ICMP unreachable / timeout / throttled, tries, RTT)
//  2. are the proposals this Windows profile sends accepted? (one round trip when answered)
//  3. which of everything Windows can be configured to send does the server accept? (one round
//     trip per accepted proposal plus one, plus one per INVALID_KE_PAYLOAD the server asks for)
//  4. IKEv1 Main Mode / Aggressive Mode? IKEv2 only, IKEv1 only, both?
//  5. NAT on the path? Which CAs does the server ask for (CERTREQ)? What is the server?
// Order: the cheap, decisive questions first (Windows' set, IKEv1 Main and Aggressive Mode),
// discovery last — servers throttle half-open SAs per address (strongSwan: 5), so discovery is
// where the probe may run out of answers, and it then says so ("throttled", discovery incomplete).
// Never more than `packetBudget` datagrams, never past `deadline`, cancellable between waits.

#include "ipsecdoctor/ike/udp_transport.h"
#include "ipsecdoctor/ike/windows_proposals.h"
#include "ipsecdoctor/model/probe_result.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::ike {

enum class IkeVersions { V1, V2, Both };

struct ProbeOptions {
    std::string host;
    std::uint16_t port = 500;
    IkeVersions versions = IkeVersions::Both;
    /// The tunnel types the result is judged for ("ikev2", "l2tp"), and the profile the offer
    /// came from: carried into the result so that a bundle is judged as the run was.
    std::vector<std::string> tunnels = {"ikev2", "l2tp"};
    std::string profile;
    std::string signIn; // the profile's sign-in method (vpnAuthMethodId), when known
    WindowsIkev2Set windowsSet = WindowsIkev2Set::Windows10Default;
    std::optional<VpnIpsecPolicy> customPolicy; // the profile's policy replaces the built-in set
    bool discover = true;                       // question 3
    bool aggressiveMode = true;                 // ask IKEv1 Aggressive Mode (question 4)
    bool natTraversalPort = true;               // ask UDP 4500 too (question 1), when port is 500
    bool largePackets = true;                   // ask whether IP fragments reach the server
    std::size_t largePacketBytes = 2500;        // as large as an IKE_AUTH with a certificate chain
    std::string aggressiveId = "ipsecdoctor-probe";
    v1::AuthMethod ikev1Auth = v1::AuthMethod::PreSharedKey;
    bool preferIpv6 = false;
    std::chrono::milliseconds deadline{20000};          // whole run
    std::chrono::milliseconds firstRetransmit{500};     // then doubled: 0.5 s, 1 s, 2 s
    int maxAttempts = 3;                                // per request
    int packetBudget = 40;                              // datagrams sent, all requests together
    std::size_t maxDatagram = 8000;                     // discovery packets (IP-fragmented above ~1400)
    std::function<bool()> cancelled;                    // polled at least every 100 ms
    std::function<void(int sent, int budget)> progress; // after every datagram sent (progress bars)
};

/// Runs the probe. Never throws; failures are in the result (transport, exchanges).
ProbeResult runProbe(const ProbeOptions& options, UdpTransport& transport);

/// IKEv2 proposals discovery tries: everything a custom Windows policy can send, strongest first.
std::vector<Proposal> ikev2DiscoveryCandidates();
/// IKEv1 Main Mode transforms discovery tries (AES-256/192/128, 3DES, DES × SHA2-384/256, SHA1,
/// MD5 × ECP384/256, MODP2048s256/2048/1024/768), strongest first.
std::vector<Proposal> ikev1DiscoveryCandidates();

/// The ProbeProposal (notation + IANA ids) of a proposal.
ProbeProposal toProbeProposal(const Proposal& proposal);

} // namespace ipsecdoctor::ike
