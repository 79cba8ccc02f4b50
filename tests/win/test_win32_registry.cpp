// The Win32 registry backend and the setting remediations against Wine's real registry and file
// system: the exact registry paths of docs/ipsec-facts.md §2 and the user's real phonebook folder,
// in the throwaway prefix of cmake/wine/wine-run.sh. Nothing is simulated.
#include "ipsecdoctor/collect/vpn_collector.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/platform/phonebook_locations.h"
#include "ipsecdoctor/remediation/setting_remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/vpn/nic_offload.h"
#include "ipsecdoctor/vpn/phonebook.h"
#include "ipsecdoctor/vpn/registry_values.h"
#include "platform/win/win32_registry.h"
#include "scm_test_support.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <algorithm>
#include <filesystem>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;

// A key of our own under HKCU for the backend's own behaviour.
const std::string kTestKey = "Software\\IPsecDoctorTests\\Registry";

TEST(Win32Registry, ReadWriteRemoveKeepTypeAndBytes) {
    win::Win32Registry reg;
    ASSERT_TRUE(reg.remove(RegistryRoot::CurrentUser, kTestKey, "Value").hasValue());
    auto absent = reg.read(RegistryRoot::CurrentUser, kTestKey, "Value");
    ASSERT_TRUE(absent.hasValue());
    EXPECT_FALSE(absent->has_value());
    // A key that does not exist is "absent", not an error.
    auto noKey = reg.read(RegistryRoot::CurrentUser, "Software\\IPsecDoctorTests\\NoSuchKey", "Value");
    ASSERT_TRUE(noKey.hasValue());
    EXPECT_FALSE(noKey->has_value());

    ASSERT_TRUE(
        reg.write(RegistryRoot::CurrentUser, kTestKey, "Value", RegistryValue::dword(0x01020304)).hasValue());
    auto dword = reg.read(RegistryRoot::CurrentUser, kTestKey, "Value");
    ASSERT_TRUE(dword.hasValue() && dword->has_value());
    EXPECT_EQ((*dword)->type, static_cast<std::uint32_t>(REG_DWORD));
    EXPECT_EQ((*dword)->asDword(), 0x01020304u);

    // REG_SZ as Windows stores it (UTF-16 with its terminator) comes back byte for byte.
    const RegistryValue text{REG_SZ, std::string("2\0\0\0", 4)};
    ASSERT_TRUE(reg.write(RegistryRoot::CurrentUser, kTestKey, "Value", text).hasValue());
    auto back = reg.read(RegistryRoot::CurrentUser, kTestKey, "Value");
    ASSERT_TRUE(back.hasValue() && back->has_value());
    EXPECT_EQ(**back, text);
    EXPECT_FALSE((*back)->asDword().has_value());

    ASSERT_TRUE(reg.remove(RegistryRoot::CurrentUser, kTestKey, "Value").hasValue());
    EXPECT_FALSE(reg.read(RegistryRoot::CurrentUser, kTestKey, "Value")->has_value());
    EXPECT_TRUE(reg.remove(RegistryRoot::CurrentUser, kTestKey, "Value").hasValue()); // already absent
}

class WineSettings : public ::testing::Test {
protected:
    void SetUp() override {
        if (!wintest::runningUnderWine()) {
            GTEST_SKIP() << "changes RasMan/PolicyAgent values and the user's phonebook: only in a throwaway "
                            "Wine prefix";
        }
        m_dir = fs::temp_directory_path() / wintest::uniqueServiceName("settings");
        fs::remove_all(m_dir);
        m_journal = std::make_unique<Journal>(m_dir / "journal.json");
        SettingRemediatorOptions options;
        options.hostname = "wine-test";
        options.phonebookPath = systemPhonebook;
        m_remediator = std::make_unique<SettingRemediator>(&m_registry, *m_journal, options);
        for (const auto& known : vpn::knownRegistryValues()) {
            ASSERT_TRUE(m_registry.remove(known.root, known.key, known.name).hasValue());
        }
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
        if (wintest::runningUnderWine()) {
            for (const auto& known : vpn::knownRegistryValues()) {
                (void)m_registry.remove(known.root, known.key, known.name);
            }
        }
    }

    std::optional<RegistryValue> value(std::string_view id) {
        const auto* known = vpn::findKnownRegistryValue(id);
        auto v = m_registry.read(known->root, known->key, known->name);
        EXPECT_TRUE(v.hasValue());
        return v ? *v : std::nullopt;
    }

    fs::path m_dir;
    win::Win32Registry m_registry;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SettingRemediator> m_remediator;
};

TEST_F(WineSettings, NegotiateDh2048AbsentIsRestoredAsAbsent) {
    EXPECT_FALSE(value(vpn::reg::kNegotiateDh2048Aes256).has_value());
    auto entry = m_remediator->apply(*parseSettingRemediation(fix::kNegotiateDh2048, {}));
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    EXPECT_EQ(value(vpn::reg::kNegotiateDh2048Aes256), RegistryValue::dword(1));
    // Collection reads it back through the same backend, as RasMan would honour it.
    std::vector<CollectionError> errors;
    const auto config = collectVpnConfiguration(&m_registry, {}, errors);
    EXPECT_TRUE(errors.empty());
    EXPECT_EQ(vpn::negotiateDh2048Aes256(config), 1);
    EXPECT_EQ(config.findRegistry(vpn::reg::kNegotiateDh2048Aes256)->key,
              "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters");

    ASSERT_TRUE(m_remediator->undo(entry->id).hasValue());
    EXPECT_FALSE(value(vpn::reg::kNegotiateDh2048Aes256).has_value());
}

TEST_F(WineSettings, AssumeUdpEncapsulationPriorValueReturnsAndOtherTypesAreLeftAlone) {
    const auto* known = vpn::findKnownRegistryValue(vpn::reg::kAssumeUdpEncapsulation);
    // A REG_SZ "1" left by a hand-made .reg file: Windows ignores it (not a DWORD).
    const RegistryValue prior{REG_SZ, std::string("1\0\0\0", 4)};
    ASSERT_TRUE(m_registry.write(known->root, known->key, known->name, prior).hasValue());
    std::vector<CollectionError> errors;
    EXPECT_EQ(vpn::effectiveDword(collectVpnConfiguration(&m_registry, {}, errors),
                                  vpn::reg::kAssumeUdpEncapsulation),
              0u);
    // Undo restores only a REG_DWORD in range (journal_validation.h): the fix leaves it alone.
    auto refused = m_remediator->apply(*parseSettingRemediation(fix::kAssumeUdpEncapsulation, {}));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(value(vpn::reg::kAssumeUdpEncapsulation), prior);

    const auto dword1 = RegistryValue::dword(1);
    ASSERT_TRUE(m_registry.write(known->root, known->key, known->name, dword1).hasValue());
    auto entry = m_remediator->apply(*parseSettingRemediation(fix::kAssumeUdpEncapsulation, {}));
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    EXPECT_EQ(value(vpn::reg::kAssumeUdpEncapsulation), RegistryValue::dword(2));
    ASSERT_TRUE(m_remediator->undo(entry->id).hasValue());
    EXPECT_EQ(value(vpn::reg::kAssumeUdpEncapsulation), dword1);
}

TEST_F(WineSettings, UserPhonebookInTheRealKnownFolder) {
    auto path = systemPhonebook(PhonebookScope::User);
    ASSERT_TRUE(path.hasValue()) << path.error().detail;
    EXPECT_EQ(path->filename(), "rasphone.pbk");
    EXPECT_EQ(path->parent_path().filename(), "Pbk");
    fs::create_directories(path->parent_path());
    const std::string original =
        "[Office VPN]\r\nEncoding=1\r\nPBVersion=8\r\nType=2\r\nVpnStrategy=7\r\n"
        "NumCustomPolicy=0\r\n\r\nMEDIA=rastapi\r\nDevice=WAN Miniport (IKEv2)\r\n\r\n"
        "DEVICE=vpn\r\nPhoneNumber=vpn.example.net\r\n";
    ASSERT_TRUE(writeFileAtomic(*path, original).hasValue());
    const auto profiles = readPhonebookProfiles(*path, PhonebookScope::User);
    ASSERT_TRUE(profiles.hasValue());
    ASSERT_EQ(profiles->size(), 1u);
    EXPECT_EQ(profiles->front().tunnel, TunnelType::Ikev2);

    SettingArguments args;
    args.profile = "Office VPN";
    args.scope = PhonebookScope::User;
    args.policy = *parsePolicyArgument("AES256,SHA256,Group14,AES256,SHA256128,None");
    auto entry = m_remediator->apply(*parseSettingRemediation(fix::kProfileIpsecPolicy, args));
    ASSERT_TRUE(entry.hasValue()) << entry.error().detail;
    auto after = readPhonebookProfiles(*path, PhonebookScope::User);
    ASSERT_TRUE(after.hasValue());
    ASSERT_TRUE(after->front().customPolicy.has_value());
    EXPECT_EQ(policyArgument(*after->front().customPolicy), "AES256,SHA256,Group14,AES256,SHA256128,None");
    ASSERT_TRUE(m_remediator->undo(entry->id).hasValue());
    EXPECT_EQ(*readFile(*path, vpn::kMaxPhonebookBytes), original);
    std::error_code ec;
    fs::remove(*path, ec);
    fs::remove(entry->settings.front().backup, ec);
}

TEST(WinePlatform, LivePlatformHasTheRegistryAndBothPhonebooks) {
    auto platform = makeLivePlatform();
    ASSERT_TRUE(platform.hasValue());
    ASSERT_NE(platform->registry, nullptr);
    const auto books = systemPhonebooks();
    ASSERT_EQ(books.size(), 2u);
    EXPECT_EQ(books[0].scope, PhonebookScope::User);
    EXPECT_EQ(books[1].scope, PhonebookScope::AllUsers);
    EXPECT_NE(books[1].path.wstring().find(L"Microsoft\\Network\\Connections\\Pbk"), std::wstring::npos);
}

} // namespace
} // namespace ipsecdoctor

namespace ipsecdoctor {
namespace {

// An adapter instance key of our own under the real network adapter class, with the NDIS
// standardized keyword as drivers write it (REG_SZ "3": AH and ESP offloaded).
TEST(Win32Registry, NicIpsecOffloadKeywordsOfTheAdapterClass) {
    win::Win32Registry reg;
    const std::string key = std::string(vpn::kNetworkAdapterClass) + "\\0987";
    auto utf16 = [](const std::string& ascii) {
        std::string out;
        for (char c : ascii) {
            out += c;
            out += '\0';
        }
        return out + std::string(2, '\0');
    };
    ASSERT_TRUE(reg.write(RegistryRoot::LocalMachine, key, "DriverDesc",
                          RegistryValue{REG_SZ, utf16("IPsec Doctor Test Adapter")})
                    .hasValue());
    ASSERT_TRUE(
        reg.write(RegistryRoot::LocalMachine, key, "*IPsecOffloadV2", RegistryValue{REG_SZ, utf16("3")})
            .hasValue());
    auto names = reg.subkeys(RegistryRoot::LocalMachine, vpn::kNetworkAdapterClass);
    ASSERT_TRUE(names.hasValue()) << names.error().detail;
    EXPECT_NE(std::find(names->begin(), names->end(), "0987"), names->end());
    auto none = reg.subkeys(RegistryRoot::LocalMachine, "SOFTWARE\\IPsecDoctorTests\\NoSuchKey");
    ASSERT_TRUE(none.hasValue());
    EXPECT_TRUE(none->empty());

    auto nics = vpn::readNicIpsecOffload(reg);
    ASSERT_TRUE(nics.hasValue()) << nics.error().detail;
    auto ours = std::find_if(nics->begin(), nics->end(),
                             [](const NicIpsecOffload& n) { return n.key.ends_with("\\0987"); });
    ASSERT_NE(ours, nics->end());
    EXPECT_EQ(ours->adapter, "IPsec Doctor Test Adapter");
    EXPECT_EQ(ours->keyword, "*IPsecOffloadV2");
    EXPECT_EQ(ours->value, "3");
    EXPECT_TRUE(ours->enabled());

    // Turned off: still listed (the adapter supports it), not enabled.
    ASSERT_TRUE(
        reg.write(RegistryRoot::LocalMachine, key, "*IPsecOffloadV2", RegistryValue{REG_SZ, utf16("0")})
            .hasValue());
    nics = vpn::readNicIpsecOffload(reg);
    ASSERT_TRUE(nics.hasValue());
    ours = std::find_if(nics->begin(), nics->end(),
                        [](const NicIpsecOffload& n) { return n.key.ends_with("\\0987"); });
    ASSERT_NE(ours, nics->end());
    EXPECT_FALSE(ours->enabled());
    EXPECT_TRUE(reg.remove(RegistryRoot::LocalMachine, key, "*IPsecOffloadV2").hasValue());
    EXPECT_TRUE(reg.remove(RegistryRoot::LocalMachine, key, "DriverDesc").hasValue());
}

} // namespace
} // namespace ipsecdoctor
