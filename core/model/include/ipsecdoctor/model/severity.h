#pragma once

#include <optional>
#include <string_view>

namespace ipsecdoctor {

/// Ordered from harmless to blocking: comparisons rank findings.
enum class Severity { Ok, Info, Warning, Error, Critical };

std::string_view severityId(Severity s); // "ok" | "info" | "warning" | "error" | "critical"
std::optional<Severity> severityFromId(std::string_view id);

} // namespace ipsecdoctor
