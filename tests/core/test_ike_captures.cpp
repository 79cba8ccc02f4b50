// The parsers on real answers of strongSwan's charon 5.9.8 to the probe (recorded in the lab of
// tests/ike; see tests/fuzz/fuzz_ike_reply.cpp for how), so the unit tests and the Windows build
// under Wine check the same bytes a real server sends.

#include "ipsecdoctor/ike/ikev1_message.h"
#include "ipsecdoctor/ike/ikev2_message.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace ipsecdoctor::ike {
namespace {

Bytes capture(const char* name) {
    std::ifstream in(std::filesystem::path(IPSECDOCTOR_IKE_CAPTURES_DIR) / name, std::ios::binary);
    EXPECT_TRUE(in.good()) << name;
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

TEST(IkeCaptures, CharonAcceptsWindowsDefault) {
    auto m = parseIkev2Message(capture("charon-ikev2-accepted-modp1024.bin"));
    ASSERT_TRUE(m) << m.error().detail;
    EXPECT_TRUE(m->isResponse());
    ASSERT_EQ(m->proposals.size(), 1u);
    EXPECT_EQ(m->proposals[0].proposal.toString(), "aes256-sha1-modp1024");
    EXPECT_EQ(m->proposals[0].number, 10); // Windows 10's 10th proposal: AES-256 / SHA1
    EXPECT_EQ(m->keGroup, DhGroup::Modp1024);
    EXPECT_EQ(m->keData.size(), 128u);
    EXPECT_NE(m->findNotify(notify::kNatDetectionSourceIp), nullptr);
    EXPECT_NE(m->findNotify(notify::kMultipleAuthSupported), nullptr);
}

TEST(IkeCaptures, CharonAcceptsGcmWithEcp384) {
    auto m = parseIkev2Message(capture("charon-ikev2-accepted-ecp384-gcm.bin"));
    ASSERT_TRUE(m) << m.error().detail;
    ASSERT_EQ(m->proposals.size(), 1u);
    EXPECT_EQ(m->proposals[0].proposal.toString(), "aes256gcm16-prfsha384-ecp384");
    EXPECT_EQ(m->keGroup, DhGroup::Ecp384);
    EXPECT_EQ(m->keData.size(), 96u);
}

TEST(IkeCaptures, CharonErrorNotifies) {
    auto invalidKe = parseIkev2Message(capture("charon-ikev2-invalid-ke.bin"));
    ASSERT_TRUE(invalidKe);
    ASSERT_NE(invalidKe->findNotify(notify::kInvalidKePayload), nullptr);
    EXPECT_EQ(invalidKe->findNotify(notify::kInvalidKePayload)->data, (Bytes{0, 20}));
    auto noProp = parseIkev2Message(capture("charon-ikev2-no-proposal.bin"));
    ASSERT_TRUE(noProp);
    EXPECT_EQ(noProp->describe(), "N(NO_PROP)");
    auto cookie = parseIkev2Message(capture("charon-ikev2-cookie.bin"));
    ASSERT_TRUE(cookie);
    ASSERT_NE(cookie->findNotify(notify::kCookie), nullptr);
    EXPECT_FALSE(cookie->findNotify(notify::kCookie)->data.empty());
}

TEST(IkeCaptures, CharonIkev1Answers) {
    auto mm = parseIkev1Message(capture("charon-ikev1-main-mode-accepted.bin"));
    ASSERT_TRUE(mm) << mm.error().detail;
    ASSERT_EQ(mm->transforms.size(), 1u);
    EXPECT_EQ(mm->transforms[0].proposal.toString(), "aes256-sha1-modp2048");
    EXPECT_EQ(mm->transforms[0].number, 3); // Windows' third L2TP transform
    EXPECT_FALSE(mm->vendorIds.empty());

    auto am = parseIkev1Message(capture("charon-ikev1-aggressive-answer.bin"));
    ASSERT_TRUE(am) << am.error().detail;
    EXPECT_EQ(am->exchange, static_cast<std::uint8_t>(Ikev1Exchange::Aggressive));
    EXPECT_TRUE(am->hasNonce && am->hasId && am->hasHash);
    EXPECT_EQ(am->keGroup, DhGroup::Modp2048);

    auto noProp = parseIkev1Message(capture("charon-ikev1-no-proposal.bin"));
    ASSERT_TRUE(noProp) << noProp.error().detail;
    EXPECT_NE(noProp->findNotify(v1::kNotifyNoProposalChosen), nullptr);
}

} // namespace
} // namespace ipsecdoctor::ike
