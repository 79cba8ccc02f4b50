// IP address text form without the OS (the same output on Windows and POSIX).
#include "ipsecdoctor/ike/udp_transport.h"

#include <cctype>
#include <cstdio>
#include <optional>

namespace ipsecdoctor::ike {

std::string IpAddress::toString() const {
    char buffer[64];
    if (!v6) {
        std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", bytes[0], bytes[1], bytes[2], bytes[3]);
        return buffer;
    }
    // RFC 5952: lower case, longest run of two or more zero groups as "::".
    std::array<unsigned, 8> groups{};
    for (std::size_t i = 0; i < 8; ++i) {
        groups[i] = static_cast<unsigned>(bytes[2 * i] << 8 | bytes[2 * i + 1]);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && groups[static_cast<std::size_t>(j)] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':') {
            out += ':';
        }
        std::snprintf(buffer, sizeof buffer, "%x", groups[static_cast<std::size_t>(i)]);
        out += buffer;
    }
    return out;
}

std::optional<IpAddress> parseIpAddress(const std::string& text) {
    IpAddress a;
    unsigned parts[4];
    char tail;
    if (std::sscanf(text.c_str(), "%3u.%3u.%3u.%3u%c", &parts[0], &parts[1], &parts[2], &parts[3], &tail) ==
        4) {
        for (std::size_t i = 0; i < 4; ++i) {
            if (parts[i] > 255) {
                return std::nullopt;
            }
            a.bytes[i] = static_cast<std::uint8_t>(parts[i]);
        }
        return a;
    }
    // IPv6: hex groups with at most one "::".
    if (text.find(':') == std::string::npos) {
        return std::nullopt;
    }
    a.v6 = true;
    std::vector<unsigned> head;
    std::vector<unsigned> tailGroups;
    bool doubleColon = false;
    std::vector<unsigned>* current = &head;
    std::size_t i = 0;
    if (text.rfind("::", 0) == 0) {
        doubleColon = true;
        current = &tailGroups;
        i = 2;
    }
    while (i < text.size()) {
        std::size_t j = i;
        unsigned value = 0;
        while (j < text.size() && j - i < 5 && std::isxdigit(static_cast<unsigned char>(text[j]))) {
            value = value * 16 + static_cast<unsigned>(std::stoi(std::string(1, text[j]), nullptr, 16));
            ++j;
        }
        if (j == i || j - i > 4) {
            return std::nullopt;
        }
        current->push_back(value);
        if (j == text.size()) {
            break;
        }
        if (text[j] != ':') {
            return std::nullopt;
        }
        if (j + 1 < text.size() && text[j + 1] == ':') {
            if (doubleColon) {
                return std::nullopt;
            }
            doubleColon = true;
            current = &tailGroups;
            i = j + 2;
        } else {
            i = j + 1;
            if (i == text.size()) {
                return std::nullopt;
            }
        }
    }
    const std::size_t total = head.size() + tailGroups.size();
    if (total > 8 || (!doubleColon && total != 8) || (doubleColon && total == 8)) {
        return std::nullopt;
    }
    std::size_t g = 0;
    auto put = [&](unsigned v) {
        a.bytes[2 * g] = static_cast<std::uint8_t>(v >> 8);
        a.bytes[2 * g + 1] = static_cast<std::uint8_t>(v);
        ++g;
    };
    for (auto v : head) {
        put(v);
    }
    g = 8 - tailGroups.size();
    for (auto v : tailGroups) {
        put(v);
    }
    return a;
}

} // namespace ipsecdoctor::ike
