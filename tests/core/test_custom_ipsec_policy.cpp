// CustomIPSecPolicies: the slot order is chosen by evidence. Every permutation of the six fields
// is scored against phonebook values whose Set-VpnConnectionIPsecConfiguration parameters are
// stated next to them; docs/custom-ipsec-policies.md explains the result.
#include "ipsecdoctor/vpn/custom_ipsec_policy.h"

#include "ipsecdoctor/knowledge/setting_ids.h"

#include "pbk_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

using namespace ipsecdoctor;
using namespace ipsecdoctor::vpn;
using ipsecdoctor::testing::readRealWorld;

namespace {

struct Pair {
    std::string where;
    std::string hex;
    VpnIpsecPolicy stated;
};

/// "NAME value" fragments of a script → the PowerShell value of a cmdlet parameter / XML element.
std::string param(const std::string& text, const std::string& name) {
    const std::regex re("(?:-" + name + "\\s+|<" + name + ">)([A-Za-z0-9]+)");
    std::smatch m;
    return std::regex_search(text, m, re) ? m[1].str() : std::string();
}

VpnIpsecPolicy statedPolicy(const std::string& text) {
    const std::string arg = param(text, "EncryptionMethod") + "," + param(text, "IntegrityCheckMethod") +
                            "," + param(text, "DHGroup") + "," + param(text, "CipherTransformConstants") +
                            "," + param(text, "AuthenticationTransformConstants") + "," +
                            param(text, "PfsGroup");
    auto policy = parsePolicyArgument(arg);
    EXPECT_TRUE(policy.hasValue()) << arg;
    return policy ? *policy : VpnIpsecPolicy{};
}

std::string hexIn(const std::string& text) {
    std::smatch m;
    const std::regex re("CustomIPSecPolicies\\s*(?:=|\",\\s*L\")\\s*\"?\\s*(?:L\")?([0-9A-Fa-f]{48})");
    EXPECT_TRUE(std::regex_search(text, m, re));
    return m.size() > 1 ? m[1].str() : std::string();
}

/// The pairs: the value and the parameters are read from the files themselves.
std::vector<Pair> evidence() {
    std::vector<Pair> pairs;
    // Windscribe writes the value with WritePrivateProfileString and gives the same policy as a
    // Set-VpnConnectionIPsecConfiguration fallback (tests/data/real-world/pbk/).
    const auto windscribe = readRealWorld("pbk/"
                                          "windscribe-Desktop-App_ikev2ipsec.cpp_CustomIPSecPolicies-plus-"
                                          "equivalent-Set-VpnConnectionIPsecConfiguration_"
                                          "code-fragment.txt");
    pairs.push_back({"windscribe", hexIn(windscribe), statedPolicy(windscribe)});
    // DHaimann injects the value into rasphone.pbk; the same script's ProfileXML CryptographySuite
    // states the policy (tests/data/real-world/powershell-vpn-scripts/).
    const auto dhaimann =
        readRealWorld("powershell-vpn-scripts/DHaimann-einfaches-netzwerk.at_VPN_Profile_User_"
                      "ProfileXML-CSP_plus_rasphone-CustomIPSecPolicies-patch.ps1");
    pairs.push_back({"dhaimann", hexIn(dhaimann), statedPolicy(dhaimann)});
    // A pbk entry captured after Set-VpnConnectionIPsecConfiguration -AuthenticationTransformConstants
    // SHA256128 -CipherTransformConstants AES256 -EncryptionMethod AES256 -IntegrityCheckMethod SHA256
    // -DHGroup Group14 -PfsGroup None (public code corpus, file id 70913153845; not in tests/data).
    pairs.push_back({"captured-entry", "020000000400000003000000050000000200000000000000",
                     *parsePolicyArgument("AES256,SHA256,Group14,AES256,SHA256128,None")});
    return pairs;
}

/// How many slots of all pairs decode to their stated parameter under `order`.
int agreement(const PolicyFieldOrder& order, const std::vector<Pair>& pairs) {
    int score = 0;
    for (const auto& pair : pairs) {
        auto words = parsePolicyWords(pair.hex);
        if (!words) {
            continue;
        }
        for (std::size_t slot = 0; slot < 6; ++slot) {
            if (sdkValue(pair.stated, order[slot]) == std::optional<std::uint32_t>((*words)[0][slot])) {
                ++score;
            }
        }
    }
    return score;
}

} // namespace

TEST(CustomIpsecPolicyEvidence, PairsAreReadFromTheRealFiles) {
    const auto pairs = evidence();
    EXPECT_EQ(pairs[0].hex, "020000000400000005000000080000000500000005000000");
    EXPECT_EQ(policyArgument(pairs[0].stated), "AES256,SHA256,ECP384,GCMAES256,GCMAES256,ECP384");
    EXPECT_EQ(pairs[1].hex, "020000000200000003000000030000000200000003000000");
    EXPECT_EQ(policyArgument(pairs[1].stated), "AES128,SHA256,Group14,AES128,SHA256128,PFS2048");
}

TEST(CustomIpsecPolicyEvidence, OnlyTheChosenOrderDecodesEveryPair) {
    const auto pairs = evidence();
    const int full = 6 * static_cast<int>(pairs.size());
    EXPECT_EQ(agreement(kPhonebookPolicyOrder, pairs), full);
    // Brave's demo order (facts §1.4) gets CipherTransform/AuthTransform/DHGroup wrong.
    EXPECT_LT(agreement(kBraveDemoPolicyOrder, pairs), full);
    // All 720 orders: exactly one agrees with every pair.
    PolicyFieldOrder order{PolicyField::IntegrityMethod, PolicyField::EncryptionMethod,
                           PolicyField::DhGroup,         PolicyField::CipherTransform,
                           PolicyField::AuthTransform,   PolicyField::PfsGroup};
    std::sort(order.begin(), order.end());
    int perfect = 0;
    do {
        if (agreement(order, pairs) == full) {
            ++perfect;
            EXPECT_EQ(order, kPhonebookPolicyOrder);
        }
    } while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(perfect, 1);
}

TEST(CustomIpsecPolicyEvidence, SharedDataAloneLeavesOnlyDhAndPfsUndecided) {
    // Without the captured entry, two orders fit: the chosen one and the one swapping DHGroup and
    // PfsGroup (DHaimann uses Group14 and PFS2048, both 3). The captured entry (Group14, PFS None)
    // settles it; the docs say so.
    auto pairs = evidence();
    pairs.pop_back();
    PolicyFieldOrder order = kPhonebookPolicyOrder;
    std::sort(order.begin(), order.end());
    int perfect = 0;
    do {
        perfect += agreement(order, pairs) == 12 ? 1 : 0;
    } while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(perfect, 2);
}

TEST(CustomIpsecPolicy, DecodesAndEncodesTheRealValues) {
    for (const auto& pair : evidence()) {
        SCOPED_TRACE(pair.where);
        auto decoded = decodeCustomIpsecPolicies(pair.hex);
        ASSERT_TRUE(decoded.hasValue());
        ASSERT_EQ(decoded->size(), 1u);
        EXPECT_EQ(decoded->front(), pair.stated);
        auto encoded = encodeCustomIpsecPolicy(pair.stated);
        ASSERT_TRUE(encoded.hasValue());
        EXPECT_EQ(*encoded, pair.hex); // digits only: upper and lower case are the same text
    }
}

TEST(CustomIpsecPolicy, RoundTripsEveryValidPolicy) {
    int checked = 0;
    for (int e = 0; e < 7; ++e) {
        for (int i = 0; i < 4; ++i) {
            for (int d = 1; d < 7; ++d) {
                for (int c = 0; c < 8; ++c) {
                    for (int a = 0; a < 6; ++a) {
                        for (int p = 0; p < 8; ++p) {
                            VpnIpsecPolicy policy{
                                static_cast<EncryptionMethod>(e),        static_cast<IntegrityCheckMethod>(i),
                                static_cast<DhGroupSetting>(d),          static_cast<CipherTransform>(c),
                                static_cast<AuthenticationTransform>(a), static_cast<PfsGroup>(p)};
                            if (!validate(policy)) {
                                continue;
                            }
                            auto hex = encodeCustomIpsecPolicy(policy);
                            ASSERT_TRUE(hex.hasValue());
                            auto back = decodeCustomIpsecPolicies(*hex);
                            ASSERT_TRUE(back.hasValue());
                            EXPECT_EQ(back->front(), policy);
                            ++checked;
                        }
                    }
                }
            }
        }
    }
    EXPECT_GT(checked, 1000);
}

TEST(CustomIpsecPolicy, MalformedValuesAreErrorsNotGuesses) {
    EXPECT_EQ(decodeCustomIpsecPolicies("").error().code, ErrorCode::Malformed);
    EXPECT_EQ(decodeCustomIpsecPolicies("0200").error().code, ErrorCode::Malformed);
    EXPECT_EQ(decodeCustomIpsecPolicies(std::string(47, '0') + "g").error().code, ErrorCode::Malformed);
    // Integrity 9 does not exist.
    EXPECT_EQ(decodeCustomIpsecPolicies("090000000400000003000000050000000200000000000000").error().code,
              ErrorCode::Malformed);
    // Two policies in one value.
    auto two = decodeCustomIpsecPolicies("020000000400000003000000050000000200000000000000"
                                         "020000000200000003000000030000000200000003000000");
    ASSERT_TRUE(two.hasValue());
    EXPECT_EQ(two->size(), 2u);
}

TEST(PolicyArgument, ParsesExactNamesOnly) {
    auto p = parsePolicyArgument("GCMAES256,SHA384,ECP384,GCMAES256,GCMAES256,ECP384");
    ASSERT_TRUE(p.hasValue());
    EXPECT_EQ(policyArgument(*p), "GCMAES256,SHA384,ECP384,GCMAES256,GCMAES256,ECP384");
    EXPECT_FALSE(parsePolicyArgument("aes256,SHA256,Group14,AES256,SHA256128,None"));
    EXPECT_FALSE(parsePolicyArgument("AES256,SHA256,Group14,AES256,SHA256128"));
    EXPECT_FALSE(parsePolicyArgument("AES256,SHA256,Group14,AES256,SHA256128,None,x"));
    EXPECT_FALSE(parsePolicyArgument("AES256,SHA256,Group14,GCMAES256,SHA256128,None")); // GCM needs GCM auth
    EXPECT_FALSE(parsePolicyArgument("AES256;rm,SHA256,Group14,AES256,SHA256128,None"));
}
