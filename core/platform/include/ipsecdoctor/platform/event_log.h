#pragma once
// Narrow interface over the Windows event log (wevtapi: EvtQuery + EvtRender to XML), an offline
// implementation over a bundle, and the record reader of saved .evtx files.
#include "ipsecdoctor/model/logs_info.h"
#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace ipsecdoctor {

struct EventQuery {
    std::string channel; // "Security", "Application", "System"
    std::string xpath;   // structured XPath filter (ipsec-facts.md §4.2)
    std::size_t maxEvents = 500;
};

class EventLog {
public:
    virtual ~EventLog() = default;
    /// Rendered XML of the matching events, newest first, at most q.maxEvents.
    /// Error{AccessDenied} for Security without administrator rights / Event Log Readers.
    virtual Expected<std::vector<std::string>> query(const EventQuery& q) = 0;
    /// The machine's text of IKE errors 13800-13932 (FormatMessageW), to map FailureReason back.
    virtual std::vector<std::pair<std::uint32_t, std::string>> failureReasonTexts() { return {}; }
};

/// Replays the events of a bundle: query() returns those of the channel, newest first.
class OfflineEventLog final : public EventLog {
public:
    explicit OfflineEventLog(LogsInfo logs) : m_logs(std::move(logs)) {}
    Expected<std::vector<std::string>> query(const EventQuery& q) override;
    std::vector<std::pair<std::uint32_t, std::string>> failureReasonTexts() override {
        return m_logs.failureReasons;
    }

private:
    LogsInfo m_logs;
};

/// Raw XML of every record of an .evtx file, in file order. Windows: EvtQueryFilePath; elsewhere
/// libevtx (recovered records of damaged chunks included). Error{Malformed} for a file that is not
/// an event log, NotSupported when built without a reader.
Expected<std::vector<std::string>> readEvtxRecords(const std::filesystem::path& file, std::size_t maxEvents);

} // namespace ipsecdoctor
