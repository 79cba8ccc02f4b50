#pragma once
// What the Logs step collected: IPsec/IKE and RasClient events (structured, with their raw XML),
// the IPsec audit policy, and the machine's own wording of IKE failure reasons.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipsecdoctor {

struct EventField {
    std::string name; // empty for the positional <Data> of classic providers (RasClient)
    std::string value;
    bool operator==(const EventField&) const = default;
};

/// One event as rendered by wevtapi (EvtRender XML) or exported to .evtx/.xml.
struct EventRecord {
    std::uint32_t eventId = 0;
    std::string provider; // "Microsoft-Windows-Security-Auditing", "RasClient"
    std::string channel;  // "Security", "Application", "System"
    std::string computer;
    std::string timeCreated;   // as written by Windows, ISO 8601 UTC with up to 9 decimals
    std::int64_t timeUnix = 0; // the same, seconds since 1970
    std::uint64_t recordId = 0;
    int level = 0;
    std::string keywords;         // "0x8010000000000000"
    std::vector<EventField> data; // EventData/Data in order, or the leaves of UserData
    std::string binary;           // EventData/Binary hex (RemoteAccess puts the error code there)
    std::string xml;              // the raw XML, for "show raw" and the bundle

    /// Value of the named Data field, nullptr when absent.
    const std::string* field(std::string_view name) const;
    /// The i-th Data field (0-based), named or not; nullptr when absent.
    const std::string* positional(std::size_t index) const;
    bool operator==(const EventRecord&) const = default;
};

/// Success/failure auditing of one audit subcategory, queried by GUID.
struct AuditSubcategoryState {
    std::string guid; // "{0CCE9218-69AE-11D9-BED3-505054503030}"
    bool success = false;
    bool failure = false;
    bool operator==(const AuditSubcategoryState&) const = default;
};

/// RAS file tracing of one component (HKLM\SOFTWARE\Microsoft\Tracing\<component>\EnableFileTracing).
struct TracingComponentState {
    std::string component; // "RASMAN"
    bool enabled = false;
    bool operator==(const TracingComponentState&) const = default;
};

struct LogsInfo {
    std::string source;              // "live" | "file"
    std::string fileName;            // the loaded .evtx/.xml (file name only)
    std::string since;               // ISO 8601 UTC start of the window; empty: no limit
    std::vector<EventRecord> events; // newest first
    bool auditCollected = false;
    std::vector<AuditSubcategoryState> audit;
    bool tracingCollected = false; // false in bundles of older versions
    std::vector<TracingComponentState> tracing;
    /// The machine's wording of IKE errors (FormatMessageW 13800-13932 at collection): Security
    /// events carry FailureReason as localized text only (ipsec-facts.md §4.1).
    std::vector<std::pair<std::uint32_t, std::string>> failureReasons;
    bool operator==(const LogsInfo&) const = default;
};

} // namespace ipsecdoctor
