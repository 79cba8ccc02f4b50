#pragma once
// What the active IKE probe learned about the VPN server, as plain values: the CLI prints it as
// JSON, the snapshot (and so a diagnostic bundle) carries it, the checks turn it into findings.
// Proposals are kept both in strongSwan notation and as IANA transform ids.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// Bumped when a field of the probe result changes meaning or is removed. 2: the L2TP and IKEv2
/// verdicts (ikev1.main_mode.windows_default_accepted beside ikev2.windows_default_accepted), the
/// tunnel types judged, one recommendation per tunnel type, IANA notify names (docs/ike-probe.md).
inline constexpr int kProbeSchemaVersion = 2;

struct ProbeTransform {
    std::string type; // "encr" | "prf" | "integ" | "dh" | "esn"
    std::uint16_t id = 0;
    std::uint16_t keyBits = 0; // 0 when absent

    bool operator==(const ProbeTransform&) const = default;
};

struct ProbeProposal {
    std::string notation; // strongSwan notation, "aes256-sha1-modp1024"
    std::vector<ProbeTransform> transforms;

    bool operator==(const ProbeProposal&) const = default;
};

/// One request/answer exchange, in order, for support staff.
struct ProbeExchange {
    std::string purpose; // "ikev2-windows", "ikev2-discovery", "ikev1-main", "ikev1-aggressive", …
    int proposalsOffered = 0;
    std::string outcome; // "accepted", "no-proposal-chosen", "invalid-ke", "cookie", "notify",
                         // "timeout", "unreachable", "malformed", "skipped"
    std::string detail;  // chosen proposal, notify name, parse error…
    int attempts = 0;
    std::optional<double> rttMs;

    bool operator==(const ProbeExchange&) const = default;
};

struct ProbeIkev2 {
    bool probed = false;
    bool answered = false;
    std::string windowsSet;                     // "windows10-default", …, or "custom-policy"
    std::optional<bool> windowsDefaultAccepted; // nullopt: no answer
    std::optional<ProbeProposal> windowsDefaultChosen;
    std::vector<ProbeProposal> accepted; // everything found accepted, strongest first
    bool discoveryComplete = false;
    std::optional<std::uint16_t> keGroupRequested; // from INVALID_KE_PAYLOAD
    bool cookieRequested = false;
    bool fragmentationSupported = false;
    std::vector<std::string> notifies; // names of notifies seen in answers

    bool operator==(const ProbeIkev2&) const = default;
};

struct ProbeIkev1 {
    bool probed = false;
    std::optional<bool> mainModeAnswered;       // nullopt: no answer (timeout or throttled)
    std::optional<bool> windowsDefaultAccepted; // Windows' L2TP Main Mode offer (or the custom policy)
    std::optional<ProbeProposal> windowsDefaultChosen;
    std::vector<ProbeProposal> mainModeAccepted; // everything found accepted, strongest first
    bool discoveryComplete = false;
    std::string aggressiveMode = "not-probed"; // "answered" | "rejected" | "no-answer" | "not-probed"
    std::vector<std::string> notifies;

    bool operator==(const ProbeIkev1&) const = default;
};

/// UDP 4500, the NAT-T port: asked with the same IKE_SA_INIT behind the non-ESP marker. Windows
/// moves IKE there when NAT is detected, and L2TP/IPsec's ESP rides in it behind NAT.
struct ProbeNatTraversal {
    std::string transport = "not-run"; // "reachable" | "timeout" | "unreachable" | "error" | "not-run"
    std::string transportDetail;
    std::optional<double> rttMs;
    int attempts = 0;

    bool operator==(const ProbeNatTraversal&) const = default;
};

/// The strongest policy Windows can be given that the server accepts, for one tunnel type. Its
/// ESP half is Windows' own default unless the server's ESP set is known (the probe stops before
/// ESP), so that fixing phase 1 cannot break phase 2.
/// Whether an IKE_SA_INIT padded to `bytes` (so that the IP layer fragments it, as it does an
/// IKE_AUTH with a certificate chain) reached the server: "delivered", "dropped" (silence while a
/// small copy is answered) or "not-tested". On UDP 4500 only when NAT moves IKE there.
struct ProbeLargePackets {
    std::string udp500 = "not-tested";
    std::string udp4500 = "not-tested";
    int bytes = 0;

    bool operator==(const ProbeLargePackets&) const = default;
};

struct ProbeRecommendation {
    std::string tunnel;     // "ikev2" | "l2tp"
    std::string proposal;   // strongSwan notation of the IKE proposal
    std::string powerShell; // "Set-VpnConnectionIPsecConfiguration -ConnectionName 'VPN' … -Force"
    std::string encryptionMethod, integrityCheckMethod, dhGroup, cipherTransformConstants,
        authenticationTransformConstants, pfsGroup;

    bool operator==(const ProbeRecommendation&) const = default;
};

struct ProbeResult {
    int schemaVersion = kProbeSchemaVersion;
    std::string startedAt; // ISO 8601 UTC
    std::string host;
    /// The tunnel types judged ("ikev2", "l2tp"): a profile's own, else both.
    std::vector<std::string> tunnels = {"ikev2", "l2tp"};
    std::string profile; // the VPN profile the offer came from, when there is one
    std::string signIn;  // its sign-in method (vpnAuthMethodId), when known
    std::uint16_t port = 500;
    std::string dns = "ok";             // "ok" | "failed" | "numeric"
    std::vector<std::string> addresses; // what the name resolved to
    std::string address;                // the one probed
    std::string localAddress;
    std::uint16_t localPort = 0;
    std::string transport = "not-run"; // "reachable" | "timeout" | "unreachable" | "throttled" |
                                       // "dns-failed" | "error"
    std::string transportDetail;       // ICMP kind, OS error
    bool reachable = false;
    std::optional<double> rttMs; // first answer's round trip
    int attempts = 0;            // packets sent to get the first answer
    int packetsSent = 0;
    int packetsReceived = 0;
    double elapsedMs = 0;
    bool cancelled = false;
    ProbeIkev2 ikev2;
    ProbeIkev1 ikev1;
    std::optional<bool> natDetected;
    std::optional<ProbeNatTraversal> natt; // nullopt: not asked (IKEv1 only, or a port other than 500)
    ProbeLargePackets largePackets;
    bool localBehindNat = false;
    bool serverBehindNat = false;
    std::vector<std::string> certreqCaSha1; // hex
    std::vector<std::string> vendorIds;     // hex
    std::vector<std::string> vendorIdNames; // known names, same order (empty when unknown)
    std::string serverFingerprint = "unknown";
    std::string fingerprintBasis; // "vendor-id:strongswan", "notify:MULTIPLE_AUTH_SUPPORTED", …
    std::vector<ProbeRecommendation> recommendations; // per tunnel type judged, when one exists
    std::vector<ProbeExchange> exchanges;
    std::string cryptoBackend;

    bool operator==(const ProbeResult&) const = default;

    bool judges(std::string_view tunnel) const;
    const ProbeRecommendation* recommendationFor(std::string_view tunnel) const;
};

/// What the server answered to Windows' own offer for one tunnel type, in one word for people and
/// JSON ("verdicts"): the IKEv2 IKE_SA_INIT for "ikev2", IKEv1 Main Mode for "l2tp".
enum class ProbeVerdict {
    Accepted,          // Windows' offer (its default, or the profile's custom policy) works
    OthersAccepted,    // refused, but a policy Windows can be given works
    Refused,           // nothing Windows can send is accepted (discovery complete)
    RefusedIncomplete, // Windows' offer refused; discovery did not finish
    NoAnswer,          // asked, nothing came back (or the server limited the probe first)
    NotAsked,
};

ProbeVerdict probeVerdict(const ProbeResult& result, std::string_view tunnel);
std::string_view probeVerdictId(ProbeVerdict verdict); // "accepted", "others-accepted", …
/// The verdict means Windows can connect with some policy (Accepted or OthersAccepted).
bool usable(ProbeVerdict verdict);

} // namespace ipsecdoctor
