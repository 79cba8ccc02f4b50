// The seeds of fuzz_bundle_content must reach what is inside a bundle: wrapped as the fuzzer
// wraps them, the sample's snapshot (with and without findings) and the hostile snapshots that
// are valid JSON open; the two whose event XML is broken are refused with the reason. Until
// this test existed the wrapper's manifest lacked "machine", every input was refused at the
// manifest, and the fuzzer only ever tested that refusal.
#include "bundle_around.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/util/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ipsecdoctor;

namespace {

Expected<Bundle> openSeed(const std::string& name) {
    const auto path = std::filesystem::path(IPSECDOCTOR_FUZZ_CORPUS_DIR) / "bundle_content" / name;
    auto input = readFile(path, 1 << 20);
    EXPECT_TRUE(input) << name;
    const std::string text = input ? *input : std::string();
    const auto nul = text.find('\0');
    const std::string snapshot = text.substr(0, nul);
    const std::string findings = nul == std::string::npos ? "[]" : text.substr(nul + 1);
    auto zip = fuzzing::bundleAround(snapshot, findings);
    EXPECT_TRUE(zip.has_value());
    return parseBundle(zip.value_or(std::string()));
}

} // namespace

TEST(FuzzSeeds, BundleContentSeedsGetPastTheManifest) {
    for (const char* name : {"sample-snapshot.json", "sample-snapshot-and-findings.bin",
                             "hostile-83-json-ansi-escape.json", "hostile-85-event-raw-controls.json"}) {
        auto bundle = openSeed(name);
        ASSERT_TRUE(bundle) << name << ": " << bundle.error().detail;
        EXPECT_FALSE(bundle->snapshot.services.empty()) << name;
    }
    EXPECT_FALSE(openSeed("sample-snapshot-and-findings.bin")->findings.empty());
    for (const char* name :
         {"hostile-84-event-ctrl-reference.json", "hostile-90-event-cut-utf8-crash.json"}) {
        auto bundle = openSeed(name);
        ASSERT_FALSE(bundle) << name;
        EXPECT_NE(bundle.error().detail.find("event XML"), std::string::npos) << bundle.error().detail;
    }
}
