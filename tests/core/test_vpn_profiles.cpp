// VPN profiles read from the real phonebooks: what the Proposals step relies on.
#include "ipsecdoctor/collect/vpn_collector.h"
#include "ipsecdoctor/vpn/phonebook.h"
#include "ipsecdoctor/vpn/vpn_profiles.h"

#include "pbk_test_support.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::vpn;
using ipsecdoctor::testing::readRealWorld;
using ipsecdoctor::testing::realPhonebooks;
using ipsecdoctor::testing::realWorld;

namespace {

std::vector<VpnProfile> profilesOf(const std::string& file) {
    auto book = parsePhonebook(readRealWorld("pbk/" + file));
    EXPECT_TRUE(book.hasValue());
    return book ? vpnProfiles(*book, PhonebookScope::User, file) : std::vector<VpnProfile>{};
}

} // namespace

TEST(VpnProfiles, PowershellCreatedIkev2Profile) {
    const auto profiles = profilesOf("githlp69-a_rasphone_IKEv2-PowershellCreated.pbk");
    ASSERT_EQ(profiles.size(), 1u);
    const auto& p = profiles[0];
    EXPECT_EQ(p.name, "BestBuy");
    EXPECT_EQ(p.server, "newyorkcity.hideservers.net");
    EXPECT_EQ(p.strategy, VpnStrategy::Ikev2Only);
    EXPECT_EQ(p.tunnel, TunnelType::Ikev2);
    EXPECT_EQ(p.auth, VpnAuthMethod::EapMschapv2);
    EXPECT_EQ(p.pbVersion, 8);
    EXPECT_FALSE(p.preSharedKeyConfigured);
    EXPECT_EQ(p.numCustomPolicy, 0);
    EXPECT_FALSE(p.customPolicy.has_value());
    EXPECT_EQ(p.splitTunneling, false); // IpPrioritizeRemote=1
    EXPECT_EQ(p.ikeNameEkuCheckDisabled, false);
    EXPECT_EQ(p.sources.at("server").rfind("PhoneNumber (line ", 0), 0u);
    EXPECT_EQ(p.sources.at("auth").rfind("CustomAuthKey", 0), 0u);
}

TEST(VpnProfiles, MixedPhonebookKeepsOnlyVpnEntriesWithTheirTunnels) {
    // 6tu-kid: a PPPoE entry (Type=5) and an IKEv2 one.
    const auto zh = profilesOf("6tu-kid_rasphone_PPPoE-plus-IKEv2-zh.pbk");
    ASSERT_EQ(zh.size(), 1u);
    EXPECT_EQ(zh[0].name, "pub.6tu.me");
    EXPECT_EQ(profilesOf("myfreeer-raslink_rasphone_PPPoE-only_zh-CN-device-name.pbk").size(), 0u);

    const auto lenoba = profilesOf("lenoba-VPN-ImportExporter_rasphone_IKEv2-L2TP-PPTP_6entries.pbk");
    ASSERT_EQ(lenoba.size(), 6u);
    EXPECT_EQ(lenoba[0].tunnel, TunnelType::Ikev2);
    EXPECT_EQ(lenoba[1].name, "marbo.pin.si");
    EXPECT_EQ(lenoba[1].strategy, VpnStrategy::L2tpOnly);
    EXPECT_EQ(lenoba[1].tunnel, TunnelType::L2tp);
}

TEST(VpnProfiles, StrategyFirstVariantsAndAutomaticFallBackToTheDevice) {
    const auto sstp = profilesOf("snwaters-test_rasphone_AlwaysOn-SSTP-NRPT.pbk");
    ASSERT_EQ(sstp.size(), 1u);
    EXPECT_EQ(sstp[0].strategy, VpnStrategy::SstpFirst);
    EXPECT_EQ(sstp[0].tunnel, TunnelType::Sstp);
    EXPECT_EQ(sstp[0].auth, VpnAuthMethod::Peap);
    EXPECT_EQ(sstp[0].splitTunneling, true); // IpPrioritizeRemote=0

    // Minimal entries: no VpnStrategy, the device says IKEv2; every default is marked as such.
    const auto minimal =
        profilesOf("ZaresPlusX-GrowTopia-AutoFarmer_rasphone_minimal-IKEv2-device-only-entries.pbk");
    ASSERT_EQ(minimal.size(), 9u);
    for (const auto& p : minimal) {
        EXPECT_FALSE(p.strategy.has_value());
        EXPECT_EQ(p.tunnel, TunnelType::Ikev2);
        EXPECT_EQ(p.sources.at("strategy"), "default (absent)");
        EXPECT_FALSE(p.splitTunneling.has_value());
    }
    EXPECT_EQ(tunnelFor(VpnStrategy::Default, "WAN Miniport (L2TP)"), TunnelType::L2tp);
    EXPECT_EQ(tunnelFor(VpnStrategy::Ikev2Sstp, "WAN Miniport (SSTP)"), TunnelType::Ikev2);
}

TEST(VpnProfiles, CustomPolicyIsDecodedAndAPreSharedKeyIsNeverCopied) {
    const std::string pbk =
        "[Office]\r\nType=2\r\nVpnStrategy=3\r\nIpSecFlags=1\r\nPreSharedKey=hunter2\r\n"
        "NumCustomPolicy=1\r\nCustomIPSecPolicies=020000000400000003000000050000000200000000000000\r\n"
        "\r\nMEDIA=rastapi\r\nDevice=WAN Miniport (L2TP)\r\n\r\nDEVICE=vpn\r\nPhoneNumber=203.0.113.7\r\n";
    auto book = parsePhonebook(pbk);
    ASSERT_TRUE(book.hasValue());
    const auto profiles = vpnProfiles(*book, PhonebookScope::AllUsers, "pbk");
    ASSERT_EQ(profiles.size(), 1u);
    const auto& p = profiles[0];
    EXPECT_EQ(p.auth, VpnAuthMethod::PreSharedKey);
    EXPECT_TRUE(p.preSharedKeyConfigured);
    ASSERT_TRUE(p.customPolicy.has_value());
    EXPECT_EQ(p.customPolicy->dhGroup, DhGroupSetting::Group14);
    for (const auto& [field, source] : p.sources) {
        EXPECT_EQ(source.find("hunter2"), std::string::npos) << field;
    }
}

TEST(VpnProfiles, UnreadableCustomPolicyIsKeptRawNotGuessed) {
    auto book = parsePhonebook("[X]\nType=2\nNumCustomPolicy=1\nCustomIPSecPolicies=1234\n");
    ASSERT_TRUE(book.hasValue());
    const auto profiles = vpnProfiles(*book, PhonebookScope::User, "pbk");
    ASSERT_EQ(profiles.size(), 1u);
    EXPECT_EQ(profiles[0].numCustomPolicy, 1);
    EXPECT_EQ(profiles[0].customPolicyHex, "1234");
    EXPECT_FALSE(profiles[0].customPolicy.has_value());
}

TEST(VpnCollector, ReadsEveryRealPhonebookAndReportsAMissingOneAsNothing) {
    std::vector<PhonebookLocation> locations;
    for (const auto& path : realPhonebooks()) {
        locations.push_back({PhonebookScope::User, path});
    }
    locations.push_back({PhonebookScope::AllUsers, realWorld("pbk/does-not-exist.pbk")});
    std::vector<CollectionError> errors;
    const auto config = collectVpnConfiguration(nullptr, locations, errors);
    EXPECT_TRUE(errors.empty());
    EXPECT_EQ(config.profiles.size(), 1u + 9 + 1 + 1 + 6 + 0 + 1 + 90);
    EXPECT_TRUE(config.registry.empty());
}
