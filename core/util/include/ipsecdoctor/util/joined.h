#pragma once
// A list as one evidence value: "a,b,c" (or with another separator).

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

inline std::string joined(const std::vector<std::string>& items, std::string_view separator = ",") {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += separator;
        }
        out += item;
    }
    return out;
}

} // namespace ipsecdoctor
