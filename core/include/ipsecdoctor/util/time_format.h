#pragma once

#include <chrono>
#include <string>

namespace ipsecdoctor {

/// "2026-11-27T10:15:00Z" for the given instant (UTC, second precision).
std::string formatIso8601Utc(std::chrono::system_clock::time_point t);
/// formatIso8601Utc(now).
std::string nowIso8601Utc();

} // namespace ipsecdoctor
