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

/// What a JSON document from elsewhere may hold. A DOM costs about 100 bytes per value whatever
/// the text's size ("[{},{},...]"), so the values are counted in a first pass that builds nothing.
struct JsonLimits {
    std::size_t maxBytes = 16u * 1024 * 1024;
    std::size_t maxValues = 1'000'000;         // scalars, objects and arrays
    std::size_t maxStringBytes = 1024u * 1024; // each string and object key
    std::size_t maxDepth = 64;
};

/// Parses text without throwing. Malformed when it is not JSON or nests deeper than the limit,
/// TooLarge past the other limits (checked before any DOM is built).
Expected<nlohmann::json> parseJson(std::string_view text, const JsonLimits& limits = {});

} // namespace ipsecdoctor
