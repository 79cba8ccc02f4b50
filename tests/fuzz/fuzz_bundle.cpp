// Fuzz target for a diagnostic bundle from the bytes to what the CLI prints: parseBundle, the
// checks and the diagnosis run on its snapshot, then the JSON documents `check --json` and
// `diagnose --json` are built from (dumped with dumpJson) and every string through printable(),
// as the text output does. A bundle comes from another machine and may be damaged or crafted.
// Beyond "no crash", an accepted bundle must hold what the manifest promises.
//
// Seeds in corpus/bundle: the sample bundle from resources/samples, a plain zip that is not a
// bundle, and the review's hostile bundles that stay small (tests/hostile/make_hostile_inputs.py).
// Mutations mostly exercise the zip layer; the JSON layers have their own target.

#include "fuzz_output.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/json/model_json.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    using fuzz_output::require;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto bundle = parseBundle(input);
    if (!bundle) {
        fuzz_output::checkErrorOutput(bundle.error(), "fuzz_bundle");
        return 0;
    }
    require(bundle->manifest.format == kBundleFormat && bundle->manifest.bundleVersion <= kBundleVersion,
            "fuzz_bundle", "accepted only this format, up to this version");
    fuzz_output::checkBundleOutput(*bundle, "fuzz_bundle");
    fuzz_output::checkJsonOutput(toJson(bundle->snapshot), "fuzz_bundle"); // what an export writes again
    return 0;
}
