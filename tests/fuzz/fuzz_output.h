#pragma once
// What every end-to-end fuzz target checks on the output it produces, the way the CLI produces
// it: JSON through dumpJson (never throws, always valid UTF-8 JSON that parses back) and text
// through printable() (no byte a terminal would obey). Before these targets serialised their
// results, a string cut inside a UTF-8 character aborted the CLI and no fuzzer saw it.
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/diagnosis/diagnosis_json.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/utf8.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace fuzz_output {

inline void require(bool ok, const char* target, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "%s: invariant violated: %s\n", target, what);
        std::abort();
    }
}

/// True when `text` holds no C0 control but LF and tab, no DEL, C1 or bidi control.
inline bool terminalSafe(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            return false;
        }
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            return false; // U+0080-U+009F
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) >= 0xAA &&
            static_cast<unsigned char>(text[i + 2]) <= 0xAE) {
            return false; // U+202A-U+202E
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81 &&
            static_cast<unsigned char>(text[i + 2]) >= 0xA6 &&
            static_cast<unsigned char>(text[i + 2]) <= 0xA9) {
            return false; // U+2066-U+2069
        }
    }
    return true;
}

/// Dumps `doc` as the CLI does and checks the result: valid UTF-8, parses back, and every string
/// in it is safe on a terminal once through printable().
inline void checkJsonOutput(const nlohmann::json& doc, const char* target) {
    const std::string text = ipsecdoctor::dumpJson(doc);
    require(ipsecdoctor::isValidUtf8(text), target, "JSON output is valid UTF-8");
    const auto back = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    require(!back.is_discarded(), target, "JSON output parses back");
    // Text output: each string as a renderer would print it, on one line or keeping line breaks.
    const auto flat = back.flatten(); // items() views it: it must outlive the loop
    for (const auto& item : flat.items()) {
        if (item.value().is_string()) {
            const auto& s = item.value().get_ref<const std::string&>();
            require(terminalSafe(ipsecdoctor::printable(s)), target, "printable() output is terminal-safe");
            require(terminalSafe(ipsecdoctor::printable(s, true)), target,
                    "printable(keepLineBreaks) output is terminal-safe");
        }
    }
}

/// A refusal: it says why, and the CLI prints that as JSON and as text.
inline void checkErrorOutput(const ipsecdoctor::Error& error, const char* target) {
    require(!error.detail.empty(), target, "an error has a detail");
    checkJsonOutput(nlohmann::json{{"error", {{"detail", error.detail}}}}, target);
}

/// What `check --bundle --json` and `diagnose --bundle --json` print for an opened bundle: the
/// checks and the diagnosis run on its snapshot, with its stored findings, through checkJsonOutput.
inline void checkBundleOutput(const ipsecdoctor::Bundle& bundle, const char* target) {
    using ipsecdoctor::toJson;
    const auto findings = ipsecdoctor::runChecks(bundle.snapshot);
    checkJsonOutput(nlohmann::json{{"source",
                                    {{"hostname", bundle.snapshot.machine.hostname},
                                     {"collected_at", bundle.snapshot.collectedAt},
                                     {"os_build", bundle.snapshot.machine.osBuild}}},
                                   {"findings", toJson(findings)},
                                   {"stored_findings", toJson(bundle.findings)}},
                    target);
    checkJsonOutput(toJson(ipsecdoctor::diagnose(findings)), target);
}

} // namespace fuzz_output
