#include "ipsecdoctor/knowledge/error_codes.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace ipsecdoctor {

namespace detail {
const std::vector<CodeEntry>& errorCodeRows();
const std::vector<CodeEntry>& eventRows();
} // namespace detail

namespace {

constexpr std::array<std::pair<CodeStage, std::string_view>, 8> kStages{{
    {CodeStage::Transport, "transport"},
    {CodeStage::Phase1Proposal, "phase1-proposal"},
    {CodeStage::Phase1Auth, "phase1-auth"},
    {CodeStage::Certificate, "certificate"},
    {CodeStage::Phase2, "phase2"},
    {CodeStage::LocalService, "local-service"},
    {CodeStage::UserAuth, "user-auth"},
    {CodeStage::Unknown, "unknown"},
}};

const CodeEntry* findIn(const std::vector<CodeEntry>& rows, std::uint32_t code) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const CodeEntry& e) { return e.code == code; });
    return it == rows.end() ? nullptr : &*it;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
        s.remove_suffix(1);
    }
    return s;
}

template <class T>
std::optional<T> number(std::string_view s, int base) {
    T value{};
    const auto* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, value, base);
    if (ec != std::errc() || ptr != end) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::string_view codeKindId(CodeKind k) {
    switch (k) {
    case CodeKind::Ras:
        return "ras";
    case CodeKind::Ipsec:
        return "ipsec";
    case CodeKind::Hresult:
        return "hresult";
    case CodeKind::Win32:
        return "win32";
    case CodeKind::Event:
        return "event";
    }
    return "ras";
}

std::string_view codeStageId(CodeStage s) {
    for (const auto& [stage, id] : kStages) {
        if (stage == s) {
            return id;
        }
    }
    return "unknown";
}

std::optional<CodeStage> codeStageFromId(std::string_view id) {
    for (const auto& [stage, name] : kStages) {
        if (name == id) {
            return stage;
        }
    }
    return std::nullopt;
}

IkePhase phaseOfStage(CodeStage s) {
    switch (s) {
    case CodeStage::Transport:
        return IkePhase::Transport;
    case CodeStage::Phase1Proposal:
    case CodeStage::Phase1Auth:
    case CodeStage::Certificate:
    case CodeStage::UserAuth:
        return IkePhase::Phase1;
    case CodeStage::Phase2:
        return IkePhase::Phase2;
    case CodeStage::LocalService:
    case CodeStage::Unknown:
        return IkePhase::Local;
    }
    return IkePhase::Local;
}

std::span<const CodeEntry> errorCodeTable() {
    return detail::errorCodeRows();
}

std::span<const CodeEntry> eventTable() {
    return detail::eventRows();
}

const CodeEntry* findErrorCode(std::uint32_t code) {
    return findIn(detail::errorCodeRows(), code);
}

const CodeEntry* findEvent(std::uint32_t eventId) {
    return findIn(detail::eventRows(), eventId);
}

std::vector<std::string_view> remediationsFor(const CodeEntry& entry, std::string_view keyModule) {
    const bool policyAgentUnused = keyModule == "ikev2" || keyModule == "authip";
    std::vector<std::string_view> out;
    for (auto r : entry.remediations) {
        if (!(policyAgentUnused && r.starts_with("service.policyagent."))) {
            out.push_back(r);
        }
    }
    return out;
}

std::optional<std::uint32_t> parseCodeText(std::string_view text) {
    std::string_view s = trim(text);
    if (s.empty() || s.size() > 24) {
        return std::nullopt;
    }
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        return number<std::uint32_t>(s.substr(2), 16);
    }
    if (s.back() == 'h' || s.back() == 'H') {
        return number<std::uint32_t>(s.substr(0, s.size() - 1), 16);
    }
    if (s.front() == '-') {
        // RasClient writes certificate failures as negative signed HRESULTs (-2146762495).
        auto v = number<std::int64_t>(s, 10);
        if (!v || *v < INT32_MIN) {
            return std::nullopt;
        }
        return static_cast<std::uint32_t>(static_cast<std::int32_t>(*v));
    }
    if (s.front() == '+') {
        s.remove_prefix(1);
    }
    if (auto v = number<std::uint32_t>(s, 10)) {
        return v;
    }
    // Bare hex as support tools print it ("800B0109").
    if (s.size() == 8) {
        return number<std::uint32_t>(s, 16);
    }
    return std::nullopt;
}

std::vector<const CodeEntry*> lookupCode(std::string_view text) {
    std::vector<const CodeEntry*> out;
    const auto code = parseCodeText(text);
    if (!code) {
        return out;
    }
    if (const auto* e = findErrorCode(*code)) {
        out.push_back(e);
    }
    // HRESULT_FROM_WIN32(x) = 0x80070000 | x: 0x80070329 is RAS 809, 0x800735E9 is IKE 13801.
    if ((*code & 0xFFFF0000u) == 0x80070000u) {
        if (const auto* e = findErrorCode(*code & 0xFFFFu)) {
            out.push_back(e);
        }
    }
    if (const auto* e = findEvent(*code)) {
        out.push_back(e);
    }
    return out;
}

std::string formatCode(std::uint32_t code) {
    if (code > 0xFFFFu) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "0x%08X", code);
        return buf;
    }
    return std::to_string(code);
}

} // namespace ipsecdoctor
