#include "pseudonyms.h"

#include "ipsecdoctor/ike/udp_transport.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>
#include <array>

namespace ipsecdoctor {
namespace {

// Accounts and names every Windows machine has: they identify nobody.
constexpr std::array<std::string_view, 12> kWellKnown{
    "system",    "local service", "network service", "anonymous logon", "nt authority", "builtin",
    "localhost", "workgroup",     "administrator",   "guest",           "n/a",          "null"};

bool isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isWordChar(char c) {
    return isAlnum(c) || c == '_' || c == '-';
}
bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// Host and domain names: letters, digits, '-', '_' and dots only.
bool isDnsName(std::string_view value) {
    return std::all_of(value.begin(), value.end(), [](char c) { return isWordChar(c) || c == '.'; });
}

bool ignored(std::string_view value) {
    const std::string lower = asciiLower(value);
    return lower.size() < 3 || std::find(kWellKnown.begin(), kWellKnown.end(), lower) != kWellKnown.end();
}

/// Documentation addresses (RFC 5737, RFC 3849), then the benchmarking range when they run out.
std::string ipv4Token(int n) {
    static constexpr std::array<std::string_view, 3> kRanges{"192.0.2.", "198.51.100.", "203.0.113."};
    if (n <= 3 * 254) {
        return std::string(kRanges[static_cast<std::size_t>((n - 1) / 254)]) +
               std::to_string((n - 1) % 254 + 1);
    }
    const int m = n - 3 * 254;
    return "198.18." + std::to_string((m / 254) % 256) + "." + std::to_string(m % 254 + 1);
}

std::string hex(int n) {
    static constexpr std::string_view kDigits = "0123456789abcdef";
    std::string out;
    do {
        out.insert(out.begin(), kDigits[static_cast<std::size_t>(n % 16)]);
        n /= 16;
    } while (n > 0);
    return out;
}

bool keptAddress(const ike::IpAddress& a) {
    if (a.v6) {
        const bool zeroPrefix =
            std::all_of(a.bytes.begin(), a.bytes.begin() + 15, [](auto b) { return b == 0; });
        return zeroPrefix && a.bytes[15] <= 1; // :: and ::1
    }
    return (a.bytes[0] == 0 && a.bytes[1] == 0 && a.bytes[2] == 0 && a.bytes[3] == 0) || a.bytes[0] == 127 ||
           a.bytes[0] == 255; // unspecified, loopback, masks
}

/// The end of a dotted-quad IPv4 address starting at `at`, or npos.
std::size_t ipv4End(std::string_view text, std::size_t at) {
    std::size_t i = at;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= text.size() || text[i] != '.') {
                return std::string_view::npos;
            }
            ++i;
        }
        const std::size_t start = i;
        while (i < text.size() && isDigit(text[i]) && i - start < 3) {
            ++i;
        }
        if (i == start || (i < text.size() && isDigit(text[i]))) {
            return std::string_view::npos;
        }
    }
    if (i < text.size() &&
        (isWordChar(text[i]) || (text[i] == '.' && i + 1 < text.size() && isDigit(text[i + 1])))) {
        return std::string_view::npos; // a version number 10.0.19045.1, not an address
    }
    return i;
}

/// The end of an IPv6-looking run (hex digits, ':' and dots) starting at `at`, or npos.
std::size_t ipv6End(std::string_view text, std::size_t at) {
    std::size_t i = at;
    int colons = 0;
    while (i < text.size() && (isHex(text[i]) || text[i] == ':' || text[i] == '.')) {
        colons += text[i] == ':' ? 1 : 0;
        ++i;
    }
    while (i > at && (text[i - 1] == '.' || (text[i - 1] == ':' && !(i - at >= 2 && text[i - 2] == ':')))) {
        --i;
    }
    if (colons < 2 || (i < text.size() && isWordChar(text[i]))) {
        return std::string_view::npos;
    }
    return i;
}

} // namespace

std::string Pseudonyms::token(std::string_view prefix, std::string_view suffix, const std::string& key) {
    const std::string full = std::string(prefix) + ":" + key;
    if (auto it = m_tokens.find(full); it != m_tokens.end()) {
        return it->second;
    }
    const int n = ++m_counters[std::string(prefix) + std::string(suffix)];
    return m_tokens[full] = std::string(prefix) + "-" + std::to_string(n) + std::string(suffix);
}

void Pseudonyms::addLiteral(std::string_view value, const std::string& tokenText) {
    const std::string key = asciiLower(value);
    if (m_literals.emplace(key, tokenText).second) {
        m_byLength.insert(
            std::upper_bound(m_byLength.begin(), m_byLength.end(), key,
                             [](const std::string& a, const std::string& b) { return a.size() > b.size(); }),
            key);
    }
}

void Pseudonyms::addUser(std::string_view name) {
    if (!ignored(name)) {
        addLiteral(name, token("user", "", asciiLower(name)));
    }
}

void Pseudonyms::addDomain(std::string_view name) {
    while (name.ends_with('.')) {
        name.remove_suffix(1);
    }
    if (ignored(name) || !isDnsName(name)) {
        return;
    }
    const bool dns = name.find('.') != std::string_view::npos;
    addLiteral(name, token("domain", dns ? ".example" : "", asciiLower(name)));
}

void Pseudonyms::addHost(std::string_view name) {
    while (name.ends_with('$') || name.ends_with('.')) {
        name.remove_suffix(1);
    }
    if (ignored(name) || !isDnsName(name) || ike::parseIpAddress(std::string(name))) {
        return;
    }
    const auto dot = name.find('.');
    if (dot == std::string_view::npos) {
        addLiteral(name, token("host", "", asciiLower(name)));
        return;
    }
    // "vpn.corp.example.com": the first label is not a literal of its own ("vpn" is a word).
    const auto domain = name.substr(dot + 1);
    addDomain(domain);
    const std::string domainToken =
        m_literals.count(asciiLower(domain)) ? m_literals[asciiLower(domain)] : "example";
    addLiteral(name, token("host", "", asciiLower(name.substr(0, dot))) + "." + domainToken);
}

void Pseudonyms::addName(std::string_view value) {
    if (!ignored(value) && !m_literals.count(asciiLower(value))) {
        addLiteral(value, token("name", "", asciiLower(value)));
    }
}

void Pseudonyms::addThumbprint(const std::string& before, const std::string& after) {
    m_thumbprints[asciiLower(before)] = after;
}

std::string Pseudonyms::addressToken(const std::string& canonical, bool v6) {
    const std::string key = (v6 ? "ip6:" : "ip4:") + canonical;
    if (auto it = m_tokens.find(key); it != m_tokens.end()) {
        return it->second;
    }
    const int n = ++m_counters[v6 ? "ip6" : "ip4"];
    return m_tokens[key] = v6 ? "2001:db8::" + hex(n) : ipv4Token(n);
}

std::string Pseudonyms::addressBytes(std::string_view raw) {
    ike::IpAddress a;
    a.v6 = raw.size() == 16;
    std::copy(raw.begin(), raw.end(), a.bytes.begin());
    if (keptAddress(a)) {
        return std::string(raw);
    }
    const auto replaced = ike::parseIpAddress(addressToken(a.toString(), a.v6));
    return replaced ? std::string(reinterpret_cast<const char*>(replaced->bytes.data()), raw.size())
                    : std::string(raw);
}

std::optional<std::pair<std::size_t, std::string>> Pseudonyms::matchLiteral(std::string_view text,
                                                                            std::size_t at) const {
    for (const auto& literal : m_byLength) {
        const std::size_t end = at + literal.size();
        if (end <= text.size() && (end == text.size() || !isWordChar(text[end])) &&
            equalsIgnoreCase(text.substr(at, literal.size()), literal)) {
            return std::pair{end, m_literals.at(literal)};
        }
    }
    if (at + 40 <= text.size() && (at + 40 == text.size() || !isWordChar(text[at + 40]))) {
        const std::string lower = asciiLower(text.substr(at, 40));
        if (auto it = m_thumbprints.find(lower); it != m_thumbprints.end()) {
            const auto original = text.substr(at, 40);
            const bool lowerCase =
                std::any_of(original.begin(), original.end(), [](char c) { return c >= 'a' && c <= 'f'; });
            return std::pair{at + 40, lowerCase ? asciiLower(it->second) : it->second};
        }
    }
    return std::nullopt;
}

std::optional<std::pair<std::size_t, std::string>> Pseudonyms::matchAddress(std::string_view text,
                                                                            std::size_t at) {
    if (at > 0 && (text[at - 1] == '.' || text[at - 1] == ':')) {
        return std::nullopt;
    }
    for (bool v6 : {false, true}) {
        const std::size_t end = v6 ? ipv6End(text, at) : ipv4End(text, at);
        if (end == std::string_view::npos) {
            continue;
        }
        const auto parsed = ike::parseIpAddress(std::string(text.substr(at, end - at)));
        if (!parsed || parsed->v6 != v6) {
            continue;
        }
        return std::pair{end, keptAddress(*parsed) ? std::string(text.substr(at, end - at))
                                                   : addressToken(parsed->toString(), v6)};
    }
    return std::nullopt;
}

std::optional<std::pair<std::size_t, std::string>> Pseudonyms::matchSid(std::string_view text,
                                                                        std::size_t at) {
    const auto rest = text.substr(at);
    if (!rest.starts_with("S-1-5-21-") && !rest.starts_with("S-1-12-1-")) {
        return std::nullopt;
    }
    std::size_t end = at + 9;
    while (end < text.size() &&
           (isDigit(text[end]) || (text[end] == '-' && end + 1 < text.size() && isDigit(text[end + 1])))) {
        ++end;
    }
    const std::string key = "sid:" + std::string(text.substr(at, end - at));
    if (auto it = m_tokens.find(key); it != m_tokens.end()) {
        return std::pair{end, it->second};
    }
    const int n = ++m_counters["sid"];
    return std::pair{end, m_tokens[key] = "S-1-5-21-0-0-0-" + std::to_string(1000 + n)};
}

std::string Pseudonyms::replace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const bool wordStart = i == 0 || !isWordChar(text[i - 1]);
        if (wordStart && (isAlnum(text[i]) || text[i] == ':')) {
            auto match = matchSid(text, i);
            if (!match) {
                match = matchAddress(text, i);
            }
            if (!match) {
                match = matchLiteral(text, i);
            }
            if (match) {
                out += match->second;
                i = match->first;
                continue;
            }
        }
        if (isWordChar(text[i])) { // the rest of this word: no name starts inside it
            const std::size_t start = i;
            while (i < text.size() && isWordChar(text[i])) {
                ++i;
            }
            out += text.substr(start, i - start);
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace ipsecdoctor
