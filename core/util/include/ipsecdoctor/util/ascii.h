#pragma once
// Case folding for identifiers Windows treats case-insensitively (service names). ASCII only:
// service key names are ASCII, and locale-dependent folding would differ between machines.

#include <string>
#include <string_view>

namespace ipsecdoctor {

inline char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        c = asciiLower(c);
    }
    return out;
}

inline bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i])) {
            return false;
        }
    }
    return true;
}

} // namespace ipsecdoctor
