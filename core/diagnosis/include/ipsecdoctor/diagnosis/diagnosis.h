#pragma once
// The diagnosis: the findings of every step, judged for the connection under diagnosis, combined
// into root causes. A cause is listed only where its preconditions hold (tunnel type, sign-in
// method) and something fails; its certainty comes from the kind of evidence (a server's answer
// or a decisive fact proves, a code alone makes likely, a configuration fact alone is possible);
// a later stage that answered rules out causes of earlier stages; consequences are shown under
// their root. Rules are data (diagnosis_rules.cpp). No prose: the app words it.
#include "ipsecdoctor/knowledge/cause_ids.h"
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/model/connection.h"
#include "ipsecdoctor/model/finding.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipsecdoctor {

/// How sure a cause is, from the kind of its evidence; never a percentage.
enum class Certainty { Possible, Likely, Proven };
std::string_view certaintyId(Certainty c); // "possible" | "likely" | "proven"

struct RootCause {
    std::string id; // "cause.certificate.untrusted"
    CodeStage stage = CodeStage::Unknown;
    IkePhase phase = IkePhase::Local;
    Certainty certainty = Certainty::Possible;
    bool local = false;                    // can be fixed on this PC (otherwise the server or the network)
    bool factual = false;                  // a finding of a check (not only a code in the logs) shows it
    std::vector<Finding> evidence;         // what supports it, strongest first
    std::vector<Finding> against;          // what speaks against it (shown, never hidden)
    std::vector<Finding> consequences;     // problems it explains (BFE stopped ⇒ IKEEXT cannot start)
    std::vector<std::string> remediations; // best first, no duplicates
    bool operator==(const RootCause&) const = default;
};

/// What the VPN provider needs to know: where it failed as proven, with which codes and when,
/// and what was already checked here. The app writes it as a message in a chosen language.
struct ProviderReport {
    bool recommended = false; // failures seen and nothing on this PC explains them
    CodeStage stage = CodeStage::Unknown;
    std::string exchange;          // "ike-sa-init" | "ike-auth" | "main-mode" | "quick-mode" | "ppp" | ""
    std::string keyModule;         // "ikev1" | "ikev2" | ""
    std::string remoteAddress;     // the server as the logs name it
    std::vector<Finding> failures; // log/probe findings with codes and times, most frequent first
    std::vector<std::pair<Step, Severity>> checked; // every step that produced findings, worst severity
    std::string topCause;                           // id of the best cause outside this PC, if any
    bool operator==(const ProviderReport&) const = default;
};

struct Diagnosis {
    Connection connection;         // what the diagnosis is about (origin says how it was decided)
    bool connectionKnown = false;  // false: no profile chosen or found, rules could not be scoped
    std::vector<RootCause> causes; // best first
    /// Problems that are no cause of a failure here: configuration facts with nothing failing, and
    /// failures that later successful dials of the same connection made history.
    std::vector<Finding> notes;
    ProviderReport provider;
};

/// How strongly one kind of evidence establishes a cause.
enum class Strength { Possible, Likely, Proves };

struct EvidenceRule {
    std::string_view pattern; // finding id ('*' matches any text)
    Strength strength = Strength::Likely;
    Severity atLeast = Severity::Warning; // e.g. UDP 4500 blocked matters only where NAT makes it an error
};

struct CodeRule {
    std::uint32_t code = 0;
    Strength strength = Strength::Likely; // what the code says on its own
    bool establishes = true;              // false: it only corroborates a fact
};

/// Where a cause can apply: empty = any.
struct Applicability {
    std::vector<TunnelType> tunnels;
    std::vector<VpnAuthMethod> auths;
};

struct DiagnosisRule {
    std::string_view cause;
    CodeStage stage = CodeStage::Unknown;
    /// Fixed on this PC when a fact of this PC shows it (a code alone could be either side).
    bool local = false;
    Applicability applies;
    std::vector<EvidenceRule> anchors;      // findings that establish it
    std::vector<CodeRule> codes;            // failure codes in the logs that establish it
    std::vector<std::string_view> supports; // findings listed as evidence, establishing nothing alone
    std::vector<std::string_view> against;  // findings that contradict it
    /// Findings that disprove it (the server answered where the cause says nothing passes): with
    /// one of them the cause is not listed, whatever supports it.
    std::vector<std::string_view> refutedBy;
    /// Failure events of this stage without a code this rule knows establish it as possible.
    std::optional<CodeStage> logStage;
    /// A configuration fact: without a failure of the connection it is a note, not a cause.
    bool needsFailure = false;
    /// The server answering on UDP 500 rules it out (not so for UDP 4500 or the NAT-T rule).
    bool ruledOutByProbeAnswer = true;
    /// Fixed on this PC even from a code alone (a pre-shared key is retyped here).
    bool localFromCode = false;
};

std::span<const DiagnosisRule> diagnosisRules();

/// Evaluates one rule for a connection (nullptr: not known). nullopt when it does not apply.
std::optional<RootCause> evaluateRule(const DiagnosisRule& rule, const std::vector<Finding>& findings,
                                      const Connection* connection);

/// The diagnosis of the findings of every step for `connection` (nullptr: not known).
Diagnosis diagnose(const std::vector<Finding>& findings, const Connection* connection = nullptr);

} // namespace ipsecdoctor
