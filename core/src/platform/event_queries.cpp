#include "ipsecdoctor/platform/event_log.h"

#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/util/file_io.h"

#include <algorithm>
#include <fstream>

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

Expected<SavedLog> readSavedLog(const std::filesystem::path& file, std::size_t maxEvents) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        return Error::make(ErrorCode::NotFound, "cannot open " + file.string() + ": " + ec.message());
    }
    if (size > kMaxSavedLogBytes) {
        return Error::make(ErrorCode::TooLarge, file.string() + " is larger than 256 MB");
    }
    std::ifstream in(file, std::ios::binary);
    char magic[8] = {};
    in.read(magic, sizeof magic);
    const bool evtx = in.gcount() == 8 && std::string_view(magic, 7) == std::string_view("ElfFile", 7);
    SavedLog saved;
    saved.logs.source = "file";
    saved.logs.fileName = file.filename().string();
    if (evtx) {
        auto records = readEvtxRecords(file, maxEvents);
        if (!records) {
            return records.error();
        }
        saved.logs.events.reserve(records->size());
        for (auto& xml : *records) {
            auto event = parseEventXml(std::move(xml)); // the record keeps the rendered XML
            if (event) {
                saved.logs.events.push_back(std::move(event).value());
            } else {
                ++saved.skipped;
            }
        }
        if (saved.logs.events.empty() && saved.skipped > 0) {
            return Error::make(ErrorCode::Malformed, file.string() + ": no readable event");
        }
    } else {
        if (size > kMaxEventXmlBytes) {
            return Error::make(ErrorCode::TooLarge, file.string() + " is larger than 64 MB of XML");
        }
        auto text = readFile(file, kMaxEventXmlBytes);
        if (!text) {
            return text.error();
        }
        auto events = parseEventXmlDocument(*text, maxEvents);
        if (!events) {
            return Error{events.error().code, events.error().native,
                         file.filename().string() + ": " + events.error().detail};
        }
        saved.logs.events = std::move(events).value();
    }
    std::stable_sort(saved.logs.events.begin(), saved.logs.events.end(),
                     [](const EventRecord& a, const EventRecord& b) { return a.timeUnix > b.timeUnix; });
    return saved;
}

} // namespace ipsecdoctor
