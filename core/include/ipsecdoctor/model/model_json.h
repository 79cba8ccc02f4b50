#pragma once
// JSON round-trip of the model (nlohmann-json). Parsing validates types and enum values and
// returns Error{Malformed} with the offending path instead of throwing.

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/util/expected.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace ipsecdoctor {

nlohmann::json toJson(const SystemSnapshot& snapshot);
nlohmann::json toJson(const Finding& finding);
nlohmann::json toJson(const std::vector<Finding>& findings);
nlohmann::json toJson(const Connection& connection);
nlohmann::json toJson(const VpnProfile& profile);      // model/vpn_json.cpp
nlohmann::json toJson(const VpnConfiguration& config); // profiles and registry facts

Expected<SystemSnapshot> snapshotFromJson(const nlohmann::json& j);
Expected<Finding> findingFromJson(const nlohmann::json& j);
Expected<std::vector<Finding>> findingsFromJson(const nlohmann::json& j);

/// Parses text without throwing; Malformed with the parser's position on failure.
Expected<nlohmann::json> parseJson(std::string_view text);

} // namespace ipsecdoctor
