// The portable phonebook parser and editor, on every real phonebook in tests/data and on the
// shapes scripts and old Windows versions leave behind.
#include "ipsecdoctor/vpn/phonebook.h"

#include "pbk_test_support.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::vpn;
using ipsecdoctor::testing::readRealWorld;
using ipsecdoctor::testing::realPhonebooks;

namespace {

std::string fileName(const std::filesystem::path& p) {
    return p.filename().string();
}

std::string value(const Phonebook& book, std::string_view entry, std::string_view key) {
    const auto* e = book.find(entry);
    if (!e) {
        return "<no entry>";
    }
    const auto* v = e->find(key);
    return v ? v->value : "<absent>";
}

} // namespace

TEST(Phonebook, EveryRealPhonebookParsesWithTheEntriesItHas) {
    // Entry counts = the number of "[" section lines of each file (SOURCES.md describes them).
    const std::map<std::string, std::size_t> expected{
        {"6tu-kid_rasphone_PPPoE-plus-IKEv2-zh.pbk", 2},
        {"ZaresPlusX-GrowTopia-AutoFarmer_rasphone_minimal-IKEv2-device-only-entries.pbk", 9},
        {"githlp69-a_rasphone_IKEv2-PowershellCreated.pbk", 1},
        {"imabdk-PowerShell_Configure-VPNProfile_embedded-entry_IKEv2-VpnStrategy5_fragment.pbk", 1},
        {"lenoba-VPN-ImportExporter_rasphone_IKEv2-L2TP-PPTP_6entries.pbk", 6},
        {"myfreeer-raslink_rasphone_PPPoE-only_zh-CN-device-name.pbk", 1},
        {"snwaters-test_rasphone_AlwaysOn-SSTP-NRPT.pbk", 1},
        {"xXxSPYxXx-change_server_rasphone_legacy-format_many-L2TP-VpnStrategy1-entries.pbk", 90},
    };
    const auto files = realPhonebooks();
    ASSERT_EQ(files.size(), expected.size()) << "a phonebook was added to tests/data: list it here";
    for (const auto& path : files) {
        SCOPED_TRACE(fileName(path));
        auto book = parsePhonebook(readRealWorld("pbk/" + fileName(path)));
        ASSERT_TRUE(book.hasValue());
        EXPECT_EQ(book->entries.size(), expected.at(fileName(path)));
        for (const auto& e : book->entries) {
            EXPECT_FALSE(e.name.empty());
            EXPECT_FALSE(e.values.empty()) << e.name;
        }
    }
}

TEST(Phonebook, FirstOccurrenceOfARepeatedKeyWinsCaseInsensitively) {
    // githlp69: "Device=WAN Miniport (IKEv2)" in the MEDIA block, then "DEVICE=vpn".
    auto book = parsePhonebook(readRealWorld("pbk/githlp69-a_rasphone_IKEv2-PowershellCreated.pbk"));
    ASSERT_TRUE(book.hasValue());
    EXPECT_EQ(value(*book, "BestBuy", "device"), "WAN Miniport (IKEv2)");
    EXPECT_EQ(value(*book, "BestBuy", "PhoneNumber"), "newyorkcity.hideservers.net");
    EXPECT_EQ(value(*book, "bestbuy", "PBVersion"), "8");
    EXPECT_EQ(value(*book, "BestBuy", "NoSuchKey"), "<absent>");
}

TEST(Phonebook, Utf8NamesAndLfWithoutFinalNewline) {
    auto zh = parsePhonebook(readRealWorld("pbk/6tu-kid_rasphone_PPPoE-plus-IKEv2-zh.pbk"));
    ASSERT_TRUE(zh.hasValue());
    EXPECT_EQ(zh->entries[0].name, "\xE5\xAE\xBD\xE5\xB8\xA6\xE8\xBF\x9E\xE6\x8E\xA5"); // 宽带连接
    EXPECT_EQ(value(*zh, "pub.6tu.me", "PhoneNumber"), "pub.6tu.me");
    // ZaresPlusX: LF only, no trailing newline: the last key of the last entry is still read.
    auto minimal = parsePhonebook(
        readRealWorld("pbk/ZaresPlusX-GrowTopia-AutoFarmer_rasphone_minimal-IKEv2-device-only-entries.pbk"));
    ASSERT_TRUE(minimal.hasValue());
    EXPECT_EQ(value(*minimal, "Malaysia_VPN", "PhoneNumber"), "vpn230750292.opengw.net");
}

TEST(Phonebook, LegacyPhonebookWithoutPbVersion) {
    auto book = parsePhonebook(readRealWorld(
        "pbk/xXxSPYxXx-change_server_rasphone_legacy-format_many-L2TP-VpnStrategy1-entries.pbk"));
    ASSERT_TRUE(book.hasValue());
    EXPECT_EQ(value(*book, "1", "PBVersion"), "<absent>");
    EXPECT_EQ(value(*book, "1", "PhoneNumber"), "198.50.183.71");
}

TEST(Phonebook, BomsAndUtf16AreDecoded) {
    const std::string utf8 = "[VPN \xC3\xA9t\xC3\xA9]\r\nPhoneNumber=vpn.example.net\r\n";
    auto plain = parsePhonebook(utf8);
    auto bom = parsePhonebook("\xEF\xBB\xBF" + utf8);
    ASSERT_TRUE(plain.hasValue());
    ASSERT_TRUE(bom.hasValue());
    EXPECT_EQ(bom->encoding, TextEncoding::Utf8Bom);
    EXPECT_EQ(bom->entries, plain->entries);
    // The same text as Set-Content -Encoding Unicode writes it.
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("[VPN ")) {
        utf16 += c;
        utf16 += '\0';
    }
    utf16 += std::string("\xE9\0t\0\xE9\0]\0\r\0\n\0", 12);
    for (char c : std::string("PhoneNumber=vpn.example.net\r\n")) {
        utf16 += c;
        utf16 += '\0';
    }
    auto wide = parsePhonebook(utf16);
    ASSERT_TRUE(wide.hasValue());
    EXPECT_EQ(wide->encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(wide->entries, plain->entries);
    EXPECT_EQ(parsePhonebook(utf16 + "x").error().code, ErrorCode::Malformed);
}

TEST(Phonebook, AnsiBytesBecomeReplacementCharactersNotGarbage) {
    auto book = parsePhonebook("[Caf\xE9 VPN]\nPhoneNumber=a\xFF\n");
    ASSERT_TRUE(book.hasValue());
    EXPECT_EQ(book->entries[0].name, "Caf\xEF\xBF\xBD VPN");
    EXPECT_EQ(book->entries[0].values[0].value, "a\xEF\xBF\xBD");
}

TEST(Phonebook, RepeatedSectionContinuesTheFirstAndJunkIsIgnored) {
    auto book =
        parsePhonebook("junk before\n[A]\nx=1\nno equals sign\n[B]\ny=2\n[a]\nx=3\nz=4\n[unterminated\n");
    ASSERT_TRUE(book.hasValue());
    ASSERT_EQ(book->entries.size(), 2u);
    EXPECT_EQ(value(*book, "A", "x"), "1");
    EXPECT_EQ(value(*book, "A", "z"), "4");
    EXPECT_EQ(book->entries[0].values.size(), 3u);
}

TEST(Phonebook, TooLargeIsRefused) {
    EXPECT_EQ(parsePhonebook(std::string(kMaxPhonebookBytes + 1, 'a')).error().code, ErrorCode::TooLarge);
}

TEST(PhonebookEdit, ReplacesInsertsAndRemovesKeepingEveryOtherByte) {
    const std::string original = readRealWorld("pbk/githlp69-a_rasphone_IKEv2-PowershellCreated.pbk");
    auto set = editPhonebook(original, "BestBuy", "NumCustomPolicy", std::string("1"));
    ASSERT_TRUE(set.hasValue());
    auto inserted =
        editPhonebook(*set, "BestBuy", "CustomIPSecPolicies",
                      std::string("020000000400000003000000050000000200000000000000"), "NumCustomPolicy");
    ASSERT_TRUE(inserted.hasValue());
    EXPECT_NE(inserted->find("NumCustomPolicy=1\r\nCustomIPSecPolicies=0200"), std::string::npos);
    auto book = parsePhonebook(*inserted);
    ASSERT_TRUE(book.hasValue());
    EXPECT_EQ(value(*book, "BestBuy", "NumCustomPolicy"), "1");
    // Undo: the previous text of the first key, the absence of the second.
    auto removed = editPhonebook(*inserted, "BestBuy", "CustomIPSecPolicies", std::nullopt);
    ASSERT_TRUE(removed.hasValue());
    auto restored = editPhonebook(*removed, "BestBuy", "NumCustomPolicy", std::string("0"));
    ASSERT_TRUE(restored.hasValue());
    EXPECT_EQ(*restored, original);
}

TEST(PhonebookEdit, NewKeyGoesAtTheEndOfTheFirstBlockWithTheFileLineEnding) {
    const std::string lf = "[A]\nType=2\n\nMEDIA=rastapi\n[B]\nType=2\n";
    auto edited = editPhonebook(lf, "A", "VpnStrategy", std::string("7"));
    ASSERT_TRUE(edited.hasValue());
    EXPECT_EQ(*edited, "[A]\nType=2\nVpnStrategy=7\n\nMEDIA=rastapi\n[B]\nType=2\n");
    // No final newline: the file keeps not having one.
    auto last = editPhonebook("[A]\nType=2", "A", "VpnStrategy", std::string("3"));
    ASSERT_TRUE(last.hasValue());
    EXPECT_EQ(*last, "[A]\nType=2\nVpnStrategy=3");
}

TEST(PhonebookEdit, Utf16FileStaysUtf16) {
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("[A]\r\nType=2\r\n")) {
        utf16 += c;
        utf16 += '\0';
    }
    auto edited = editPhonebook(utf16, "A", "Type", std::string("5"));
    ASSERT_TRUE(edited.hasValue());
    auto book = parsePhonebook(*edited);
    ASSERT_TRUE(book.hasValue());
    EXPECT_EQ(book->encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(value(*book, "A", "Type"), "5");
    auto back = editPhonebook(*edited, "A", "Type", std::string("2"));
    ASSERT_TRUE(back.hasValue());
    EXPECT_EQ(*back, utf16);
}

TEST(PhonebookEdit, RefusesWhatWouldBreakTheFile) {
    EXPECT_EQ(editPhonebook("[A]\n", "B", "k", std::string("v")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(editPhonebook("[A]\n", "A", "k", std::string("v\r\n[evil]")).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(editPhonebook("[A]\n", "A", "k=x", std::string("v")).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(editPhonebook("[A]\n", "A", "", std::string("v")).error().code, ErrorCode::InvalidArgument);
}

// Found by fuzz.phonebook: a key added under a header that ends in a bare CR, just before a blank
// line ending in LF, must not merge with it into one CRLF line; removing it restores the file.
TEST(PhonebookEditor, AKeyAddedAfterABareCrHeaderDoesNotSwallowTheNextLine) {
    const std::string original = "[Office VPN]\rVPN]\r\n\nEncoding=1\r\n";
    auto added = editPhonebook(original, "Office VPN", "VpnStrategy", std::string("7"));
    ASSERT_TRUE(added.hasValue()) << added.error().detail;
    auto reread = parsePhonebook(*added);
    ASSERT_TRUE(reread.hasValue());
    ASSERT_NE(reread->find("Office VPN"), nullptr);
    ASSERT_NE(reread->find("Office VPN")->find("VpnStrategy"), nullptr);
    EXPECT_EQ(reread->find("Office VPN")->find("VpnStrategy")->value, "7");
    auto removed = editPhonebook(*added, "Office VPN", "VpnStrategy", std::nullopt);
    ASSERT_TRUE(removed.hasValue());
    EXPECT_EQ(*removed, original);
}
