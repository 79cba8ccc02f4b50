// Fuzz target for parseBundle: a diagnostic bundle comes from another machine and may be damaged
// or crafted. Beyond "no crash", an accepted bundle must hold what the manifest promises.
//
// Seeds in corpus/bundle: the sample bundle from resources/samples and a plain zip that is not a
// bundle. Mutations mostly exercise the zip layer; the JSON layers have their own target.

#include "ipsecdoctor/bundle/bundle.h"

#include <cstdint>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto bundle = parseBundle(input);
    if (!bundle) {
        if (bundle.error().detail.empty()) {
            std::fprintf(stderr, "fuzz_bundle: an error without a detail\n");
            std::abort();
        }
        return 0;
    }
    if (bundle->manifest.format != kBundleFormat || bundle->manifest.bundleVersion > kBundleVersion) {
        std::fprintf(stderr, "fuzz_bundle: accepted a bundle of another format or a newer version\n");
        std::abort();
    }
    return 0;
}
