#include "ipsecdoctor/checks/run_checks.h"

#include "windows10_services.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;
using ipsecdoctor::testing::windows10Snapshot;

namespace {

const Finding* findById(const std::vector<Finding>& findings, const std::string& id) {
    auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

ServiceInfo& service(SystemSnapshot& s, const std::string& name) {
    return *std::find_if(s.services.begin(), s.services.end(), [&](auto& x) { return x.name == name; });
}

} // namespace

TEST(ServiceChecks, HealthyWindows10HasNoProblem) {
    const auto findings = runChecks(windows10Snapshot());
    ASSERT_EQ(findings.size(), 5u); // one status finding per service
    EXPECT_EQ(worstSeverity(findings), Severity::Ok);
    // Trigger-start services that are stopped are healthy, not errors.
    const auto* pa = findById(findings, "service.policyagent.stopped-on-demand");
    ASSERT_NE(pa, nullptr);
    EXPECT_EQ(pa->evidence.at("trigger_start"), "true");
    EXPECT_NE(findById(findings, "service.bfe.running"), nullptr);
}

TEST(ServiceChecks, DisabledPolicyAgentIsAnErrorWithFixes) {
    auto snap = windows10Snapshot();
    service(snap, "PolicyAgent").startType = StartType::Disabled;
    const auto findings = runChecks(snap);
    const auto* f = findById(findings, "service.policyagent.disabled");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_EQ(f->step, Step::Services);
    EXPECT_EQ(f->phase, IkePhase::Local);
    EXPECT_EQ(f->subject, "PolicyAgent");
    EXPECT_EQ(f->evidence.at("start_type"), "disabled");
    EXPECT_EQ(f->evidence.at("windows_default_start_type"), "manual");
    EXPECT_EQ(f->remediations, (std::vector<std::string>{"service.policyagent.set-default-start",
                                                         "service.policyagent.set-automatic"}));
    EXPECT_EQ(findings.front().id, "service.policyagent.disabled"); // worst first
}

TEST(ServiceChecks, StoppedOrDisabledBfeIsCritical) {
    auto snap = windows10Snapshot();
    service(snap, "BFE").state = ServiceState::Stopped;
    auto findings = runChecks(snap);
    const auto* stopped = findById(findings, "service.bfe.stopped");
    ASSERT_NE(stopped, nullptr);
    EXPECT_EQ(stopped->severity, Severity::Critical);
    EXPECT_EQ(stopped->remediations, std::vector<std::string>{"service.bfe.start"});

    service(snap, "BFE").startType = StartType::Disabled;
    findings = runChecks(snap);
    const auto* disabled = findById(findings, "service.bfe.disabled");
    ASSERT_NE(disabled, nullptr);
    EXPECT_EQ(disabled->severity, Severity::Critical);
    // BFE is offered no "set automatic" twin and never a restart.
    EXPECT_EQ(disabled->remediations, std::vector<std::string>{"service.bfe.set-default-start"});
    // Services depending on a disabled BFE are blocked: said once per dependent.
    const auto* ike = findById(findings, "service.ikeext.dependency-unavailable");
    ASSERT_NE(ike, nullptr);
    EXPECT_EQ(ike->evidence.at("dependency"), "BFE");
    EXPECT_EQ(ike->remediations, std::vector<std::string>{"service.bfe.set-default-start"});
    EXPECT_NE(findById(findings, "service.policyagent.dependency-unavailable"), nullptr);
}

TEST(ServiceChecks, ManualBfeIsAWarning) {
    auto snap = windows10Snapshot();
    service(snap, "BFE").startType = StartType::Manual;
    const auto findings = runChecks(snap);
    const auto* f = findById(findings, "service.bfe.not-automatic");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
}

TEST(ServiceChecks, FailedServiceReportsItsExitCodes) {
    auto snap = windows10Snapshot();
    auto& ike = service(snap, "IKEEXT");
    ike.state = ServiceState::Stopped;
    ike.win32ExitCode = 1066; // ERROR_SERVICE_SPECIFIC_ERROR
    ike.serviceSpecificExitCode = 13806;
    const auto findings = runChecks(snap);
    const auto* f = findById(findings, "service.ikeext.failed");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_EQ(f->evidence.at("win32_exit_code"), "1066");
    EXPECT_EQ(f->evidence.at("service_exit_code"), "13806");
    EXPECT_EQ(f->remediations, std::vector<std::string>{"service.ikeext.start"});
}

TEST(ServiceChecks, NeverStartedIsNotAFailure) {
    auto snap = windows10Snapshot();
    service(snap, "RasMan").state = ServiceState::Stopped;
    service(snap, "RasMan").win32ExitCode = kServiceNeverStarted;
    const auto findings = runChecks(snap);
    EXPECT_NE(findById(findings, "service.rasman.stopped-on-demand"), nullptr);
}

TEST(ServiceChecks, MissingAndUncollectedServices) {
    auto snap = windows10Snapshot();
    service(snap, "SstpSvc").present = false;
    snap.services.erase(
        std::find_if(snap.services.begin(), snap.services.end(), [](auto& s) { return s.name == "RasMan"; }));
    snap.errors.push_back({"services", "RasMan", "error.access-denied", 5});
    const auto findings = runChecks(snap);
    const auto* missing = findById(findings, "service.sstpsvc.missing");
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->severity, Severity::Error);
    EXPECT_TRUE(missing->remediations.empty());
    const auto* unknown = findById(findings, "service.rasman.not-checked");
    ASSERT_NE(unknown, nullptr);
    EXPECT_EQ(unknown->evidence.at("error"), "error.access-denied");
    EXPECT_EQ(unknown->evidence.at("native_error"), "5");
}

TEST(ServiceChecks, ServiceNamesAreMatchedCaseInsensitively) {
    auto snap = windows10Snapshot();
    service(snap, "PolicyAgent").name = "policyagent";
    service(snap, "policyagent").startType = StartType::Disabled;
    const auto findings = runChecks(snap);
    EXPECT_NE(findById(findings, "service.policyagent.disabled"), nullptr);
}

TEST(ServiceChecks, PendingAndPausedAreWarnings) {
    auto snap = windows10Snapshot();
    service(snap, "IKEEXT").state = ServiceState::StartPending;
    service(snap, "RasMan").state = ServiceState::Paused;
    const auto findings = runChecks(snap);
    ASSERT_NE(findById(findings, "service.ikeext.pending"), nullptr);
    EXPECT_EQ(findById(findings, "service.ikeext.pending")->remediations,
              std::vector<std::string>{"service.ikeext.restart"});
    EXPECT_EQ(findById(findings, "service.rasman.paused")->severity, Severity::Warning);
}

TEST(ServiceChecks, StepFilter) {
    EXPECT_TRUE(runChecks(windows10Snapshot(), Step::Certificates).empty());
    EXPECT_EQ(runChecks(windows10Snapshot(), Step::Services).size(), 5u);
}
