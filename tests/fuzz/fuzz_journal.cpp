// Fuzz target for a journal file as undo reads it: parseJournal (the JSON limits, then each entry
// against the schema), the remediation id of every entry through parseRemediationId (what undo
// dispatches on), and the journal written back and printed as `journal --json` does (dumpJson,
// every string through printable() for the text output). A journal the parser accepts must
// survive that round trip unchanged. Thin on purpose: the checks undo makes of an entry against
// its fix belong to the remediators and are tested there.
//
// Seeds in corpus/journal: a service entry, and the review's crafted entries (another service, a
// phonebook path outside the profile folders, a registry value with a bad type, a certificate).

#include "fuzz_output.h"

#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/remediation/journal.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    using fuzz_output::require;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto entries = parseJournal(input);
    if (!entries) {
        fuzz_output::checkErrorOutput(entries.error(), "fuzz_journal");
        return 0;
    }
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& e : *entries) {
        (void)parseRemediationId(e.remediationId);
        arr.push_back(toJson(e));
    }
    const nlohmann::json doc{{"schema_version", kJournalSchemaVersion}, {"entries", arr}};
    fuzz_output::checkJsonOutput(doc, "fuzz_journal");
    auto again = parseJournal(dumpJson(doc));
    require(again.hasValue() && *again == *entries, "fuzz_journal", "a saved journal reads back the same");
    return 0;
}
