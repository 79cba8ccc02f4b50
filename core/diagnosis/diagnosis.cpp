#include "ipsecdoctor/diagnosis/diagnosis.h"

#include "evidence_facts.h"
#include "provider_report.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

using namespace diagnosis_detail;

bool matchesAny(const std::vector<std::string_view>& patterns, const std::string& id) {
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](std::string_view p) { return matchesPattern(p, id); });
}

const EvidenceRule* anchorFor(const DiagnosisRule& rule, const Finding& f) {
    for (const auto& a : rule.anchors) {
        if (f.severity >= a.atLeast && matchesPattern(a.pattern, f.id)) {
            return &a;
        }
    }
    return nullptr;
}

template <class T>
bool contains(const std::vector<T>& v, T x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

/// A rule whose preconditions the known connection contradicts does not apply. An unknown
/// tunnel type or sign-in method excludes nothing.
bool applies(const Applicability& a, const Connection* c) {
    if (!c) {
        return true;
    }
    if (!a.tunnels.empty() && c->tunnel != TunnelType::Unknown && !contains(a.tunnels, c->tunnel)) {
        return false;
    }
    if (!a.auths.empty() && c->auth != VpnAuthMethod::Unknown && !contains(a.auths, c->auth)) {
        return false;
    }
    return true;
}

void addRemediations(const Finding& f, std::vector<std::string>& out) {
    for (const auto& r : f.remediations) {
        if (std::find(out.begin(), out.end(), r) == out.end()) {
            out.push_back(r);
        }
    }
}

/// Of two fixes for one cause, the one that changes least first: NegotiateDH2048_AES256 only adds
/// proposals and keeps Windows' phase 2, a custom policy replaces both (and its ESP half is not
/// known to be accepted).
void preferSmallestChange(std::vector<std::string>& remediations) {
    std::stable_partition(remediations.begin(), remediations.end(), [](const std::string& r) {
        return r == "registry.negotiate-dh2048-aes256.enable";
    });
}

Certainty certaintyOf(Strength s) {
    switch (s) {
    case Strength::Proves:
        return Certainty::Proven;
    case Strength::Likely:
        return Certainty::Likely;
    case Strength::Possible:
        return Certainty::Possible;
    }
    return Certainty::Possible;
}

Certainty lower(Certainty c) {
    return c == Certainty::Proven ? Certainty::Likely : Certainty::Possible;
}

/// 13868 (no proposal chosen) is phase 1 in Main Mode and IKE_SA_INIT, phase 2 in Quick Mode:
/// the event's stage decides which rule it belongs to.
bool codeFits(const Finding& f, const DiagnosisRule& rule) {
    const auto stage = stageOf(f);
    if (!stage || *stage == CodeStage::Unknown || rule.stage == CodeStage::LocalService) {
        return true;
    }
    return (*stage == CodeStage::Phase2) == (rule.stage == CodeStage::Phase2);
}

/// A fix this PC can apply (a setting of the profile or the registry) makes a cause local: the
/// provider is not asked to change what this PC can.
bool hasLocalSettingFix(const std::vector<std::string>& remediations) {
    return std::any_of(remediations.begin(), remediations.end(), [](const std::string& r) {
        return r.starts_with("profile.") || r.starts_with("registry.");
    });
}

} // namespace

std::string_view certaintyId(Certainty c) {
    switch (c) {
    case Certainty::Proven:
        return "proven";
    case Certainty::Likely:
        return "likely";
    case Certainty::Possible:
        return "possible";
    }
    return "possible";
}

std::optional<RootCause> evaluateRule(const DiagnosisRule& rule, const std::vector<Finding>& findings,
                                      const Connection* connection) {
    if (!applies(rule.applies, connection)) {
        return std::nullopt;
    }
    RootCause cause;
    cause.id = std::string(rule.cause);
    cause.stage = rule.stage;
    cause.phase = phaseOfStage(rule.stage);
    cause.local = rule.local;
    std::vector<Finding> anchors, logs, supports;
    std::optional<Strength> anchorStrength, codeStrength;
    for (const auto& f : findings) {
        if (!isProblem(f)) {
            if (matchesAny(rule.refutedBy, f.id)) {
                return std::nullopt;
            }
            if (matchesAny(rule.against, f.id)) {
                cause.against.push_back(f);
            }
            continue;
        }
        if (const auto* a = anchorFor(rule, f)) {
            anchors.push_back(f);
            anchorStrength = std::max(anchorStrength.value_or(Strength::Possible), a->strength);
            continue;
        }
        if (matchesAny(rule.against, f.id)) {
            cause.against.push_back(f);
            continue;
        }
        if (matchesAny(rule.supports, f.id)) {
            supports.push_back(f);
            continue;
        }
        if (!isLogFinding(f)) {
            continue;
        }
        if (f.severity < Severity::Error || !codeFits(f, rule)) {
            continue;
        }
        const auto code = codeOf(f);
        const auto known = std::find_if(rule.codes.begin(), rule.codes.end(),
                                        [&](const CodeRule& c) { return code && *code == c.code; });
        if (known != rule.codes.end()) {
            logs.push_back(f);
            if (known->establishes) {
                codeStrength = std::max(codeStrength.value_or(Strength::Possible), known->strength);
            }
        } else if (rule.logStage && stageOf(f) == rule.logStage && !(code && findErrorCode(*code))) {
            // A failure of this stage with no code the knowledge base reads otherwise.
            logs.push_back(f);
            codeStrength = std::max(codeStrength.value_or(Strength::Possible), Strength::Possible);
        }
    }
    if (!anchorStrength && !codeStrength) {
        return std::nullopt; // supports alone establish nothing
    }
    Certainty certainty = certaintyOf(
        std::max(anchorStrength.value_or(Strength::Possible), codeStrength.value_or(Strength::Possible)));
    // A fact of this PC that a failure of the same kind confirms is proven.
    if (anchorStrength && codeStrength && certainty == Certainty::Likely) {
        certainty = Certainty::Proven;
    }
    if (!cause.against.empty()) {
        certainty = lower(certainty);
    }
    cause.certainty = certainty;
    const bool anchored = !anchors.empty();
    cause.factual = anchored;
    for (auto* group : {&anchors, &logs, &supports}) {
        for (auto& f : *group) {
            addRemediations(f, cause.remediations);
            cause.evidence.push_back(std::move(f));
        }
    }
    cause.local = (rule.local && (anchored || rule.localFromCode)) || hasLocalSettingFix(cause.remediations);
    preferSmallestChange(cause.remediations);
    return cause;
}

Diagnosis diagnose(const std::vector<Finding>& all, const Connection* connection) {
    Diagnosis d;
    if (connection) {
        d.connection = *connection;
        d.connectionKnown = true;
    }
    auto split = splitHistory(all, connection);
    const auto& findings = split.current;
    d.notes = std::move(split.history);
    const bool failing = hasFailure(findings);
    const int passedByLogs = passedStageRank(findings, connection, false);
    const int passedByAll = passedStageRank(findings, connection, true);
    const int reachedByLogs = reachedStageRank(findings, connection);
    // The probe's answers prove the stages up to theirs were reached.
    const int reached = reachedByLogs < 0 ? -1 : std::max(reachedByLogs, passedByAll + 1);
    for (const auto& rule : diagnosisRules()) {
        auto cause = evaluateRule(rule, findings, connection);
        if (!cause) {
            continue;
        }
        // A configuration fact with nothing failing, or a stage that a later one proves passed,
        // is context: a note, not a cause.
        const int rank = stageRank(rule.stage, connection);
        const bool ruledOutByLaterStage = rule.stage != CodeStage::LocalService &&
                                          rank <= (rule.ruledOutByProbeAnswer ? passedByAll : passedByLogs);
        // The dials stop before this stage and nothing of its own failed: it may fail next, but it
        // is not why they fail now (a missing server CA while IKE_SA_INIT is refused).
        const bool notReachedYet = reached >= 0 && rank > reached && cause->certainty != Certainty::Proven &&
                                   std::none_of(cause->evidence.begin(), cause->evidence.end(),
                                                [](const Finding& f) { return isLogFinding(f); });
        if ((rule.needsFailure && !failing) || ruledOutByLaterStage || notReachedYet) {
            for (auto& f : cause->evidence) {
                if (isLogFinding(f)) {
                    continue; // failures stay with the stage that explains them
                }
                if (std::find(d.notes.begin(), d.notes.end(), f) == d.notes.end()) {
                    d.notes.push_back(std::move(f));
                }
            }
            continue;
        }
        // A cause with rules per tunnel type is listed once (with no known connection both may
        // hold): the more certain half.
        if (auto same = std::find_if(d.causes.begin(), d.causes.end(),
                                     [&](const RootCause& c) { return c.id == cause->id; });
            same != d.causes.end()) {
            if (cause->certainty > same->certainty) {
                *same = std::move(*cause);
            }
            continue;
        }
        d.causes.push_back(std::move(*cause));
    }
    groupConsequences(d.causes);
    dropExplainedCauses(d.causes);
    applyGates(d.causes, d.notes);
    rankCauses(d.causes, connection);
    d.provider = buildProviderReport(findings, d.causes, connection);
    return d;
}

} // namespace ipsecdoctor
