#include "provider_report.h"

#include "evidence_facts.h"

#include <algorithm>
#include <map>

namespace ipsecdoctor::diagnosis_detail {
namespace {

/// The exchange a stage happened in. With IKEv2 there is no PPP: EAP runs inside IKE_AUTH
/// (RFC 7296 §2.16); with L2TP, user authentication is PPP inside the IPsec SA.
std::string exchangeOf(CodeStage stage, const std::string& keyModule, const Connection* connection) {
    const bool v1 = keyModule == "ikev1" || (keyModule.empty() && connection && connection->isL2tp());
    const bool v2 = keyModule == "ikev2" || (keyModule.empty() && connection && connection->isIkev2());
    switch (stage) {
    case CodeStage::Transport:
    case CodeStage::Phase1Proposal:
        return v1 ? "main-mode" : "ike-sa-init";
    case CodeStage::Phase1Auth:
    case CodeStage::Certificate:
        return v1 ? "main-mode" : "ike-auth";
    case CodeStage::Phase2:
        return v1 ? "quick-mode" : "ike-auth";
    case CodeStage::UserAuth:
        return v2 ? "ike-auth" : "ppp";
    case CodeStage::LocalService:
    case CodeStage::Unknown:
        return {};
    }
    return {};
}

bool isProbeFailure(const Finding& f) {
    return f.id.starts_with("connectivity.") || f.id.starts_with("proposal.");
}

} // namespace

ProviderReport buildProviderReport(const std::vector<Finding>& findings, const std::vector<RootCause>& causes,
                                   const Connection* connection) {
    ProviderReport r;
    std::map<Step, Severity> worst;
    for (const auto& f : findings) {
        auto [it, inserted] = worst.try_emplace(f.step, f.severity);
        if (!inserted) {
            it->second = std::max(it->second, f.severity);
        }
        if ((isLogFinding(f) || isProbeFailure(f)) && f.severity >= Severity::Error) {
            r.failures.push_back(f);
        }
    }
    r.checked.assign(worst.begin(), worst.end());
    std::stable_sort(r.failures.begin(), r.failures.end(),
                     [](const Finding& a, const Finding& b) { return countOf(a) > countOf(b); });
    const bool localExplains = std::any_of(causes.begin(), causes.end(), [](const RootCause& c) {
        return c.local && c.certainty >= Certainty::Likely;
    });
    r.recommended = !r.failures.empty() && !localExplains;
    for (const auto& c : causes) {
        if (!c.local) {
            r.topCause = c.id;
            r.stage = c.stage;
            break;
        }
    }
    // Without a cause outside this PC, the furthest stage the failures reached is the one proven.
    int furthest = -1;
    for (const auto& f : r.failures) {
        if (r.keyModule.empty()) {
            r.keyModule = evidenceValue(f, "key_module");
        }
        if (r.remoteAddress.empty()) {
            r.remoteAddress = evidenceValue(f, "remote_address");
        }
        if (r.topCause.empty()) {
            if (auto s = stageOf(f); s && stageRank(*s, connection) > furthest) {
                furthest = stageRank(*s, connection);
                r.stage = *s;
            }
        }
    }
    if (r.keyModule.empty() && connection) {
        r.keyModule = connection->isIkev2() ? "ikev2" : connection->isL2tp() ? "ikev1" : "";
    }
    if (r.remoteAddress.empty() && connection) {
        r.remoteAddress = connection->server;
    }
    r.exchange = exchangeOf(r.stage, r.keyModule, connection);
    return r;
}

} // namespace ipsecdoctor::diagnosis_detail
