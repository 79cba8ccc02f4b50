// util/hex.h: the one hex codec and the one SHA-1 shape check (journals, bundles, --certreq).
#include "ipsecdoctor/util/hex.h"

#include <gtest/gtest.h>

namespace ipsecdoctor {

TEST(Hex, DecodesWhatPeoplePasteAndRefusesTheRest) {
    EXPECT_EQ(hexDecode("0aFF"), std::string("\x0a\xff", 2));
    EXPECT_EQ(hexDecode("0a ff:10"), std::string("\x0a\xff\x10", 3)); // certlm.msc / openssl style
    EXPECT_FALSE(hexDecode("abc"));                                   // half a byte
    EXPECT_FALSE(hexDecode("0g"));
    EXPECT_FALSE(hexDecode("0 a")); // a separator inside a byte
    EXPECT_EQ(hexUpper(std::string("\x0a\xff", 2)), "0AFF");
    EXPECT_EQ(hexEncode(std::string("\x0a\xff", 2), false), "0aff");
}

TEST(Hex, Sha1IsFortyHexDigitsOfEitherCase) {
    EXPECT_TRUE(isSha1Hex(std::string(40, 'a')));
    EXPECT_TRUE(isSha1Hex("0123456789ABCDEFabcdef0123456789abcdef01"));
    EXPECT_FALSE(isSha1Hex(std::string(39, 'a')));
    EXPECT_FALSE(isSha1Hex(std::string(41, 'a')));
    EXPECT_FALSE(isSha1Hex(std::string(39, 'a') + "g"));
    EXPECT_FALSE(isSha1Hex("01 23456789ABCDEFabcdef0123456789abcdef0")); // no separators here
    EXPECT_FALSE(isSha1Hex(""));
}

} // namespace ipsecdoctor
