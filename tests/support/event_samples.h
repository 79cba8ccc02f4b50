#pragma once
// Event XML in the exact shapes Windows writes (copied from the real samples in
// tests/data/real-world/eventlog-xml and the RasClient fields of ipsec-facts.md §4.4), with
// the values a test needs.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ipsecdoctor::testing {

inline std::string xmlEscape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// A classic-provider event (RasClient, RemoteAccess): positional <Data>, optional <Binary>.
inline std::string classicEventXml(const std::string& provider, const std::string& channel, std::uint32_t id,
                                   const std::string& time, const std::vector<std::string>& data,
                                   const std::string& binary = {}, std::uint64_t recordId = 1) {
    std::string x =
        "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='" +
        provider + "' /><EventID Qualifiers='0'>" + std::to_string(id) +
        "</EventID><Level>2</Level><Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated "
        "SystemTime='" +
        time + "' /><EventRecordID>" + std::to_string(recordId) + "</EventRecordID><Channel>" + channel +
        "</Channel><Computer>PC-TEST</Computer><Security /></System><EventData>";
    for (const auto& d : data) {
        x += "<Data>" + xmlEscape(d) + "</Data>";
    }
    if (!binary.empty()) {
        x += "<Binary>" + binary + "</Binary>";
    }
    return x + "</EventData></Event>";
}

/// RasClient 20227 "dial failed" with %4 = the error code as RasClient writes it (decimal).
inline std::string rasDialFailedXml(const std::string& time, const std::string& code,
                                    const std::string& connection = "Office VPN") {
    return classicEventXml("RasClient", "Application", 20227, time,
                           {"{B4000371-A67F-452F-AA4C-3125AA9CFC78}", "PC-TEST\\alice", connection, code});
}

/// A Security-Auditing event with named fields, like ipban_Security-4653_MM-failed_NegotiationTimedOut.xml.
inline std::string securityEventXml(std::uint32_t id, const std::string& time,
                                    const std::vector<std::pair<std::string, std::string>>& fields,
                                    std::uint64_t recordId = 100095994) {
    const bool failure = id == 4652 || id == 4653 || id == 4654 || id == 4983 || id == 4984;
    std::string x =
        "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider "
        "Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}' "
        "/><EventID>" +
        std::to_string(id) +
        "</EventID><Version>0</Version><Level>0</Level><Task>12547</Task><Opcode>0</Opcode><Keywords>" +
        (failure ? "0x8010000000000000" : "0x8020000000000000") + "</Keywords><TimeCreated SystemTime='" +
        time + "' /><EventRecordID>" + std::to_string(recordId) +
        "</EventRecordID><Correlation /><Execution ProcessID='660' ThreadID='124' "
        "/><Channel>Security</Channel>"
        "<Computer>PC-TEST</Computer><Security /></System><EventData>";
    for (const auto& [name, value] : fields) {
        x += "<Data Name='" + name + "'>" + xmlEscape(value) + "</Data>";
    }
    return x + "</EventData></Event>";
}

/// 4653 main mode failure with the fields of the real sample and the given reason.
inline std::string mainModeFailedXml(const std::string& time, const std::string& reason,
                                     const std::string& keyModule = "%%8244",
                                     const std::string& point = "%%8200") {
    return securityEventXml(4653, time,
                            {{"LocalMMPrincipalName", "-"},
                             {"RemoteMMPrincipalName", "-"},
                             {"LocalAddress", "192.168.1.20"},
                             {"LocalKeyModPort", "500"},
                             {"RemoteAddress", "203.0.113.10"},
                             {"RemoteKeyModPort", "500"},
                             {"KeyModName", keyModule},
                             {"FailurePoint", point},
                             {"FailureReason", reason},
                             {"MMAuthMethod", "%%8227"},
                             {"State", "%%8202"},
                             {"Role", "%%8205"},
                             {"MMImpersonationState", "%%8217"},
                             {"MMFilterID", "54919761"},
                             {"InitiatorCookie", "db55d3767e51b422"},
                             {"ResponderCookie", "0000000000000000"}});
}

} // namespace ipsecdoctor::testing
