// The Logs step's fixes through the real Win32 backends under Wine:
//  - audit.ipsec.enable: Wine 8's advapi32 stubs AuditQuerySystemPolicy (ERROR_CALL_NOT_IMPLEMENTED)
//    and does not export AuditSetSystemPolicy or AuditFree. The backend resolves them at run
//    time, so the .exe loads and the fix ends in a stable Error{NotSupported} "not supported on
//    this system" with nothing journaled, never an abort. On a real Windows (as administrator)
//    the same test applies the fix and checks that undo restores every subcategory exactly.
//  - tracing.ras.enable: HKLM\SOFTWARE\Microsoft\Tracing\<component> written, read back and
//    restored through the real registry code (Wine's registry is real), including a value that
//    was absent (deleted again) and one that was present (written back).
#include "ipsecdoctor/collect/log_collector.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "platform/win/win32_audit_policy.h"
#include "platform/win/win32_registry.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <filesystem>
#include <iostream>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;

fs::path freshJournal(const char* name) {
    const fs::path dir =
        fs::temp_directory_path() / ("ipsd-logs-fixes-" + std::to_string(GetCurrentProcessId()));
    fs::create_directories(dir);
    const fs::path file = dir / name;
    fs::remove(file);
    return file;
}

/// EnableFileTracing read with the plain Win32 API, independently of the backend under test.
std::optional<DWORD> tracingDword(std::string_view component) {
    const std::string key = tracingKey(component);
    const std::wstring wkey(key.begin(), key.end());
    DWORD value = 0;
    DWORD size = sizeof value;
    const LSTATUS rc = RegGetValueW(HKEY_LOCAL_MACHINE, wkey.c_str(), L"EnableFileTracing",
                                    RRF_RT_REG_DWORD | RRF_SUBKEY_WOW6464KEY, nullptr, &value, &size);
    return rc == ERROR_SUCCESS ? std::optional<DWORD>(value) : std::nullopt;
}

TEST(WineLogsFixes, AuditSetIsResolvedAtRunTimeAndAnswersNotSupported) {
    win::Win32AuditPolicy audit;
    const auto guid = ipsecAuditSubcategories().front().guid;
    auto q = audit.query(guid);
    if (q) {
        GTEST_SKIP() << "this system implements the audit policy API (real Windows)";
    }
    std::cout << "AuditQuerySystemPolicy: " << q.error().detail << std::endl;
    EXPECT_EQ(q.error().code, ErrorCode::NotSupported);
    EXPECT_NE(q.error().detail.find("not supported on this system"), std::string::npos);
    // Calling AuditSetSystemPolicy through an import would abort the process under Wine.
    auto s = audit.set(guid, AuditSetting{true, true});
    ASSERT_FALSE(s.hasValue());
    std::cout << "AuditSetSystemPolicy: " << s.error().detail << std::endl;
    EXPECT_EQ(s.error().code, ErrorCode::NotSupported);
    EXPECT_NE(s.error().detail.find("not supported on this system"), std::string::npos);
}

TEST(WineLogsFixes, AuditFixFailsCleanlyOrIsUndoneExactly) {
    win::Win32AuditPolicy audit;
    Journal journal(freshJournal("audit.json"));
    LogsRemediator remediator(&audit, nullptr, journal, "WINE");
    std::vector<AuditSetting> before;
    for (const auto& sub : ipsecAuditSubcategories()) {
        if (auto q = audit.query(sub.guid)) {
            before.push_back(*q);
        }
    }
    auto entry = remediator.apply(fix::kAuditIpsecEnable);
    if (!entry) {
        EXPECT_EQ(entry.error().code, ErrorCode::NotSupported) << entry.error().detail;
        EXPECT_NE(entry.error().detail.find("not supported on this system"), std::string::npos);
        auto entries = journal.load();
        ASSERT_TRUE(entries.hasValue());
        EXPECT_TRUE(entries->empty()); // nothing journaled: nothing was changed
        return;
    }
    ASSERT_TRUE(remediator.undo(entry->id).hasValue());
    std::size_t i = 0;
    for (const auto& sub : ipsecAuditSubcategories()) {
        EXPECT_EQ(*audit.query(sub.guid), before.at(i++)) << sub.id;
    }
}

TEST(WineLogsFixes, TracingFixWritesAndUndoRestoresThroughTheRealRegistry) {
    win::Win32Registry registry;
    // RASTAPI present with 0, every other component absent: undo must restore both kinds.
    for (auto c : rasTracingComponents()) {
        ASSERT_TRUE(
            registry.remove(RegistryRoot::LocalMachine, tracingKey(c), kEnableFileTracing).hasValue());
    }
    ASSERT_TRUE(registry
                    .write(RegistryRoot::LocalMachine, tracingKey("RASTAPI"), kEnableFileTracing,
                           RegistryValue::dword(0))
                    .hasValue());
    Journal journal(freshJournal("tracing.json"));
    LogsRemediator remediator(nullptr, &registry, journal, "WINE");
    auto entry = remediator.apply(fix::kRasTracingEnable);
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    for (auto c : rasTracingComponents()) {
        EXPECT_EQ(tracingDword(c), 1u) << c;
    }
    SystemSnapshot snapshot;
    snapshot.logs = LogsInfo{};
    collectTracingState(registry, snapshot);
    ASSERT_TRUE(snapshot.logs->tracingCollected);
    for (const auto& t : snapshot.logs->tracing) {
        EXPECT_TRUE(t.enabled) << t.component;
    }

    auto undone = remediator.undo(entry->id);
    ASSERT_TRUE(undone.hasValue()) << undone.error().detail;
    EXPECT_EQ(tracingDword("RASTAPI"), 0u);
    for (auto c : rasTracingComponents()) {
        if (c != "RASTAPI") {
            EXPECT_FALSE(tracingDword(c).has_value()) << c;
        }
    }
    ASSERT_TRUE(
        registry.remove(RegistryRoot::LocalMachine, tracingKey("RASTAPI"), kEnableFileTracing).hasValue());
}

} // namespace
} // namespace ipsecdoctor
