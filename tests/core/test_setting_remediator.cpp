// Setting remediations: the phonebook edits on real phonebooks in a temporary folder, the registry
// values on an in-memory registry (the Win32 registry itself: tests/win/test_win32_registry.cpp).
#include "ipsecdoctor/remediation/setting_remediator.h"

#include "ipsecdoctor/platform/service_control.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/vpn/phonebook.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include "memory_registry.h"
#include "pbk_test_support.h"
#include "simulated_scm.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using ipsecdoctor::testing::MemoryRegistry;
using ipsecdoctor::testing::readRealWorld;
using ipsecdoctor::testing::TempDir;

namespace {

class SettingRemediatorTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_pbk = m_dir.path() / "rasphone.pbk";
        m_original = readRealWorld("pbk/lenoba-VPN-ImportExporter_rasphone_IKEv2-L2TP-PPTP_6entries.pbk");
        ASSERT_TRUE(writeFileAtomic(m_pbk, m_original).hasValue());
    }

    SettingRemediator remediator() {
        SettingRemediatorOptions options;
        options.hostname = "PC";
        options.phonebookPath = [this](PhonebookScope scope) -> Expected<std::filesystem::path> {
            if (scope == PhonebookScope::User) {
                return m_pbk;
            }
            return Error::make(ErrorCode::NotFound, "no all-users phonebook in this test");
        };
        return SettingRemediator(&m_registry, m_journal, options);
    }

    std::string pbkValue(const std::string& entry, const std::string& key) {
        auto bytes = readFile(m_pbk, vpn::kMaxPhonebookBytes);
        auto book = vpn::parsePhonebook(*bytes);
        const auto* v = book->find(entry)->find(key);
        return v ? v->value : "<absent>";
    }

    TempDir m_dir;
    std::filesystem::path m_pbk;
    std::string m_original;
    MemoryRegistry m_registry;
    Journal m_journal{m_dir.path() / "IPsecDoctor" / "journal.json"};
};

SettingArguments policyArgs(const std::string& profile, const char* policy) {
    SettingArguments a;
    a.profile = profile;
    a.scope = PhonebookScope::User;
    a.policy = *parsePolicyArgument(policy);
    return a;
}

} // namespace

TEST_F(SettingRemediatorTest, CustomPolicyIsWrittenJournaledAndUndoneByteForByte) {
    auto spec = parseSettingRemediation(
        fix::kProfileIpsecPolicy, policyArgs("vpn.e-zj.si", "AES256,SHA256,Group14,AES256,SHA256128,None"));
    ASSERT_TRUE(spec.hasValue());
    EXPECT_FALSE(spec->needsElevation); // the user's own phonebook
    EXPECT_EQ(spec->aftermath, Aftermath::Reconnect);
    auto r = remediator();
    auto entry = r.apply(*spec);
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    EXPECT_EQ(pbkValue("vpn.e-zj.si", "NumCustomPolicy"), "1");
    EXPECT_EQ(pbkValue("vpn.e-zj.si", "CustomIPSecPolicies"),
              "020000000400000003000000050000000200000000000000");
    EXPECT_EQ(pbkValue("marbo.pin.si", "NumCustomPolicy"), "0"); // other profiles untouched
    ASSERT_EQ(entry->settings.size(), 2u);
    EXPECT_EQ(entry->settings[0].before, std::optional<std::string>("0"));
    EXPECT_EQ(entry->settings[1].before, std::nullopt); // CustomIPSecPolicies was absent
    // The backup is the file as it was.
    EXPECT_EQ(*readFile(std::filesystem::path(entry->settings[0].backup), vpn::kMaxPhonebookBytes),
              m_original);
    auto journal = m_journal.load();
    ASSERT_EQ(journal->size(), 1u);
    EXPECT_EQ(journal->front(), *entry); // survives the JSON round trip

    auto undone = r.undo(entry->id);
    ASSERT_TRUE(undone.hasValue()) << undone.error().detail;
    EXPECT_EQ(undone->status, JournalStatus::Undone);
    EXPECT_EQ(*readFile(m_pbk, vpn::kMaxPhonebookBytes), m_original);
    EXPECT_EQ(r.undo(entry->id).error().code, ErrorCode::InvalidArgument);
}

TEST_F(SettingRemediatorTest, TunnelTypeSwitch) {
    SettingArguments a;
    a.profile = "vpn.e-zj.si";
    a.strategy = VpnStrategy::L2tpOnly;
    auto spec = parseSettingRemediation(fix::kProfileTunnelType, a);
    ASSERT_TRUE(spec.hasValue());
    auto r = remediator();
    auto entry = r.apply(*spec);
    ASSERT_TRUE(entry.hasValue());
    EXPECT_EQ(pbkValue("vpn.e-zj.si", "VpnStrategy"), "3");
    ASSERT_TRUE(r.undo(entry->id).hasValue());
    EXPECT_EQ(*readFile(m_pbk, vpn::kMaxPhonebookBytes), m_original);
}

TEST_F(SettingRemediatorTest, UnknownProfileChangesNothingAndLeavesNoJournalEntry) {
    auto spec = parseSettingRemediation(
        fix::kProfileIpsecPolicy, policyArgs("No such VPN", "AES256,SHA256,Group14,AES256,SHA256128,None"));
    ASSERT_TRUE(spec.hasValue());
    auto r = remediator();
    EXPECT_EQ(r.apply(*spec).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(m_journal.load()->empty());
    EXPECT_EQ(*readFile(m_pbk, vpn::kMaxPhonebookBytes), m_original);
}

TEST_F(SettingRemediatorTest, RegistryValueAbsentBeforeIsDeletedAgainOnUndo) {
    auto spec = parseSettingRemediation(fix::kNegotiateDh2048, {});
    ASSERT_TRUE(spec.hasValue());
    EXPECT_TRUE(spec->needsElevation);
    EXPECT_EQ(spec->aftermath, Aftermath::RestartRasMan);
    auto r = remediator();
    auto entry = r.apply(*spec);
    ASSERT_TRUE(entry.hasValue());
    const MemoryRegistry::Key key{RegistryRoot::LocalMachine, std::string(vpn::kRasManParameters),
                                  "NegotiateDH2048_AES256"};
    ASSERT_TRUE(m_registry.values.count(key));
    EXPECT_EQ(m_registry.values.at(key).asDword(), 1u);
    EXPECT_EQ(entry->settings[0].before, std::nullopt);
    EXPECT_EQ(entry->settings[0].after, std::optional<std::string>("4:01000000"));
    ASSERT_TRUE(r.undo(entry->id).hasValue());
    EXPECT_FALSE(m_registry.values.count(key));
}

TEST_F(SettingRemediatorTest, RegistryValueOfAnotherTypeIsNotOverwritten) {
    // Undo restores only a REG_DWORD in range (journal_validation.h), so the fix does not replace
    // what it could not put back.
    const MemoryRegistry::Key key{RegistryRoot::LocalMachine, std::string(vpn::kPolicyAgent),
                                  "AssumeUDPEncapsulationContextOnSendRule"};
    const RegistryValue odd{kRegSz, std::string("2\0\0\0", 4)};
    m_registry.values[key] = odd;
    auto spec = parseSettingRemediation(fix::kAssumeUdpEncapsulation, {});
    ASSERT_TRUE(spec.hasValue());
    EXPECT_EQ(spec->aftermath, Aftermath::Reboot);
    auto r = remediator();
    auto entry = r.apply(*spec);
    ASSERT_FALSE(entry.hasValue());
    EXPECT_EQ(entry.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(m_registry.values.at(key), odd);
    EXPECT_TRUE(m_journal.load()->empty());
}

TEST_F(SettingRemediatorTest, RegistryValueInRangeComesBack) {
    const MemoryRegistry::Key key{RegistryRoot::LocalMachine, std::string(vpn::kPolicyAgent),
                                  "AssumeUDPEncapsulationContextOnSendRule"};
    m_registry.values[key] = RegistryValue::dword(1);
    auto r = remediator();
    auto entry = r.apply(*parseSettingRemediation(fix::kAssumeUdpEncapsulation, {}));
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    EXPECT_EQ(m_registry.values.at(key), RegistryValue::dword(2));
    ASSERT_TRUE(r.undo(entry->id).hasValue());
    EXPECT_EQ(m_registry.values.at(key), RegistryValue::dword(1));
}

TEST_F(SettingRemediatorTest, FailedWriteLeavesNoJournalEntry) {
    m_registry.failWrites = true;
    auto r = remediator();
    auto entry = r.apply(*parseSettingRemediation(fix::kNegotiateDh2048, {}));
    EXPECT_EQ(entry.error().code, ErrorCode::AccessDenied);
    EXPECT_TRUE(m_journal.load()->empty());
}

TEST_F(SettingRemediatorTest, UndoJournalEntryDispatchesByKind) {
    ipsecdoctor::testing::SimulatedScm scm;
    Remediator services(scm, m_journal);
    auto r = remediator();
    auto entry = r.apply(*parseSettingRemediation(fix::kNegotiateDh2048, {}));
    ASSERT_TRUE(entry.hasValue());
    // The service remediator refuses it, the dispatcher routes it.
    EXPECT_EQ(services.undo(entry->id).error().code, ErrorCode::NotSupported);
    auto undone = undoJournalEntry(m_journal, services, r, "");
    ASSERT_TRUE(undone.hasValue()) << undone.error().detail;
    EXPECT_EQ(undone->id, entry->id);
    EXPECT_EQ(undoJournalEntry(m_journal, services, r, "").error().code, ErrorCode::NotFound);
}

TEST(SettingIds, ArgumentsAreValidated) {
    SettingArguments none;
    EXPECT_FALSE(parseSettingRemediation("registry.prohibit-ipsec.set", none));
    EXPECT_FALSE(parseSettingRemediation(fix::kProfileIpsecPolicy, none)); // no profile, no policy
    auto a = policyArgs("Office", "AES256,SHA256,Group14,AES256,SHA256128,None");
    EXPECT_TRUE(parseSettingRemediation(fix::kProfileIpsecPolicy, a));
    a.scope = PhonebookScope::AllUsers;
    EXPECT_TRUE(parseSettingRemediation(fix::kProfileIpsecPolicy, a)->needsElevation);
    a.scope = PhonebookScope::File; // a phonebook file named on the command line: its permissions decide
    ASSERT_TRUE(parseSettingRemediation(fix::kProfileIpsecPolicy, a));
    EXPECT_FALSE(parseSettingRemediation(fix::kProfileIpsecPolicy, a)->needsElevation);
    a.scope = PhonebookScope::User;
    a.strategy = VpnStrategy::Ikev2Only; // an argument this fix does not take
    EXPECT_FALSE(parseSettingRemediation(fix::kProfileIpsecPolicy, a));
    EXPECT_FALSE(parseSettingRemediation(
        fix::kNegotiateDh2048, policyArgs("Office", "AES256,SHA256,Group14,AES256,SHA256128,None")));
    // A surrogate written as UTF-8 and an overlong '[' are not UTF-8 either: the elevated helper
    // would write them into the phonebook as they are.
    for (const char* bad : {"", "a\nb", "[x]", "tab\there", "\xC3", "VPN \xED\xA0\x80", "\xE0\x81\x9Bx"}) {
        EXPECT_FALSE(isValidProfileName(bad)) << bad;
    }
    EXPECT_TRUE(isValidProfileName("VPN de l'\xC3\xA9quipe (IKEv2)"));
}
