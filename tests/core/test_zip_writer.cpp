// ZIP writer round trips, and the rules for safe entry names.

#include "ipsecdoctor/bundle/zip_archive.h"

#include "zip_test_support.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ipsecdoctor {
namespace {

using namespace ziptest;

// ---- Round trips ----------------------------------------------------------------------------

void expectRoundTrip(const std::vector<ZipEntry>& entries) {
    const std::string zip = mustWrite(entries);
    const auto back = readZip(zip);
    ASSERT_TRUE(back.hasValue()) << back.error().detail;
    ASSERT_EQ(back->size(), entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EXPECT_EQ((*back)[i].path, entries[i].path);
        EXPECT_TRUE((*back)[i].data == entries[i].data) << "entry " << i << " data differs";
    }
}

TEST(ZipRoundTrip, EmptyArchive) {
    const std::string zip = mustWrite({});
    EXPECT_EQ(zip.size(), 22u);
    const auto back = readZip(zip);
    ASSERT_TRUE(back.hasValue()) << back.error().detail;
    EXPECT_TRUE(back->empty());
}

TEST(ZipRoundTrip, EmptyFileIsStored) {
    expectRoundTrip({{"empty.txt", ""}});
    EXPECT_EQ(get16(mustWrite({{"empty.txt", ""}}), 8), 0) << "an empty file should use method 0";
}

TEST(ZipRoundTrip, BinaryDataWithNuls) {
    std::string data;
    std::mt19937 rng(42);
    for (int i = 0; i < 70000; ++i)
        data.push_back(i % 3 == 0 ? '\0' : static_cast<char>(rng() & 0xFF));
    expectRoundTrip({{"bin/random.dat", data}, {"zeros.bin", std::string(1000, '\0')}});
}

TEST(ZipRoundTrip, FiveMegabytesCompressible) {
    std::string data;
    for (int i = 0; data.size() < 5u * 1024 * 1024; ++i)
        data += "2024-05-01 12:00:00 IKEEXT event " + std::to_string(i % 977) + " negotiation failed\n";
    const std::string zip = mustWrite({{"logs/ikeext.log", data}});
    EXPECT_EQ(get16(zip, 8), 8) << "compressible data should be deflated";
    EXPECT_LT(zip.size(), data.size() / 10);
    expectRoundTrip({{"logs/ikeext.log", data}});
}

TEST(ZipRoundTrip, Utf8NamesAreFlagged) {
    const std::string name = "rapport/r\xc3\xa9sum\xc3\xa9.txt"; // "résumé"
    expectRoundTrip({{name, "caf\xc3\xa9"}, {"b.txt", "b"}});
    const std::string zip = mustWrite({{name, "x"}});
    EXPECT_EQ(get16(zip, 6) & 0x0800, 0x0800) << "local header lacks the UTF-8 flag";
    EXPECT_EQ(get16(zip, centralOffset(zip) + 8) & 0x0800, 0x0800) << "central header lacks the UTF-8 flag";
}

TEST(ZipWriter, HeadersCarryDosTimeAndIndependentCrc) {
    const std::string zip = mustWrite({{"a.txt", "hello"}});
    EXPECT_EQ(get16(zip, 10), 0x6000); // 12:00:00, as Python's zipfile encodes it (see kPythonZip)
    EXPECT_EQ(get16(zip, 12), 0x58a1); // 2024-05-01
    EXPECT_EQ(get32(zip, 14), crc32Of("hello"));
    EXPECT_EQ(get32(zip, centralOffset(zip) + 16), crc32Of("hello"));
}

TEST(ZipWriter, RejectsBadNamesDuplicatesAndTimestamps) {
    for (const char* name : {"../evil", "/etc/passwd", "C:/x", "a\\b", "dir/"}) {
        const auto zip = writeZip({{name, "x"}}, kStamp);
        ASSERT_FALSE(zip.hasValue()) << name;
        EXPECT_EQ(zip.error().code, ErrorCode::InvalidArgument) << name;
        EXPECT_NE(zip.error().detail.find("unsafe name"), std::string::npos) << zip.error().detail;
    }
    const auto dup = writeZip({{"Report.txt", "1"}, {"report.TXT", "2"}}, kStamp);
    ASSERT_FALSE(dup.hasValue());
    EXPECT_EQ(dup.error().code, ErrorCode::InvalidArgument);
    for (const char* stamp : {"", "2024-02-30T00:00:00Z", "1979-12-31T23:59:59Z", "2024-05-01 12:00:00Z",
                              "2024-05-01T24:00:00Z", "2024-05-01T12:00:00"}) {
        const auto zip = writeZip({{"a", "x"}}, stamp);
        ASSERT_FALSE(zip.hasValue()) << stamp;
        EXPECT_EQ(zip.error().code, ErrorCode::InvalidArgument) << stamp;
    }
    EXPECT_TRUE(writeZip({{"a", "x"}}, "2024-02-29T23:59:59Z").hasValue()) << "leap day";
}

// ---- isSafeEntryPath ------------------------------------------------------------------------

TEST(ZipEntryPath, AcceptsOrdinaryRelativeNames) {
    for (const char* p : {"a", "logs/ike.log", ".hidden", "a.b/c-d_e f",
                          "donn\xc3\xa9"
                          "es/\xc3\xa9.txt",
                          "console.txt", "com10"})
        EXPECT_TRUE(isSafeEntryPath(p)) << p;
    EXPECT_TRUE(isSafeEntryPath(std::string(255, 'a')));
}

TEST(ZipEntryPath, RejectsEscapesAndWindowsTraps) {
    for (const char* p :
         {"",         "/etc/passwd",  "../evil", "a/../b",  "a/./b",     ".",    "..",           "a/..",
          "a//b",     "a/",           "a\\b",    "C:/x",    "C:x",       "c:",   "a.txt:stream", "a\nb",
          "a\x7f",    "a\x01",        "nul",     "NUL.txt", "x/aux.log", "com1", "LPT9.dat",     "...",
          "a/b.",     "a /b",         "x?",      "x*",      "<x>",       "x|y",  "\"q\"",        "\xff",
          "\xc0\xaf", "\xed\xa0\x80", "\xc3"})
        EXPECT_FALSE(isSafeEntryPath(p)) << p;
    EXPECT_FALSE(isSafeEntryPath(std::string("a\0b", 3)));
    EXPECT_FALSE(isSafeEntryPath(std::string(256, 'a')));
}

} // namespace
} // namespace ipsecdoctor
