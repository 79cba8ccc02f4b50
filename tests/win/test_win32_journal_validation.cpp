// Undo re-derives, never obeys, against Wine's real SCM and registry: crafted journal entries are
// refused and the service or value they name is left as it was. And the machine's journal folder
// gets the DACL it is created with (read back with GetNamedSecurityInfoW).
#include "ipsecdoctor/platform/machine_data_folder.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/remediation/setting_remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/vpn/registry_values.h"
#include "platform/win/win32_registry.h"
#include "platform/win/win32_service_control.h"
#include "scm_test_support.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <algorithm>
#include <filesystem>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class WineJournalValidation : public ::testing::Test {
protected:
    void SetUp() override {
        if (!wintest::runningUnderWine()) {
            GTEST_SKIP() << "writes RasMan values: only in a throwaway Wine prefix";
        }
        m_dir = fs::temp_directory_path() / wintest::uniqueServiceName("crafted");
        fs::create_directories(m_dir);
        m_file = m_dir / "journal.json";
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }

    JournalEntry crafted(const std::string& remediationId) {
        JournalEntry e;
        e.id = "20261127T101500Z-aaaaaa";
        e.remediationId = remediationId;
        e.appliedAt = "2026-11-27T10:15:00Z";
        return e;
    }

    fs::path m_dir;
    fs::path m_file;
};

TEST_F(WineJournalValidation, AnotherServiceThanTheIdNamesKeepsRunning) {
    wintest::TestService victim(wintest::TestServiceSpec(wintest::uniqueServiceName("victim")));
    wintest::rawStartAndWait(victim.name());
    auto e = crafted("service.policyagent.set-automatic");
    e.service = victim.name();
    e.before = {StartType::Disabled, false, ServiceState::Stopped};
    ASSERT_TRUE(Journal(m_file).append(e));

    win::Win32ServiceControl scm;
    Journal journal(m_file);
    Remediator remediator(scm, journal, RemediatorOptions{5s, "wine-test"});
    auto undone = remediator.undo(e.id);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::JournalEntryInvalid) << undone.error().detail;
    auto info = scm.query(victim.name());
    ASSERT_TRUE(info) << info.error().detail;
    EXPECT_EQ(info->state, ServiceState::Running);
    EXPECT_EQ(info->startType, StartType::Manual);
}

TEST_F(WineJournalValidation, AValueOutsideTheFixIsNotWritten) {
    // DisableIKENameEkuCheck through a NegotiateDH2048 entry, and a REG_SZ "before" for the value
    // of the fix itself: neither reaches the registry.
    win::Win32Registry registry;
    const auto* eku = vpn::findKnownRegistryValue(vpn::reg::kDisableIkeNameEkuCheck);
    const auto* dh = vpn::findKnownRegistryValue(vpn::reg::kNegotiateDh2048Aes256);
    ASSERT_TRUE(registry.remove(eku->root, eku->key, eku->name));
    ASSERT_TRUE(registry.write(dh->root, dh->key, dh->name, RegistryValue::dword(1)));
    const std::string key = "HKLM\\" + std::string(dh->key);

    auto outside = crafted(std::string(fix::kNegotiateDh2048));
    outside.settings = {
        SettingChange{"registry", key, "", std::string(eku->name), "4:01000000", "4:01000000", ""}};
    auto wrongType = crafted(std::string(fix::kNegotiateDh2048));
    wrongType.id = "20261127T101500Z-bbbbbb";
    wrongType.settings = {
        SettingChange{"registry", key, "", std::string(dh->name), "1:3100000000", "4:01000000", ""}};
    ASSERT_TRUE(Journal(m_file).append(outside));
    ASSERT_TRUE(Journal(m_file).append(wrongType));

    Journal journal(m_file);
    SettingRemediator remediator(&registry, journal, SettingRemediatorOptions{});
    for (const auto& id : {outside.id, wrongType.id}) {
        auto undone = remediator.undo(id);
        ASSERT_FALSE(undone) << id;
        EXPECT_EQ(undone.error().code, ErrorCode::JournalEntryInvalid) << undone.error().detail;
    }
    EXPECT_FALSE(registry.read(eku->root, eku->key, eku->name)->has_value());
    EXPECT_EQ(**registry.read(dh->root, dh->key, dh->name), RegistryValue::dword(1));
    ASSERT_TRUE(registry.remove(dh->root, dh->key, dh->name));
}

TEST(WineMachineFolder, CreatedWithItsDaclAndCheckedWhenItExists) {
    // A folder under the temp dir: safe as administrator on a real Windows too.
    const fs::path base = fs::temp_directory_path() / wintest::uniqueServiceName("machinefolder");
    fs::create_directories(base);
    const fs::path folder = base / "IPsecDoctor";
    ASSERT_TRUE(prepareMachineDataFolder(folder)) << "create";
    EXPECT_TRUE(fs::is_directory(folder));
    auto dacl = folderDaclSddl(folder);
    ASSERT_TRUE(dacl) << dacl.error().detail;
    if (wintest::runningUnderWine()) {
        // Wine 8 keeps no security descriptor on files: GetNamedSecurityInfoW answers one made up
        // from the Unix mode (SYSTEM, the Unix user's SID, Everyone), owner the Unix user. So the
        // DACL that was set cannot be read back, and a second run sees a folder not owned by
        // Administrators, which it refuses: the path a folder planted by a user takes.
        EXPECT_EQ(dacl->rfind("D:", 0), 0u) << *dacl;
        EXPECT_EQ(dacl->find("(A;OICI;FA;;;BA)"), std::string::npos) << *dacl;
        auto again = prepareMachineDataFolder(folder);
        ASSERT_FALSE(again);
        EXPECT_EQ(again.error().code, ErrorCode::AccessDenied) << again.error().detail;
    } else {
        // Protected (no inherited ACE from the parent), and exactly the three ACEs it was given.
        EXPECT_EQ(dacl->rfind("D:P", 0), 0u) << *dacl;
        EXPECT_NE(dacl->find("(A;OICI;FA;;;SY)"), std::string::npos) << *dacl;
        EXPECT_NE(dacl->find("(A;OICI;FA;;;BA)"), std::string::npos) << *dacl;
        EXPECT_NE(dacl->find(";;;BU)"), std::string::npos) << *dacl;
        EXPECT_EQ(std::count(dacl->begin(), dacl->end(), '('), 3) << *dacl;
        ASSERT_TRUE(prepareMachineDataFolder(folder)) << "existing"; // its own folder, DACL set again
    }

    // A file where the folder should be is refused, not adopted.
    const fs::path planted = base / "Planted";
    ASSERT_TRUE(writeFileAtomic(planted, "x"));
    auto refused = prepareMachineDataFolder(planted);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::AccessDenied);
    std::error_code ec;
    fs::remove_all(base, ec);
}

} // namespace
} // namespace ipsecdoctor
