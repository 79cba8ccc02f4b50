#pragma once
// An enum's stable string ids as one table, read both ways. The ids go into JSON, journals and
// the catalogues: a table is the single place a value's id is spelled.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace ipsecdoctor {

template <class E, std::size_t N>
using EnumTable = std::array<std::pair<E, std::string_view>, N>;

/// The id of `value`; `fallback` (default: the table's first id) for a value not in the table.
template <class E, std::size_t N>
constexpr std::string_view enumId(const EnumTable<E, N>& table, E value, std::string_view fallback = {}) {
    for (const auto& [v, id] : table) {
        if (v == value) {
            return id;
        }
    }
    return fallback.empty() ? table.front().second : fallback;
}

/// The value whose id is exactly `id`; nullopt for any other text.
template <class E, std::size_t N>
constexpr std::optional<E> enumFromId(const EnumTable<E, N>& table, std::string_view id) {
    for (const auto& [v, text] : table) {
        if (text == id) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace ipsecdoctor
