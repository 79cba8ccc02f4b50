#pragma once
// fuzz_bundle_content's wrapper: a valid bundle (manifest with the machine, sizes and SHA-256
// hashes) around a snapshot and findings, so that mutations reach what is inside. Shared with the
// core test that checks the seeds get through (a manifest the reader refuses would leave the
// fuzzer testing only that refusal).

#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/json_dump.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace ipsecdoctor::fuzzing {

inline std::optional<std::string> bundleAround(const std::string& snapshot, const std::string& findings) {
    nlohmann::json files = nlohmann::json::array();
    for (const auto* f : {&snapshot, &findings}) {
        files.push_back({{"path", f == &snapshot ? "snapshot.json" : "findings.json"},
                         {"size", f->size()},
                         {"sha256", sha256Hex(*f)}});
    }
    const nlohmann::json manifest{{"format", "ipsecdoctor-bundle"},       {"bundle_version", 1},
                                  {"created_at", "2026-11-27T10:00:00Z"}, {"app_version", "0.1.0"},
                                  {"machine", {{"hostname", "PC-FUZZ"}}}, {"files", files}};
    auto zip = writeZip(
        {{"manifest.json", dumpJson(manifest)}, {"snapshot.json", snapshot}, {"findings.json", findings}},
        "2026-11-27T10:00:00Z");
    if (!zip) {
        return std::nullopt;
    }
    return std::move(zip).value();
}

} // namespace ipsecdoctor::fuzzing
