// Fuzz target for the JSON layers a bundle or a journal feeds: parseJson, snapshotFromJson,
// findingsFromJson and parseJournal. Whatever they accept must survive a round trip unchanged.
//
// Seeds in corpus/json: the sample snapshot, its findings and manifest (resources/samples), and a
// journal with one entry written for this target.

#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/remediation/journal.h"

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_model_json: invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    (void)parseJournal(input);
    auto json = parseJson(input);
    if (!json) {
        return 0;
    }
    if (auto snapshot = snapshotFromJson(*json)) {
        auto again = snapshotFromJson(toJson(*snapshot));
        require(again.hasValue() && again.value() == snapshot.value(), "snapshot round trip");
    }
    if (auto findings = findingsFromJson(*json)) {
        auto again = findingsFromJson(toJson(*findings));
        require(again.hasValue() && again.value() == findings.value(), "findings round trip");
    }
    return 0;
}
