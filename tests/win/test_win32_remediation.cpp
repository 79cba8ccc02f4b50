// End to end on Wine's real SCM: collect -> checks -> Remediator::apply -> undo, through the
// Win32 backend. Remediation ids are allow-listed to the real Windows service names, so these
// tests create a test service named PolicyAgent, which Wine's prefix does not have. They run
// only under Wine: on a real machine PolicyAgent is the real IPsec Policy Agent.
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "platform/win/win32_elevation.h"
#include "platform/win/win32_machine_info.h"
#include "platform/win/win32_service_control.h"
#include "scm_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace ipsecdoctor {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;
using wintest::TestService;

constexpr const char* kService = "PolicyAgent";

class WineRemediation : public ::testing::Test {
protected:
    void SetUp() override {
        if (!wintest::runningUnderWine()) {
            GTEST_SKIP() << "creates a service named PolicyAgent: only in a throwaway Wine prefix";
        }
        // A PolicyAgent running test_service.exe is a leftover of an interrupted run: ours to
        // remove. Any other PolicyAgent is not ours to touch.
        if (auto path = wintest::serviceBinaryPath(kService)) {
            if (path->find(L"test_service.exe") == std::wstring::npos) {
                GTEST_SKIP() << "this prefix has a PolicyAgent that is not a test service";
            }
            wintest::deleteServiceIfPresent(kService);
        }
        m_dir = fs::temp_directory_path() / wintest::uniqueServiceName("journal");
        fs::remove_all(m_dir);
        m_journal = std::make_unique<Journal>(m_dir / "journal.json");
        m_remediator = std::make_unique<Remediator>(m_scm, *m_journal, RemediatorOptions{10s, "wine-test"});
    }

    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }

    ServiceStateRecord stateOf(const std::string& name) {
        auto info = m_scm.query(name);
        EXPECT_TRUE(info.hasValue()) << info.error().detail;
        return info ? ServiceStateRecord{info->startType, info->delayedAutoStart, info->state}
                    : ServiceStateRecord{};
    }

    std::vector<Finding> servicesFindings() {
        win::Win32Elevation elevation;
        win::Win32MachineInfo machine(elevation);
        auto snapshot = collectSnapshot(CollectContext{m_scm, machine});
        EXPECT_TRUE(snapshot.hasValue());
        return snapshot ? checkServices(*snapshot) : std::vector<Finding>{};
    }

    static const Finding* findingAbout(const std::vector<Finding>& findings, std::string_view subject) {
        auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
            return f.subject == subject && f.id.rfind("service.policyagent.", 0) == 0 &&
                   f.id != "service.policyagent.dependency-unavailable";
        });
        return it == findings.end() ? nullptr : &*it;
    }

    win::Win32ServiceControl m_scm;
    fs::path m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Remediator> m_remediator;
};

TEST_F(WineRemediation, DisabledPolicyAgentIsFlaggedFixedAndRestoredExactly) {
    const TestService agent({kService, SERVICE_DISABLED, {}, {}, "IPsec Policy Agent"});
    const ServiceStateRecord disabled{StartType::Disabled, false, ServiceState::Stopped};
    ASSERT_EQ(stateOf(kService), disabled);

    const auto before = servicesFindings();
    const Finding* flagged = findingAbout(before, kService);
    ASSERT_NE(flagged, nullptr);
    EXPECT_EQ(flagged->id, "service.policyagent.disabled");
    EXPECT_NE(std::find(flagged->remediations.begin(), flagged->remediations.end(),
                        "service.policyagent.set-automatic"),
              flagged->remediations.end());

    auto applied = m_remediator->apply("service.policyagent.set-automatic");
    ASSERT_TRUE(applied.hasValue()) << applied.error().detail;
    EXPECT_EQ(applied->before, disabled);
    const ServiceStateRecord fixed{StartType::Automatic, false, ServiceState::Running};
    EXPECT_EQ(applied->after, fixed);
    EXPECT_EQ(stateOf(kService), fixed);
    EXPECT_NE(wintest::rawStatus(kService)->processId, 0u);

    const auto after = servicesFindings();
    const Finding* healthy = findingAbout(after, kService);
    ASSERT_NE(healthy, nullptr);
    EXPECT_EQ(healthy->id, "service.policyagent.running");

    auto undone = m_remediator->undo(applied->id);
    ASSERT_TRUE(undone.hasValue()) << undone.error().detail;
    EXPECT_EQ(stateOf(kService), disabled); // start type, delayed flag and state, exactly
    auto entries = m_journal->load();
    ASSERT_TRUE(entries.hasValue());
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ(entries->front().status, JournalStatus::Undone);
    EXPECT_EQ(entries->front().after, disabled);
}

TEST_F(WineRemediation, UndoLastOfAnAutomaticFixKeepsARunningServiceRunning) {
    const TestService agent({kService, SERVICE_DEMAND_START});
    wintest::rawStartAndWait(kService);
    const ServiceStateRecord manualRunning{StartType::Manual, false, ServiceState::Running};
    ASSERT_EQ(stateOf(kService), manualRunning);
    const auto pid = wintest::rawStatus(kService)->processId;

    auto applied = m_remediator->apply("service.policyagent.set-automatic");
    ASSERT_TRUE(applied.hasValue()) << applied.error().detail;
    EXPECT_EQ(stateOf(kService).startType, StartType::Automatic);

    auto undone = m_remediator->undoLast();
    ASSERT_TRUE(undone.hasValue()) << undone.error().detail;
    EXPECT_EQ(undone->id, applied->id);
    EXPECT_EQ(stateOf(kService), manualRunning);
    EXPECT_EQ(wintest::rawStatus(kService)->processId, pid) << "undo must not restart a running service";
}

TEST_F(WineRemediation, RestartKeepsARunningDependentRunning) {
    const TestService agent({kService, SERVICE_DEMAND_START});
    const TestService dependent(
        {wintest::uniqueServiceName("agentclient"), SERVICE_DEMAND_START, {kService}});
    wintest::rawStartAndWait(kService);
    wintest::rawStartAndWait(dependent.name());
    const auto agentPid = wintest::rawStatus(kService)->processId;
    const auto dependentPid = wintest::rawStatus(dependent.name())->processId;

    auto applied = m_remediator->apply("service.policyagent.restart");
    ASSERT_TRUE(applied.hasValue()) << applied.error().detail;
    EXPECT_FALSE(applied->reversible);
    EXPECT_EQ(stateOf(kService).state, ServiceState::Running);
    EXPECT_NE(wintest::rawStatus(kService)->processId, agentPid) << "a new process: it was restarted";
    EXPECT_EQ(stateOf(dependent.name()).state, ServiceState::Running);
    if (wintest::runningUnderWine()) {
        // Wine 8 lists no dependents (EnumDependentServicesW is a stub) and stops a service
        // whatever depends on it, so the dependent is neither stopped nor restarted.
        EXPECT_TRUE(applied->restartedDependents.empty());
        EXPECT_EQ(wintest::rawStatus(dependent.name())->processId, dependentPid);
    } else {
        EXPECT_EQ(applied->restartedDependents, std::vector<std::string>{dependent.name()});
        EXPECT_NE(wintest::rawStatus(dependent.name())->processId, dependentPid);
    }

    auto undone = m_remediator->undo(applied->id);
    ASSERT_FALSE(undone.hasValue());
    EXPECT_EQ(undone.error().code, ErrorCode::NotSupported) << "a restart changes no setting";
}

TEST_F(WineRemediation, AServiceThatFailsToStartIsReportedAndNothingIsJournaled) {
    const TestService agent({kService, SERVICE_DEMAND_START, {}, L"--fail-start 7"});
    auto applied = m_remediator->apply("service.policyagent.start");
    ASSERT_FALSE(applied.hasValue());
    EXPECT_EQ(applied.error().native, static_cast<std::uint32_t>(ERROR_SERVICE_SPECIFIC_ERROR))
        << applied.error().detail;
    EXPECT_NE(applied.error().detail.find("service-specific exit code 7"), std::string::npos)
        << applied.error().detail;
    const ServiceStateRecord unchanged{StartType::Manual, false, ServiceState::Stopped};
    EXPECT_EQ(stateOf(kService), unchanged);
    auto entries = m_journal->load();
    ASSERT_TRUE(entries.hasValue());
    EXPECT_TRUE(entries->empty()) << "nothing changed, so nothing to undo";

    const auto findings = servicesFindings(); // kept alive: `failed` points into it
    const Finding* failed = findingAbout(findings, kService);
    ASSERT_NE(failed, nullptr);
    EXPECT_EQ(failed->id, "service.policyagent.failed");
    EXPECT_EQ(failed->evidence.at("service_exit_code"), "7");
}

} // namespace
} // namespace ipsecdoctor
