#pragma once
// The codes and event ids listed in ipsec-facts.md §3 and §4, read from the facts sheet itself so
// that a code added there without a knowledge-base entry fails the tests.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

namespace ipsecdoctor::testing {

inline std::filesystem::path factsSheetPath() {
    return std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / ".." / ".." / "docs" / "ipsec-facts.md";
}

/// Numbers of the first table column of the section starting with `fromHeading` up to the next
/// heading `toHeading`: "13809–13812" is a range, "4960–4963, 4965" a list, `0x…` an HRESULT.
inline std::set<std::uint32_t> factsTableCodes(const std::string& fromHeading, const std::string& toHeading) {
    std::ifstream in(factsSheetPath());
    std::set<std::uint32_t> codes;
    std::string line;
    bool inside = false;
    const std::regex hex("0x([0-9A-Fa-f]{8})");
    const std::regex range("([0-9]{3,5})\\s*\xE2\x80\x93\\s*([0-9]{3,5})"); // en dash
    const std::regex number("[0-9]{3,5}");
    while (std::getline(in, line)) {
        if (line.starts_with(fromHeading)) {
            inside = true;
            continue;
        }
        if (inside && line.starts_with(toHeading)) {
            break;
        }
        if (!inside || !line.starts_with("| ")) {
            continue;
        }
        const auto end = line.find('|', 2);
        std::string cell = line.substr(2, end == std::string::npos ? std::string::npos : end - 2);
        std::smatch m;
        if (std::regex_search(cell, m, hex)) {
            codes.insert(static_cast<std::uint32_t>(std::stoul(m[1].str(), nullptr, 16)));
            continue;
        }
        std::string rest = cell;
        while (std::regex_search(rest, m, range)) {
            for (auto c = std::stoul(m[1].str()); c <= std::stoul(m[2].str()); ++c) {
                codes.insert(static_cast<std::uint32_t>(c));
            }
            rest = m.prefix().str() + " " + m.suffix().str();
        }
        for (std::sregex_iterator it(rest.begin(), rest.end(), number), stop; it != stop; ++it) {
            codes.insert(static_cast<std::uint32_t>(std::stoul(it->str())));
        }
    }
    return codes;
}

/// RAS, IKE and other codes of §3.
inline std::set<std::uint32_t> factsErrorCodes() {
    return factsTableCodes("## 3.", "## 4.");
}

/// Event ids of §4.1 and §4.4 (the %% insertion-string table of §4.1 is not events: 8192-8248).
inline std::set<std::uint32_t> factsEventIds() {
    std::set<std::uint32_t> ids;
    for (auto c : factsTableCodes("## 4.", "## 5.")) {
        if ((c >= 4600 && c < 6000) || (c >= 20000 && c < 21000)) {
            ids.insert(c);
        }
    }
    return ids;
}

} // namespace ipsecdoctor::testing
