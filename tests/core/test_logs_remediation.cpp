// The Logs step's fixes: the pure plans (new state from the prior one, undo from the journal),
// and LogsRemediator journaling each subcategory's / component's prior state and restoring
// exactly that, on an in-memory audit policy and registry (the Win32 backends run under Wine in
// tests/win/test_win32_logs_fixes.cpp).
#include "ipsecdoctor/remediation/logs_remediation.h"

#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/collect/log_collector.h"

#include "memory_audit_policy.h"
#include "memory_registry.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <map>

using namespace ipsecdoctor;
using ipsecdoctor::testing::MemoryAuditPolicy;
using ipsecdoctor::testing::MemoryRegistry;
using ipsecdoctor::testing::TempDir;

namespace {

/// Fails writes under one key, to check that a half-applied fix is put back.
class FailingKeyRegistry final : public Registry {
public:
    explicit FailingKeyRegistry(MemoryRegistry& inner, std::string failKey)
        : m_inner(inner), m_fail(std::move(failKey)) {}
    Expected<std::optional<RegistryValue>> read(RegistryRoot r, std::string_view k,
                                                std::string_view n) override {
        return m_inner.read(r, k, n);
    }
    Expected<void> write(RegistryRoot r, std::string_view k, std::string_view n,
                         const RegistryValue& v) override {
        if (k == m_fail) {
            return Error::make(ErrorCode::AccessDenied, "simulated", 5);
        }
        return m_inner.write(r, k, n, v);
    }
    Expected<void> remove(RegistryRoot r, std::string_view k, std::string_view n) override {
        return m_inner.remove(r, k, n);
    }
    Expected<std::vector<std::string>> subkeys(RegistryRoot r, std::string_view k) override {
        return m_inner.subkeys(r, k);
    }
    bool canModify() const override { return true; }

private:
    MemoryRegistry& m_inner;
    std::string m_fail;
};

const std::string kMainMode = "{0CCE9218-69AE-11D9-BED3-505054503030}";
const std::string kQuickMode = "{0CCE9219-69AE-11D9-BED3-505054503030}";
const std::string kExtendedMode = "{0CCE921A-69AE-11D9-BED3-505054503030}";
const std::string kDriver = "{0CCE9213-69AE-11D9-BED3-505054503030}";

std::optional<RegistryValue> tracingValue(MemoryRegistry& reg, std::string_view component) {
    return *reg.read(RegistryRoot::LocalMachine, tracingKey(component), kEnableFileTracing);
}

TEST(LogsRemediationPlans, AuditEnableKeepsEachPriorAndNeverTurnsAFlagOff) {
    const auto changes = planAuditEnable({{kMainMode, {false, false}},
                                          {kQuickMode, {true, false}},
                                          {kExtendedMode, {false, true}},
                                          {kDriver, {true, true}},
                                          {"{00000000-0000-0000-0000-000000000000}", {}}});
    ASSERT_EQ(changes.size(), 4u); // a GUID that is not an IPsec subcategory is never planned
    EXPECT_EQ(changes[0].kind, "audit");
    EXPECT_EQ(changes[0].location, kMainMode);
    EXPECT_EQ(changes[0].name, "ipsec-main-mode");
    EXPECT_EQ(changes[0].before, "none");
    EXPECT_EQ(changes[1].before, "success");
    EXPECT_EQ(changes[2].before, "failure");
    EXPECT_EQ(changes[3].before, "success,failure");
    for (const auto& c : changes) {
        EXPECT_EQ(c.after, "success,failure");
    }
}

TEST(LogsRemediationPlans, AuditUndoRestoresTheRecordedFlagsAndRefusesForeignGuids) {
    JournalEntry entry;
    entry.id = "e1";
    entry.settings = planAuditEnable({{kMainMode, {false, false}}, {kQuickMode, {true, false}}});
    auto writes = planAuditUndo(entry);
    ASSERT_TRUE(writes.hasValue());
    EXPECT_EQ(*writes, (std::vector<AuditWrite>{{kMainMode, {false, false}}, {kQuickMode, {true, false}}}));

    auto tampered = entry;
    tampered.settings[1].location = "{0CCE9240-69AE-11D9-BED3-505054503030}"; // Credential Validation
    EXPECT_EQ(planAuditUndo(tampered).error().code, ErrorCode::Malformed);
    auto unreadable = entry;
    unreadable.settings[0].before = "yes";
    EXPECT_EQ(planAuditUndo(unreadable).error().code, ErrorCode::Malformed);
    EXPECT_EQ(planAuditUndo(JournalEntry{}).error().code, ErrorCode::Malformed);
}

TEST(LogsRemediationPlans, AuditSettingTextRoundTrips) {
    for (AuditSetting s : {AuditSetting{true, true}, AuditSetting{true, false}, AuditSetting{false, true},
                           AuditSetting{false, false}}) {
        EXPECT_EQ(auditSettingFromText(auditSettingText(s)), s);
    }
    EXPECT_FALSE(auditSettingFromText("failure,success"));
}

TEST(LogsRemediationPlans, TracingRecordsAbsentAndPresentValuesExactly) {
    const RegistryValue odd{kRegSz, std::string("1\0", 2)}; // not a DWORD: restored byte for byte
    const auto changes =
        planTracingEnable({{"RASMAN", std::nullopt}, {"RASTAPI", RegistryValue::dword(0)}, {"RASPPP", odd}});
    ASSERT_EQ(changes.size(), 3u);
    EXPECT_EQ(changes[0].location, "HKLM\\SOFTWARE\\Microsoft\\Tracing\\RASMAN");
    EXPECT_EQ(changes[0].name, "EnableFileTracing");
    EXPECT_FALSE(changes[0].before.has_value());
    EXPECT_EQ(changes[1].before, "4:00000000");
    EXPECT_EQ(changes[0].after, "4:01000000");

    JournalEntry entry;
    entry.id = "t1";
    entry.settings = changes;
    auto restores = planTracingUndo(entry);
    ASSERT_TRUE(restores.hasValue());
    EXPECT_EQ(*restores,
              (std::vector<TracingRestore>{
                  {"RASMAN", std::nullopt}, {"RASTAPI", RegistryValue::dword(0)}, {"RASPPP", odd}}));

    auto tampered = entry;
    tampered.settings[0].location = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent";
    EXPECT_EQ(planTracingUndo(tampered).error().code, ErrorCode::Malformed);
    auto renamed = entry;
    renamed.settings[0].name = "FileDirectory";
    EXPECT_EQ(planTracingUndo(renamed).error().code, ErrorCode::Malformed);
    auto bad = entry;
    bad.settings[1].before = "4:zz";
    EXPECT_EQ(planTracingUndo(bad).error().code, ErrorCode::Malformed);
}

class LogsRemediatorTest : public ::testing::Test {
protected:
    TempDir m_dir;
    Journal m_journal{m_dir.path() / "journal.json"};
    MemoryAuditPolicy m_audit;
    MemoryRegistry m_registry;
    LogsRemediator m_remediator{&m_audit, &m_registry, m_journal, "PC"};
};

TEST_F(LogsRemediatorTest, AuditFixJournalsEachSubcategoryAndUndoRestoresExactly) {
    m_audit.settings[kMainMode] = {false, false};
    m_audit.settings[kQuickMode] = {true, false};
    m_audit.settings[kDriver] = {false, true};
    // kExtendedMode absent: reads as none
    auto entry = m_remediator.apply(fix::kAuditIpsecEnable);
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    for (const auto& guid : {kMainMode, kQuickMode, kExtendedMode, kDriver}) {
        EXPECT_EQ(m_audit.settings[guid], (AuditSetting{true, true})) << guid;
    }
    auto stored = m_journal.load();
    ASSERT_TRUE(stored.hasValue());
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_EQ(stored->front(), *entry); // what the CLI and the GUI read back
    EXPECT_EQ(entry->settings.size(), 4u);

    auto undone = m_remediator.undo(entry->id);
    ASSERT_TRUE(undone.hasValue()) << undone.error().detail;
    EXPECT_EQ(undone->status, JournalStatus::Undone);
    EXPECT_EQ(m_audit.settings[kMainMode], (AuditSetting{false, false}));
    EXPECT_EQ(m_audit.settings[kQuickMode], (AuditSetting{true, false}));
    EXPECT_EQ(m_audit.settings[kExtendedMode], (AuditSetting{false, false}));
    EXPECT_EQ(m_audit.settings[kDriver], (AuditSetting{false, true}));
    EXPECT_EQ(m_remediator.undo(entry->id).error().code, ErrorCode::InvalidArgument); // once only
}

TEST_F(LogsRemediatorTest, AuditFixThatFailsHalfWayPutsBackAndJournalsNothing) {
    m_audit.settings[kMainMode] = {false, true};
    m_audit.failSetOf = kExtendedMode; // the third subcategory
    auto entry = m_remediator.apply(fix::kAuditIpsecEnable);
    ASSERT_FALSE(entry.hasValue());
    EXPECT_EQ(entry.error().code, ErrorCode::Platform);
    EXPECT_EQ(m_audit.settings[kMainMode], (AuditSetting{false, true}));
    EXPECT_EQ(m_audit.settings[kQuickMode], (AuditSetting{false, false}));
    EXPECT_TRUE(m_journal.load()->empty());
}

TEST_F(LogsRemediatorTest, AuditFixWithoutRightsChangesNothing) {
    m_audit.failQuery = true;
    EXPECT_EQ(m_remediator.apply(fix::kAuditIpsecEnable).error().code, ErrorCode::AccessDenied);
    EXPECT_TRUE(m_audit.settings.empty());
    EXPECT_TRUE(m_journal.load()->empty());
    LogsRemediator none(nullptr, nullptr, m_journal, "PC");
    EXPECT_EQ(none.apply(fix::kAuditIpsecEnable).error().code, ErrorCode::NotSupported);
    EXPECT_EQ(none.apply(fix::kRasTracingEnable).error().code, ErrorCode::NotSupported);
    EXPECT_EQ(m_remediator.apply("service.ikeext.start").error().code, ErrorCode::InvalidArgument);
}

TEST_F(LogsRemediatorTest, TracingFixRestoresAbsentAndPreviousValues) {
    ASSERT_TRUE(m_registry
                    .write(RegistryRoot::LocalMachine, tracingKey("RASTAPI"), kEnableFileTracing,
                           RegistryValue::dword(0))
                    .hasValue());
    auto entry = m_remediator.apply(fix::kRasTracingEnable);
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    for (auto c : rasTracingComponents()) {
        EXPECT_EQ(tracingValue(m_registry, c), RegistryValue::dword(1)) << c;
    }
    ASSERT_TRUE(m_remediator.undo(entry->id).hasValue());
    EXPECT_EQ(tracingValue(m_registry, "RASTAPI"), RegistryValue::dword(0));
    for (auto c : rasTracingComponents()) {
        if (c != "RASTAPI") {
            EXPECT_FALSE(tracingValue(m_registry, c).has_value()) << c << " was absent and must be again";
        }
    }
}

TEST_F(LogsRemediatorTest, TracingFixThatFailsHalfWayPutsBackAndJournalsNothing) {
    FailingKeyRegistry failing(m_registry, tracingKey(rasTracingComponents()[2]));
    LogsRemediator remediator(&m_audit, &failing, m_journal, "PC");
    ASSERT_EQ(remediator.apply(fix::kRasTracingEnable).error().code, ErrorCode::AccessDenied);
    EXPECT_TRUE(m_registry.values.empty());
    EXPECT_TRUE(m_journal.load()->empty());
}

TEST_F(LogsRemediatorTest, TracingStateIsCollectedAndTheFindingOffersTheFix) {
    SystemSnapshot snapshot;
    snapshot.logs = LogsInfo{};
    snapshot.logs->source = "live";
    collectTracingState(m_registry, snapshot);
    ASSERT_TRUE(snapshot.logs->tracingCollected);
    ASSERT_EQ(snapshot.logs->tracing.size(), rasTracingComponents().size());
    auto findings = checkLogs(snapshot);
    auto off = std::find_if(findings.begin(), findings.end(),
                            [](const Finding& f) { return f.id == "logs.tracing.disabled"; });
    ASSERT_NE(off, findings.end());
    EXPECT_EQ(off->remediations, std::vector<std::string>{std::string(fix::kRasTracingEnable)});

    ASSERT_TRUE(m_remediator.apply(fix::kRasTracingEnable).hasValue());
    collectTracingState(m_registry, snapshot);
    findings = checkLogs(snapshot);
    auto on = std::find_if(findings.begin(), findings.end(),
                           [](const Finding& f) { return f.id == "logs.tracing.enabled"; });
    ASSERT_NE(on, findings.end());
    EXPECT_EQ(on->evidence.at("components"), "RASMAN,RASAPI32,RASPPP,RASTLS,RASCHAP,RASTAPI");
}

TEST(LogsRemediationJournal, AuditEntriesSurviveTheJournalFile) {
    TempDir dir;
    Journal journal(dir.path() / "journal.json");
    JournalEntry e;
    e.id = "20261127T101500Z-3f2a9c";
    e.remediationId = std::string(fix::kAuditIpsecEnable);
    e.service = "IPsec audit policy";
    e.appliedAt = "2026-11-27T10:15:00Z";
    e.settings = planAuditEnable({{kMainMode, {true, false}}});
    ASSERT_TRUE(journal.append(e).hasValue());
    auto loaded = journal.load();
    ASSERT_TRUE(loaded.hasValue()) << loaded.error().detail;
    EXPECT_EQ(loaded->front(), e);
}

} // namespace
