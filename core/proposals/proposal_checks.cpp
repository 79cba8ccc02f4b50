#include "ipsecdoctor/proposals/proposal_checks.h"

#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/proposals/proposal_matching.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include <algorithm>
#include <set>

namespace ipsecdoctor::proposals {
namespace {

using ike::DhGroup;
using ike::EncrId;
using ike::IntegId;
using ike::PrfId;
using ike::Proposal;

std::string groups(const std::vector<Proposal>& proposals) {
    std::vector<std::string> names;
    for (const auto& p : proposals) {
        for (auto g : p.dh) {
            auto k = ike::keyword(g);
            if (std::find(names.begin(), names.end(), k) == names.end()) {
                names.push_back(k);
            }
        }
    }
    std::string out;
    for (const auto& n : names) {
        out += (out.empty() ? "" : ", ") + n;
    }
    return out;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) {
        out += (out.empty() ? "" : ", ") + i;
    }
    return out;
}

class Builder {
public:
    Builder(const ProposalContext& c, const WindowsOffer* offer) : m_c(c), m_offer(offer) {}

    Finding& add(const FindingKind& kind, Severity severity) {
        Finding f = newFinding(kind, severity);
        f.subject = m_c.subject.profile.empty() ? m_c.subject.server : m_c.subject.profile;
        if (!m_c.subject.profile.empty()) {
            f.evidence["profile"] = m_c.subject.profile;
            f.evidence["phonebook"] = std::string(phonebookScopeId(m_c.subject.scope));
            if (m_c.subject.scope == PhonebookScope::File) {
                f.evidence["phonebook_path"] = m_c.subject.phonebookPath;
            }
        }
        if (!m_c.subject.server.empty()) {
            f.evidence["server"] = m_c.subject.server;
        }
        f.evidence["tunnel"] = std::string(tunnelTypeId(m_c.subject.tunnel));
        if (m_offer) {
            f.evidence["offer_source"] = m_offer->source;
        }
        m_findings.push_back(std::move(f));
        return m_findings.back();
    }

    /// Adds the custom-policy fix with its argument when the finding is about a profile.
    void offerPolicyFix(Finding& f, const VpnIpsecPolicy& policy) {
        f.evidence["recommended_policy"] = policyArgument(policy);
        f.evidence["recommended_ike"] = ike::ikeProposal(policy).toString();
        f.evidence["recommended_esp"] = ike::espProposal(policy).toString();
        // Known only from a server configuration; the probe stops before ESP. A known ESP set that
        // takes none of the policies Windows can write leaves it untested too.
        const bool espKnownAccepted = m_c.server && !m_c.server->espAccepted.empty() &&
                                      accepts(m_c.server->espAccepted, ike::espProposal(policy));
        f.evidence["esp_tested"] = espKnownAccepted ? "true" : "false";
        if (!m_c.subject.profile.empty()) {
            f.remediations.push_back(std::string(fix::kProfileIpsecPolicy));
        }
    }

    std::vector<Finding> take() {
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
        return std::move(m_findings);
    }

private:
    const ProposalContext& m_c;
    const WindowsOffer* m_offer;
    std::vector<Finding> m_findings;
};

/// The "accepted" finding for the strongest proposal both sides share, with the weak-crypto
/// warning when that proposal is weak: the warning (valid until the next add), or null.
template <typename Sides>
Finding* addAccepted(Builder& b, const FindingKind& accepted, const Proposal& common, const Sides& sides) {
    auto& f = b.add(accepted, Severity::Info);
    sides(f);
    f.evidence["strongest_common"] = common.toString();
    const auto weak = weakAlgorithms(common);
    if (weak.empty()) {
        return nullptr;
    }
    auto& w = b.add(finding::ProposalWeakCrypto, Severity::Warning);
    sides(w);
    w.evidence["side"] = "negotiated";
    w.evidence["strongest_common"] = common.toString();
    w.evidence["weak_algorithms"] = join(weak);
    return &w;
}

void checkIkev2(const ProposalContext& c, const WindowsOffer& offer, const Ikev2Acceptance& v2, Builder& b) {
    const auto& accepted = v2.accepted;
    const auto common = strongestCommon(offer.ike, accepted);
    auto sides = [&](Finding& f) {
        f.evidence["windows_offers"] = describe(offer.ike);
        f.evidence["server_accepts"] = describe(accepted);
        f.evidence["key_share"] = ike::keyword(offer.keyShare);
        if (v2.requestedKeGroup) {
            f.evidence["server_requested_group"] = ike::keyword(*v2.requestedKeGroup);
        }
    };
    if (common) {
        if (auto* weak = addAccepted(b, finding::ProposalIkev2Accepted, *common, sides)) {
            if (auto policy = recommendPolicy(accepted, c.server->espAccepted);
                policy && weakAlgorithms(ike::ikeProposal(*policy)).empty()) {
                b.offerPolicyFix(*weak, *policy);
            }
        }
        return;
    }
    // IKEv2 refused whatever Windows proposes while IKEv1 works: the version check says so.
    const bool ikev1Works = c.server->ikev1 && !c.server->ikev1->mainModeAccepted.empty();
    if (v2.refusesEverything() && ikev1Works) {
        return;
    }
    const auto policy = recommendPolicy(accepted, c.server->espAccepted);
    if (accepted.empty() || !policy) {
        auto& f = b.add(finding::ProposalIkev2NoCommonProposal, Severity::Error);
        sides(f);
        return;
    }
    // Only the group differs (13868 against servers that refuse MODP1024).
    const bool onlyDh = std::any_of(offer.ike.begin(), offer.ike.end(),
                                    [&](const Proposal& o) { return acceptsIgnoringGroup(accepted, o); });
    const FindingKind& kind = onlyDh               ? finding::ProposalIkev2DhGroupMismatch
                              : offer.customPolicy ? finding::ProposalProfileCustomPolicyRejected
                                                   : finding::ProposalIkev2WindowsDefaultRejected;
    auto& f = b.add(kind, Severity::Error);
    sides(f);
    f.evidence["windows_groups"] = groups(offer.ike);
    f.evidence["server_groups"] = groups(accepted);
    b.offerPolicyFix(f, *policy);
    // The machine-wide alternative: Windows also offers AES-256 with MODP2048 (facts §1.1).
    if (!offer.customPolicy && c.inputs.negotiateDh2048Aes256 == 0) {
        const auto with2048 = ike::windowsIkev2Proposals(ike::windowsIkev2SetFor(c.inputs.windows11, 1));
        if (strongestCommon(with2048, accepted)) {
            f.remediations.push_back(std::string(fix::kNegotiateDh2048));
        }
    }
}

void checkIkev1(const ProposalContext& c, const WindowsOffer& offer, const Ikev1Acceptance& v1, Builder& b) {
    auto sides = [&](Finding& f) {
        f.evidence["windows_offers"] = describe(offer.ike);
        f.evidence["server_accepts"] = describe(v1.mainModeAccepted);
        f.evidence["aggressive_mode_answered"] = v1.aggressiveModeAnswered ? "true" : "false";
    };
    if (v1.aggressiveModeAnswered) {
        // Aggressive Mode sends the PSK hash in the clear: a security warning whatever happens next.
        auto& f = b.add(finding::ProposalIkev1AggressiveModeAnswered, Severity::Warning);
        sides(f);
    }
    const bool mainModeWorks = v1.mainModeAnswered && !v1.mainModeAccepted.empty();
    if (!mainModeWorks && v1.aggressiveModeAnswered) {
        // Windows only initiates Main Mode (facts §1.2, §8.3): nothing on this PC can fix it.
        auto& f = b.add(finding::ProposalIkev1AggressiveOnly, Severity::Error);
        sides(f);
        return;
    }
    const auto common = strongestCommon(offer.ike, v1.mainModeAccepted);
    if (common) {
        addAccepted(b, finding::ProposalIkev1Accepted, *common, sides);
        return;
    }
    if (!v1.mainModeAnswered) {
        return; // nothing answered IKEv1: the version check reports it
    }
    // As for IKEv2: a policy Windows can be given fixes it, else nothing Windows sends can.
    const auto policy = recommendPolicy(v1.mainModeAccepted, c.server->espAccepted);
    const FindingKind& kind = !policy              ? finding::ProposalIkev1NoCommonProposal
                              : offer.customPolicy ? finding::ProposalProfileCustomPolicyRejected
                                                   : finding::ProposalIkev1WindowsDefaultRejected;
    auto& f = b.add(kind, Severity::Error);
    sides(f);
    if (policy) {
        b.offerPolicyFix(f, *policy);
    }
}

void checkVersions(const ProposalContext& c, const ServerAcceptance& s, Builder& b) {
    const bool v2 = s.ikev2 && s.ikev2->answered;
    const bool v1 = s.ikev1 && (s.ikev1->mainModeAnswered || s.ikev1->aggressiveModeAnswered);
    const bool ikev2Profile = c.subject.tunnel == TunnelType::Ikev2;
    // A server that answers IKEv2 only to refuse every proposal Windows can make (strongSwan with
    // keyexchange=ikev1 says NO_PROPOSAL_CHOSEN) is IKEv1-only for this PC all the same.
    const bool v2Refused = s.ikev2 && s.ikev2->refusesEverything();
    const bool v1Accepts = s.ikev1 && !s.ikev1->mainModeAccepted.empty();
    if (ikev2Profile && s.ikev2 && ((!v2 && v1) || (v2Refused && v1Accepts))) {
        auto& f = b.add(finding::ProposalVersionIkev1Only, Severity::Error);
        f.evidence["ikev2_answered"] = v2 ? "refused-every-proposal" : "false";
        f.evidence["ikev1_answered"] = "true";
        f.evidence["recommended_strategy"] = std::string(vpnStrategyId(VpnStrategy::L2tpOnly));
        if (!c.subject.profile.empty()) {
            f.remediations.push_back(std::string(fix::kProfileTunnelType));
        }
    }
    if (!ikev2Profile && s.ikev1 && !v1 && v2) {
        auto& f = b.add(finding::ProposalVersionIkev2Only, Severity::Error);
        f.evidence["ikev2_answered"] = "true";
        f.evidence["ikev1_answered"] = "false";
        f.evidence["recommended_strategy"] = std::string(vpnStrategyId(VpnStrategy::Ikev2Only));
        if (!c.subject.profile.empty()) {
            f.remediations.push_back(std::string(fix::kProfileTunnelType));
        }
    }
}

void checkPhase2(const ProposalContext& c, const WindowsOffer& offer, const ServerAcceptance& s, Builder& b) {
    if (s.childSaRejectedInLogs) {
        auto& f = b.add(finding::ProposalPhase2NoCommonProposal, Severity::Error);
        f.evidence["windows_offers_esp"] = describe(offer.esp);
        f.evidence["source"] = "logs";
        if (!s.espAccepted.empty()) {
            f.evidence["server_accepts_esp"] = describe(s.espAccepted);
        }
    }
    if (s.espAccepted.empty() || !offer.customPolicy) {
        return;
    }
    // PFS: the first CHILD SA has no KE in IKEv2, so a mismatch only breaks the first rekey.
    const auto pfs = ike::espProposal(*offer.customPolicy).dh;
    std::set<DhGroup> serverPfs;
    bool serverWithoutPfs = false;
    for (const auto& p : s.espAccepted) {
        serverWithoutPfs = serverWithoutPfs || p.dh.empty() || p.dh == std::vector<DhGroup>{DhGroup::None};
        serverPfs.insert(p.dh.begin(), p.dh.end());
    }
    const bool ok = pfs.empty() ? serverWithoutPfs : serverPfs.count(pfs.front()) > 0;
    if (!ok) {
        auto& f = b.add(finding::ProposalProfilePfsMismatch, Severity::Warning);
        f.evidence["windows_pfs"] = pfs.empty() ? "none" : ike::keyword(pfs.front());
        f.evidence["server_accepts_esp"] = describe(s.espAccepted);
        f.evidence["fails_at"] = "first-rekey";
        if (auto policy =
                recommendPolicy(s.ikev2 ? s.ikev2->accepted : std::vector<Proposal>{}, s.espAccepted)) {
            b.offerPolicyFix(f, *policy);
        }
    }
    (void)c;
}

void checkLocal(const ProposalContext& c, const WindowsOffer* offer, Builder& b) {
    if (c.subject.customPolicyUnreadable) {
        auto& f = b.add(finding::ProposalProfileCustomPolicyUnreadable, Severity::Warning);
        f.evidence["num_custom_policy"] = std::to_string(c.subject.numCustomPolicy);
    }
    if (offer && offer->customPolicy) {
        if (const auto weak = weakAlgorithms(offer->ike.front()); !weak.empty()) {
            auto& f = b.add(finding::ProposalWeakCrypto, Severity::Warning);
            f.evidence["side"] = "profile";
            f.evidence["windows_offers"] = describe(offer->ike);
            f.evidence["weak_algorithms"] = join(weak);
        }
    }
    // Context for phase 2: a faulty offload driver breaks ESP after phase 1 worked.
    std::string offloading;
    for (const auto& nic : c.config.nicOffload) {
        if (nic.enabled() && offloading.find(nic.adapter) == std::string::npos) {
            offloading +=
                (offloading.empty() ? "" : ", ") + nic.adapter + " (" + nic.keyword + "=" + nic.value + ")";
        }
    }
    if (!offloading.empty()) {
        auto& f = b.add(finding::ProposalPhase2NicOffloadEnabled, Severity::Info);
        f.evidence["adapters"] = offloading;
    }
    if (c.subject.tunnel == TunnelType::L2tp) {
        if (vpn::effectiveDword(c.config, vpn::reg::kProhibitIpsec) == 1) {
            auto& f = b.add(finding::ProposalL2tpIpsecProhibited, Severity::Warning);
            f.evidence["registry"] = "ProhibitIpSec=1";
        }
        if (vpn::effectiveDword(c.config, vpn::reg::kAllowL2tpWeakCrypto) == 1) {
            auto& f = b.add(finding::ProposalL2tpWeakCryptoAllowed, Severity::Warning);
            f.evidence["registry"] = "AllowL2TPWeakCrypto=1";
        }
    }
}

} // namespace

ProposalContext contextForProfile(const VpnProfile& profile, const VpnConfiguration& config,
                                  const std::string& osBuild) {
    ProposalContext c;
    c.subject.profile = profile.name;
    c.subject.scope = profile.scope;
    c.subject.phonebookPath = profile.phonebook;
    c.subject.server = profile.server;
    c.subject.tunnel = profile.tunnel;
    c.subject.numCustomPolicy = profile.numCustomPolicy;
    c.subject.customPolicyUnreadable = profile.numCustomPolicy > 0 && !profile.customPolicy;
    c.inputs = offerInputs(profile, config, osBuild);
    c.config = config;
    return c;
}

std::vector<Finding> checkProfiles(const SystemSnapshot& snapshot) {
    std::vector<Finding> out;
    if (!snapshot.vpn) {
        return out;
    }
    for (const auto& profile : snapshot.vpn->profiles) {
        for (auto& f : checkProposals(contextForProfile(profile, *snapshot.vpn, snapshot.machine.osBuild))) {
            // Facts of the PC, not of a profile: said on the Proposals page, not once per profile.
            if (f.id != finding::ProposalServerNotProbed.id && f.id != finding::ProposalProfileNotIpsec.id &&
                f.id != finding::ProposalPhase2NicOffloadEnabled.id) {
                out.push_back(std::move(f));
            }
        }
    }
    return out;
}

std::vector<Finding> checkProposals(const ProposalContext& c) {
    auto offer = windowsOffer(c.inputs);
    Builder b(c, offer ? &*offer : nullptr);
    if (!offer) {
        b.add(finding::ProposalProfileNotIpsec, Severity::Info);
        return b.take();
    }
    checkLocal(c, &*offer, b);
    if (!c.server) {
        auto& f = b.add(finding::ProposalServerNotProbed, Severity::Info);
        f.evidence["windows_offers"] = describe(offer->ike);
        f.evidence["windows_offers_esp"] = describe(offer->esp);
        f.evidence["key_share"] = ike::keyword(offer->keyShare);
        return b.take();
    }
    const auto& s = *c.server;
    if (!s.reachable) {
        auto& f = b.add(finding::ProposalServerUnreachable, Severity::Warning);
        f.evidence["windows_offers"] = describe(offer->ike);
        return b.take();
    }
    checkVersions(c, s, b);
    if (offer->version == IkeVersion::Ikev2 && s.ikev2 && s.ikev2->answered) {
        checkIkev2(c, *offer, *s.ikev2, b);
    }
    if (offer->version == IkeVersion::Ikev1 && s.ikev1) {
        checkIkev1(c, *offer, *s.ikev1, b);
    }
    // KB926179: Windows refuses L2TP/IPsec SAs with a *server* behind NAT unless
    // AssumeUDPEncapsulationContextOnSendRule is 1 (server behind NAT) or 2 (both behind NAT). A PC
    // behind a home router talking to a public server needs nothing; IKEv2 negotiates NAT-T itself.
    // The fix writes 2, which covers both cases.
    if (s.serverBehindNat && offer->version == IkeVersion::Ikev1) {
        const auto value = vpn::effectiveDword(c.config, vpn::reg::kAssumeUdpEncapsulation);
        const std::uint32_t needed = s.clientBehindNat ? 2 : 1;
        if (value != 2 && value != needed) {
            auto& f = b.add(finding::ProposalNatTEncapsulationRuleMissing, Severity::Error);
            const auto* fact = c.config.findRegistry(vpn::reg::kAssumeUdpEncapsulation);
            f.evidence["assume_udp_encapsulation"] =
                fact && fact->present ? (fact->dword ? std::to_string(*fact->dword) : "not-a-dword")
                                      : "absent";
            f.evidence["nat_detected"] = "true";
            f.evidence["server_behind_nat"] = "true";
            f.evidence["client_behind_nat"] = s.clientBehindNat ? "true" : "false";
            f.evidence["needed_value"] = std::to_string(needed);
            f.remediations.push_back(std::string(fix::kAssumeUdpEncapsulation));
        }
    }
    checkPhase2(c, *offer, s, b);
    return b.take();
}

} // namespace ipsecdoctor::proposals
