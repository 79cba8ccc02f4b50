#pragma once
// JSON of the probe result: the `ipsecdoctor-cli probe --json` output (schema documented in
// app/cli/README.md, versioned by "schema_version") and the snapshot's "probe" member.

#include "ipsecdoctor/model/probe_result.h"
#include "ipsecdoctor/util/expected.h"

#include <nlohmann/json.hpp>

namespace ipsecdoctor {

nlohmann::json toJson(const ProbeResult& result);
/// Validates types and ranges; Error{Malformed} with the path of the first problem;
/// NotSupported for a newer schema_version.
Expected<ProbeResult> probeResultFromJson(const nlohmann::json& j);

} // namespace ipsecdoctor
