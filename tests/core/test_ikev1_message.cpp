// IKEv1 message 1 against the bytes ike-scan 1.9.5 (Debian) sends — captured on this project's
// build machine with strace on its sendto(), cookies included — and the parser against damaged
// and typical server answers.

#include "ipsecdoctor/ike/ikev1_message.h"

#include <gtest/gtest.h>

namespace ipsecdoctor::ike {
namespace {

// ike-scan 127.0.0.1: default Main Mode offer, 8 transforms {3DES, DES} x {SHA1, MD5} x {2, 1}.
constexpr std::string_view kIkeScanMainMode =
    "a1acdba45111d06000000000000000000110020000000000000001500000013400000001000000010000012801010008"
    "030000240101000080010005800200028003000180040002800b0001000c000400007080030000240201000080010005"
    "800200018003000180040002800b0001000c000400007080030000240301000080010001800200028003000180040002"
    "800b0001000c000400007080030000240401000080010001800200018003000180040002800b0001000c000400007080"
    "030000240501000080010005800200028003000180040001800b0001000c000400007080030000240601000080010005"
    "800200018003000180040001800b0001000c000400007080030000240701000080010001800200028003000180040001"
    "800b0001000c000400007080000000240801000080010001800200018003000180040001800b0001000c000400007080";
// ike-scan --trans=7/256,2,1,14 --trans=5,2,1,2 127.0.0.1
constexpr std::string_view kIkeScanCustom =
    "0011432a35f94c6a000000000000000001100200000000000000007c0000006000000001000000010000005401010002"
    "03000028010100008001000780020002800300018004000e800e0100800b0001000c0004000070800000002402010000"
    "80010005800200028003000180040002800b0001000c000400007080";
// ike-scan --aggressive --id=probe@example.com 127.0.0.1 (KE MODP1024, 20-byte nonce, USER_FQDN).
constexpr std::string_view kIkeScanAggressive =
    "2cf24884a3adf9a30000000000000000011004000000000000000175040000a400000001000000010000009801010004"
    "030000240101000080010005800200028003000180040002800b0001000c000400007080030000240201000080010005"
    "800200018003000180040002800b0001000c000400007080030000240301000080010001800200028003000180040002"
    "800b0001000c000400007080000000240401000080010001800200018003000180040002800b0001000c000400007080"
    "0a0000843c10cf00648a8dc2feaad0d160c648711b019a53c732679169510af9efdcb444f7f0638de06c95656e64860b"
    "92bf824b11518f7b1d3b894547e433857da52a1fbecb5f3cafb9f63561290349bf05093c8971ef51b7add71c7422671f"
    "5d708894fb0c569360cb5cf641418cdc3d59788f8415c66d46729f27a3205bdc1aede1bb050000185d4bad3f62abb5e6"
    "1327ca413c67815e80bd96ef00000019031101f470726f6265406578616d706c652e636f6d";

Bytes hex(std::string_view text) {
    auto b = fromHex(text);
    EXPECT_TRUE(b.hasValue());
    return b ? *b : Bytes{};
}

Spi cookieOf(const Bytes& packet) {
    Spi s{};
    std::copy(packet.begin(), packet.begin() + 8, s.begin());
    return s;
}

std::vector<Proposal> proposals(std::initializer_list<const char*> texts) {
    std::vector<Proposal> out;
    for (const char* t : texts) {
        auto p = parseProposal(t);
        EXPECT_TRUE(p) << t;
        out.push_back(*p);
    }
    return out;
}

TEST(Ikev1Message, MainModeIsByteForByteIkeScans) {
    const Bytes reference = hex(kIkeScanMainMode);
    Ikev1Request request;
    request.cookieI = cookieOf(reference);
    request.transforms =
        proposals({"3des-sha1-modp1024", "3des-md5-modp1024", "des-sha1-modp1024", "des-md5-modp1024",
                   "3des-sha1-modp768", "3des-md5-modp768", "des-sha1-modp768", "des-md5-modp768"});
    auto packet = encodeIkev1First(request);
    ASSERT_TRUE(packet) << packet.error().detail;
    EXPECT_EQ(toHex(*packet), toHex(reference));
    EXPECT_EQ(packet->size(), 336u); // docs/ipsec-facts.md §7.8
}

TEST(Ikev1Message, AesWithKeyLengthIsByteForByteIkeScans) {
    const Bytes reference = hex(kIkeScanCustom);
    Ikev1Request request;
    request.cookieI = cookieOf(reference);
    request.transforms = proposals({"aes256-sha1-modp2048", "3des-sha1-modp1024"});
    auto packet = encodeIkev1First(request);
    ASSERT_TRUE(packet);
    EXPECT_EQ(toHex(*packet), toHex(reference));
}

TEST(Ikev1Message, AggressiveModeIsByteForByteIkeScans) {
    const Bytes reference = hex(kIkeScanAggressive);
    auto parsed = parseIkev1Message(reference);
    ASSERT_TRUE(parsed) << parsed.error().detail;
    EXPECT_EQ(parsed->exchange, static_cast<std::uint8_t>(Ikev1Exchange::Aggressive));
    ASSERT_EQ(parsed->transforms.size(), 4u);
    EXPECT_EQ(parsed->transforms[0].proposal.toString(), "3des-sha1-modp1024");
    EXPECT_EQ(parsed->transforms[0].auth, v1::AuthMethod::PreSharedKey);
    EXPECT_EQ(parsed->transforms[0].lifeSeconds, 28800u);
    EXPECT_EQ(parsed->keGroup, DhGroup::Modp1024);
    EXPECT_TRUE(parsed->hasNonce);
    EXPECT_TRUE(parsed->hasId);

    Ikev1Request request;
    request.cookieI = cookieOf(reference);
    request.exchange = Ikev1Exchange::Aggressive;
    request.transforms =
        proposals({"3des-sha1-modp1024", "3des-md5-modp1024", "des-sha1-modp1024", "des-md5-modp1024"});
    request.keyShare = {DhGroup::Modp1024, parsed->keData};
    // The nonce payload follows the 128-byte KE: header(4) + 20 bytes.
    const auto nonceAt = std::string(kIkeScanAggressive).find("050000185d") / 2 + 4;
    request.nonce.assign(reference.begin() + static_cast<std::ptrdiff_t>(nonceAt),
                         reference.begin() + static_cast<std::ptrdiff_t>(nonceAt + 20));
    request.idType = Ikev1IdType::UserFqdn;
    const std::string id = "probe@example.com";
    request.idData.assign(id.begin(), id.end());
    auto packet = encodeIkev1First(request);
    ASSERT_TRUE(packet) << packet.error().detail;
    EXPECT_EQ(toHex(*packet), toHex(reference));
}

TEST(Ikev1Message, EncoderRefusesWhatIkev1CannotCarry) {
    Ikev1Request request;
    request.transforms = proposals({"aes256gcm16-prfsha256-modp2048"});
    EXPECT_FALSE(encodeIkev1First(request));
    request.transforms = proposals({"aes256-aes128-sha1-modp2048"});
    EXPECT_FALSE(encodeIkev1First(request));
    request.transforms = proposals({"aes256-sha1-modp2048"});
    request.exchange = Ikev1Exchange::Aggressive;
    request.keyShare = {DhGroup::Modp1024, Bytes(128, 1)};
    request.nonce = Bytes(16, 1);
    request.idData = {'x'};
    EXPECT_FALSE(encodeIkev1First(request)); // group differs from the key share
    request.keyShare.group = DhGroup::Modp2048;
    EXPECT_TRUE(encodeIkev1First(request));
    request.idData.clear();
    EXPECT_FALSE(encodeIkev1First(request));
}

// Main Mode message 2 accepting AES-256/SHA1/MODP2048 (transform #3) with the DPD and NAT-T
// vendor IDs, then a NO-PROPOSAL-CHOSEN informational; both written out from RFC 2408 §3.
Bytes mainModeAnswer() {
    return hex("0102030405060708"
               "1112131415161718"
               "01"
               "10"
               "02"
               "00"
               "00000000"
               "00000080"
               "0d00003c"
               "00000001"
               "00000001"
               "00000030"
               "01010001"
               "00000028"
               "03010000"
               "80010007"
               "80020002"
               "80030001"
               "8004000e"
               "800e0100"
               "800b0001"
               "000c0004"
               "00007080"
               "0d000014"
               "afcad71368a1f1c96b8696fc77570100"
               "00000014"
               "4a131c81070358455c5728f20e95452f");
}

TEST(Ikev1Message, ParsesTheChosenTransformAndVendorIds) {
    auto m = parseIkev1Message(mainModeAnswer());
    ASSERT_TRUE(m) << m.error().detail;
    ASSERT_EQ(m->transforms.size(), 1u);
    EXPECT_EQ(m->transforms[0].number, 3);
    EXPECT_EQ(m->transforms[0].proposal.toString(), "aes256-sha1-modp2048");
    EXPECT_EQ(m->transforms[0].auth, v1::AuthMethod::PreSharedKey);
    EXPECT_EQ(m->vendorIds.size(), 2u);
    EXPECT_FALSE(m->keGroup);
}

TEST(Ikev1Message, ParsesNoProposalChosen) {
    auto m = parseIkev1Message(hex("0102030405060708"
                                   "0000000000000000"
                                   "0b"
                                   "10"
                                   "05"
                                   "00"
                                   "00000000"
                                   "00000028"
                                   "0000000c"
                                   "00000001"
                                   "0100000e"));
    ASSERT_TRUE(m) << m.error().detail;
    EXPECT_NE(m->findNotify(v1::kNotifyNoProposalChosen), nullptr);
}

TEST(Ikev1Message, DamagedAnswersAreMalformedErrors) {
    const Bytes full = mainModeAnswer();
    for (std::size_t n = 0; n < full.size(); ++n) {
        Bytes cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
        if (n >= kIkeHeaderSize) {
            cut[26] = static_cast<std::uint8_t>(n >> 8);
            cut[27] = static_cast<std::uint8_t>(n);
        }
        auto m = parseIkev1Message(cut);
        ASSERT_FALSE(m) << n;
        EXPECT_EQ(m.error().code, ErrorCode::Malformed);
    }
    Bytes encrypted = full;
    encrypted[19] = 1;
    EXPECT_FALSE(parseIkev1Message(encrypted));
    Bytes ikev2 = full;
    ikev2[17] = 0x20;
    EXPECT_FALSE(parseIkev1Message(ikev2));
    EXPECT_EQ(parseIkev1Message(Bytes(kMaxIkeDatagram + 1, 0)).error().code, ErrorCode::TooLarge);
    for (std::size_t i = 0; i < full.size(); ++i) {
        Bytes damaged = full;
        damaged[i] ^= 0xff;
        (void)parseIkev1Message(damaged).hasValue();
    }
}

} // namespace
} // namespace ipsecdoctor::ike
