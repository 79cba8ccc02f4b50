#pragma once
// A saved log the user chose (.evtx or event XML), read into the Logs step's evidence.

#include "ipsecdoctor/model/logs_info.h"
#include "ipsecdoctor/util/expected.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace ipsecdoctor {

inline constexpr std::uintmax_t kMaxSavedLogBytes = 256u * 1024 * 1024;

/// A saved log chosen by the user: .evtx (by signature) or event XML. The events come back
/// parsed, newest first, in a LogsInfo with source "file". Records that fail to parse are
/// skipped and counted in `skipped` (a damaged .evtx still yields its readable records).
struct SavedLog {
    LogsInfo logs;
    std::size_t skipped = 0;
};
Expected<SavedLog> readSavedLog(const std::filesystem::path& file, std::size_t maxEvents = 100000);

} // namespace ipsecdoctor
