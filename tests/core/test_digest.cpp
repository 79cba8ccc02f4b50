// SHA-256 and SHA-1 (util/digest.h, OpenSSL or CNG) against the FIPS 180-2/180-4 example vectors,
// plus lengths around the padding edges (55/56 bytes: last length that fits in one block; 64/65:
// block boundary; 119/120: two blocks).

#include "ipsecdoctor/util/digest.h"

#include <gtest/gtest.h>

#include <string>

namespace ipsecdoctor {
namespace {

std::string firstBytes(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s.push_back(static_cast<char>(i));
    return s;
}

TEST(Sha256, NistEmptyMessage) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, NistAbc) {
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, Nist448Bits) {
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, Nist896Bits) {
    EXPECT_EQ(
        sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlm"
                  "nopqrsmnopqrstnopqrstu"),
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256, NistOneMillionA) {
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PaddingBoundaries) {
    // Expected values computed once with Python: hashlib.sha256(bytes(range(n))).hexdigest().
    const struct {
        std::size_t length;
        const char* hex;
    } cases[] = {
        {55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"},
        {56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"},
        {63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"},
        {64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"},
        {65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"},
        {119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"},
        {120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(sha256Hex(firstBytes(c.length)), c.hex) << "length " << c.length;
}

TEST(Sha256, RawDigestMatchesHex) {
    const auto digest = sha256("abc");
    EXPECT_EQ(digest[0], 0xba);
    EXPECT_EQ(digest[1], 0x78);
    EXPECT_EQ(digest[31], 0xad);
}

TEST(Sha256, EmbeddedNulsAreHashed) {
    // A string_view with NULs must hash every byte, not stop at the first NUL.
    const std::string withNul("a\0b", 3);
    EXPECT_EQ(sha256Hex(withNul),
              "59b271ae1bbcb1d31d41929817f4b16fb439eb4f31520b5ad1d5ce98920a7138"); // Python
}

} // namespace
} // namespace ipsecdoctor

// SHA-1 (FIPS 180-4 examples), upper case as Windows shows thumbprints.
namespace ipsecdoctor {
namespace {

TEST(Sha1, FipsVectors) {
    EXPECT_EQ(sha1Hex(""), "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
    EXPECT_EQ(sha1Hex("abc"), "A9993E364706816ABA3E25717850C26C9CD0D89D");
    EXPECT_EQ(sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "84983E441C3BD26EBAAE4AA1F95129E5E54670F1");
    EXPECT_EQ(sha1Hex(std::string(1000000, 'a')), "34AA973CD4C4DAA4F61EEB2BDBAD27316534016F");
}

TEST(Sha1, DigestBytesAreTheHexOnes) {
    const auto d = sha1("abc");
    EXPECT_EQ(d[0], 0xA9);
    EXPECT_EQ(d[19], 0x9D);
}

} // namespace
} // namespace ipsecdoctor
