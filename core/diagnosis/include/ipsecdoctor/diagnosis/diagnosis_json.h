#pragma once
// JSON of a diagnosis (CLI --json, bundle diagnosis/diagnosis.json).
#include "ipsecdoctor/diagnosis/diagnosis.h"

#include <nlohmann/json.hpp>

namespace ipsecdoctor {

nlohmann::json toJson(const RootCause& cause);
nlohmann::json toJson(const Diagnosis& diagnosis);

} // namespace ipsecdoctor
