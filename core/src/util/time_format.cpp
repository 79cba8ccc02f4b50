#include "ipsecdoctor/util/time_format.h"

#include <ctime>

namespace ipsecdoctor {

std::string formatIso8601Utc(std::chrono::system_clock::time_point t) {
    const std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &tt);
#else
    gmtime_r(&tt, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string nowIso8601Utc() {
    return formatIso8601Utc(std::chrono::system_clock::now());
}

} // namespace ipsecdoctor
