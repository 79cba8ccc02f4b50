// The diagnosis on the seed's failure scenarios. Findings of the other steps carry the ids of
// the finding-id contract (helper brief); services and logs findings come from the real checks.
#include "event_samples.h"
#include "windows10_services.h"

#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;

namespace {

Finding contract(const std::string& id, Severity severity, Step step, IkePhase phase,
                 std::map<std::string, std::string> evidence = {},
                 std::vector<std::string> remediations = {}) {
    Finding f;
    f.id = id;
    f.severity = severity;
    f.step = step;
    f.phase = phase;
    f.evidence = std::move(evidence);
    f.remediations = std::move(remediations);
    return f;
}

/// A healthy Windows 10 PC whose logs hold these events; `bend` changes the services.
struct Machine {
    SystemSnapshot snapshot;
    std::vector<Finding> extra; // findings of the probe and certificate steps

    Machine() {
        snapshot.collectedAt = "2026-11-27T10:00:00Z";
        snapshot.services = ipsecdoctor::testing::windows10Services();
        snapshot.logs = LogsInfo{};
        snapshot.logs->source = "live";
    }
    Machine& event(const std::string& xml) {
        auto e = parseEventXml(xml);
        EXPECT_TRUE(e);
        snapshot.logs->events.push_back(*e);
        return *this;
    }
    Machine& dialFailed(const std::string& code, int times = 1) {
        for (int i = 0; i < times; ++i) {
            event(ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:" + std::to_string(12 + i) + ":00Z",
                                                         code));
        }
        return *this;
    }
    Machine& with(Finding f) {
        extra.push_back(std::move(f));
        return *this;
    }
    Diagnosis diagnose() const {
        auto findings = runChecks(snapshot);
        findings.insert(findings.end(), extra.begin(), extra.end());
        return ipsecdoctor::diagnose(findings);
    }
};

bool hasEvidence(const RootCause& c, const std::string& id) {
    return std::any_of(c.evidence.begin(), c.evidence.end(), [&](const Finding& f) { return f.id == id; });
}

} // namespace

TEST(Diagnosis, Phase1ProposalMismatch) {
    const auto d = Machine()
                       .with(contract("proposal.ikev2.windows-default-rejected", Severity::Error,
                                      Step::Proposals, IkePhase::Phase1, {{"notify", "NO_PROPOSAL_CHOSEN"}}))
                       .dialFailed("13868", 2)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    const auto& top = d.causes.front();
    EXPECT_EQ(top.id, "cause.phase1.proposal-mismatch");
    EXPECT_GE(top.confidence, 85);
    EXPECT_FALSE(top.local);
    EXPECT_TRUE(hasEvidence(top, "proposal.ikev2.windows-default-rejected"));
    EXPECT_TRUE(hasEvidence(top, "logs.rasclient.error"));
    EXPECT_TRUE(d.provider.recommended) << "the server must change, or the profile be aligned with it";
    EXPECT_EQ(d.provider.exchange, "ike-sa-init");
}

TEST(Diagnosis, Phase2Mismatch) {
    const auto d =
        Machine()
            .with(contract("proposal.ikev2.accepted", Severity::Info, Step::Proposals, IkePhase::Phase1))
            .event(ipsecdoctor::testing::securityEventXml(4654, "2026-11-27T09:12:00Z",
                                                          {{"RemoteAddress", "203.0.113.10"},
                                                           {"KeyModName", "%%8222"},
                                                           {"FailurePoint", "%%8200"},
                                                           {"FailureReason", "Policy match error"}}))
            .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase2.mismatch");
    EXPECT_EQ(d.provider.exchange, "quick-mode");
    EXPECT_EQ(d.provider.remoteAddress, "203.0.113.10");
}

TEST(Diagnosis, AggressiveModeOnlyServer) {
    const auto d = Machine()
                       .with(contract("proposal.ikev1.aggressive-only", Severity::Error, Step::Proposals,
                                      IkePhase::Phase1))
                       .with(contract("proposal.ikev1.aggressive-mode-answered", Severity::Warning,
                                      Step::Proposals, IkePhase::Phase1))
                       .dialFailed("809")
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase1.aggressive-mode-only");
}

TEST(Diagnosis, PolicyAgentDisabled) {
    Machine m;
    for (auto& s : m.snapshot.services) {
        if (s.name == "PolicyAgent") {
            s.startType = StartType::Disabled;
        }
    }
    const auto d = m.dialFailed("791", 3).diagnose();
    ASSERT_FALSE(d.causes.empty());
    const auto& top = d.causes.front();
    EXPECT_EQ(top.id, "cause.local.policyagent-unavailable");
    EXPECT_TRUE(top.local);
    EXPECT_GE(top.confidence, 95);
    EXPECT_TRUE(hasEvidence(top, "service.policyagent.disabled"));
    ASSERT_FALSE(top.remediations.empty());
    EXPECT_EQ(top.remediations.front(), "service.policyagent.set-default-start");
    EXPECT_FALSE(d.provider.recommended) << "a local cause explains it: nothing to ask the provider";
}

TEST(Diagnosis, CertificateUntrustedBeatsTheGenericAuthenticationCause) {
    const auto d = Machine()
                       .with(contract("certificate.server-ca.not-installed", Severity::Error,
                                      Step::Certificates, IkePhase::Phase1, {{"ca", "CN=Example VPN CA"}}))
                       .with(contract("certificate.chain.untrusted-root", Severity::Error, Step::Certificates,
                                      IkePhase::Phase1))
                       .dialFailed("13801", 3)
                       .diagnose();
    ASSERT_GE(d.causes.size(), 2u);
    EXPECT_EQ(d.causes.front().id, "cause.certificate.untrusted");
    EXPECT_TRUE(hasEvidence(d.causes.front(), "logs.rasclient.error"));
    EXPECT_EQ(d.causes[1].id, "cause.phase1.authentication");
    EXPECT_LT(d.causes[1].confidence, d.causes.front().confidence);
}

TEST(Diagnosis, CertificateExpired) {
    const auto d = Machine()
                       .with(contract("certificate.machine.expired", Severity::Error, Step::Certificates,
                                      IkePhase::Phase1))
                       .dialFailed("-2146762495")
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.expired");
    EXPECT_TRUE(d.causes.front().local);
}

TEST(Diagnosis, NatTRegistryValueMissing) {
    const auto d = Machine()
                       .with(contract("proposal.nat-t.encapsulation-rule-missing", Severity::Error,
                                      Step::Proposals, IkePhase::Transport, {}, {}))
                       .with(contract("connectivity.nat.detected", Severity::Warning, Step::Connectivity,
                                      IkePhase::Transport))
                       .dialFailed("809", 2)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.transport.nat-t-registry");
    EXPECT_TRUE(hasEvidence(d.causes.front(), "connectivity.nat.detected"));
}

TEST(Diagnosis, TransportBlocked) {
    const auto d = Machine()
                       .with(contract("connectivity.udp500.timeout", Severity::Error, Step::Connectivity,
                                      IkePhase::Transport, {{"retries", "3"}}))
                       .event(ipsecdoctor::testing::mainModeFailedXml(
                           "2026-11-27T09:12:00Z", "Negotiation timed out", "%%8222", "%%8199"))
                       .dialFailed("809")
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.transport.blocked");
    EXPECT_GE(d.causes.front().confidence, 90);
    EXPECT_TRUE(d.provider.recommended);
    EXPECT_EQ(d.provider.stage, CodeStage::Transport);
    EXPECT_EQ(d.provider.keyModule, "ikev1");
    EXPECT_EQ(d.provider.exchange, "main-mode");
}

TEST(Diagnosis, NothingLocalExplainsAnAuthenticationFailure) {
    const auto d = Machine().dialFailed("13801", 3).diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase1.authentication");
    EXPECT_TRUE(d.provider.recommended);
    EXPECT_EQ(d.provider.topCause, "cause.phase1.authentication");
    ASSERT_FALSE(d.provider.failures.empty());
    EXPECT_EQ(d.provider.failures.front().evidence.at("count"), "3");
    const auto services = std::find_if(d.provider.checked.begin(), d.provider.checked.end(),
                                       [](const auto& s) { return s.first == Step::Services; });
    ASSERT_NE(services, d.provider.checked.end());
    EXPECT_EQ(services->second, Severity::Ok);
}

TEST(Diagnosis, AHealthyMachineHasNoCause) {
    const auto d = Machine().diagnose();
    EXPECT_TRUE(d.causes.empty());
    EXPECT_FALSE(d.provider.recommended);
}

TEST(Diagnosis, EveryRuleNamesItsCauseFromItsOwnEvidence) {
    for (const auto& rule : diagnosisRules()) {
        std::vector<Finding> findings;
        if (!rule.anchors.empty()) {
            std::string id(rule.anchors.front());
            std::replace(id.begin(), id.end(), '*', 'x');
            findings.push_back(contract(id, Severity::Error, Step::Services, IkePhase::Local));
        } else {
            const auto strongest =
                std::max_element(rule.codes.begin(), rule.codes.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
            ASSERT_NE(strongest, rule.codes.end()) << rule.cause;
            findings.push_back(contract("logs.rasclient.error", Severity::Error, Step::Logs, IkePhase::Phase1,
                                        {{"code", formatCode(strongest->first)}, {"count", "1"}}));
        }
        const auto single = evaluateRule(rule, findings);
        EXPECT_GT(single.confidence, 0) << rule.cause;
        EXPECT_EQ(single.evidence.size(), 1u) << rule.cause;
        const auto d = diagnose(findings);
        ASSERT_FALSE(d.causes.empty()) << rule.cause;
        EXPECT_EQ(d.causes.front().id, rule.cause);
        // Informational findings never establish a cause.
        findings.front().severity = Severity::Info;
        EXPECT_EQ(evaluateRule(rule, findings).confidence, 0) << rule.cause;
    }
}

TEST(Diagnosis, Patterns) {
    EXPECT_TRUE(matchesPattern("certificate.*.expired", "certificate.machine.expired"));
    EXPECT_TRUE(matchesPattern("proposal.profile.*", "proposal.profile.weak-dh"));
    EXPECT_TRUE(matchesPattern("a*b*c", "a-b-b-c"));
    EXPECT_FALSE(matchesPattern("certificate.*.expired", "certificate.machine.expiring-soon"));
    EXPECT_FALSE(matchesPattern("service.ikeext.stopped", "service.ikeext.stopped-on-demand"));
    EXPECT_TRUE(matchesPattern("*", ""));
}
