#include "ipsecdoctor/collect/event_queries.h"

#include "ipsecdoctor/knowledge/error_codes.h"

#include <algorithm>
#include <string>

namespace ipsecdoctor {
namespace {

std::string timeFilter(std::int64_t windowSeconds) {
    if (windowSeconds <= 0) {
        return {};
    }
    return " and TimeCreated[timediff(@SystemTime) <= " + std::to_string(windowSeconds * 1000) + "]";
}

// "EventID=4646 or (EventID>=4650 and EventID<=4655) or ...": exactly the Security ids of the
// knowledge base, runs written as ranges to keep the query short. A blanket 4960-4965 range would
// also pull in 4964, a logon event that can crowd the IPsec failures out of the newest-N window.
std::string securityEventIdFilter() {
    std::vector<std::uint32_t> ids;
    for (const auto& e : eventTable()) {
        if (e.code < 10000) { // RasClient and RemoteAccess ids are 20000 and above
            ids.push_back(e.code);
        }
    }
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (std::size_t i = 0; i < ids.size();) {
        std::size_t j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1) {
            ++j;
        }
        out += out.empty() ? "" : " or ";
        out += i == j
                   ? "EventID=" + std::to_string(ids[i])
                   : "(EventID>=" + std::to_string(ids[i]) + " and EventID<=" + std::to_string(ids[j]) + ")";
        i = j + 1;
    }
    return out;
}

} // namespace

std::vector<EventQuery> ipsecEventQueries(std::int64_t windowSeconds, std::size_t maxEventsPerChannel) {
    const std::string time = timeFilter(windowSeconds);
    // ipsec-facts.md §4.1/§4.2: main/quick/extended mode, IKEEXT-not-started and driver events.
    const std::string security = "*[System[Provider[@Name='Microsoft-Windows-Security-Auditing'] and (" +
                                 securityEventIdFilter() + ")" + time + "]]";
    const std::string rasClient =
        "*[System[Provider[@Name='RasClient'] and (EventID>=20220 and EventID<=20227)" + time + "]]";
    const std::string remoteAccess =
        "*[System[Provider[@Name='RemoteAccess'] and (EventID=20271 or EventID=20111)" + time + "]]";
    return {{"Security", security, maxEventsPerChannel},
            {"Application", rasClient, maxEventsPerChannel},
            {"System", remoteAccess, maxEventsPerChannel}};
}

} // namespace ipsecdoctor
