// Bundles as they come back from real life: unzipped and zipped again by Explorer ("Send to >
// Compressed folder" puts everything under one folder) or by PowerShell 5.1's Compress-Archive
// ('\' between folders), or put together without findings.json. They open with the same integrity
// checks; what is not such a case is still refused.
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/json/model_json.h"

#include "windows10_services.h"
#include "zip_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;
using namespace ipsecdoctor::ziptest;

namespace {

SystemSnapshot sampleSnapshot() {
    return ipsecdoctor::testing::windows10Snapshot();
}

/// The entries of a bundle the product wrote, with an attachment in a folder.
std::vector<ZipEntry> exportedEntries() {
    const auto snap = sampleSnapshot();
    auto bytes = buildBundle(snap, runChecks(snap), "2026-12-08 [info] started\n",
                             {{"diagnosis/diagnosis.json", "{\"causes\": []}"}});
    EXPECT_TRUE(bytes) << (bytes ? "" : bytes.error().detail);
    auto entries = readZip(bytes ? *bytes : std::string());
    EXPECT_TRUE(entries);
    return entries ? *entries : std::vector<ZipEntry>{};
}

/// The same files zipped again by another tool: names rewritten by `rename`, stored.
std::string rezipped(const std::vector<ZipEntry>& entries,
                     const std::function<std::string(std::string)>& rename) {
    std::vector<RawEntry> raw;
    for (const auto& e : entries) {
        raw.push_back(stored(rename(e.path), e.data));
    }
    return rawZip(raw);
}

void expectOpensLikeTheOriginal(const std::string& zip) {
    auto bundle = parseBundle(zip);
    ASSERT_TRUE(bundle) << bundle.error().detail;
    EXPECT_EQ(bundle->snapshot, sampleSnapshot());
    EXPECT_FALSE(bundle->findingsMissing);
    EXPECT_TRUE(bundle->changedAfterExport.empty());
    EXPECT_EQ(bundle->findings, runChecks(sampleSnapshot()));
    ASSERT_EQ(bundle->attachments.size(), 1u);
    EXPECT_EQ(bundle->attachments[0].first, "diagnosis/diagnosis.json");
}

} // namespace

TEST(BundleRealLife, ExplorersCompressedFolderOpens) {
    const auto zip = rezipped(exportedEntries(), [](std::string p) { return "ipsecdoctor-PC-01/" + p; });
    expectOpensLikeTheOriginal(zip);
}

TEST(BundleRealLife, PowerShellBackslashesOpen) {
    const auto zip = rezipped(exportedEntries(), [](std::string p) {
        std::replace(p.begin(), p.end(), '/', '\\');
        return "ipsecdoctor-PC-01\\" + p; // Compress-Archive on the folder itself
    });
    expectOpensLikeTheOriginal(zip);
}

TEST(BundleRealLife, OnlyOneCommonFolderHoldingTheManifestIsTakenOff) {
    auto entries = exportedEntries();
    // Two levels: not what Explorer does; the names stay and the manifest is not found.
    auto twoLevels = rezipped(entries, [](std::string p) { return "a/b/" + p; });
    auto parsed = parseBundle(twoLevels);
    ASSERT_FALSE(parsed);
    EXPECT_NE(parsed.error().detail.find("manifest.json is missing"), std::string::npos)
        << parsed.error().detail;
    // A file outside the folder: nothing is taken off, and the folder's files are not the bundle's.
    auto raw = std::vector<RawEntry>{};
    for (const auto& e : entries) {
        raw.push_back(stored("bundle/" + e.path, e.data));
    }
    raw.push_back(stored("readme.txt", "sent by Bob"));
    parsed = parseBundle(rawZip(raw));
    ASSERT_FALSE(parsed);
    EXPECT_NE(parsed.error().detail.find("manifest.json is missing"), std::string::npos)
        << parsed.error().detail;
    // The integrity checks still hold inside the folder: a changed file is reported.
    raw.pop_back();
    for (auto& r : raw) {
        if (r.name == "bundle/snapshot.json") {
            r = stored(r.name, r.payload + " ");
        }
    }
    parsed = parseBundle(rawZip(raw));
    ASSERT_TRUE(parsed) << parsed.error().detail;
    EXPECT_EQ(parsed->changedAfterExport, (std::vector<BundleChange>{{"snapshot.json", "changed"}}));
}

TEST(BundleRealLife, FindingsAreOptionalWhenTheManifestDoesNotListThem) {
    auto entries = exportedEntries();
    std::erase_if(entries, [](const ZipEntry& e) { return e.path == "findings.json"; });
    auto& manifest =
        *std::find_if(entries.begin(), entries.end(), [](auto& e) { return e.path == "manifest.json"; });
    auto m = nlohmann::json::parse(manifest.data);
    auto& files = m["files"];
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const auto& f) { return f["path"] == "findings.json"; }),
                files.end());
    manifest.data = m.dump();
    auto bundle = parseBundle(rezipped(entries, [](std::string p) { return p; }));
    ASSERT_TRUE(bundle) << bundle.error().detail;
    EXPECT_TRUE(bundle->findingsMissing);
    EXPECT_TRUE(bundle->changedAfterExport.empty()); // not listed, not missing: nothing changed
    EXPECT_TRUE(bundle->findings.empty());
    EXPECT_EQ(bundle->snapshot, sampleSnapshot());
}
