// The proposal sets Windows sends (docs/ipsec-facts.md §1), checked against what real servers
// logged when a Windows client connected (tests/data/real-world), and the custom policy of
// Set-VpnConnectionIPsecConfiguration.

#include "ipsecdoctor/ike/windows_proposals.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ipsecdoctor::ike {
namespace {

std::string readShared(const std::string& relative) {
    std::ifstream in(std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / relative, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(WindowsProposals, Windows10DefaultIsWhatCharonLoggedFromAWindows10Client) {
    // charon's "received proposals:" line for a Windows 10 IKEv2 client (algo#9). The log line
    // is truncated after the eighth proposal: compare those.
    const std::string log = readShared(
        "real-world/strongswan-charon-logs/algo-issue9_win10-IKEv2_default-IKE-proposals_2016_TRUNCATED.log");
    if (log.empty()) {
        GTEST_SKIP() << "shared data not available";
    }
    const auto set = windowsIkev2Proposals(WindowsIkev2Set::Windows10Default);
    ASSERT_EQ(set.size(), 12u);
    std::string expected;
    for (std::size_t i = 0; i < 8; ++i) {
        expected += (i ? ", " : "") + set[i].toCharonString();
    }
    EXPECT_NE(log.find("received proposals: " + expected), std::string::npos) << expected;
    // pluto numbered AES-256/SHA2-256/MODP1024 as remote proposal 11 (hwdsl2/setup-ipsec-vpn#670).
    EXPECT_EQ(set[10].toString(), "aes256-sha256-modp1024");
    EXPECT_EQ(windowsIkev2KeyShare(WindowsIkev2Set::Windows10Default), DhGroup::Modp1024);
}

TEST(WindowsProposals, Windows11AddsGcmAndDh2048VariantsAddOrEnforceModp2048) {
    const auto w11 = windowsIkev2Proposals(WindowsIkev2Set::Windows11Default);
    ASSERT_EQ(w11.size(), 18u);
    EXPECT_EQ(w11[12].toString(), "aes128gcm16-prfsha1-modp1024");
    EXPECT_EQ(w11[17].toString(), "aes256gcm16-prfsha384-modp1024");

    const auto enabled = windowsIkev2Proposals(WindowsIkev2Set::Dh2048Aes256Enabled);
    ASSERT_EQ(enabled.size(), 21u);
    EXPECT_EQ(enabled.back().toString(), "aes256-sha384-modp2048");
    EXPECT_EQ(windowsIkev2KeyShare(WindowsIkev2Set::Dh2048Aes256Enabled), DhGroup::Modp1024);

    const auto enforced = windowsIkev2Proposals(WindowsIkev2Set::Dh2048Aes256Enforced);
    ASSERT_EQ(enforced.size(), 3u);
    for (const auto& p : enforced) {
        EXPECT_EQ(p.encryption.front(), (Encryption{EncrId::AesCbc, 256}));
        EXPECT_EQ(p.dh, std::vector<DhGroup>{DhGroup::Modp2048});
    }
    EXPECT_EQ(windowsIkev2KeyShare(WindowsIkev2Set::Dh2048Aes256Enforced), DhGroup::Modp2048);
}

// Expert review E10: NegotiateDH2048_AES256 = 1 adds AES-256/MODP2048 to the OS's own default;
// Windows 10 does not gain AES-GCM from it (strongSwan documents GCM for Windows 11 only).
TEST(WindowsProposals, Dh2048EnabledOnWindows10AddsModp2048WithoutGcm) {
    EXPECT_EQ(windowsIkev2SetFor(false, 1), WindowsIkev2Set::Windows10Dh2048Aes256Enabled);
    EXPECT_EQ(windowsIkev2SetFor(true, 1), WindowsIkev2Set::Dh2048Aes256Enabled);
    EXPECT_EQ(windowsIkev2SetFor(false, 2), WindowsIkev2Set::Dh2048Aes256Enforced);
    EXPECT_EQ(windowsIkev2SetFor(true, 0), WindowsIkev2Set::Windows11Default);
    EXPECT_EQ(windowsIkev2SetFor(false, 0), WindowsIkev2Set::Windows10Default);
    const auto w10 = windowsIkev2Proposals(WindowsIkev2Set::Windows10Dh2048Aes256Enabled);
    ASSERT_EQ(w10.size(), 15u);
    for (const auto& p : w10) {
        EXPECT_NE(p.encryption.front().id, EncrId::AesGcm16) << p.toString();
    }
    EXPECT_EQ(w10[12].toString(), "aes256-sha1-modp2048");
    EXPECT_EQ(w10.back().toString(), "aes256-sha384-modp2048");
    EXPECT_EQ(windowsIkev2KeyShare(WindowsIkev2Set::Windows10Dh2048Aes256Enabled), DhGroup::Modp1024);
}

TEST(WindowsProposals, SetIdsRoundTrip) {
    for (auto s : {WindowsIkev2Set::Windows10Default, WindowsIkev2Set::Windows11Default,
                   WindowsIkev2Set::Dh2048Aes256Enabled, WindowsIkev2Set::Dh2048Aes256Enforced,
                   WindowsIkev2Set::Windows10Dh2048Aes256Enabled}) {
        EXPECT_EQ(windowsIkev2SetFromId(windowsIkev2SetId(s)), s);
    }
    EXPECT_FALSE(windowsIkev2SetFromId("windows7"));
}

TEST(WindowsProposals, L2tpMainModeStartsWithTheObservedEcpProposals) {
    const auto mm = windowsL2tpMainModeProposals();
    ASSERT_GE(mm.size(), 3u);
    EXPECT_EQ(mm[0].toString(), "aes256-sha1-ecp384");
    EXPECT_EQ(mm[1].toString(), "aes128-sha1-ecp256");
    EXPECT_EQ(mm[2].toString(), "aes256-sha1-modp2048");
    for (const auto& p : mm) {
        EXPECT_TRUE(v1::cipherFor(p.encryption.front().id).has_value()) << p.toString();
    }
}

TEST(WindowsProposals, EspDefaultsAreSha1WithAesFirst) {
    const auto esp = windowsEspDefaultProposals();
    ASSERT_EQ(esp.size(), 5u);
    EXPECT_EQ(esp.front().toString(), "aes256-sha1-noesn");
    EXPECT_EQ(esp.back().toString(), "null-sha1-noesn");
}

TEST(WindowsPolicy, CustomPolicyBecomesOneIkeAndOneEspProposal) {
    VpnIpsecPolicy policy;
    policy.encryptionMethod = EncryptionMethod::GcmAes256;
    policy.integrityCheckMethod = IntegrityCheckMethod::Sha384;
    policy.dhGroup = DhGroupSetting::Ecp384;
    policy.cipherTransformConstants = CipherTransform::GcmAes256;
    policy.authenticationTransformConstants = AuthenticationTransform::GcmAes256;
    policy.pfsGroup = PfsGroup::Ecp384;
    ASSERT_TRUE(validate(policy));
    EXPECT_EQ(ikeProposal(policy).toString(), "aes256gcm16-prfsha384-ecp384");
    EXPECT_EQ(espProposal(policy).toString(), "aes256gcm16-ecp384-noesn");
    EXPECT_EQ(powerShellArguments(policy),
              "-AuthenticationTransformConstants GCMAES256 -CipherTransformConstants GCMAES256 "
              "-EncryptionMethod GCMAES256 -IntegrityCheckMethod SHA384 -DHGroup ECP384 -PfsGroup ECP384");
}

TEST(WindowsPolicy, ValidationRefusesWhatWindowsRefuses) {
    VpnIpsecPolicy policy;
    policy.cipherTransformConstants = CipherTransform::GcmAes128;
    policy.authenticationTransformConstants = AuthenticationTransform::Sha196;
    EXPECT_FALSE(validate(policy));
    policy.authenticationTransformConstants = AuthenticationTransform::GcmAes256;
    EXPECT_FALSE(validate(policy));
    policy.authenticationTransformConstants = AuthenticationTransform::GcmAes128;
    EXPECT_TRUE(validate(policy));
    policy.dhGroup = DhGroupSetting::None;
    EXPECT_FALSE(validate(policy));
}

TEST(WindowsPolicy, EveryCustomProposalMapsBackToItsPolicy) {
    const auto all = allWindowsCustomIkeProposals();
    EXPECT_EQ(all.size(), 6u * 7u * 4u);
    EXPECT_EQ(all.front().toString(), "aes256gcm16-prfsha384-ecp384");
    for (const auto& p : all) {
        auto policy = policyForIkeProposal(p);
        ASSERT_TRUE(policy) << p.toString() << ": " << policy.error().detail;
        EXPECT_TRUE(validate(*policy)) << p.toString();
        EXPECT_EQ(ikeProposal(*policy), p) << p.toString();
    }
}

TEST(WindowsPolicy, ProposalsWindowsCannotSendAreNotSupported) {
    for (const char* text :
         {"chacha20poly1305-prfsha256-curve25519", "aes256-sha512-modp2048", "aes256-sha256-modp3072",
          "aes256-sha1-prfsha256-modp2048", "aes256-sha1-sha256-modp2048"}) {
        auto p = parseProposal(text);
        ASSERT_TRUE(p) << text;
        EXPECT_FALSE(policyForIkeProposal(*p)) << text;
    }
    auto ok = policyForIkeProposal(*parseProposal("aes128-sha256-modp2048"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(powerShellArguments(*ok),
              "-AuthenticationTransformConstants SHA256128 -CipherTransformConstants "
              "AES128 -EncryptionMethod AES128 -IntegrityCheckMethod SHA256 "
              "-DHGroup Group14 -PfsGroup None");
}

} // namespace
} // namespace ipsecdoctor::ike
