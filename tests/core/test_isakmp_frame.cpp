// The framing both IKE parsers share: the header checks, the payload chain, and IKEv2's SK
// payload ending the chain (its body is encrypted and runs to the end of the message).
#include "ike/isakmp_frame.h"

#include "ike/byte_io.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::ike;

namespace {

/// A header (next payload, version, 28 + payload bytes) followed by `payloads` as given.
Bytes frame(std::uint8_t next, std::uint8_t version, const Bytes& payloads, std::uint8_t flags = 0) {
    ByteWriter w;
    w.u32(0x11000000); // some SPI bytes
    w.u32(0);
    w.u32(0);
    w.u32(0);
    w.u8(next);
    w.u8(version);
    w.u8(34); // exchange
    w.u8(flags);
    w.u32(0); // message ID
    w.u32(static_cast<std::uint32_t>(28 + payloads.size()));
    w.bytes(payloads);
    return w.take();
}

const IsakmpRules kV2{"IKEv2", 2, false, {46, 53}};
const IsakmpRules kV1{"IKEv1", 1, true, {}};

} // namespace

TEST(IsakmpFrame, ReadsTheHeaderAndThePayloadChain) {
    // Nonce (40) of 2 bytes, then vendor ID (43) of 1 byte.
    const Bytes payloads{43, 0, 0, 6, 0xaa, 0xbb, 0, 0, 0, 5, 0xcc};
    const Bytes datagram = frame(40, 0x20, payloads); // the payload bodies are views into it
    auto f = parseIsakmpFrame(datagram, kV2);
    ASSERT_TRUE(f) << f.error().detail;
    EXPECT_EQ(f->header.spiI[0], 0x11);
    EXPECT_EQ(f->header.exchange, 34);
    ASSERT_EQ(f->payloads.size(), 2u);
    EXPECT_EQ(f->payloads[0].type, 40);
    EXPECT_EQ(f->payloads[0].body.size(), 2u);
    EXPECT_EQ(f->payloads[1].type, 43);
    EXPECT_EQ(f->payloads[1].body[0], 0xcc);
}

TEST(IsakmpFrame, SkEndsTheChainEvenThoughItsNextNamesAnInnerPayload) {
    // SK (46) whose "next" is IDi (35): the parser must not look for IDi in the clear.
    const Bytes payloads{35, 0, 0, 8, 1, 2, 3, 4};
    const Bytes datagram = frame(46, 0x20, payloads);
    auto f = parseIsakmpFrame(datagram, kV2);
    ASSERT_TRUE(f) << f.error().detail;
    ASSERT_EQ(f->payloads.size(), 1u);
    EXPECT_EQ(f->payloads[0].type, 46);
    // The same chain in IKEv1 terms has no opaque payload: type 35 would be read, and is missing.
    EXPECT_EQ(parseIsakmpFrame(frame(46, 0x10, payloads), kV1).error().code, ErrorCode::Malformed);
}

TEST(IsakmpFrame, ErrorsNameTheVersionAndWhatIsWrong) {
    auto wrongVersion = parseIsakmpFrame(frame(0, 0x10, {}), kV2);
    ASSERT_FALSE(wrongVersion);
    EXPECT_EQ(wrongVersion.error().detail, "IKEv2: major version 1, not 2");
    auto encrypted = parseIsakmpFrame(frame(0, 0x10, {}, 0x01), kV1);
    ASSERT_FALSE(encrypted);
    EXPECT_EQ(encrypted.error().detail, "IKEv1: encrypted message");
    auto trailing = parseIsakmpFrame(frame(40, 0x20, {0, 0, 0, 4, 9}), kV2);
    ASSERT_FALSE(trailing);
    EXPECT_EQ(trailing.error().detail, "IKEv2: bytes after the last payload");
    auto tooLong = parseIsakmpFrame(frame(40, 0x20, {0, 0, 0, 9}), kV2);
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().detail, "IKEv2: payload 40 runs past the message");
    EXPECT_EQ(parseIsakmpFrame(Bytes(65536, 0), kV1).error().code, ErrorCode::TooLarge);
    // A chain of 65 empty payloads is refused (bounded work on hostile input).
    ByteWriter many;
    for (int i = 0; i < 65; ++i) {
        many.u8(i == 64 ? 0 : 43); // next payload
        many.u8(0);
        many.u16(4); // the generic header alone
    }
    EXPECT_EQ(parseIsakmpFrame(frame(43, 0x20, many.take()), kV2).error().detail,
              "IKEv2: more than 64 payloads");
}
