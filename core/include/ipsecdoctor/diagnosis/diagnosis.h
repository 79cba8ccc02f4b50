#pragma once
// The diagnosis: findings of every step (services, connectivity, proposals, certificates, logs)
// combined into ranked root causes, each with a confidence and the evidence chain that supports
// it, and — when nothing on this PC explains the failure — the facts for a message to the VPN
// provider. Rules are data (diagnosis_rules.cpp) scored by small pure functions. No prose.
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/model/finding.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipsecdoctor {

struct RootCause {
    std::string id; // "cause.certificate.untrusted"
    CodeStage stage = CodeStage::Unknown;
    IkePhase phase = IkePhase::Local;
    int confidence = 0;                    // 0..100
    bool local = false;                    // can be fixed on this PC (otherwise the server or the network)
    std::vector<Finding> evidence;         // the chain, strongest first
    std::vector<std::string> remediations; // from the evidence, best first, no duplicates
    bool operator==(const RootCause&) const = default;
};

/// What the VPN provider needs to know: where it failed, with which codes, when, and what was
/// already checked here. The app writes it as a message in the user's language.
struct ProviderReport {
    bool recommended = false; // failures seen and no local cause explains them
    CodeStage stage = CodeStage::Unknown;
    std::string exchange;          // "ike-sa-init" | "ike-auth" | "main-mode" | "quick-mode" | "ppp" | ""
    std::string keyModule;         // "ikev1" | "ikev2" | ""
    std::string remoteAddress;     // the server as the logs name it
    std::vector<Finding> failures; // log/probe findings with codes and times, most frequent first
    std::vector<std::pair<Step, Severity>> checked; // every step that produced findings, worst severity
    std::string topCause;                           // id of the best non-local cause, if any
    bool operator==(const ProviderReport&) const = default;
};

struct Diagnosis {
    std::vector<RootCause> causes; // best first
    ProviderReport provider;
};

/// One rule: the findings that establish a cause, the codes in logs that corroborate it (with
/// the confidence a code gives on its own, 0 = corroborates only), supporting findings.
struct DiagnosisRule {
    std::string_view cause;
    CodeStage stage = CodeStage::Unknown;
    bool local = false;
    int anchorConfidence = 0;
    std::vector<std::string_view> anchors; // finding-id patterns ('*' matches any text)
    std::vector<std::pair<std::uint32_t, int>> codes;
    std::vector<std::string_view> supports; // finding-id patterns adding confidence
    std::vector<CodeStage> logStages;       // log findings of these stages establish it too
    int logStageConfidence = 0;
};

std::span<const DiagnosisRule> diagnosisRules();

/// '*' matches any run of characters (including dots); everything else literally.
bool matchesPattern(std::string_view pattern, std::string_view id);

/// Scores one rule against the findings; confidence 0 when it does not apply.
RootCause evaluateRule(const DiagnosisRule& rule, const std::vector<Finding>& findings);

Diagnosis diagnose(const std::vector<Finding>& findings);

} // namespace ipsecdoctor
