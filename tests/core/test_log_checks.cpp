#include "event_samples.h"

#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/platform/audit_policy.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

namespace {

SystemSnapshot withEvents(const std::vector<std::string>& xmls) {
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:00:00Z";
    LogsInfo logs;
    logs.source = "live";
    for (const auto& x : xmls) {
        auto e = parseEventXml(x);
        EXPECT_TRUE(e);
        logs.events.push_back(*e);
    }
    s.logs = logs;
    return s;
}

const Finding* find(const std::vector<Finding>& fs, const std::string& id, const std::string& code = {}) {
    for (const auto& f : fs) {
        if (f.id == id && (code.empty() || (f.evidence.contains("code") && f.evidence.at("code") == code))) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

TEST(LogChecks, RepeatedDialFailuresBecomeOneFindingWithCountAndTimes) {
    const auto s = withEvents({ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:40:00Z", "13801"),
                               ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00Z", "13801"),
                               ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:25:00Z", "13801"),
                               ipsecdoctor::testing::rasDialFailedXml("2026-11-27T08:00:00Z", "809")});
    const auto findings = checkLogs(s);
    const auto* auth = find(findings, "logs.rasclient.error", "13801");
    ASSERT_NE(auth, nullptr);
    EXPECT_EQ(auth->evidence.at("count"), "3");
    EXPECT_EQ(auth->evidence.at("first_seen"), "2026-11-27T09:12:00Z");
    EXPECT_EQ(auth->evidence.at("last_seen"), "2026-11-27T09:40:00Z");
    EXPECT_EQ(auth->evidence.at("stage"), "phase1-auth");
    EXPECT_EQ(auth->evidence.at("symbol"), "ERROR_IPSEC_IKE_AUTH_FAIL");
    EXPECT_EQ(auth->evidence.at("connection"), "Office VPN");
    EXPECT_EQ(auth->severity, Severity::Error);
    EXPECT_EQ(auth->step, Step::Logs);
    EXPECT_EQ(auth->phase, IkePhase::Phase1);
    const auto* timeout = find(findings, "logs.rasclient.error", "809");
    ASSERT_NE(timeout, nullptr);
    EXPECT_EQ(timeout->phase, IkePhase::Transport);
    EXPECT_EQ(timeout->evidence.at("count"), "1");
}

TEST(LogChecks, IkeextNotRunningPointsAtTheServiceFix) {
    const auto findings =
        checkLogs(withEvents({ipsecdoctor::testing::securityEventXml(5453, "2026-11-27T09:00:00Z", {})}));
    const auto* f = find(findings, "logs.ike.ikeext-not-running");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->evidence.at("stage"), "local-service");
}

TEST(LogChecks, NoRelevantEventSaysSo) {
    auto s = withEvents({});
    const auto findings = checkLogs(s);
    ASSERT_NE(find(findings, "logs.none"), nullptr);
    EXPECT_NE(find(findings, "logs.audit.not-checked"), nullptr);
    s.logs.reset();
    EXPECT_TRUE(checkLogs(s).empty()) << "an older bundle without logs gets no Logs findings";
}

TEST(LogChecks, AuditPolicyWithoutFailureAuditingIsAFixableWarning) {
    auto s = withEvents({});
    s.logs->auditCollected = true;
    for (const auto& sub : ipsecAuditSubcategories()) {
        s.logs->audit.push_back({std::string(sub.guid), false, false});
    }
    auto findings = checkLogs(s);
    const auto* f = find(findings, "logs.audit.disabled");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_EQ(f->evidence.at("subcategories"), "ipsec-main-mode,ipsec-quick-mode");
    EXPECT_EQ(f->remediations, std::vector<std::string>{std::string(kAuditRemediationId)});
    for (auto& a : s.logs->audit) {
        a.failure = true;
    }
    EXPECT_NE(find(checkLogs(s), "logs.audit.enabled"), nullptr);
}

TEST(LogChecks, UnreadableChannelIsReported) {
    auto s = withEvents({});
    s.errors.push_back({"logs", "Security", "error.access-denied", 5});
    const auto findings = checkLogs(s);
    const auto* f = find(findings, "logs.read-failed");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->evidence.at("channel"), "Security");
}

TEST(LogChecks, StepFilterAndSnapshotRoundTrip) {
    auto s = withEvents(
        {ipsecdoctor::testing::mainModeFailedXml("2026-11-27T09:12:00Z", "Negotiation timed out")});
    s.logs->failureReasons = {{13805, "Délai de négociation dépassé"}};
    s.logs->auditCollected = true;
    s.logs->audit = {{"{0CCE9218-69AE-11D9-BED3-505054503030}", true, false}};
    for (const auto& f : runChecks(s, Step::Logs)) {
        EXPECT_EQ(f.step, Step::Logs);
    }
    auto back = snapshotFromJson(toJson(s));
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(*back, s);
    auto old = toJson(s);
    old.erase("logs");
    auto older = snapshotFromJson(old);
    ASSERT_TRUE(older);
    EXPECT_FALSE(older->logs.has_value());
    auto broken = toJson(s);
    broken["logs"]["events"][0] = "<Event>";
    EXPECT_FALSE(snapshotFromJson(broken));
}

TEST(LogChecks, PolicyAgentFixesAreOfferedForIkev1FailuresOnly) {
    // 13825 "no policy configured": the Policy Agent installs L2TP/IPsec (IKEv1) policies only.
    const auto ikev2 = checkLogs(withEvents(
        {ipsecdoctor::testing::mainModeFailedXml("2026-11-27T09:12:00Z", "No policy configured", "%%8244")}));
    const auto* f2 = find(ikev2, "logs.ike.failure", "13825");
    ASSERT_NE(f2, nullptr);
    EXPECT_EQ(f2->evidence.at("key_module"), "ikev2");
    EXPECT_TRUE(f2->remediations.empty());

    const auto ikev1 = checkLogs(withEvents(
        {ipsecdoctor::testing::mainModeFailedXml("2026-11-27T09:12:00Z", "No policy configured", "%%8222")}));
    const auto* f1 = find(ikev1, "logs.ike.failure", "13825");
    ASSERT_NE(f1, nullptr);
    EXPECT_EQ(f1->evidence.at("key_module"), "ikev1");
    EXPECT_NE(std::find(f1->remediations.begin(), f1->remediations.end(), "service.policyagent.start"),
              f1->remediations.end());
}
