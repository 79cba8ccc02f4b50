// RemediationRunner in an elevated session: each fix is applied, and each undo routed, by the
// remediator of the fix's family (fix_remediator.h), and "Undo last" is the undo of the newest
// entry of a family the runner applies, whatever else the journal holds.
#include "RemediationRunner.h"

#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/remediation/journal.h"

#include "memory_audit_policy.h"
#include "memory_registry.h"
#include "simulated_platform.h"
#include "simulated_scm.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::gui;
using ipsecdoctor::testing::MemoryAuditPolicy;
using ipsecdoctor::testing::MemoryRegistry;
using ipsecdoctor::testing::SimulatedScm;
using ipsecdoctor::testing::TempDir;

namespace {

class RemediationRunnerTest : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        runner.setLogsBackends(&audit, &registry);
    }

    ActionResult run(ActionKind kind, std::string target = {}) {
        ActionRequest request;
        request.kind = kind;
        request.target = std::move(target);
        request.elevated = true; // in process: no UAC helper in a test
        request.journalFile = journalFile;
        request.hostname = "PC-01";
        return runner.run(request);
    }

    JournalEntry applied(std::string fixId) {
        auto result = run(ActionKind::Fix, std::move(fixId));
        EXPECT_TRUE(result.ok()) << result.error->detail;
        EXPECT_TRUE(result.entry);
        return result.entry.value_or(JournalEntry{});
    }

    std::vector<JournalEntry> journalEntries() {
        auto entries = Journal(journalFile).load();
        return entries ? *entries : std::vector<JournalEntry>{};
    }

    TempDir dir;
    std::filesystem::path journalFile = dir.path() / "journal.json";
    SimulatedScm scm;
    MemoryAuditPolicy audit;
    MemoryRegistry registry;
    ipsecdoctor::testing::FixedElevation elevation{true};
    RemediationRunner runner{scm, elevation};
};

} // namespace

TEST_F(RemediationRunnerTest, ServiceAndLogsFixesAreAppliedAndUndoneByTheirFamily) {
    scm.at("PolicyAgent").startType = StartType::Disabled;
    const auto service = applied("service.policyagent.set-automatic");
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Automatic);
    const auto logs = applied(std::string(fix::kAuditIpsecEnable));
    EXPECT_FALSE(logs.settings.empty()) << "the audit policy's prior flags are journaled";

    auto undone = run(ActionKind::Undo, service.id);
    ASSERT_TRUE(undone.ok()) << undone.error->detail;
    ASSERT_TRUE(undone.entry);
    EXPECT_EQ(undone.entry->id, service.id);
    EXPECT_EQ(undone.entry->status, JournalStatus::Undone);
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Disabled);
    EXPECT_EQ(journalEntries().at(1).status, JournalStatus::Applied) << "the logs fix is untouched";
}

TEST_F(RemediationRunnerTest, UndoLastUndoesTheNewestEntryOfARunnerFamily) {
    scm.at("IKEEXT").startType = StartType::Manual;
    const auto service = applied("service.ikeext.set-automatic");
    const auto logs = applied(std::string(fix::kAuditIpsecEnable));

    auto first = run(ActionKind::UndoLast);
    ASSERT_TRUE(first.ok()) << first.error->detail;
    EXPECT_EQ(first.kind, ActionKind::UndoLast);
    ASSERT_TRUE(first.entry);
    EXPECT_EQ(first.entry->id, logs.id) << "newest first, whatever its family";
    EXPECT_EQ(scm.at("IKEEXT").startType, StartType::Automatic);

    auto second = run(ActionKind::UndoLast);
    ASSERT_TRUE(second.ok()) << second.error->detail;
    ASSERT_TRUE(second.entry);
    EXPECT_EQ(second.entry->id, service.id);
    EXPECT_EQ(scm.at("IKEEXT").startType, StartType::Manual);

    auto nothing = run(ActionKind::UndoLast);
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error->code, ErrorCode::NotFound);
}

TEST_F(RemediationRunnerTest, UndoLastSkipsEntriesOfFamiliesThePageDoesNotApply) {
    scm.at("IKEEXT").startType = StartType::Manual;
    const auto service = applied("service.ikeext.set-automatic");
    // A profile setting fix journaled later by the Proposals page, in the same journal.
    JournalEntry setting;
    setting.id = "20261207T120000Z-0a1b2c";
    setting.remediationId = std::string(fix::kProfileTunnelType);
    setting.status = JournalStatus::Applied;
    setting.reversible = true;
    ASSERT_TRUE(Journal(journalFile).append(setting));

    EXPECT_EQ(RemediationRunner::lastUndoable(journalEntries())->id, service.id);
    auto undone = run(ActionKind::UndoLast);
    ASSERT_TRUE(undone.ok()) << undone.error->detail;
    EXPECT_EQ(undone.entry->id, service.id);
    EXPECT_EQ(journalEntries().back().status, JournalStatus::Applied) << "the setting entry is not touched";
}

TEST_F(RemediationRunnerTest, AnEntryIsRoutedByItsFixIdNotByTheFieldsItCarries) {
    const auto logs = applied(std::string(fix::kAuditIpsecEnable));
    // An edited journal: the logs entry now also carries a certificate, as a CA import would.
    auto entries = journalEntries();
    JournalEntry edited = entries.at(0);
    edited.certificate = CertificateChangeRecord{};
    edited.certificate->thumbprint = std::string(40, 'a');
    edited.certificate->store = "root";
    ASSERT_TRUE(Journal(journalFile).update(edited));

    // No certificate store is given to this runner: had the fields chosen the route, the
    // certificate family would have refused with NotSupported. The logs family judges it.
    auto undone = run(ActionKind::Undo, logs.id);
    ASSERT_FALSE(undone.ok());
    EXPECT_NE(undone.error->code, ErrorCode::NotSupported) << undone.error->detail;
    EXPECT_EQ(journalEntries().at(0).status, JournalStatus::Applied);
}

TEST_F(RemediationRunnerTest, AFixOfAnotherFamilyIsRefusedAndNothingIsJournaled) {
    auto refused = run(ActionKind::Fix, std::string(fix::kProfileTunnelType));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->code, ErrorCode::NotSupported);
    auto unknown = run(ActionKind::Fix, "service.notaservice.start");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(journalEntries().empty());
}
