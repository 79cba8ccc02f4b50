// The diagnosis's reasoning on the seed's failure scenarios: a healthy PC has no cause, a fact
// with nothing failing is a note, consequences go under their root, a later stage proves the earlier
// ones, history is not a cause, and every rule applies only where its preconditions hold. The
// path (transport, proposals) and the sign-in (certificates, keys, users) have files of their own.
#include "diagnosis_machine.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::testing;

TEST(Diagnosis, AHealthyMachineHasNoCause) {
    for (auto tunnel : {TunnelType::Ikev2, TunnelType::L2tp}) {
        const auto d = Machine().connection(tunnel, VpnAuthMethod::EapMschapv2).diagnose();
        EXPECT_TRUE(d.causes.empty());
        EXPECT_FALSE(d.provider.recommended);
    }
}

TEST(Diagnosis, PolicyAgentMattersForL2tpWith791) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .service("PolicyAgent", StartType::Disabled)
                       .dialFailed("791", 3)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    const auto& top = d.causes.front();
    EXPECT_EQ(top.id, "cause.local.policyagent-unavailable");
    EXPECT_EQ(top.certainty, Certainty::Proven);
    EXPECT_TRUE(top.local);
    ASSERT_FALSE(top.remediations.empty());
    EXPECT_EQ(top.remediations.front(), "service.policyagent.set-default-start");
    EXPECT_FALSE(d.provider.recommended) << "a local cause explains it: nothing to ask the provider";
}

TEST(Diagnosis, PolicyAgentIsNoCauseForIkev2) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                       .service("PolicyAgent", StartType::Disabled)
                       .dialFailed("13801")
                       .diagnose();
    EXPECT_FALSE(listed(d, "cause.local.policyagent-unavailable"));
}

TEST(Diagnosis, AConfigurationFactWithNothingFailingIsANote) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .service("PolicyAgent", StartType::Disabled)
                       .diagnose();
    EXPECT_TRUE(d.causes.empty());
    EXPECT_TRUE(std::any_of(d.notes.begin(), d.notes.end(),
                            [](const Finding& f) { return f.id == "service.policyagent.disabled"; }));
}

TEST(Diagnosis, BfeStoppedIsOneProblemWithItsConsequences) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .service("BFE", StartType::Disabled)
                       .dialFailed("827")
                       .diagnose();
    ASSERT_EQ(d.causes.size(), 1u) << d.causes.back().id;
    const auto& top = d.causes.front();
    EXPECT_EQ(top.id, "cause.local.ipsec-service-unavailable");
    EXPECT_EQ(top.certainty, Certainty::Proven);
    EXPECT_TRUE(hasEvidence(top, "service.bfe.disabled"));
    EXPECT_TRUE(std::any_of(top.consequences.begin(), top.consequences.end(), [](const Finding& f) {
        return f.id == "service.ikeext.dependency-unavailable";
    }));
    EXPECT_TRUE(std::any_of(top.consequences.begin(), top.consequences.end(), [](const Finding& f) {
        return f.id == "service.policyagent.dependency-unavailable";
    }));
}

TEST(Diagnosis, AStageTheFailuresNeverReachedIsANoteNotACause) {
    auto machine = Machine();
    machine.connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
        .with(probeFinding("proposal.ikev2.dh-group-mismatch", Severity::Error))
        .with(contract("certificate.server-ca.not-installed", Severity::Error, Step::Certificates,
                       IkePhase::Phase1))
        .dialFailed("13868", 2);
    auto d = machine.diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase1.proposal-mismatch");
    EXPECT_FALSE(listed(d, "cause.certificate.untrusted"));
    EXPECT_NE(std::find_if(d.notes.begin(), d.notes.end(),
                           [](const Finding& f) { return f.id == "certificate.server-ca.not-installed"; }),
              d.notes.end());
    // Timeouts say nothing of how far a dial got: a server answer that proves a cause keeps it
    // (an IKEv1-only server that silently drops IKEv2 gives 809s).
    auto timeouts = Machine()
                        .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                        .with(probeFinding("connectivity.nat.none", Severity::Ok))
                        .with(probeFinding("proposal.version.ikev1-only", Severity::Error))
                        .dialFailed("809", 2)
                        .diagnose();
    ASSERT_FALSE(timeouts.causes.empty());
    EXPECT_EQ(timeouts.causes.front().id, "cause.phase1.version-mismatch");
    EXPECT_EQ(timeouts.causes.front().certainty, Certainty::Proven);
    auto rejected = Machine()
                        .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                        .with(probeFinding("proposal.ikev2.windows-default-rejected", Severity::Error))
                        .dialFailed("809", 2)
                        .diagnose();
    ASSERT_FALSE(rejected.causes.empty());
    EXPECT_EQ(rejected.causes.front().id, "cause.phase1.proposal-mismatch");
    // Once the dials get that far (13801), the same fact is the cause.
    Machine later;
    later.connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
        .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
        .with(contract("certificate.server-ca.not-installed", Severity::Error, Step::Certificates,
                       IkePhase::Phase1))
        .dialFailed("13801", 2);
    d = later.diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.untrusted");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
}

TEST(Diagnosis, ALaterStageProvesTheEarlierOnesWorked) {
    // 691 comes from PPP inside the L2TP/IPsec SA: the 809 and 789 before it cannot be the cause.
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .dialFailed("809")
                       .dialFailed("789")
                       .dialFailed("691")
                       .diagnose();
    ASSERT_EQ(d.causes.size(), 1u);
    EXPECT_EQ(d.causes.front().id, "cause.user-auth.rejected");
}

TEST(Diagnosis, AFailureFollowedBySuccessfulDialsIsHistory) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)
                       .dialFailed("13801", 2)
                       .connected("2026-11-27T09:40:00Z")
                       .diagnose();
    EXPECT_TRUE(d.causes.empty());
    EXPECT_TRUE(std::any_of(d.notes.begin(), d.notes.end(),
                            [](const Finding& f) { return f.id == "logs.rasclient.error"; }));
}

TEST(Diagnosis, AnotherConnectionsFailuresSayNothingOfThisOne) {
    Machine m;
    m.connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2, "Office VPN")
        .event(ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00Z", "691", "Home lab"));
    EXPECT_TRUE(m.diagnose().causes.empty());
}

TEST(Diagnosis, EveryRuleNamesItsCauseFromItsOwnEvidence) {
    for (const auto& rule : diagnosisRules()) {
        std::vector<Finding> findings;
        if (!rule.anchors.empty()) {
            std::string id(rule.anchors.front().pattern);
            std::replace(id.begin(), id.end(), '*', 'x');
            findings.push_back(contract(id, Severity::Error, Step::Services, IkePhase::Local));
        } else {
            const auto first = std::find_if(rule.codes.begin(), rule.codes.end(),
                                            [](const CodeRule& c) { return c.establishes; });
            ASSERT_NE(first, rule.codes.end()) << rule.cause;
            findings.push_back(contract("logs.rasclient.error", Severity::Error, Step::Logs, IkePhase::Phase1,
                                        {{"code", formatCode(first->code)}, {"count", "1"}}));
        }
        const auto single = evaluateRule(rule, findings, nullptr);
        ASSERT_TRUE(single.has_value()) << rule.cause;
        EXPECT_EQ(single->evidence.size(), 1u) << rule.cause;
        // Informational findings never establish a cause.
        findings.front().severity = Severity::Info;
        EXPECT_FALSE(evaluateRule(rule, findings, nullptr).has_value()) << rule.cause;
    }
}

TEST(Diagnosis, RulesOfOneTunnelTypeDoNotApplyToTheOther) {
    const Connection ikev2{"Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2, "vpn",
                           ConnectionOrigin::Chosen};
    const Connection l2tp{"Office VPN", TunnelType::L2tp, VpnAuthMethod::PreSharedKey, "vpn",
                          ConnectionOrigin::Chosen};
    for (const auto& rule : diagnosisRules()) {
        const std::vector<Finding> none;
        if (rule.cause == "cause.local.policyagent-unavailable" ||
            rule.cause == "cause.transport.nat-t-registry" || rule.cause == "cause.phase1.psk-mismatch") {
            std::string id(rule.anchors.empty() ? "logs.rasclient.error" : rule.anchors.front().pattern);
            std::vector<Finding> f{contract(id, Severity::Error, Step::Logs, IkePhase::Phase1,
                                            {{"code", formatCode(rule.codes.front().code)}})};
            EXPECT_FALSE(evaluateRule(rule, f, &ikev2).has_value()) << rule.cause;
            EXPECT_TRUE(evaluateRule(rule, f, &l2tp).has_value()) << rule.cause;
        }
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
