#include "ipsecdoctor/util/time_format.h"

#include <cstdio>

namespace ipsecdoctor {

std::string formatIso8601Utc(std::chrono::system_clock::time_point t) {
    // system_clock counts from the Unix epoch (C++20), so no gmtime_r/gmtime_s is needed.
    return isoFromUnix(std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count());
}

std::string nowIso8601Utc() {
    return formatIso8601Utc(std::chrono::system_clock::now());
}

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::string isoFromUnix(std::int64_t seconds) {
    // civil_from_days (Howard Hinnant), so dates past 2038 work with a 32-bit time_t as well.
    std::int64_t days = seconds / 86400;
    std::int64_t rem = seconds % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02dZ", static_cast<long long>(y), m, d,
                  static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60));
    return buf;
}

std::optional<std::int64_t> unixFromIso(std::string_view iso) {
    // 2026-11-27T10:15:00Z
    if (iso.size() != 20 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':' ||
        iso[16] != ':' || iso[19] != 'Z') {
        return std::nullopt;
    }
    auto num = [&](std::size_t pos, std::size_t len) -> int {
        int x = 0;
        for (std::size_t i = 0; i < len; ++i) {
            const char c = iso[pos + i];
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), se = num(17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 ||
        se > 60) {
        return std::nullopt;
    }
    // A day the month does not have (30 February) is refused, not carried into the next month.
    using namespace std::chrono;
    if (!year_month_day{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}}.ok()) {
        return std::nullopt;
    }
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 +
           mi * 60 + se;
}

} // namespace ipsecdoctor
