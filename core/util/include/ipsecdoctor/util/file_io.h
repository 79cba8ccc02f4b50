#pragma once

#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// Reads a whole file; Error{TooLarge} if it exceeds maxBytes, Error{NotFound}/{Io} otherwise.
Expected<std::string> readFile(const std::filesystem::path& path, std::uintmax_t maxBytes);

/// Writes `data` to a temporary file beside `path`, flushes it, then replaces `path` in one step,
/// so a crash leaves either the old or the new content, never half of it.
Expected<void> writeFileAtomic(const std::filesystem::path& path, std::string_view data);

/// Platform primitive behind writeFileAtomic: rename that replaces an existing target
/// (rename(2) on POSIX, MoveFileExW(REPLACE_EXISTING|WRITE_THROUGH) on Windows).
Expected<void> atomicReplace(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace ipsecdoctor
