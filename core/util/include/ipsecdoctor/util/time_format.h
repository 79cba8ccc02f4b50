#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// "2026-11-27T10:15:00Z" for the given instant (UTC, second precision).
std::string formatIso8601Utc(std::chrono::system_clock::time_point t);
/// formatIso8601Utc(now).
std::string nowIso8601Utc();

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), so
/// dates before 1970 and after 2038 work even with a 32-bit time_t.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d);
/// "2026-11-27T10:15:00Z" for seconds since the epoch (also before 1970 and after 2038).
std::string isoFromUnix(std::int64_t seconds);
/// The inverse for exactly that form ("YYYY-MM-DDTHH:MM:SSZ"); nullopt for anything else.
std::optional<std::int64_t> unixFromIso(std::string_view iso);

} // namespace ipsecdoctor
