// The one UTF-16 decoder (util/utf16_text.h) behind phonebooks, event XML, traces, registry
// strings and certificate BMPStrings: one surrogate policy everywhere.
#include "ipsecdoctor/util/utf16_text.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

using namespace ipsecdoctor;
using namespace std::string_literals;

namespace {

std::string bytes(const std::vector<std::uint16_t>& units, ByteOrder order) {
    std::string out;
    for (const auto u : units) {
        const char lo = static_cast<char>(u & 0xFF);
        const char hi = static_cast<char>(u >> 8);
        out += order == ByteOrder::Little ? std::string{lo, hi} : std::string{hi, lo};
    }
    return out;
}

} // namespace

TEST(Utf16, PairsAreCombinedInEitherByteOrder) {
    // "é€🔒": U+00E9, U+20AC, U+1F512 (D83D DD12).
    const std::vector<std::uint16_t> units{0x00E9, 0x20AC, 0xD83D, 0xDD12};
    const std::string expected = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x94\x92";
    EXPECT_EQ(utf16ToUtf8(bytes(units, ByteOrder::Little)), expected);
    EXPECT_EQ(utf16ToUtf8(bytes(units, ByteOrder::Big), ByteOrder::Big), expected);
    EXPECT_EQ(utf16ToUtf8Strict(bytes(units, ByteOrder::Little)), expected);
}

TEST(Utf16, AnUnpairedSurrogateIsReplacedOrRefused) {
    // A lone high surrogate, a lone low one, and a high one at the very end.
    const std::vector<std::uint16_t> units{'a', 0xD83D, 'b', 0xDD12, 'c', 0xD800};
    EXPECT_EQ(utf16ToUtf8(bytes(units, ByteOrder::Little)), "a\xEF\xBF\xBD"
                                                            "b\xEF\xBF\xBD"
                                                            "c\xEF\xBF\xBD");
    EXPECT_FALSE(utf16ToUtf8Strict(bytes(units, ByteOrder::Little)).has_value());
    EXPECT_FALSE(utf16ToUtf8Strict(bytes({0xDD12}, ByteOrder::Little)).has_value());
}

TEST(Utf16, AnOddLastByteIsDropped) {
    EXPECT_EQ(utf16ToUtf8("a\0b\0c"s), "ab");
    EXPECT_EQ(utf16ToUtf8Strict("a\0b\0c"s), "ab");
    EXPECT_EQ(utf16ToUtf8(""), "");
}

TEST(Utf16, TheVisitorSeesUnpairedSurrogatesAsThemselves) {
    std::vector<std::uint32_t> seen;
    forEachUtf16CodePoint(bytes({0x0041, 0xDC00, 0xD83D, 0xDD12}, ByteOrder::Big), ByteOrder::Big,
                          [&](std::uint32_t cp) { seen.push_back(cp); });
    EXPECT_EQ(seen, (std::vector<std::uint32_t>{0x41, 0xDC00, 0x1F512}));
}

TEST(Utf16, TheBomIsDroppedOnlyByTheLittleEndianTextReader) {
    const std::string text = "\xFF\xFE"s + bytes({'o', 'k'}, ByteOrder::Little);
    EXPECT_EQ(utf16leToUtf8(text), "ok");
    EXPECT_EQ(utf16ToUtf8(text), "\xEF\xBB\xBFok"); // U+FEFF kept: the caller decides
}
