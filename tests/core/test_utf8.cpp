// UTF-8 helpers used wherever text from elsewhere is cut, stored as JSON or shown in a terminal.
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/utf8.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

TEST(Utf8, TruncateNeverSplitsACharacter) {
    const std::string id = std::string(39, '1') + "\xC3\xA9"; // 39 digits + "é": 41 bytes
    EXPECT_EQ(truncateUtf8(id, 40), std::string(39, '1'));
    EXPECT_EQ(truncateUtf8(id, 41), id);
    EXPECT_EQ(truncateUtf8("\xE2\x82\xAC\xE2\x82\xAC", 5), "\xE2\x82\xAC"); // "€€" cut to one euro
    EXPECT_EQ(truncateUtf8("\xF0\x9F\x94\x92x", 3), "");                    // a 4-byte emoji does not fit
    EXPECT_EQ(truncateUtf8("abc", 0), "");
    EXPECT_TRUE(isValidUtf8(truncateUtf8(id, 40)));
    // Bytes that are not UTF-8 count one each: invalid input is cut, not extended.
    EXPECT_EQ(truncateUtf8("ab\xFF\xFE", 3), "ab\xFF");
}

TEST(Utf8, ValidityFollowsRfc3629) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("n\xC3\xA9gociation \xE2\x82\xAC \xF0\x9F\x94\x92"));
    EXPECT_FALSE(isValidUtf8("\xFF"));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // a UTF-16 surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(isValidUtf8("abc\xC3"));          // cut at the end
    EXPECT_FALSE(isValidUtf8("\xC3("));            // continuation missing
}

TEST(Utf8, RepairReplacesEachBadByteWithTheReplacementCharacter) {
    EXPECT_EQ(toValidUtf8("Azure\xFF\xFEX"), "Azure\xEF\xBF\xBD\xEF\xBF\xBDX");
    EXPECT_EQ(toValidUtf8("ok \xC3\xA9"), "ok \xC3\xA9");
    EXPECT_EQ(toValidUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_TRUE(isValidUtf8(toValidUtf8("\xC3")));
}

TEST(Utf8, PrintableEscapesWhatATerminalWouldObey) {
    EXPECT_EQ(printable("PC-\x1B[31mRED\x1B[0m\r\nFAKE LINE"), "PC-\\x1B[31mRED\\x1B[0m\\x0D\\x0AFAKE LINE");
    EXPECT_EQ(printable("a\x7F"
                        "b"),
              "a\\x7Fb");
    EXPECT_EQ(printable(std::string("a\0b", 3)), "a\\x00b");
    EXPECT_EQ(printable("\xC2\x9B"
                        "31m"),
              "\\u{9B}31m");                                                     // C1 CSI
    EXPECT_EQ(printable("report\xE2\x80\xAEtxt.exe"), "report\\u{202E}txt.exe"); // RTL override
    EXPECT_EQ(printable("\xE2\x81\xA6x\xE2\x81\xA9"), "\\u{2066}x\\u{2069}");    // isolates
    EXPECT_EQ(printable("bad \xFF"), "bad \\xFF");
    // Ordinary text, accents and symbols included, is unchanged.
    EXPECT_EQ(printable("N\xC3\xA9gociation IKE \xE2\x82\xAC C:\\Users"),
              "N\xC3\xA9gociation IKE \xE2\x82\xAC C:\\Users");
}

TEST(Utf8, PrintableKeepsLineBreaksOnlyWhenAsked) {
    EXPECT_EQ(printable("a\nb\tc\r"), "a\\x0Ab\\x09c\\x0D");
    EXPECT_EQ(printable("a\nb\tc\r", true), "a\nb\tc\\x0D");
}

TEST(JsonDump, InvalidUtf8BecomesReplacementInsteadOfThrowing) {
    const nlohmann::json j{{"detail", "EventID '111\xC3' is not a number"}};
    EXPECT_THROW((void)j.dump(), nlohmann::json::type_error); // why dumpJson exists
    std::string text;
    ASSERT_NO_THROW(text = dumpJson(j, -1));
    EXPECT_EQ(text, "{\"detail\":\"EventID '111\xEF\xBF\xBD' is not a number\"}");
    EXPECT_EQ(dumpJson(nlohmann::json{{"a", 1}}), "{\n  \"a\": 1\n}");
}
