#include "CliOptions.h"

#include <filesystem>
#include <regex>

namespace ipsecdoctor::app {

bool isValidJournalId(const std::string& id) {
    static const std::regex pattern("^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$");
    return id.size() < 64 && std::regex_match(id, pattern);
}

bool isValidDataFilePath(const std::string& path, std::string_view fileName) {
    if (path.empty() || path.size() > 1024) {
        return false;
    }
    const std::filesystem::path p = utf8Path(path);
    if (!p.is_absolute() || p.filename() != fileName || p.parent_path().filename() != kDataFolder) {
        return false;
    }
    for (const auto& part : p) {
        if (part == "." || part == "..") {
            return false;
        }
    }
    std::error_code ec;
    return std::filesystem::is_directory(p.parent_path(), ec);
}

std::optional<std::int64_t> parseSince(std::string_view text) {
    if (text.size() < 2 || text.size() > 6) {
        return std::nullopt;
    }
    const char unit = text.back();
    const auto digits = text.substr(0, text.size() - 1);
    std::int64_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        n = n * 10 + (c - '0');
    }
    const std::int64_t seconds = unit == 'd' ? n * 86400 : unit == 'h' ? n * 3600 : unit == 'm' ? n * 60 : -1;
    if (n == 0 || seconds <= 0 || seconds > 365 * 86400) {
        return std::nullopt;
    }
    return seconds;
}

} // namespace ipsecdoctor::app
