#include "ipsecdoctor/diagnosis/diagnosis.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace ipsecdoctor {
namespace {

constexpr int kMaxConfidence = 98;
constexpr int kLocalCauseThreshold = 60; // a local cause this sure explains the failure

bool isLogFinding(const Finding& f) {
    return f.id.starts_with("logs.");
}

std::optional<std::uint32_t> codeOf(const Finding& f) {
    auto it = f.evidence.find("code");
    return it == f.evidence.end() ? std::nullopt : parseCodeText(it->second);
}

std::optional<CodeStage> stageOf(const Finding& f) {
    auto it = f.evidence.find("stage");
    return it == f.evidence.end() ? std::nullopt : codeStageFromId(it->second);
}

int countOf(const Finding& f) {
    auto it = f.evidence.find("count");
    if (it == f.evidence.end()) {
        return 1;
    }
    int n = 1;
    auto [ptr, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), n);
    return ec == std::errc() && ptr == it->second.data() + it->second.size() ? n : 1;
}

/// Failures only: an informational log finding (an SA established) supports no cause.
bool isProblem(const Finding& f) {
    return f.severity >= Severity::Warning;
}

bool matchesAny(const std::vector<std::string_view>& patterns, const std::string& id) {
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](std::string_view p) { return matchesPattern(p, id); });
}

void addRemediations(const Finding& f, std::vector<std::string>& out) {
    for (const auto& r : f.remediations) {
        if (std::find(out.begin(), out.end(), r) == out.end()) {
            out.push_back(r);
        }
    }
}

int phaseRank(IkePhase p) {
    switch (p) {
    case IkePhase::Local:
        return 0;
    case IkePhase::Transport:
        return 1;
    case IkePhase::Phase1:
        return 2;
    case IkePhase::Phase2:
        return 3;
    }
    return 4;
}

std::string exchangeOf(CodeStage stage, const std::string& keyModule) {
    const bool v1 = keyModule == "ikev1";
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
        return "ppp";
    case CodeStage::LocalService:
    case CodeStage::Unknown:
        return {};
    }
    return {};
}

std::string evidenceValue(const Finding& f, const char* key) {
    auto it = f.evidence.find(key);
    return it == f.evidence.end() ? std::string() : it->second;
}

ProviderReport buildReport(const std::vector<Finding>& findings, const std::vector<RootCause>& causes) {
    ProviderReport r;
    std::map<Step, Severity> worst;
    for (const auto& f : findings) {
        auto [it, inserted] = worst.try_emplace(f.step, f.severity);
        if (!inserted) {
            it->second = std::max(it->second, f.severity);
        }
        const bool probeFailure = f.id.starts_with("connectivity.") || f.id.starts_with("proposal.");
        if ((isLogFinding(f) || probeFailure) && f.severity >= Severity::Error) {
            r.failures.push_back(f);
        }
    }
    r.checked.assign(worst.begin(), worst.end());
    std::stable_sort(r.failures.begin(), r.failures.end(),
                     [](const Finding& a, const Finding& b) { return countOf(a) > countOf(b); });
    const bool localExplains = std::any_of(causes.begin(), causes.end(), [](const RootCause& c) {
        return c.local && c.confidence >= kLocalCauseThreshold;
    });
    r.recommended = !r.failures.empty() && !localExplains;
    for (const auto& c : causes) {
        if (!c.local) {
            r.topCause = c.id;
            r.stage = c.stage;
            break;
        }
    }
    for (const auto& f : r.failures) {
        if (r.keyModule.empty()) {
            r.keyModule = evidenceValue(f, "key_module");
        }
        if (r.remoteAddress.empty()) {
            r.remoteAddress = evidenceValue(f, "remote_address");
        }
        if (r.stage == CodeStage::Unknown) {
            if (auto s = stageOf(f)) {
                r.stage = *s;
            }
        }
    }
    r.exchange = exchangeOf(r.stage, r.keyModule);
    return r;
}

} // namespace

bool matchesPattern(std::string_view pattern, std::string_view id) {
    // Iterative glob with backtracking to the last '*': linear enough for ids of ~60 chars.
    std::size_t p = 0, s = 0, starP = std::string_view::npos, starS = 0;
    while (s < id.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starS = s;
        } else if (p < pattern.size() && pattern[p] == id[s]) {
            ++p;
            ++s;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            s = ++starS;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

RootCause evaluateRule(const DiagnosisRule& rule, const std::vector<Finding>& findings) {
    RootCause cause;
    cause.id = std::string(rule.cause);
    cause.stage = rule.stage;
    cause.phase = phaseOfStage(rule.stage);
    cause.local = rule.local;
    std::vector<Finding> anchors, logs, supports;
    int codeAlone = 0;
    int repeated = 0;
    for (const auto& f : findings) {
        if (!isProblem(f)) {
            continue;
        }
        if (matchesAny(rule.anchors, f.id)) {
            anchors.push_back(f);
            continue;
        }
        if (matchesAny(rule.supports, f.id)) {
            supports.push_back(f);
            continue;
        }
        if (!isLogFinding(f)) {
            continue;
        }
        bool matched = false;
        // A quick-mode failure is never explained by a phase 1 rule, whatever its code (13868).
        const auto stage = stageOf(f);
        const bool phase2Only = stage && *stage == CodeStage::Phase2 && rule.stage != CodeStage::Phase2 &&
                                rule.stage != CodeStage::LocalService;
        if (auto code = codeOf(f); code && !phase2Only) {
            for (const auto& [c, alone] : rule.codes) {
                if (c == *code) {
                    matched = true;
                    codeAlone = std::max(codeAlone, alone);
                }
            }
        }
        if (!matched && stage && rule.logStageConfidence > 0 &&
            std::find(rule.logStages.begin(), rule.logStages.end(), *stage) != rule.logStages.end()) {
            matched = true;
            codeAlone = std::max(codeAlone, rule.logStageConfidence);
        }
        if (matched) {
            logs.push_back(f);
            repeated = std::max(repeated, countOf(f));
        }
    }
    int confidence = 0;
    if (!anchors.empty()) {
        confidence =
            rule.anchorConfidence + 5 * (static_cast<int>(anchors.size()) - 1) + (logs.empty() ? 0 : 10);
    } else if (codeAlone > 0) {
        confidence = codeAlone;
    } else {
        return cause; // supports alone establish nothing
    }
    confidence += 5 * static_cast<int>(supports.size());
    if (repeated >= 3) {
        confidence += 5; // the same failure again and again is not a glitch
    }
    cause.confidence = std::min(confidence, kMaxConfidence);
    for (auto* group : {&anchors, &logs, &supports}) {
        for (auto& f : *group) {
            addRemediations(f, cause.remediations);
            cause.evidence.push_back(std::move(f));
        }
    }
    return cause;
}

Diagnosis diagnose(const std::vector<Finding>& findings) {
    Diagnosis d;
    for (const auto& rule : diagnosisRules()) {
        auto cause = evaluateRule(rule, findings);
        if (cause.confidence > 0) {
            d.causes.push_back(std::move(cause));
        }
    }
    // Best first; at equal confidence the earlier phase, whose failure hides the later ones.
    std::stable_sort(d.causes.begin(), d.causes.end(), [](const RootCause& a, const RootCause& b) {
        if (a.confidence != b.confidence) {
            return a.confidence > b.confidence;
        }
        return phaseRank(a.phase) < phaseRank(b.phase);
    });
    d.provider = buildReport(findings, d.causes);
    return d;
}

} // namespace ipsecdoctor
