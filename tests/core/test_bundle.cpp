#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/file_io.h"

#include "temp_dir.h"
#include "windows10_services.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using nlohmann::json;

namespace {

std::string validBundle(std::string_view log = "2026-11-27 [info] started\n") {
    auto snap = ipsecdoctor::testing::windows10Snapshot();
    auto bytes = buildBundle(snap, runChecks(snap), log);
    EXPECT_TRUE(bytes);
    return bytes ? *bytes : std::string{};
}

/// Re-zips a bundle after `edit` changed its entries: the way an attacker or a broken tool would.
std::string tampered(const std::function<void(std::vector<ZipEntry>&)>& edit) {
    auto entries = readZip(validBundle());
    EXPECT_TRUE(entries);
    edit(*entries);
    auto bytes = writeZip(*entries, "2026-11-27T10:00:00Z");
    EXPECT_TRUE(bytes);
    return *bytes;
}

ZipEntry& entry(std::vector<ZipEntry>& entries, const std::string& path) {
    return *std::find_if(entries.begin(), entries.end(), [&](auto& e) { return e.path == path; });
}

void rewriteManifest(std::vector<ZipEntry>& entries, const std::function<void(json&)>& edit) {
    auto& m = entry(entries, "manifest.json");
    json j = json::parse(m.data);
    edit(j);
    m.data = j.dump();
}

} // namespace

TEST(Bundle, RoundTripKeepsSnapshotFindingsAndLog) {
    auto snap = ipsecdoctor::testing::windows10Snapshot();
    snap.services[2].startType = StartType::Disabled;
    const auto findings = runChecks(snap);
    auto bytes = buildBundle(snap, findings, "line one\nline two\n");
    ASSERT_TRUE(bytes);
    auto bundle = parseBundle(*bytes);
    ASSERT_TRUE(bundle) << bundle.error().detail;
    EXPECT_EQ(bundle->snapshot, snap);
    EXPECT_EQ(bundle->findings, findings);
    EXPECT_EQ(bundle->log, "line one\nline two\n");
    EXPECT_EQ(bundle->manifest.format, "ipsecdoctor-bundle");
    EXPECT_EQ(bundle->manifest.bundleVersion, kBundleVersion);
    EXPECT_EQ(bundle->manifest.machine.hostname, "PC-COMPTA-07");
    ASSERT_EQ(bundle->manifest.files.size(), 3u);
    EXPECT_EQ(bundle->manifest.files[0].sha256, sha256Hex(toJson(snap).dump(2) + "\n"));
}

TEST(Bundle, NeverContainsSecretsFromTheLog) {
    auto bundle =
        parseBundle(validBundle("dial vpn1\nL2tpPsk=TopSecret42\n-----BEGIN PRIVATE KEY-----\nMIIE\n"
                                "-----END PRIVATE KEY-----\n"));
    ASSERT_TRUE(bundle);
    EXPECT_EQ(bundle->log.find("TopSecret42"), std::string::npos);
    EXPECT_EQ(bundle->log.find("MIIE"), std::string::npos);
    EXPECT_NE(bundle->log.find("dial vpn1"), std::string::npos);
}

TEST(Bundle, KeepsOnlyTheNewestPartOfAHugeLog) {
    std::string log;
    for (int i = 0; log.size() < kMaxBundleLogBytes + 100000; ++i) {
        log += "2026-11-27 [info] line " + std::to_string(i) + "\n";
    }
    auto bundle = parseBundle(validBundle(log));
    ASSERT_TRUE(bundle);
    EXPECT_LE(bundle->log.size(), kMaxBundleLogBytes);
    EXPECT_EQ(bundle->log.back(), '\n');
    EXPECT_EQ(bundle->log.substr(bundle->log.size() - 20), log.substr(log.size() - 20));
    EXPECT_EQ(bundle->log.find("line 0\n"), std::string::npos);
}

TEST(Bundle, RejectsTamperedOrIncompleteBundles) {
    struct Case {
        const char* what;
        std::function<void(std::vector<ZipEntry>&)> edit;
        const char* mentions;
    };
    const std::vector<Case> cases{
        {"missing manifest",
         [](auto& e) { std::erase_if(e, [](auto& x) { return x.path == "manifest.json"; }); },
         "manifest.json is missing"},
        {"missing snapshot",
         [](auto& e) { std::erase_if(e, [](auto& x) { return x.path == "snapshot.json"; }); },
         "snapshot.json is missing"},
        {"altered snapshot that no longer parses",
         [](auto& e) { entry(e, "snapshot.json").data = "{\"schema_version\": 1}"; }, "snapshot.json"},
        {"other format", [](auto& e) { rewriteManifest(e, [](json& j) { j["format"] = "something-else"; }); },
         "not an IPsec Doctor"},
        {"manifest not JSON", [](auto& e) { entry(e, "manifest.json").data = "{"; }, "manifest.json"},
        {"duplicate listing",
         [](auto& e) { rewriteManifest(e, [](json& j) { j["files"].push_back(j["files"][0]); }); }, "twice"},
    };
    for (const auto& c : cases) {
        auto parsed = parseBundle(tampered(c.edit));
        ASSERT_FALSE(parsed) << c.what;
        EXPECT_NE(parsed.error().detail.find(c.mentions), std::string::npos)
            << c.what << ": " << parsed.error().detail;
    }
}

TEST(Bundle, FilesChangedAfterExportAreListedAndAddedOnesAreNotRead) {
    auto parsed = parseBundle(tampered([](auto& e) {
        entry(e, "snapshot.json").data += " ";                   // still valid JSON, another hash
        e.push_back({"diagnosis/payload.txt", "added by hand"}); // not listed
        std::erase_if(e, [](auto& x) { return x.path == "findings.json"; });
    }));
    ASSERT_TRUE(parsed) << parsed.error().detail;
    auto changes = parsed->changedAfterExport;
    std::sort(changes.begin(), changes.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    EXPECT_EQ(changes, (std::vector<BundleChange>{{"diagnosis/payload.txt", "added"},
                                                  {"findings.json", "missing"},
                                                  {"snapshot.json", "changed"}}));
    EXPECT_TRUE(parsed->attachments.empty()); // the added file is not read
    EXPECT_TRUE(parsed->findingsMissing);
    EXPECT_EQ(parsed->snapshot, ipsecdoctor::testing::windows10Snapshot());
    // Forwarded, it would look whole: refused.
    ipsecdoctor::testing::TempDir dir;
    const auto written = reexportBundle(dir.path() / "forwarded.zip", *parsed);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument);
    // An untouched bundle lists nothing.
    auto whole = parseBundle(validBundle());
    ASSERT_TRUE(whole);
    EXPECT_TRUE(whole->changedAfterExport.empty());
}

TEST(Bundle, MalformedSnapshotInsideAValidZipIsReported) {
    auto bytes = tampered([](auto& e) {
        auto& s = entry(e, "snapshot.json");
        s.data =
            R"({"schema_version":1,"collected_at":"x","machine":{},"services":[{"name":"BFE","state":"on"}]})";
        rewriteManifest(e, [&](json& j) {
            for (auto& f : j["files"]) {
                if (f["path"] == "snapshot.json") {
                    f["size"] = s.data.size();
                    f["sha256"] = sha256Hex(s.data);
                }
            }
        });
    });
    auto parsed = parseBundle(bytes);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, ErrorCode::Malformed);
    EXPECT_NE(parsed.error().detail.find("services[0].state"), std::string::npos) << parsed.error().detail;
}

TEST(Bundle, NewerBundleVersionIsNotSupported) {
    auto parsed =
        parseBundle(tampered([](auto& e) { rewriteManifest(e, [](json& j) { j["bundle_version"] = 2; }); }));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, ErrorCode::NotSupported);
    // What the app needs to say which version made it (the manifest's app_version).
    EXPECT_EQ(parsed.error().evidence.at("reason"), "newer-bundle");
    EXPECT_FALSE(parsed.error().evidence.at("app_version").empty());
    EXPECT_NE(parsed.error().detail.find(parsed.error().evidence.at("app_version")), std::string::npos);
}

TEST(Bundle, NotAZipAtAll) {
    auto parsed = parseBundle("PK\x03\x04 this is not really a zip");
    ASSERT_FALSE(parsed);
    EXPECT_NE(parsed.error().detail.find("bundle: "), std::string::npos);
}

TEST(Bundle, ExportAndLoadThroughAFile) {
    ipsecdoctor::testing::TempDir dir;
    auto snap = ipsecdoctor::testing::windows10Snapshot();
    const auto file = dir.path() / "support" / "PC-COMPTA-07.zip";
    ASSERT_TRUE(exportBundle(file, snap, runChecks(snap), "log\n"));
    auto loaded = loadBundle(file);
    ASSERT_TRUE(loaded) << loaded.error().detail;
    EXPECT_EQ(loaded->snapshot, snap);
    EXPECT_EQ(loadBundle(dir.path() / "missing.zip").error().code, ErrorCode::NotFound);
}
