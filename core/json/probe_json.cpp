#include "ipsecdoctor/json/probe_json.h"

#include "ipsecdoctor/ike/notify_names.h"
#include "ipsecdoctor/json/json_reader.h"

namespace ipsecdoctor {
namespace {

using json_detail::Reader;
using nlohmann::json;

json proposalToJson(const ProbeProposal& p) {
    json transforms = json::array();
    for (const auto& t : p.transforms) {
        json one{{"type", t.type}, {"id", t.id}};
        if (t.keyBits) {
            one["key_bits"] = t.keyBits;
        }
        transforms.push_back(one);
    }
    return json{{"proposal", p.notation}, {"transforms", transforms}};
}

json proposalsToJson(const std::vector<ProbeProposal>& list) {
    json out = json::array();
    for (const auto& p : list) {
        out.push_back(proposalToJson(p));
    }
    return out;
}

template <class T>
json optionalJson(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

ProbeProposal proposalFromJson(Reader& r, const json& j, const std::string& path) {
    ProbeProposal p;
    p.notation = r.string(j, path, "proposal");
    if (const auto* arr = r.array(j, path, "transforms", true)) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const std::string tp = path + ".transforms[" + std::to_string(i) + "]";
            ProbeTransform t;
            t.type = r.string((*arr)[i], tp, "type");
            t.id = static_cast<std::uint16_t>(r.integer((*arr)[i], tp, "id", 0, 65535, true));
            t.keyBits = static_cast<std::uint16_t>(r.integer((*arr)[i], tp, "key_bits", 0, 65535));
            p.transforms.push_back(t);
        }
    }
    return p;
}

std::vector<ProbeProposal> proposalsFromJson(Reader& r, const json& j, const std::string& path,
                                             const char* key) {
    std::vector<ProbeProposal> out;
    if (const auto* arr = r.array(j, path, key)) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            out.push_back(proposalFromJson(r, (*arr)[i], path + "." + key + "[" + std::to_string(i) + "]"));
        }
    }
    return out;
}

std::vector<std::string> stringsFromJson(Reader& r, const json& j, const std::string& path, const char* key) {
    std::vector<std::string> out;
    if (const auto* arr = r.array(j, path, key)) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
            if (!(*arr)[i].is_string()) {
                r.fail(path + "." + key + "[" + std::to_string(i) + "]", "expected a string");
                return out;
            }
            out.push_back((*arr)[i].get<std::string>());
        }
    }
    return out;
}

std::optional<double> optionalNumber(Reader& r, const json& j, const std::string& path, const char* key) {
    const auto* v = r.member(j, path, key, false);
    if (!v || v->is_null()) {
        return std::nullopt;
    }
    if (!v->is_number() || v->get<double>() < 0) {
        r.fail(path + "." + key, "expected a non-negative number or null");
        return std::nullopt;
    }
    return v->get<double>();
}

/// Results written by IPsec Doctor 1.0 name the notifies it did not know "NOTIFY_<n>": they are
/// shown by their IANA names like new ones (ike/notify_names.h).
void upgradeNotifyNames(ProbeResult& p) {
    for (auto& n : p.ikev2.notifies) {
        n = ike::upgradeLegacyNotifyName(n, 2);
    }
    for (auto& n : p.ikev1.notifies) {
        n = ike::upgradeLegacyNotifyName(n, 1);
    }
    for (auto& e : p.exchanges) {
        e.detail = ike::upgradeLegacyNotifyName(e.detail, e.purpose.starts_with("ikev1-") ? 1 : 2);
    }
}

ProbeRecommendation recommendationFromJson(Reader& r, const json& rec, const std::string& q) {
    ProbeRecommendation c;
    c.proposal = r.string(rec, q, "proposal");
    c.powerShell = r.string(rec, q, "powershell");
    if (const auto* params = r.member(rec, q, "parameters", true)) {
        const std::string pp = q + ".parameters";
        c.encryptionMethod = r.string(*params, pp, "EncryptionMethod");
        c.integrityCheckMethod = r.string(*params, pp, "IntegrityCheckMethod");
        c.dhGroup = r.string(*params, pp, "DHGroup");
        c.cipherTransformConstants = r.string(*params, pp, "CipherTransformConstants");
        c.authenticationTransformConstants = r.string(*params, pp, "AuthenticationTransformConstants");
        c.pfsGroup = r.string(*params, pp, "PfsGroup");
    }
    return c;
}

} // namespace

json toJson(const ProbeResult& r) {
    json exchanges = json::array();
    for (const auto& e : r.exchanges) {
        exchanges.push_back({{"purpose", e.purpose},
                             {"proposals_offered", e.proposalsOffered},
                             {"outcome", e.outcome},
                             {"detail", e.detail},
                             {"attempts", e.attempts},
                             {"rtt_ms", optionalJson(e.rttMs)}});
    }
    json recommendations = json::array();
    for (const auto& c : r.recommendations) {
        recommendations.push_back({{"tunnel", c.tunnel},
                                   {"proposal", c.proposal},
                                   {"powershell", c.powerShell},
                                   {"parameters",
                                    {{"EncryptionMethod", c.encryptionMethod},
                                     {"IntegrityCheckMethod", c.integrityCheckMethod},
                                     {"DHGroup", c.dhGroup},
                                     {"CipherTransformConstants", c.cipherTransformConstants},
                                     {"AuthenticationTransformConstants", c.authenticationTransformConstants},
                                     {"PfsGroup", c.pfsGroup}}}});
    }
    // Derived, for readers of the JSON: what the server answered to Windows' offer per tunnel type.
    json verdicts = json::object();
    for (const auto& tunnel : r.tunnels) {
        verdicts[tunnel] = std::string(probeVerdictId(probeVerdict(r, tunnel)));
    }
    json natt = nullptr;
    if (r.natt) {
        natt = {{"transport", r.natt->transport},
                {"transport_detail", r.natt->transportDetail},
                {"rtt_ms", optionalJson(r.natt->rttMs)},
                {"attempts", r.natt->attempts}};
    }
    return json{
        {"schema_version", r.schemaVersion},
        {"started_at", r.startedAt},
        {"host", r.host},
        {"tunnels", r.tunnels},
        {"profile", r.profile},
        {"sign_in", r.signIn},
        {"verdicts", verdicts},
        {"port", r.port},
        {"dns", r.dns},
        {"addresses", r.addresses},
        {"address", r.address},
        {"local_address", r.localAddress},
        {"local_port", r.localPort},
        {"transport", r.transport},
        {"transport_detail", r.transportDetail},
        {"reachable", r.reachable},
        {"rtt_ms", optionalJson(r.rttMs)},
        {"attempts", r.attempts},
        {"packets_sent", r.packetsSent},
        {"packets_received", r.packetsReceived},
        {"elapsed_ms", r.elapsedMs},
        {"cancelled", r.cancelled},
        {"ikev2",
         {{"probed", r.ikev2.probed},
          {"answered", r.ikev2.answered},
          {"windows_set", r.ikev2.windowsSet},
          {"windows_default_accepted", optionalJson(r.ikev2.windowsDefaultAccepted)},
          {"windows_default_chosen",
           r.ikev2.windowsDefaultChosen ? proposalToJson(*r.ikev2.windowsDefaultChosen) : json(nullptr)},
          {"accepted", proposalsToJson(r.ikev2.accepted)},
          {"discovery_complete", r.ikev2.discoveryComplete},
          {"ke_group_requested", optionalJson(r.ikev2.keGroupRequested)},
          {"cookie_requested", r.ikev2.cookieRequested},
          {"fragmentation_supported", r.ikev2.fragmentationSupported},
          {"notifies", r.ikev2.notifies}}},
        {"ikev1",
         {{"probed", r.ikev1.probed},
          {"main_mode",
           {{"answered", optionalJson(r.ikev1.mainModeAnswered)},
            {"windows_default_accepted", optionalJson(r.ikev1.windowsDefaultAccepted)},
            {"windows_default_chosen",
             r.ikev1.windowsDefaultChosen ? proposalToJson(*r.ikev1.windowsDefaultChosen) : json(nullptr)},
            {"accepted", proposalsToJson(r.ikev1.mainModeAccepted)},
            {"discovery_complete", r.ikev1.discoveryComplete}}},
          {"aggressive_mode", r.ikev1.aggressiveMode},
          {"notifies", r.ikev1.notifies}}},
        {"nat_detected", optionalJson(r.natDetected)},
        {"udp4500", natt},
        {"large_packets",
         {{"udp500", r.largePackets.udp500},
          {"udp4500", r.largePackets.udp4500},
          {"bytes", r.largePackets.bytes}}},
        {"local_behind_nat", r.localBehindNat},
        {"server_behind_nat", r.serverBehindNat},
        {"certreq_ca_sha1", r.certreqCaSha1},
        {"vendor_ids", r.vendorIds},
        {"vendor_id_names", r.vendorIdNames},
        {"server_fingerprint", r.serverFingerprint},
        {"fingerprint_basis", r.fingerprintBasis},
        {"recommendations", recommendations},
        {"exchanges", exchanges},
        {"crypto_backend", r.cryptoBackend},
    };
}

Expected<ProbeResult> probeResultFromJson(const json& j) {
    Reader r;
    ProbeResult p;
    const std::string path = "probe";
    p.schemaVersion = static_cast<int>(r.integer(j, path, "schema_version", 1, 1000, true));
    if (r.ok() && p.schemaVersion > kProbeSchemaVersion) {
        return Error::make(ErrorCode::NotSupported, "probe schema_version " +
                                                        std::to_string(p.schemaVersion) +
                                                        " is newer than this version understands");
    }
    p.startedAt = r.string(j, path, "started_at", false);
    p.host = r.string(j, path, "host");
    if (r.member(j, path, "tunnels", false)) {
        p.tunnels = stringsFromJson(r, j, path, "tunnels"); // absent before schema 2: both judged
    }
    p.profile = r.string(j, path, "profile", false);
    p.signIn = r.string(j, path, "sign_in", false);
    p.port = static_cast<std::uint16_t>(r.integer(j, path, "port", 1, 65535, true));
    p.dns = r.string(j, path, "dns");
    p.addresses = stringsFromJson(r, j, path, "addresses");
    p.address = r.string(j, path, "address", false);
    p.localAddress = r.string(j, path, "local_address", false);
    p.localPort = static_cast<std::uint16_t>(r.integer(j, path, "local_port", 0, 65535));
    p.transport = r.string(j, path, "transport");
    p.transportDetail = r.string(j, path, "transport_detail", false);
    p.reachable = r.boolean(j, path, "reachable");
    p.rttMs = optionalNumber(r, j, path, "rtt_ms");
    p.attempts = static_cast<int>(r.integer(j, path, "attempts", 0, 100000));
    p.packetsSent = static_cast<int>(r.integer(j, path, "packets_sent", 0, 100000));
    p.packetsReceived = static_cast<int>(r.integer(j, path, "packets_received", 0, 100000));
    p.elapsedMs = optionalNumber(r, j, path, "elapsed_ms").value_or(0);
    p.cancelled = r.boolean(j, path, "cancelled");
    if (const auto* v2 = r.member(j, path, "ikev2", true)) {
        const std::string q = path + ".ikev2";
        p.ikev2.probed = r.boolean(*v2, q, "probed");
        p.ikev2.answered = r.boolean(*v2, q, "answered");
        p.ikev2.windowsSet = r.string(*v2, q, "windows_set", false);
        p.ikev2.windowsDefaultAccepted = r.optionalBoolean(*v2, q, "windows_default_accepted");
        if (const auto* c = r.member(*v2, q, "windows_default_chosen", false); c && !c->is_null()) {
            p.ikev2.windowsDefaultChosen = proposalFromJson(r, *c, q + ".windows_default_chosen");
        }
        p.ikev2.accepted = proposalsFromJson(r, *v2, q, "accepted");
        p.ikev2.discoveryComplete = r.boolean(*v2, q, "discovery_complete");
        if (const auto* g = r.member(*v2, q, "ke_group_requested", false); g && !g->is_null()) {
            p.ikev2.keGroupRequested =
                static_cast<std::uint16_t>(r.integer(*v2, q, "ke_group_requested", 0, 65535));
        }
        p.ikev2.cookieRequested = r.boolean(*v2, q, "cookie_requested");
        p.ikev2.fragmentationSupported = r.boolean(*v2, q, "fragmentation_supported");
        p.ikev2.notifies = stringsFromJson(r, *v2, q, "notifies");
    }
    if (const auto* v1 = r.member(j, path, "ikev1", true)) {
        const std::string q = path + ".ikev1";
        p.ikev1.probed = r.boolean(*v1, q, "probed");
        if (const auto* mm = r.member(*v1, q, "main_mode", true)) {
            p.ikev1.mainModeAnswered = r.optionalBoolean(*mm, q + ".main_mode", "answered");
            const std::string m = q + ".main_mode";
            const bool schema1 = !r.member(*mm, m, "windows_default_accepted", false);
            p.ikev1.windowsDefaultAccepted =
                r.optionalBoolean(*mm, m, schema1 ? "windows_accepted" : "windows_default_accepted");
            p.ikev1.mainModeAccepted = proposalsFromJson(r, *mm, m, "accepted");
            if (const auto* c = r.member(*mm, m, "windows_default_chosen", false); c && !c->is_null()) {
                p.ikev1.windowsDefaultChosen = proposalFromJson(r, *c, m + ".windows_default_chosen");
            } else if (schema1 && p.ikev1.windowsDefaultAccepted == true &&
                       !p.ikev1.mainModeAccepted.empty()) {
                p.ikev1.windowsDefaultChosen = p.ikev1.mainModeAccepted.front(); // schema 1 put it first
            }
            p.ikev1.discoveryComplete = r.boolean(*mm, q + ".main_mode", "discovery_complete");
        }
        p.ikev1.aggressiveMode = r.string(*v1, q, "aggressive_mode");
        p.ikev1.notifies = stringsFromJson(r, *v1, q, "notifies");
    }
    p.natDetected = r.optionalBoolean(j, path, "nat_detected");
    // Absent from results written before the NAT-T port was asked: not asked.
    if (const auto* n = r.member(j, path, "udp4500", false); n && !n->is_null()) {
        const std::string q = path + ".udp4500";
        ProbeNatTraversal natt;
        natt.transport = r.string(*n, q, "transport");
        natt.transportDetail = r.string(*n, q, "transport_detail", false);
        natt.rttMs = optionalNumber(r, *n, q, "rtt_ms");
        natt.attempts = static_cast<int>(r.integer(*n, q, "attempts", 0, 100000));
        p.natt = natt;
    }
    // Absent before schema 2: not tested.
    if (const auto* lp = r.member(j, path, "large_packets", false); lp && !lp->is_null()) {
        const std::string q = path + ".large_packets";
        p.largePackets.udp500 = r.string(*lp, q, "udp500");
        p.largePackets.udp4500 = r.string(*lp, q, "udp4500");
        p.largePackets.bytes = static_cast<int>(r.integer(*lp, q, "bytes", 0, 65535));
    }
    p.localBehindNat = r.boolean(j, path, "local_behind_nat");
    p.serverBehindNat = r.boolean(j, path, "server_behind_nat");
    p.certreqCaSha1 = stringsFromJson(r, j, path, "certreq_ca_sha1");
    p.vendorIds = stringsFromJson(r, j, path, "vendor_ids");
    p.vendorIdNames = stringsFromJson(r, j, path, "vendor_id_names");
    p.serverFingerprint = r.string(j, path, "server_fingerprint");
    p.fingerprintBasis = r.string(j, path, "fingerprint_basis", false);
    if (const auto* arr = r.member(j, path, "recommendations", false); arr && arr->is_array()) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const std::string q = path + ".recommendations[" + std::to_string(i) + "]";
            auto c = recommendationFromJson(r, (*arr)[i], q);
            c.tunnel = r.string((*arr)[i], q, "tunnel");
            p.recommendations.push_back(std::move(c));
        }
    } else if (const auto* rec = r.member(j, path, "recommendation", false); rec && !rec->is_null()) {
        // Schema 1: one recommendation, from IKEv2's accepted set when it had one, else IKEv1's,
        // and only the arguments of the PowerShell command.
        auto c = recommendationFromJson(r, *rec, path + ".recommendation");
        c.tunnel = p.ikev2.accepted.empty() ? "l2tp" : "ikev2";
        c.powerShell =
            "Set-VpnConnectionIPsecConfiguration -ConnectionName '<VPN>' " + c.powerShell + " -Force";
        p.recommendations.push_back(std::move(c));
    }
    if (const auto* arr = r.array(j, path, "exchanges")) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const std::string q = path + ".exchanges[" + std::to_string(i) + "]";
            const auto& e = (*arr)[i];
            ProbeExchange x;
            x.purpose = r.string(e, q, "purpose");
            x.proposalsOffered = static_cast<int>(r.integer(e, q, "proposals_offered", 0, 100000));
            x.outcome = r.string(e, q, "outcome");
            x.detail = r.string(e, q, "detail", false);
            x.attempts = static_cast<int>(r.integer(e, q, "attempts", 0, 100000));
            x.rttMs = optionalNumber(r, e, q, "rtt_ms");
            p.exchanges.push_back(std::move(x));
        }
    }
    p.cryptoBackend = r.string(j, path, "crypto_backend", false);
    if (!r.ok()) {
        return r.error();
    }
    upgradeNotifyNames(p);
    p.schemaVersion = kProbeSchemaVersion; // upgraded above: written back in the current schema
    return p;
}

} // namespace ipsecdoctor
