#pragma once
// Paths as UTF-8 text and back, the same on every OS: std::filesystem::path's string() is the
// ANSI code page on Windows, which loses any character outside it (a user name in Cyrillic,
// an accented folder). Journals, JSON and command lines carry UTF-8.

#include <filesystem>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// `text` (UTF-8) as a path.
inline std::filesystem::path utf8Path(std::string_view text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

/// `path` as UTF-8 text.
inline std::string pathUtf8(const std::filesystem::path& path) {
    const auto u8 = path.u8string();
    return std::string(u8.begin(), u8.end());
}

} // namespace ipsecdoctor
