#pragma once
// The one way to turn a JSON document into text. nlohmann's default dump() throws type_error 316
// on a string that is not UTF-8, and an uncaught throw ends the process; this replaces such
// bytes with U+FFFD instead, so output never depends on the input being clean.

#include <nlohmann/json.hpp>

#include <string>

namespace ipsecdoctor {

/// `j` as text, indented by `indent` spaces (-1: compact); invalid UTF-8 becomes U+FFFD.
std::string dumpJson(const nlohmann::json& j, int indent = 2);

} // namespace ipsecdoctor
