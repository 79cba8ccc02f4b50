// Fuzz target for what is inside a well-formed bundle: byte mutations of a zip (fuzz_bundle)
// almost always break a CRC or the manifest's SHA-256 and stop there, so this target builds a
// valid bundle around the input (correct sizes and hashes) and sends it through the same path as
// `check --bundle`: parseBundle (the JSON limits, the snapshot and its event XML, the findings),
// the checks and the diagnosis, then the JSON documents the CLI prints (dumpJson) and every string
// through printable() as the text output does.
//
// Input: snapshot.json, optionally followed by a NUL byte and findings.json (else "[]").
// Seeds in corpus/bundle_content: the sample bundle's snapshot (with and without its findings)
// and the review's hostile snapshots (ANSI escapes in the host name, an EventID cut inside a
// UTF-8 character, "&#x1B;" and raw controls in event data).

#include "bundle_around.h"
#include "fuzz_output.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/digest.h"

#include <cstdint>

namespace {

std::string bundleAround(const std::string& snapshot, const std::string& findings) {
    auto zip = ipsecdoctor::fuzzing::bundleAround(snapshot, findings);
    fuzz_output::require(zip.has_value(), "fuzz_bundle_content", "writeZip takes any content");
    return *zip;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    using fuzz_output::require;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto nul = input.find('\0');
    const std::string snapshot(input.substr(0, nul));
    const std::string findings = nul == std::string_view::npos ? "[]" : std::string(input.substr(nul + 1));
    auto bundle = parseBundle(bundleAround(snapshot, findings));
    if (!bundle) {
        fuzz_output::checkErrorOutput(bundle.error(), "fuzz_bundle_content");
        return 0;
    }
    fuzz_output::checkBundleOutput(*bundle, "fuzz_bundle_content");
    // An accepted snapshot exports again (bundle export of an opened bundle) and reads back.
    auto again = snapshotFromJson(nlohmann::json::parse(dumpJson(toJson(bundle->snapshot))));
    require(again.hasValue() && *again == bundle->snapshot, "fuzz_bundle_content", "snapshot round trip");
    return 0;
}
