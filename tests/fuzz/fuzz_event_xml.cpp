// Fuzz target for the Logs step's parsers of untrusted input: event XML (a saved log, a bundle's
// events) through the classifier, the checks and the diagnosis to the JSON the CLI prints for
// `check --events --json` and `diagnose --events --json` (dumped with dumpJson, every string
// through printable() as the text output does), and the code parser of `explain`. Also: the
// parser that keeps the caller's buffer (parseEventXml(std::string&&)) agrees with the one that
// copies, and the RAS trace scrub of the bundle leaves no line naming a secret.
//
// Seeds in corpus/event_xml: real samples of tests/data/real-world/eventlog-xml (Security 4653,
// a German RemoteAccess 20271, Event Viewer's non-XML copy), a RasClient 20227 in the shape of
// the Get-EventLog sample, and the review's hostile files (cut UTF-8, invalid bytes, &#x1B;).

#include "fuzz_output.h"

#include "ipsecdoctor/bundle/trace_files.h"
#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/diagnosis/diagnosis_json.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/logs/event_classifier.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_event_xml: invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    (void)lookupCode(input.substr(0, 40));
    {
        auto copied = parseEventXml(input);
        auto moved = parseEventXml(std::string(input));
        require(copied.hasValue() == moved.hasValue(), "both parseEventXml overloads agree on success");
        require(!copied || *copied == *moved, "both parseEventXml overloads give the same event");
        const auto scrubbed = scrubTraceText(input);
        for (const char* word : {"password", "psk", "secret"}) {
            require(scrubbed.text.find(word) == std::string::npos, "no secret word survives the trace scrub");
        }
    }
    auto events = parseEventXmlDocument(input, 1000);
    if (!events) {
        fuzz_output::checkErrorOutput(events.error(), "fuzz_event_xml");
        return 0;
    }
    SystemSnapshot snapshot;
    snapshot.logs = LogsInfo{};
    const FailureReasonTable reasons;
    for (auto& e : *events) {
        // What a bundle stores (the raw XML) parses back to the same event.
        auto again = parseEventXml(e.xml);
        require(again.hasValue(), "an event's own XML parses");
        require(*again == e, "an event's own XML parses to the same event");
        (void)classifyEvent(e, reasons);
        snapshot.logs->events.push_back(std::move(e));
    }
    const auto findings = checkLogs(snapshot);
    fuzz_output::checkJsonOutput(toJson(findings), "fuzz_event_xml");
    fuzz_output::checkJsonOutput(toJson(diagnose(findings)), "fuzz_event_xml");
    fuzz_output::checkJsonOutput(toJson(snapshot), "fuzz_event_xml"); // the events as a bundle stores them
    return 0;
}
