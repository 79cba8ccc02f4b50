#include "ipsecdoctor/logs/event_classifier.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace ipsecdoctor {
namespace {

constexpr std::string_view kSecurityProvider = "Microsoft-Windows-Security-Auditing";

// msobjs.dll parameter messages used by the IPsec audit events (ipsec-facts.md §4.1).
constexpr std::array<std::pair<int, std::string_view>, 57> kInsertions{{
    {8192, "kerberos"},
    {8193, "preshared-key"},
    {8194, "unknown-authentication"},
    {8195, "des"},
    {8196, "3des"},
    {8197, "md5"},
    {8198, "sha1"},
    {8199, "local"},
    {8200, "remote"},
    {8201, "no-state"},
    {8202, "sent-first-payload"},
    {8203, "sent-second-payload"},
    {8204, "sent-third-payload"},
    {8205, "initiator"},
    {8206, "responder"},
    {8207, "no-state-qm"},
    {8208, "sent-first-payload-qm"},
    {8209, "sent-final-payload"},
    {8210, "complete"},
    {8211, "unknown"},
    {8212, "transport"},
    {8213, "tunnel"},
    {8214, "dos-protection-started"},
    {8215, "dos-protection-stopped"},
    {8216, "enabled"},
    {8217, "not-enabled"},
    {8218, "em-state-1"},
    {8219, "em-state-2"},
    {8220, "em-state-3"},
    {8221, "em-state-4"},
    {8222, "ikev1"},
    {8223, "authip"},
    {8224, "anonymous"},
    {8225, "ntlmv2"},
    {8226, "cga"},
    {8227, "certificate"},
    {8228, "ssl"},
    {8229, "none"},
    {8230, "dh-group-1"},
    {8231, "dh-group-2"},
    {8232, "dh-group-14"},
    {8233, "dh-group-ecp256"},
    {8234, "dh-group-ecp384"},
    {8235, "aes-128"},
    {8236, "aes-192"},
    {8237, "aes-256"},
    {8238, "certificate-ecdsa-p256"},
    {8239, "certificate-ecdsa-p384"},
    {8240, "ssl-ecdsa-p256"},
    {8241, "ssl-ecdsa-p384"},
    {8242, "sha256"},
    {8243, "sha384"},
    {8244, "ikev2"},
    {8245, "eap-payload-sent"},
    {8246, "authentication-payload-sent"},
    {8247, "eap"},
    {8248, "dh-group-24"},
}};

// English texts of the most frequent IKE errors (winerror.h / FormatMessage on an English
// Windows). Other languages come from the machine itself (LogsInfo::failureReasons).
constexpr std::array<std::pair<std::string_view, std::uint32_t>, 10> kEnglishReasons{{
    {"ike authentication credentials are unacceptable", 13801},
    {"ike security attributes are unacceptable", 13802},
    {"general processing error", 13804},
    {"negotiation timed out", 13805},
    {"ike failed to find valid machine certificate", 13806},
    {"no response from peer", 13813},
    {"no policy configured", 13825},
    {"invalid payload received", 13843},
    {"policy match error", 13868},
    {"peer failed to send valid machine certificate", 13847},
}};

/// Lower-case ASCII, trimmed, without a final period, and cut at the first ". " (the long
/// texts add advice after the first sentence).
std::string normalize(std::string_view text) {
    std::string s;
    s.reserve(text.size());
    for (char c : text) {
        s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const auto sentence = s.find(". ");
    if (sentence != std::string::npos) {
        s.resize(sentence);
    }
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '.' || s.back() == '\r' || s.back() == '\n' || s.back() == '\t')) {
        s.pop_back();
    }
    std::size_t start = 0;
    while (start < s.size() &&
           (s[start] == ' ' || s[start] == '\t' || s[start] == '\r' || s[start] == '\n')) {
        ++start;
    }
    return s.substr(start);
}

std::string valueOf(const EventRecord& e, std::string_view name) {
    const auto* v = e.field(name);
    return v ? *v : std::string();
}

std::string insertionOf(const EventRecord& e, std::string_view name) {
    const auto* v = e.field(name);
    return v ? resolveInsertion(*v) : std::string();
}

/// RemoteAccess writes the error as a little-endian DWORD in <Binary> ("B3020000" = 691).
std::optional<std::uint32_t> codeFromBinary(std::string_view hex) {
    if (hex.size() < 8) {
        return std::nullopt;
    }
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i) {
        unsigned byte = 0;
        const auto* first = hex.data() + static_cast<std::size_t>(i) * 2;
        auto [p, ec] = std::from_chars(first, first + 2, byte, 16);
        if (ec != std::errc() || p != first + 2) {
            return std::nullopt;
        }
        value = (value << 8) | byte;
    }
    return value == 0 ? std::nullopt : std::optional<std::uint32_t>(value);
}

CodeStage stageOfCode(std::uint32_t code, CodeStage fallback) {
    const auto* entry = findErrorCode(code);
    if (!entry && (code & 0xFFFF0000u) == 0x80070000u) {
        entry = findErrorCode(code & 0xFFFFu);
    }
    return entry && entry->stage != CodeStage::Unknown ? entry->stage : fallback;
}

void classifySecurity(const EventRecord& e, const FailureReasonTable& reasons, ClassifiedEvent& c) {
    const auto id = e.eventId;
    const auto* kb = findEvent(id);
    if (id == 4652 || id == 4653 || id == 4654 || id == 4983 || id == 4984) {
        c.category = EventCategory::IkeFailure;
    } else if ((id >= 4650 && id <= 4651) || (id >= 4979 && id <= 4982) || id == 5451) {
        c.category = EventCategory::IkeEstablished;
    } else if (id >= 4976 && id <= 4978) {
        c.category = EventCategory::IkeInvalidPacket;
    } else if (id == 5453) {
        c.category = EventCategory::IkeextNotRunning;
    } else if ((id >= 4960 && id <= 4963) || id == 4965) {
        c.category = EventCategory::DriverDrop;
    } else if (id == 5480 || (id >= 5483 && id <= 5485)) {
        c.category = EventCategory::DriverFailure;
    } else if (kb) {
        c.category = EventCategory::IpsecInfo;
    } else {
        return;
    }
    c.stage = kb ? kb->stage : CodeStage::Unknown;
    c.keyModule = insertionOf(e, "KeyModName");
    c.failurePoint = insertionOf(e, "FailurePoint");
    c.state = insertionOf(e, "State");
    c.authMethod = insertionOf(e, "MMAuthMethod");
    if (c.authMethod.empty()) {
        c.authMethod = insertionOf(e, "EMAuthMethod");
    }
    c.role = insertionOf(e, "Role");
    c.localAddress = valueOf(e, "LocalAddress");
    c.remoteAddress = valueOf(e, "RemoteAddress");
    c.remotePort = valueOf(e, "RemoteKeyModPort");
    if (c.remotePort.empty()) {
        c.remotePort = valueOf(e, "RemotePort");
    }
    c.failureReason = valueOf(e, "FailureReason");
    if (!c.failureReason.empty()) {
        c.code = reasons.codeFor(c.failureReason);
        if (c.code) {
            c.stage = stageOfCode(*c.code, c.stage);
        }
    }
    // A quick-mode failure is a phase 2 failure, whatever code names the mismatch (13868...).
    if (id == 4654 && (c.stage == CodeStage::Phase1Proposal || c.stage == CodeStage::Phase1Auth ||
                       c.stage == CodeStage::Unknown)) {
        c.stage = CodeStage::Phase2;
    }
}

void classifyRasClient(const EventRecord& e, ClassifiedEvent& c) {
    const auto id = e.eventId;
    if (id < 20220 || id > 20227) {
        return;
    }
    const auto* kb = findEvent(id);
    c.stage = kb ? kb->stage : CodeStage::Unknown;
    c.coId = e.positional(0) ? *e.positional(0) : std::string();
    c.connection = e.positional(2) ? *e.positional(2) : std::string();
    if (id == 20227 || id == 20226) {
        c.category = id == 20227 ? EventCategory::RasDialFailed : EventCategory::RasTerminated;
        if (const auto* code = e.positional(3)) {
            c.code = parseCodeText(*code);
            if (c.code == 0u) {
                c.code.reset();
            }
        }
    } else if (id == 20220) {
        c.category = EventCategory::RasDialFailed;
        c.connection.clear();
        if (const auto* code = e.positional(2)) {
            c.code = parseCodeText(*code); // the legacy event's %3 is a code on most systems
        }
    } else if (id == 20225) {
        c.category = EventCategory::RasConnected;
    } else {
        c.category = EventCategory::RasDialStep;
    }
    if (c.code) {
        c.stage = stageOfCode(*c.code, CodeStage::Unknown);
    }
}

void classifyRemoteAccess(const EventRecord& e, ClassifiedEvent& c) {
    if (e.eventId != 20271 && e.eventId != 20111) {
        return;
    }
    c.category = EventCategory::RemoteAccessError;
    const auto* kb = findEvent(e.eventId);
    c.stage = kb ? kb->stage : CodeStage::Unknown;
    c.code = codeFromBinary(e.binary);
    if (c.code) {
        c.stage = stageOfCode(*c.code, c.stage);
    }
    if (e.eventId == 20271) {
        c.remoteAddress = e.positional(2) ? *e.positional(2) : std::string();
    } else {
        c.connection = e.positional(1) ? *e.positional(1) : std::string();
    }
}

} // namespace

Severity eventSeverity(EventCategory c) {
    switch (c) {
    case EventCategory::IkeFailure:
    case EventCategory::RasDialFailed:
    case EventCategory::IkeextNotRunning:
    case EventCategory::DriverFailure:
    case EventCategory::RemoteAccessError:
        return Severity::Error;
    case EventCategory::IkeInvalidPacket:
    case EventCategory::DriverDrop:
        return Severity::Warning;
    case EventCategory::IkeEstablished:
    case EventCategory::RasConnected:
        return Severity::Ok;
    default:
        return Severity::Info;
    }
}

std::string_view eventCategoryId(EventCategory c) {
    switch (c) {
    case EventCategory::Irrelevant:
        return "irrelevant";
    case EventCategory::IkeFailure:
        return "ike-failure";
    case EventCategory::IkeEstablished:
        return "ike-established";
    case EventCategory::IkeInvalidPacket:
        return "ike-invalid-packet";
    case EventCategory::IkeextNotRunning:
        return "ikeext-not-running";
    case EventCategory::DriverDrop:
        return "driver-drop";
    case EventCategory::DriverFailure:
        return "driver-failure";
    case EventCategory::IpsecInfo:
        return "ipsec-info";
    case EventCategory::RasDialStep:
        return "ras-dial-step";
    case EventCategory::RasDialFailed:
        return "ras-dial-failed";
    case EventCategory::RasConnected:
        return "ras-connected";
    case EventCategory::RasTerminated:
        return "ras-terminated";
    case EventCategory::RemoteAccessError:
        return "remoteaccess-error";
    }
    return "irrelevant";
}

FailureReasonTable::FailureReasonTable(
    const std::vector<std::pair<std::uint32_t, std::string>>& machineTexts) {
    for (const auto& [code, text] : machineTexts) {
        auto n = normalize(text);
        if (!n.empty()) {
            m_entries.emplace_back(std::move(n), code);
        }
    }
    for (const auto& [text, code] : kEnglishReasons) {
        m_entries.emplace_back(std::string(text), code);
    }
}

std::optional<std::uint32_t> FailureReasonTable::codeFor(std::string_view reasonText) const {
    // Some systems write the code itself ("13801" or "0x800735E9").
    if (auto code = parseCodeText(reasonText)) {
        return (*code & 0xFFFF0000u) == 0x80070000u ? (*code & 0xFFFFu) : *code;
    }
    const auto n = normalize(reasonText);
    for (const auto& [text, code] : m_entries) {
        if (text == n) {
            return code;
        }
    }
    return std::nullopt;
}

std::string resolveInsertion(std::string_view value) {
    if (value.size() == 6 && value.starts_with("%%")) {
        int n = 0;
        auto [p, ec] = std::from_chars(value.data() + 2, value.data() + value.size(), n);
        if (ec == std::errc() && p == value.data() + value.size()) {
            for (const auto& [id, name] : kInsertions) {
                if (id == n) {
                    return std::string(name);
                }
            }
        }
    }
    return std::string(value);
}

ClassifiedEvent classifyEvent(const EventRecord& event, const FailureReasonTable& reasons) {
    ClassifiedEvent c;
    if (event.provider == kSecurityProvider) {
        classifySecurity(event, reasons, c);
    } else if (event.provider == "RasClient") {
        classifyRasClient(event, c);
    } else if (event.provider == "RemoteAccess") {
        classifyRemoteAccess(event, c);
    }
    return c;
}

} // namespace ipsecdoctor
