#include "ipsecdoctor/remediation/remediator.h"

#include "simulated_platform.h"
#include "simulated_scm.h"
#include "temp_dir.h"
#include "windows10_services.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using ipsecdoctor::testing::SimulatedScm;
using ipsecdoctor::testing::TempDir;

namespace {

class RemediatorTest : public ::testing::Test {
protected:
    void SetUp() override { ipsecdoctor::testing::fillWindows10(scm); }
    ServiceStateRecord state(const std::string& name) {
        auto& s = scm.at(name);
        return {s.startType, s.delayedAutoStart, s.state};
    }

    TempDir dir;
    SimulatedScm scm;
    Journal journal{dir.path() / "journal.json"};
    Remediator remediator{scm, journal, RemediatorOptions{std::chrono::milliseconds(100), "PC-01"}};
};

} // namespace

TEST_F(RemediatorTest, FixDisabledServiceThenUndoRestoresExactState) {
    scm.at("PolicyAgent").startType = StartType::Disabled;
    scm.at("PolicyAgent").delayedAutoStart = true;
    const ServiceStateRecord before = state("PolicyAgent");

    auto applied = remediator.apply("service.policyagent.set-automatic");
    ASSERT_TRUE(applied) << applied.error().detail;
    EXPECT_EQ(state("PolicyAgent"), (ServiceStateRecord{StartType::Automatic, false, ServiceState::Running}));
    EXPECT_EQ(applied->before, before);
    EXPECT_EQ(applied->after, state("PolicyAgent"));
    EXPECT_EQ(applied->hostname, "PC-01");
    ASSERT_EQ(journal.load()->size(), 1u);
    EXPECT_EQ(journal.load()->at(0), *applied);

    auto undone = remediator.undo(applied->id);
    ASSERT_TRUE(undone) << undone.error().detail;
    EXPECT_EQ(state("PolicyAgent"), before);
    EXPECT_EQ(undone->status, JournalStatus::Undone);
    EXPECT_FALSE(undone->undoneAt.empty());
    EXPECT_EQ(journal.load()->at(0).status, JournalStatus::Undone);
    // Stop before disabling: a running service would otherwise stay up while disabled.
    EXPECT_EQ(scm.calls.back(), "config:PolicyAgent");

    auto again = remediator.undo(applied->id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::InvalidArgument);
}

TEST_F(RemediatorTest, SetDefaultStartUsesTheWindowsDefault) {
    scm.at("BFE").startType = StartType::Disabled;
    scm.at("BFE").state = ServiceState::Stopped;
    auto applied = remediator.apply("service.bfe.set-default-start");
    ASSERT_TRUE(applied) << applied.error().detail;
    EXPECT_EQ(state("BFE"), (ServiceStateRecord{StartType::Automatic, false, ServiceState::Running}));

    scm.at("IKEEXT").startType = StartType::Disabled;
    scm.at("IKEEXT").state = ServiceState::Stopped;
    ASSERT_TRUE(remediator.apply("service.ikeext.set-default-start"));
    EXPECT_EQ(state("IKEEXT"), (ServiceStateRecord{StartType::Manual, false, ServiceState::Running}));
}

TEST_F(RemediatorTest, RestartStopsAndRestartsDependents) {
    // RasMan depends on SstpSvc: restarting SstpSvc must bring RasMan back.
    scm.at("SstpSvc").state = ServiceState::Running;
    scm.at("RasMan").state = ServiceState::Running;
    auto applied = remediator.apply("service.rasman.restart");
    ASSERT_TRUE(applied);
    EXPECT_TRUE(applied->restartedDependents.empty());

    scm.calls.clear();
    // IKEEXT depends on BFE; PolicyAgent too. Restart IKEEXT: no dependents; restart order checked.
    auto ike = remediator.apply("service.ikeext.restart");
    ASSERT_TRUE(ike);
    EXPECT_EQ(scm.calls, (std::vector<std::string>{"stop:IKEEXT", "start:IKEEXT"}));
    EXPECT_FALSE(ike->reversible);
    EXPECT_EQ(remediator.undo(ike->id).error().code, ErrorCode::NotSupported);
}

TEST_F(RemediatorTest, RestartWithRunningDependentKeepsItRunning) {
    ServiceInfo child;
    child.name = "RasAuto"; // a real RasMan dependent on Windows
    child.startType = StartType::Manual;
    child.state = ServiceState::Running;
    child.dependencies = {"RasMan"};
    scm.add(child);
    scm.calls.clear();
    auto applied = remediator.apply("service.rasman.restart");
    ASSERT_TRUE(applied) << applied.error().detail;
    EXPECT_EQ(applied->restartedDependents, std::vector<std::string>{"RasAuto"});
    EXPECT_EQ(scm.calls,
              (std::vector<std::string>{"stop:RasAuto", "stop:RasMan", "start:RasMan", "start:RasAuto"}));
    EXPECT_EQ(scm.at("RasAuto").state, ServiceState::Running);
    EXPECT_EQ(scm.at("RasMan").state, ServiceState::Running);
}

TEST_F(RemediatorTest, FailureBeforeAnyChangeLeavesNoJournalEntry) {
    scm.at("PolicyAgent").startType = StartType::Disabled;
    scm.failNext("config", Error::make(ErrorCode::AccessDenied, "access denied", 5));
    auto applied = remediator.apply("service.policyagent.set-automatic");
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(applied.error().native, 5u);
    EXPECT_TRUE(journal.load()->empty());
    EXPECT_EQ(state("PolicyAgent").startType, StartType::Disabled);
}

TEST_F(RemediatorTest, PartialFailureIsJournaledSoItCanBeUndone) {
    scm.at("PolicyAgent").startType = StartType::Disabled;
    scm.failNext("start", Error::make(ErrorCode::Platform, "start failed", 1053));
    auto applied = remediator.apply("service.policyagent.set-automatic");
    ASSERT_FALSE(applied);
    auto entries = journal.load();
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ(entries->at(0).after.startType, StartType::Automatic); // what really changed
    ASSERT_TRUE(remediator.undoLast());
    EXPECT_EQ(state("PolicyAgent").startType, StartType::Disabled);
}

TEST_F(RemediatorTest, RejectsUnknownIdsAndReadOnlyBackends) {
    EXPECT_EQ(remediator.apply("service.spooler.start").error().code, ErrorCode::InvalidArgument);
    scm.readOnly = true;
    EXPECT_EQ(remediator.apply("service.policyagent.start").error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(scm.calls.empty());
}

TEST_F(RemediatorTest, UndoLastSkipsUndoneAndIrreversibleEntries) {
    EXPECT_EQ(remediator.undoLast().error().code, ErrorCode::NotFound);
    auto first = remediator.apply("service.policyagent.start");
    ASSERT_TRUE(first);
    ASSERT_TRUE(remediator.apply("service.ikeext.restart"));
    auto undone = remediator.undoLast();
    ASSERT_TRUE(undone);
    EXPECT_EQ(undone->id, first->id);
    EXPECT_EQ(state("PolicyAgent").state, ServiceState::Stopped);
    EXPECT_EQ(remediator.undoLast().error().code, ErrorCode::NotFound);
}

TEST_F(RemediatorTest, MissingServiceIsNotFound) {
    scm = SimulatedScm{};
    auto applied = remediator.apply("service.sstpsvc.start");
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().code, ErrorCode::NotFound);
}
