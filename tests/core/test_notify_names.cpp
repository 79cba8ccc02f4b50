// Notify names (ike/notify_names.h): every number of the IANA registries the probe can meet has
// its registered name in each IKE version's spelling, unknown numbers say so, and results written
// by IPsec Doctor 1.0 ("NOTIFY_<n>") read with the same names.
#include "ipsecdoctor/ike/notify_names.h"
#include "ipsecdoctor/json/probe_json.h"

#include <gtest/gtest.h>

#include <set>

using namespace ipsecdoctor;
using namespace ipsecdoctor::ike;

TEST(NotifyNames, Ikev2UsesTheRegistryNames) {
    EXPECT_EQ(notifyName(14), "NO_PROPOSAL_CHOSEN");
    EXPECT_EQ(notifyName(24), "AUTHENTICATION_FAILED");
    EXPECT_EQ(notifyName(38), "TS_UNACCEPTABLE");
    EXPECT_EQ(notifyName(16390), "COOKIE");
    EXPECT_EQ(notifyName(16418), "CHILDLESS_IKEV2_SUPPORTED");
    EXPECT_EQ(notifyName(16430), "IKEV2_FRAGMENTATION_SUPPORTED");
    EXPECT_EQ(notifyName(16431), "SIGNATURE_HASH_ALGORITHMS");
    EXPECT_EQ(notifyName(12345), "MS_NOTIFY_STATUS");
}

TEST(NotifyNames, Ikev1UsesTheIsakmpNamesWithHyphens) {
    EXPECT_EQ(ikev1NotifyName(14), "NO-PROPOSAL-CHOSEN");
    EXPECT_EQ(ikev1NotifyName(24), "AUTHENTICATION-FAILED");
    EXPECT_EQ(ikev1NotifyName(18), "INVALID-ID-INFORMATION");
    EXPECT_EQ(ikev1NotifyName(24578), "INITIAL-CONTACT");
    EXPECT_EQ(ikev1NotifyName(36136), "R-U-THERE");
}

TEST(NotifyNames, UnknownNumbersAreNamedAsUnknown) {
    EXPECT_EQ(notifyName(0), "UNKNOWN(0)");
    EXPECT_EQ(notifyName(2), "UNKNOWN(2)");
    EXPECT_EQ(notifyName(60000), "UNKNOWN(60000)");
    EXPECT_EQ(ikev1NotifyName(31), "UNKNOWN(31)");
    EXPECT_EQ(ikev1NotifyName(65535), "UNKNOWN(65535)");
}

TEST(NotifyNames, EveryNumberHasOneNameAndEveryNameOneNumber) {
    for (int version : {1, 2}) {
        std::set<std::string> names;
        int named = 0;
        for (std::uint32_t n = 0; n <= 0xFFFF; ++n) {
            const auto type = static_cast<std::uint16_t>(n);
            const auto name = version == 1 ? ikev1NotifyName(type) : notifyName(type);
            if (name.starts_with("UNKNOWN(")) {
                EXPECT_EQ(name, "UNKNOWN(" + std::to_string(n) + ")");
                continue;
            }
            ++named;
            EXPECT_TRUE(names.insert(name).second) << name << " names two numbers";
            EXPECT_EQ(name.find(version == 1 ? '_' : '-'), std::string::npos) << name;
        }
        EXPECT_GT(named, version == 1 ? 30 : 70);
    }
}

TEST(NotifyNames, LegacyNamesAreUpgradedAndOtherTextIsKept) {
    EXPECT_EQ(upgradeLegacyNotifyName("NOTIFY_24", 1), "AUTHENTICATION-FAILED");
    EXPECT_EQ(upgradeLegacyNotifyName("NOTIFY_24", 2), "AUTHENTICATION_FAILED");
    EXPECT_EQ(upgradeLegacyNotifyName("NOTIFY_16418", 2), "CHILDLESS_IKEV2_SUPPORTED");
    EXPECT_EQ(upgradeLegacyNotifyName("NOTIFY_61000", 2), "UNKNOWN(61000)");
    for (const char* kept : {"NOTIFY_", "NOTIFY_x", "NOTIFY_70000", "NOTIFY_-1", "NOTIFY_24 ", "COOKIE",
                             "aes256-sha1-modp1024", ""}) {
        EXPECT_EQ(upgradeLegacyNotifyName(kept, 2), kept);
    }
}

TEST(NotifyNames, AProbeResultFromVersion10ReadsWithTheRegistryNames) {
    ProbeResult written;
    written.schemaVersion = 1;
    written.host = "vpn.example.com";
    written.ikev1.probed = true;
    written.ikev1.notifies = {"NOTIFY_24", "NO-PROPOSAL-CHOSEN"};
    written.ikev2.probed = true;
    written.ikev2.notifies = {"NOTIFY_16418", "MULTIPLE_AUTH_SUPPORTED"};
    written.exchanges = {ProbeExchange{"ikev1-aggressive", 1, "notify", "NOTIFY_24", 1, 12.0},
                         ProbeExchange{"ikev2-windows", 3, "notify", "NOTIFY_43", 1, 10.0}};
    auto read = probeResultFromJson(toJson(written));
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(read->ikev1.notifies,
              (std::vector<std::string>{"AUTHENTICATION-FAILED", "NO-PROPOSAL-CHOSEN"}));
    EXPECT_EQ(read->ikev2.notifies,
              (std::vector<std::string>{"CHILDLESS_IKEV2_SUPPORTED", "MULTIPLE_AUTH_SUPPORTED"}));
    EXPECT_EQ(read->exchanges.at(0).detail, "AUTHENTICATION-FAILED");
    EXPECT_EQ(read->exchanges.at(1).detail, "TEMPORARY_FAILURE");
}
