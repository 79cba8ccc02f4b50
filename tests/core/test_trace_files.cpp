// RAS trace files for the bundle: secrets and packet bytes never get in, files come newest first
// within the limits, and the README says what was kept and removed.
#include "ipsecdoctor/bundle/trace_files.h"

#include "ipsecdoctor/util/file_io.h"

#include "temp_dir.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace ipsecdoctor;
using ipsecdoctor::testing::TempDir;

namespace {

// Lines in the shape RAS file tracing writes ("[thread] time: text").
const std::string kTrace =
    "[2620] 09:12:01:100: RasDial started for entry Office VPN\n"
    "[2620] 09:12:01:101: Password length = 9\n"
    "[2620] 09:12:01:102: L2tpIPsecPsk: hunter2secret\n"
    "[2620] 09:12:01:103: szPassword=Sup3rS3cret!\n"
    "[2620] 09:12:01:200: <PPP packet sent at 11/27/2026 09:12:01:200\n"
    "[2620] 09:12:01:200: <C2 23 02 01 00 3F 31 10 9A 4C 11 22 33 44 55 66 |.#..?1..L.\"3DUf|\n"
    "[2620] 09:12:01:200: <77 88 99 AA BB CC DD EE FF 00 11 22 33 44 55 66 |w..........\"3DUf|\n"
    "[2620] 09:12:02:000: IKE negotiation failed with error 13801\n";

TEST(TraceFiles, ScrubRemovesSecretsAndPacketBytesAndKeepsTheRest) {
    const auto s = scrubTraceText(kTrace);
    EXPECT_EQ(s.text.find("hunter2"), std::string::npos);
    EXPECT_EQ(s.text.find("Sup3rS3cret"), std::string::npos);
    EXPECT_EQ(s.text.find("9A 4C"), std::string::npos);
    EXPECT_EQ(s.text.find("DD EE"), std::string::npos);
    EXPECT_NE(s.text.find("RasDial started for entry Office VPN"), std::string::npos);
    EXPECT_NE(s.text.find("error 13801"), std::string::npos);
    EXPECT_NE(s.text.find("<PPP packet sent"), std::string::npos);
    EXPECT_EQ(s.secretLines, 3u);
    EXPECT_EQ(s.packetLines, 2u);
    EXPECT_NE(s.text.find("[packet bytes removed]\n"), std::string::npos);
}

TEST(TraceFiles, Utf16TraceIsConvertedBeforeScrubbing) {
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("ok line\r\npassword=abc\r\n")) {
        utf16 += c;
        utf16 += '\0';
    }
    const auto s = scrubTraceText(utf16);
    EXPECT_EQ(s.text, "ok line\r\n[line removed: it names a credential]\n");
}

TEST(TraceFiles, CollectsNewestFirstWithinLimitsAndStatesThem) {
    TempDir dir;
    ASSERT_TRUE(
        writeFileAtomic(dir.path() / "RASAPI32.LOG", std::string(3000, 'a') + "\nolder tail\n").hasValue());
    ASSERT_TRUE(writeFileAtomic(dir.path() / "RASMAN.LOG", kTrace).hasValue());
    ASSERT_TRUE(writeFileAtomic(dir.path() / "notes.txt", "password=x\n").hasValue());
    std::filesystem::last_write_time(dir.path() / "RASAPI32.LOG",
                                     std::filesystem::last_write_time(dir.path() / "RASMAN.LOG") -
                                         std::chrono::hours(1));
    TraceLimits limits;
    limits.perFile = 1000;
    limits.total = 1200;
    const auto files = collectTraceFiles(dir.path(), limits);
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[0].first, "diagnosis/tracing/RASMAN.LOG");
    EXPECT_EQ(files[0].second.find("Sup3rS3cret"), std::string::npos);
    EXPECT_EQ(files[1].first, "diagnosis/tracing/RASAPI32.LOG");
    // Cut to what the total allows, from a line start: the newest part of the older file.
    EXPECT_EQ(files[1].second, "older tail\n");
    EXPECT_EQ(files[2].first, "diagnosis/tracing/README.txt");
    EXPECT_NE(files[2].second.find("RASAPI32.LOG: 3012 bytes, newest part kept"), std::string::npos);
    EXPECT_NE(files[2].second.find("3 line(s) naming a secret"), std::string::npos);
    EXPECT_EQ(files[2].second.find("notes.txt"), std::string::npos);
}

TEST(TraceFiles, BundleWithTracesCarriesNoSecret) {
    TempDir dir;
    ASSERT_TRUE(writeFileAtomic(dir.path() / "RASMAN.LOG", kTrace).hasValue());
    const auto files = collectTraceFiles(dir.path());
    auto zip = buildBundle(SystemSnapshot{}, {}, "", files);
    ASSERT_TRUE(zip.hasValue()) << zip.error().detail;
    auto bundle = parseBundle(*zip);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    bool sawTrace = false;
    for (const auto& [path, data] : bundle->attachments) {
        sawTrace = sawTrace || path == "diagnosis/tracing/RASMAN.LOG";
        EXPECT_EQ(data.find("hunter2"), std::string::npos) << path;
        EXPECT_EQ(data.find("Sup3rS3cret"), std::string::npos) << path;
    }
    EXPECT_TRUE(sawTrace);
}

TEST(TraceFiles, AWholePacketDumpGoesWhateverItsLengthAndGrouping) {
    const std::string trace =
        "[2620] 09:12:01:200: >PPP packet sent at 11/27/2026 09:12:01:200\n"
        "[2620] 09:12:01:200: >Protocol = CHAP, Type = Protocol specific, Length = 0x3F, Id = 0x1, Port = 1\n"
        "[2620] 09:12:01:200: >C2 23 02 01 00 3F 31 10 9A 4C 11 22 33 44 55 66 |.#..?1..L.\"3DUf|\n"
        "[2620] 09:12:01:200: >22 33 44 55 66 77 |\"3DUfw|\n" // the short last line of the dump
        "[2620] 09:12:01:201: <7F |.|\n"
        "0000: 3c31 00aa 5566 7788 99aa bbcc\n"       // grouped hex
        "  deadbeef00112233 44556677\n"               // grouped in 8
        "blob 0123456789abcdef0123456789abcdef0123\n" // a long contiguous run
        "[2620] 09:12:02:000: CoId={4D36E972-E325-11CE-BFC1-08002BE10318}: connection 13801\n"
        "[2620] 09:12:02:001: Certificate thumbprint 3B1EFD3A66EA28B16697394703A72CA340A05BD5\n";
    const auto s = scrubTraceText(trace);
    for (const char* gone :
         {"9A 4C", "22 33 44 55 66 77", "\"3DUfw", "<7F", "3c31", "deadbeef", "0123456789abcdef"}) {
        EXPECT_EQ(s.text.find(gone), std::string::npos) << gone << "\n" << s.text;
    }
    EXPECT_NE(s.text.find(">Protocol = CHAP"), std::string::npos) << s.text;
    EXPECT_NE(s.text.find("CoId={4D36E972-E325-11CE-BFC1-08002BE10318}: connection 13801"), std::string::npos)
        << s.text;
    EXPECT_NE(s.text.find("thumbprint 3B1EFD3A66EA28B16697394703A72CA340A05BD5"), std::string::npos)
        << s.text;
    EXPECT_EQ(s.packetLines, 6u);
}

TEST(TraceFiles, CredentialLinesGo) {
    const std::string trace = "[1] 1:1: Credentials: P@ssw0rd!\n"
                              "[1] 1:2: EapUserData: 7B2275736572223A22616C696365227D\n"
                              "[1] 1:3: NtResponse: 0123\n"
                              "[1] 1:4: MPPE Send key: a1b2\n"
                              "[1] 1:5: Cached credential hash 8846\n"
                              "[1] 1:6: token abc\n"
                              "[1] 1:7: Key = 0011 2233 4455 6677\n"
                              "[1] 1:8: bypass enabled, spin count 3\n";
    const auto s = scrubTraceText(trace);
    for (const char* gone : {"P@ssw0rd", "7B2275", "0123", "a1b2", "8846", "abc", "0011 2233"}) {
        EXPECT_EQ(s.text.find(gone), std::string::npos) << gone << "\n" << s.text;
    }
    EXPECT_NE(s.text.find("bypass enabled, spin count 3"), std::string::npos) << s.text;
}

TEST(TraceFiles, Utf16WithoutBomIsConvertedBeforeScrubbing) {
    std::string utf16;
    for (char c : std::string("ok line\r\npassword=abc\r\n")) {
        utf16 += c;
        utf16 += '\0';
    }
    EXPECT_EQ(scrubTraceText(utf16).text, "ok line\r\n[line removed: it names a credential]\n");
}

TEST(TraceFiles, MissingFolderGivesNothing) {
    EXPECT_TRUE(collectTraceFiles("/nonexistent/ipsecdoctor/tracing").empty());
}

} // namespace
