// The ZIP reader against archives from other tools and hostile ones, built with zip_test_support.h
// or by patching bytes of a writeZip() result.

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

// ---- Archives from other tools --------------------------------------------------------------

// Made once with Python 3.11's zipfile (ZipInfo with date_time=(2024,5,1,12,0,0)): a directory
// entry "logs/", "logs/ike.log" deflated ("IKE SA established\n" * 20) and "données.bin" stored
// (00 01 02 00 ff 00). Python sets the UTF-8 flag only on the non-ASCII name.
const unsigned char kPythonZip[] = {
    0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x60, 0xa1, 0x58, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x6c, 0x6f, 0x67, 0x73,
    0x2f, 0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x60, 0xa1, 0x58, 0xdd, 0x81,
    0xf4, 0xe9, 0x1a, 0x00, 0x00, 0x00, 0x7c, 0x01, 0x00, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x6c, 0x6f, 0x67,
    0x73, 0x2f, 0x69, 0x6b, 0x65, 0x2e, 0x6c, 0x6f, 0x67, 0xf3, 0xf4, 0x76, 0x55, 0x08, 0x76, 0x54, 0x48,
    0x2d, 0x2e, 0x49, 0x4c, 0xca, 0xc9, 0x2c, 0xce, 0x48, 0x4d, 0xe1, 0xf2, 0x1c, 0x15, 0xa2, 0x8f, 0x10,
    0x00, 0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x60, 0xa1, 0x58, 0xea, 0xbd,
    0x8f, 0xb5, 0x06, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x64, 0x6f, 0x6e,
    0x6e, 0xc3, 0xa9, 0x65, 0x73, 0x2e, 0x62, 0x69, 0x6e, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x50, 0x4b,
    0x01, 0x02, 0x14, 0x03, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x60, 0xa1, 0x58, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x6c, 0x6f, 0x67, 0x73, 0x2f, 0x50, 0x4b,
    0x01, 0x02, 0x14, 0x03, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x60, 0xa1, 0x58, 0xdd, 0x81, 0xf4,
    0xe9, 0x1a, 0x00, 0x00, 0x00, 0x7c, 0x01, 0x00, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x80, 0x01, 0x23, 0x00, 0x00, 0x00, 0x6c, 0x6f, 0x67, 0x73, 0x2f, 0x69, 0x6b,
    0x65, 0x2e, 0x6c, 0x6f, 0x67, 0x50, 0x4b, 0x01, 0x02, 0x14, 0x03, 0x14, 0x00, 0x00, 0x08, 0x00, 0x00,
    0x00, 0x60, 0xa1, 0x58, 0xea, 0xbd, 0x8f, 0xb5, 0x06, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x0c,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x01, 0x67, 0x00, 0x00, 0x00,
    0x64, 0x6f, 0x6e, 0x6e, 0xc3, 0xa9, 0x65, 0x73, 0x2e, 0x62, 0x69, 0x6e, 0x50, 0x4b, 0x05, 0x06, 0x00,
    0x00, 0x00, 0x00, 0x03, 0x00, 0x03, 0x00, 0xa7, 0x00, 0x00, 0x00, 0x97, 0x00, 0x00, 0x00, 0x00, 0x00};

std::string pythonZip() {
    return std::string(reinterpret_cast<const char*>(kPythonZip), sizeof kPythonZip);
}

TEST(ZipReader, ReadsPythonArchiveAndSkipsDirectories) {
    const auto entries = readZip(pythonZip());
    ASSERT_TRUE(entries.hasValue()) << entries.error().detail;
    ASSERT_EQ(entries->size(), 2u);
    EXPECT_EQ((*entries)[0].path, "logs/ike.log");
    std::string log;
    for (int i = 0; i < 20; ++i)
        log += "IKE SA established\n";
    EXPECT_EQ((*entries)[0].data, log);
    EXPECT_EQ((*entries)[1].path, "donn\xc3\xa9"
                                  "es.bin");
    EXPECT_EQ((*entries)[1].data, std::string("\x00\x01\x02\x00\xff\x00", 6));
}

TEST(ZipReader, AcceptsDataDescriptorsAndComments) {
    RawEntry e = stored("streamed.txt", "written without seeking");
    e.dataDescriptor = true;
    const auto entries = readZip(rawZip({e, stored("b", "b")}));
    ASSERT_TRUE(entries.hasValue()) << entries.error().detail;
    EXPECT_EQ((*entries)[0].data, "written without seeking");

    // A comment that itself contains an end-record signature must not confuse the scan.
    std::string zip = mustWrite({{"a", "x"}});
    const std::string comment = "PK\x05\x06 fake end record";
    set16(zip, endOffset(zip) + 20, static_cast<std::uint16_t>(comment.size()));
    zip += comment;
    const auto withComment = readZip(zip);
    ASSERT_TRUE(withComment.hasValue()) << withComment.error().detail;
    EXPECT_EQ((*withComment)[0].data, "x");
}

// ---- Hostile archives -----------------------------------------------------------------------

TEST(ZipReader, EveryTruncationIsAnError) {
    const std::string zip = mustWrite({{"a.txt", std::string(300, 'a')}, {"b/c.bin", "\x01\x02"}});
    for (std::size_t len = 0; len < zip.size(); ++len) {
        const auto result = readZip(std::string_view(zip).substr(0, len));
        ASSERT_FALSE(result.hasValue()) << "truncated to " << len << " bytes";
        EXPECT_EQ(result.error().code, ErrorCode::Malformed) << len;
        EXPECT_FALSE(result.error().detail.empty());
    }
}

TEST(ZipReader, RejectsBytesAroundTheArchive) {
    const std::string zip = mustWrite({{"a", "x"}});
    expectError(zip + "junk", ErrorCode::Malformed, "end-of-central-directory");
    expectError("junk" + zip, ErrorCode::Malformed, "does not end where the end record starts");
    expectError("", ErrorCode::Malformed, "shorter than");
}

TEST(ZipReader, RejectsCorruptCrcAndData) {
    std::string badCrc = mustWrite({{"a.txt", "hello"}});
    set32(badCrc, 14, 0x12345678);
    set32(badCrc, centralOffset(badCrc) + 16, 0x12345678);
    expectError(badCrc, ErrorCode::Malformed, "entry 1 'a.txt' fails its CRC-32 check");

    std::string badData = mustWrite({{"a.txt", "hello"}}); // stored: data starts after the name
    badData[30 + 5] ^= 0x20;
    expectError(badData, ErrorCode::Malformed, "CRC-32");

    std::string text(5000, 'z');
    std::string deflated = mustWrite({{"z.txt", text}});
    ASSERT_EQ(get16(deflated, 8), 8);
    deflated[30 + 5] = static_cast<char>(0xFF); // first byte of the deflate stream: invalid block type
    expectError(deflated, ErrorCode::Malformed, "invalid deflate data");
}

TEST(ZipReader, RejectsTraversalNames) {
    for (const char* name : {"../evil", "/etc/passwd", "C:/x", "a/./b", "logs/../x"}) {
        const std::string zip = rawZip({stored("ok.txt", "1"), stored(name, "2")});
        expectError(zip, ErrorCode::Malformed, "entry 2 '" + std::string(name) + "' has an unsafe name");
    }
    // '\' is a separator (PowerShell 5.1 writes it): the same checks apply to what it separates.
    for (const char* name : {"..\\evil", "\\x", "a\\..\\b", "C:\\x", "a\\\\b"}) {
        expectError(rawZip({stored(name, "x")}), ErrorCode::Malformed, "has an unsafe name");
    }
    expectError(rawZip({stored(std::string("a\0b", 3), "x")}), ErrorCode::Malformed, "'a\\x00b'");
    expectError(rawZip({stored("../", "")}), ErrorCode::Malformed, "unsafe name"); // directory entries too
}

TEST(ZipReader, ReadsBackslashesAsFolderSeparators) {
    auto entries = readZip(rawZip({stored("diagnosis\\report.txt", "r"), stored("logs\\a\\b.log", "l")}));
    ASSERT_TRUE(entries) << entries.error().detail;
    ASSERT_EQ(entries->size(), 2u);
    EXPECT_EQ((*entries)[0].path, "diagnosis/report.txt");
    EXPECT_EQ((*entries)[1].path, "logs/a/b.log");
    // One file under both spellings is one name twice.
    expectError(rawZip({stored("a/b.txt", "1"), stored("A\\B.txt", "2")}), ErrorCode::Malformed, "same name");
}

TEST(ZipReader, RejectsDuplicateNamesIgnoringAsciiCase) {
    expectError(rawZip({stored("Report.txt", "1"), stored("report.TXT", "2")}), ErrorCode::Malformed,
                "entry 2 'report.TXT' has the same name");
}

TEST(ZipReader, RejectsEntriesLargerThanTheLimit) {
    const std::string zip = mustWrite({{"zeros.bin", std::string(8u << 20, '\0')}});
    EXPECT_LT(zip.size(), 20000u);
    expectError(zip, ErrorCode::TooLarge, "limit is 1048576", ZipLimits{64, 1u << 20, 1u << 30});
    EXPECT_TRUE(readZip(zip, ZipLimits{64, 8u << 20, 8u << 20}).hasValue());
}

TEST(ZipReader, StopsAZipBombThatLiesAboutItsSize) {
    // 8 MiB of zeros deflate to a few KiB; the headers then claim 1000 bytes, within the limit.
    std::string zip = mustWrite({{"bomb.bin", std::string(8u << 20, '\0')}});
    set32(zip, 22, 1000);
    set32(zip, centralOffset(zip) + 24, 1000);
    expectError(zip, ErrorCode::Malformed, "inflates to more than its declared size of 1000",
                ZipLimits{64, 1u << 20, 1u << 20});
}

TEST(ZipReader, RejectsArchivesOverTheTotalLimit) {
    const std::string mb(1u << 20, 'x');
    const std::string zip = mustWrite({{"1", mb}, {"2", mb}, {"3", mb}});
    expectError(zip, ErrorCode::TooLarge, "entries up to entry 3 '3' total 3145728",
                ZipLimits{64, 1u << 20, (5u << 20) / 2});
}

TEST(ZipReader, RejectsTooManyEntries) {
    std::vector<ZipEntry> five;
    for (int i = 0; i < 5; ++i)
        five.push_back({"f" + std::to_string(i), "x"});
    const std::string zip = mustWrite(five);
    expectError(zip, ErrorCode::TooLarge, "archive has 5 entries; the limit is 4", ZipLimits{4, 1024, 4096});
    EXPECT_TRUE(readZip(zip, ZipLimits{5, 1024, 4096}).hasValue());
}

TEST(ZipReader, RejectsEncryptedEntries) {
    std::string both = mustWrite({{"secret.txt", "x"}});
    set16(both, 6, get16(both, 6) | 1);
    set16(both, centralOffset(both) + 8, get16(both, centralOffset(both) + 8) | 1);
    expectError(both, ErrorCode::NotSupported, "entry 1 'secret.txt' is encrypted");

    std::string localOnly = mustWrite({{"secret.txt", "x"}});
    set16(localOnly, 6, get16(localOnly, 6) | 1);
    expectError(localOnly, ErrorCode::NotSupported, "encrypted (local header)");
}

TEST(ZipReader, RejectsUnsupportedMethodsAndFormats) {
    RawEntry bzip2 = stored("a.bz2", "BZh");
    bzip2.method = 12;
    expectError(rawZip({bzip2}), ErrorCode::NotSupported, "compression method 12");

    std::string zip64 = mustWrite({{"a", "x"}});
    set32(zip64, centralOffset(zip64) + 24, 0xFFFFFFFF);
    expectError(zip64, ErrorCode::NotSupported, "zip64");

    std::string zip64End = mustWrite({{"a", "x"}});
    set16(zip64End, endOffset(zip64End) + 10, 0xFFFF);
    expectError(zip64End, ErrorCode::NotSupported, "zip64");

    std::string multiDisk = mustWrite({{"a", "x"}});
    set16(multiDisk, endOffset(multiDisk) + 4, 1);
    expectError(multiDisk, ErrorCode::NotSupported, "several disks");

    RawEntry legacy = stored("caf\x82.txt", "x"); // CP437 'é' without the UTF-8 flag
    legacy.flags = 0;
    expectError(rawZip({legacy}), ErrorCode::NotSupported, "legacy code page");
}

TEST(ZipReader, RejectsLocalHeadersThatDisagree) {
    std::string name = mustWrite({{"a.txt", "x"}});
    name[30] = 'b';
    expectError(name, ErrorCode::Malformed, "different name in its local header");

    std::string method = mustWrite({{"a.txt", "x"}});
    set16(method, 8, 8);
    expectError(method, ErrorCode::Malformed, "different compression method");

    std::string size = mustWrite({{"a.txt", "xy"}});
    set32(size, 22, 1);
    expectError(size, ErrorCode::Malformed, "differ from the central directory");

    RawEntry far = stored("a", "x");
    far.localOffset = 1000;
    expectError(rawZip({far}), ErrorCode::Malformed, "outside the data area");
}

TEST(ZipReader, RejectsBrokenCentralDirectory) {
    std::string count = mustWrite({{"a", "x"}, {"b", "y"}});
    set16(count, endOffset(count) + 8, 3);
    set16(count, endOffset(count) + 10, 3);
    expectError(count, ErrorCode::Malformed, "central directory record 3 is truncated");

    std::string sig = mustWrite({{"a", "x"}});
    sig[centralOffset(sig)] = 'X';
    expectError(sig, ErrorCode::Malformed, "central directory record 1 has a bad signature");

    RawEntry dir = stored("logs/", "data");
    expectError(rawZip({dir}), ErrorCode::Malformed, "is a directory but declares 4 bytes");
}

TEST(ZipReader, RejectsOverlappingEntries) {
    // Entry 1's stored data is a complete local record for entry 2, whose central record points
    // into it: each entry is valid alone, but together they share bytes.
    const RawEntry inner = stored("inner.txt", "shared");
    RawEntry outer = stored("outer.bin", localRecord(inner));
    RawEntry alias = inner;
    alias.localOffset = static_cast<std::uint32_t>(30 + outer.name.size());
    expectError(rawZip({outer, alias}), ErrorCode::Malformed, "entries 1 and 2 overlap");
}

TEST(ZipReader, RejectsTruncatedOrPaddedDeflateStreams) {
    const std::string text = std::string(4000, 'q') + "tail";
    const std::string payload = firstPayload(mustWrite({{"q.txt", text}}));
    RawEntry e = stored("q.txt", text);
    e.method = 8;
    e.payload = payload.substr(0, payload.size() - 2);
    expectError(rawZip({e}), ErrorCode::Malformed, "ends before its deflate stream does");
    e.payload = payload + "xx";
    expectError(rawZip({e}), ErrorCode::Malformed, "2 bytes after the end of its deflate stream");
    e.payload = payload;
    e.size = static_cast<std::uint32_t>(text.size() + 1);
    expectError(rawZip({e}), ErrorCode::Malformed, "inflates to 4004 bytes, not its declared 4005");
}

TEST(ZipReader, SurvivesRandomCorruption) {
    // A cheap in-test fuzz pass (tests/fuzz does the real one): never crash, and every failure
    // carries a detail.
    const std::string zip = mustWrite({{"a.txt", std::string(2000, 'a') + "b"}, {"d/e.bin", "\x00\x01"}});
    std::mt19937 rng(7);
    for (int round = 0; round < 3000; ++round) {
        std::string bad = zip;
        for (int k = 0; k < 1 + round % 4; ++k)
            bad[rng() % bad.size()] = static_cast<char>(rng() & 0xFF);
        const auto result = readZip(bad, ZipLimits{8, 1u << 16, 1u << 17});
        if (!result)
            EXPECT_FALSE(result.error().detail.empty());
        else
            for (const ZipEntry& entry : *result)
                EXPECT_TRUE(isSafeEntryPath(entry.path)) << entry.path;
    }
}

} // namespace
} // namespace ipsecdoctor
