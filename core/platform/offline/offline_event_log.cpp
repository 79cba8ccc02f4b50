#include "ipsecdoctor/platform/event_log.h"

namespace ipsecdoctor {

Expected<std::vector<std::string>> OfflineEventLog::query(const EventQuery& q) {
    std::vector<std::string> out;
    for (const auto& e : m_logs.events) {
        if (out.size() >= q.maxEvents) {
            break;
        }
        if (e.channel == q.channel) {
            out.push_back(e.xml);
        }
    }
    return out;
}

} // namespace ipsecdoctor
