#pragma once
// What one event says about a VPN connection attempt: its category, the error code it carries
// (RasClient %4, RemoteAccess binary data, or a Security event's FailureReason mapped back to its
// IKE code), the stage of the connection, and the IKE details (ipsec-facts.md §4).
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/model/logs_info.h"
#include "ipsecdoctor/model/severity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipsecdoctor {

enum class EventCategory {
    Irrelevant,        // not an IPsec/VPN event
    IkeFailure,        // 4652/4653 main mode, 4654 quick mode, 4983/4984 extended mode
    IkeEstablished,    // 4650/4651, 4979-4982 main mode; 5451 quick mode
    IkeInvalidPacket,  // 4976-4978
    IkeextNotRunning,  // 5453
    DriverDrop,        // 4960-4963, 4965
    DriverFailure,     // 5480, 5483-5485
    IpsecInfo,         // other IPsec audit events (SA ended, services started...)
    RasDialStep,       // 20221-20224
    RasDialFailed,     // 20227 (and the legacy 20220)
    RasConnected,      // 20225
    RasTerminated,     // 20226
    RemoteAccessError, // 20271, 20111 (RRAS side)
};

std::string_view eventCategoryId(EventCategory c); // "ike-failure", "ras-dial-failed", ...
/// How bad an event of the category is, on the timeline and in its Logs finding alike: a failure
/// is an error, a dropped or invalid packet a warning, a tunnel that came up Ok, the rest Info.
Severity eventSeverity(EventCategory c);

struct ClassifiedEvent {
    EventCategory category = EventCategory::Irrelevant;
    CodeStage stage = CodeStage::Unknown;
    std::optional<std::uint32_t> code;
    std::string keyModule;     // "ikev1" | "ikev2" | "authip" | ""
    std::string failurePoint;  // "local" | "remote" | ""
    std::string state;         // "sent-first-payload", ...
    std::string authMethod;    // "preshared-key", "certificate", "eap", ...
    std::string role;          // "initiator" | "responder"
    std::string failureReason; // FailureReason text as written (localized) when present
    std::string localAddress;
    std::string remoteAddress;
    std::string remotePort;
    std::string connection; // RasClient connection name (%3)
    std::string coId;       // RasClient dial id (%1)
};

/// Localized IKE message texts → codes (LogsInfo::failureReasons) plus the English built-ins.
class FailureReasonTable {
public:
    explicit FailureReasonTable(const std::vector<std::pair<std::uint32_t, std::string>>& machineTexts = {});
    std::optional<std::uint32_t> codeFor(std::string_view reasonText) const;

private:
    std::vector<std::pair<std::string, std::uint32_t>> m_entries; // normalized text, code
};

/// The stable id of a %%-insertion string of the IPsec events ("%%8222" → "ikev1"); the value
/// itself when it is not one.
std::string resolveInsertion(std::string_view value);

ClassifiedEvent classifyEvent(const EventRecord& event, const FailureReasonTable& reasons);

/// Whether any IPsec/VPN category applies (the Logs page and the checks drop the rest).
inline bool isRelevant(const ClassifiedEvent& c) {
    return c.category != EventCategory::Irrelevant;
}

} // namespace ipsecdoctor
