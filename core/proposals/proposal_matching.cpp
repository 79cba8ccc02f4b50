#include "ipsecdoctor/proposals/proposal_matching.h"

#include "ipsecdoctor/ike/proposal_strength.h"

#include <algorithm>
#include <utility>

namespace ipsecdoctor::proposals {
namespace {

using ike::DhGroup;
using ike::EncrId;
using ike::IntegId;
using ike::PrfId;
using ike::Proposal;

bool sameAlgorithms(const Proposal& a, const Proposal& b, bool compareDh) {
    if (a.encryption != b.encryption || a.integrity != b.integrity) {
        return false;
    }
    if (!a.prf.empty() && !b.prf.empty() && a.prf != b.prf) {
        return false;
    }
    return !compareDh || a.dh == b.dh;
}

bool anyPair(const std::vector<Proposal>& accepted, const Proposal& offered, bool compareDh) {
    for (const auto& o : offered.expand()) {
        for (const auto& acc : accepted) {
            for (const auto& a : acc.expand()) {
                if (sameAlgorithms(o, a, compareDh)) {
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

bool accepts(const std::vector<Proposal>& accepted, const Proposal& offered) {
    return anyPair(accepted, offered, true);
}

bool acceptsIgnoringGroup(const std::vector<Proposal>& accepted, const Proposal& offered) {
    return anyPair(accepted, offered, false);
}

std::vector<std::string> weakAlgorithms(const Proposal& p) {
    std::vector<std::string> weak;
    auto add = [&](std::string k) {
        if (std::find(weak.begin(), weak.end(), k) == weak.end()) {
            weak.push_back(std::move(k));
        }
    };
    for (const auto& e : p.encryption) {
        if (e.id == EncrId::Des || e.id == EncrId::TripleDes) {
            add(ike::keyword(e));
        }
    }
    for (auto i : p.integrity) {
        if (i == IntegId::HmacMd5_96 || i == IntegId::HmacSha1_96) {
            add(ike::keyword(i));
        }
    }
    for (auto prf : p.prf) {
        if (prf == PrfId::HmacMd5 || prf == PrfId::HmacSha1) {
            add(ike::keyword(ike::integForPrf(prf).value_or(IntegId::None)));
        }
    }
    for (auto g : p.dh) {
        if (g == DhGroup::Modp768 || g == DhGroup::Modp1024 || g == DhGroup::Modp1536) {
            add(ike::keyword(g));
        }
    }
    return weak;
}

std::optional<VpnIpsecPolicy> recommendPolicy(const std::vector<Proposal>& accepted,
                                              const std::vector<Proposal>& espAccepted) {
    std::optional<Proposal> best;
    for (const auto& candidate : ike::allWindowsCustomIkeProposals()) {
        if (accepts(accepted, candidate) && (!best || ike::stronger(candidate, *best))) {
            best = candidate;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    auto policy = ike::policyForIkeProposal(*best);
    if (!policy) {
        return std::nullopt;
    }
    // The probe stops at IKE_SA_INIT, so what the server accepts for ESP is rarely known. Then
    // ESP is the first proposal of Windows' own default offer (AES-256 with HMAC-SHA1-96, no PFS;
    // expert review E5), the likeliest to be accepted: a stronger ESP could turn a phase 1 fix into
    // a phase 2 failure. When the server's ESP set is known, take its strongest one Windows can send,
    // with the PFS group it accepts (None first: the first CHILD SA has no KE anyway).
    const auto matching =
        std::pair{policy->cipherTransformConstants, policy->authenticationTransformConstants};
    policy->cipherTransformConstants = CipherTransform::Aes256;
    policy->authenticationTransformConstants = AuthenticationTransform::Sha196;
    policy->pfsGroup = PfsGroup::None;
    if (!espAccepted.empty()) {
        // The ESP matching the IKE half's strength first, then the others, strongest first.
        const std::pair<CipherTransform, AuthenticationTransform> esps[] = {
            matching,
            {CipherTransform::GcmAes256, AuthenticationTransform::GcmAes256},
            {CipherTransform::GcmAes128, AuthenticationTransform::GcmAes128},
            {CipherTransform::Aes256, AuthenticationTransform::Sha256128},
            {CipherTransform::Aes128, AuthenticationTransform::Sha256128},
            {CipherTransform::Aes256, AuthenticationTransform::Sha196},
            {CipherTransform::Aes128, AuthenticationTransform::Sha196},
            {CipherTransform::Des3, AuthenticationTransform::Sha196}};
        bool chosen = false;
        for (const auto& [cipher, auth] : esps) {
            for (auto pfs : {PfsGroup::None, PfsGroup::Ecp384, PfsGroup::Ecp256, PfsGroup::Pfs2048,
                             PfsGroup::Pfs24, PfsGroup::Pfs2, PfsGroup::Pfs1}) {
                auto candidate = *policy;
                candidate.cipherTransformConstants = cipher;
                candidate.authenticationTransformConstants = auth;
                candidate.pfsGroup = pfs;
                if (validate(candidate) && accepts(espAccepted, ike::espProposal(candidate))) {
                    *policy = candidate;
                    chosen = true;
                    break;
                }
            }
            if (chosen) {
                break;
            }
        }
    }
    return *policy;
}

std::string describe(const std::vector<Proposal>& proposals) {
    std::string out;
    for (const auto& p : proposals) {
        out += (out.empty() ? "" : ", ") + p.toString();
    }
    return out;
}

std::optional<Proposal> strongestCommon(const std::vector<Proposal>& offered,
                                        const std::vector<Proposal>& accepted) {
    std::optional<Proposal> best;
    for (const auto& o : offered) {
        for (const auto& single : o.expand()) {
            if (accepts(accepted, single) && (!best || ike::stronger(single, *best))) {
                best = single;
            }
        }
    }
    return best;
}

} // namespace ipsecdoctor::proposals
