// Limits on JSON from elsewhere: a bundle of 100 KB must not become gigabytes of DOM.
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/json_dump.h"

#include "windows10_services.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using nlohmann::json;

namespace {

std::string repeated(std::string_view head, std::string_view unit, std::string_view tail, std::size_t count) {
    std::string out(head);
    out.reserve(head.size() + unit.size() * count + tail.size());
    for (std::size_t i = 0; i < count; ++i) {
        out += unit;
    }
    return out += tail;
}

std::string validSnapshot() {
    return dumpJson(toJson(ipsecdoctor::testing::windows10Snapshot()));
}

/// A bundle whose files are `files` (name, content), with a manifest that lists them all (and
/// has an app_version of `appVersionBytes`): only the limits can refuse it.
std::string bundleWith(const std::vector<ZipEntry>& files, std::size_t appVersionBytes = 5) {
    json list = json::array();
    for (const auto& f : files) {
        list.push_back({{"path", f.path}, {"size", f.data.size()}, {"sha256", sha256Hex(f.data)}});
    }
    json manifest{{"format", "ipsecdoctor-bundle"},
                  {"bundle_version", 1},
                  {"created_at", "2026-11-27T10:00:00Z"},
                  {"app_version", std::string(appVersionBytes, 'v')},
                  {"machine", json::parse(validSnapshot())["machine"]},
                  {"files", list}};
    std::vector<ZipEntry> entries{{"manifest.json", dumpJson(manifest)}};
    entries.insert(entries.end(), files.begin(), files.end());
    auto zip = writeZip(entries, "2026-11-27T10:00:00Z");
    EXPECT_TRUE(zip);
    return zip ? *zip : std::string();
}

std::string validFindings() {
    const auto snap = ipsecdoctor::testing::windows10Snapshot();
    return dumpJson(toJson(runChecks(snap)));
}

} // namespace

TEST(JsonLimits, ValuesAreCountedBeforeAnyDomIsBuilt) {
    JsonLimits limits;
    limits.maxValues = 1000;
    EXPECT_TRUE(parseJson(repeated("[", "{},", "{}]", 998), limits)); // 999 objects + the array
    auto tooMany = parseJson(repeated("[", "{},", "{}]", 999), limits);
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().code, ErrorCode::TooLarge);
    EXPECT_NE(tooMany.error().detail.find("1000 values"), std::string::npos) << tooMany.error().detail;
    // The default: about a million values, whatever the size in bytes.
    EXPECT_EQ(parseJson(repeated("[", "0,", "0]", 1'000'000)).error().code, ErrorCode::TooLarge);
}

TEST(JsonLimits, StringsKeysBytesAndDepthHaveLimits) {
    JsonLimits limits;
    limits.maxStringBytes = 10;
    EXPECT_TRUE(parseJson(R"({"0123456789": "0123456789"})", limits));
    EXPECT_EQ(parseJson(R"({"a": "01234567890"})", limits).error().code, ErrorCode::TooLarge);
    EXPECT_EQ(parseJson(R"({"01234567890": 1})", limits).error().code, ErrorCode::TooLarge);
    limits = {};
    limits.maxBytes = 8;
    EXPECT_TRUE(parseJson("[1,2,3]", limits));
    EXPECT_EQ(parseJson("[1,2,3,4]", limits).error().code, ErrorCode::TooLarge);
    EXPECT_TRUE(parseJson(repeated("", "[", "", 64) + repeated("", "]", "", 64)));
    auto deep = parseJson(repeated("", "[", "", 65) + repeated("", "]", "", 65));
    ASSERT_FALSE(deep);
    EXPECT_EQ(deep.error().code, ErrorCode::Malformed);
    EXPECT_NE(deep.error().detail.find("deeper than 64"), std::string::npos);
    EXPECT_EQ(parseJson("[1,").error().detail, "not valid JSON");
}

TEST(JsonLimits, BundleDocumentsAreCappedBeforeInflating) {
    const std::string log = "log\n";
    struct Case {
        std::string name;
        std::size_t limit;
    };
    for (const auto& [name, limit] : {Case{"snapshot.json", 16u << 20}, Case{"findings.json", 4u << 20}}) {
        std::vector<ZipEntry> files{{"snapshot.json", validSnapshot()}, {"findings.json", validFindings()}};
        for (auto& f : files) {
            if (f.path == name) {
                f.data = repeated("[", " ", "]", limit - 1); // one byte over
            }
        }
        auto bundle = parseBundle(bundleWith(files));
        ASSERT_FALSE(bundle) << name;
        EXPECT_EQ(bundle.error().code, ErrorCode::TooLarge) << bundle.error().detail;
        EXPECT_NE(bundle.error().detail.find("'" + name + "' is " + std::to_string(limit + 1) + " bytes"),
                  std::string::npos)
            << bundle.error().detail;
    }
    auto fine =
        parseBundle(bundleWith({{"snapshot.json", validSnapshot()}, {"findings.json", validFindings()}}));
    EXPECT_TRUE(fine) << fine.error().detail;
}

TEST(JsonLimits, ManifestIsCappedAt64KiB) {
    const std::vector<ZipEntry> files{{"snapshot.json", validSnapshot()}, {"findings.json", validFindings()}};
    auto fine = parseBundle(bundleWith(files, 60 * 1024));
    EXPECT_TRUE(fine) << fine.error().detail;
    auto refused = parseBundle(bundleWith(files, 64 * 1024));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::TooLarge);
    EXPECT_NE(refused.error().detail.find("'manifest.json' is"), std::string::npos) << refused.error().detail;
}

TEST(JsonLimits, TooManyValuesInASmallSnapshotAreRefused) {
    json snap = json::parse(validSnapshot());
    std::string text = dumpJson(snap, -1);
    text.pop_back();
    text += ",\"x\":" + repeated("[", "0,", "0]", 1'100'000) + "}";
    auto bundle = parseBundle(bundleWith({{"snapshot.json", text}, {"findings.json", validFindings()}}));
    ASSERT_FALSE(bundle);
    EXPECT_EQ(bundle.error().code, ErrorCode::TooLarge);
    EXPECT_NE(bundle.error().detail.find("snapshot.json: JSON holds more than 1000000 values"),
              std::string::npos)
        << bundle.error().detail;
}
