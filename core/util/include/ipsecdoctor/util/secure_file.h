#pragma once
// Writing files as a privileged process without being redirected: a folder the caller can write
// may hold a symbolic link, junction or other reparse point that points the write at a system
// file. These primitives open every folder and the file itself without following links
// (O_NOFOLLOW on POSIX; FILE_FLAG_OPEN_REPARSE_POINT and a FileAttributeTagInfo check on Windows)
// and refuse a link anywhere in the checked chain with Error{AccessDenied}.

#include "ipsecdoctor/util/expected.h"

#include <filesystem>
#include <string_view>

namespace ipsecdoctor {

/// Replaces the content of `path` with `bytes`. Neither the file nor any folder from `within`
/// down to the file's folder may be a link (with `within` empty: the file's folder only); the
/// file, when it exists, must be a regular file with a single hard link. It is opened without
/// following links, checked, then truncated and written through that handle. Folders are not
/// created (see createDirectoriesNoFollow).
Expected<void> writeFileNoFollow(const std::filesystem::path& path, std::string_view bytes,
                                 const std::filesystem::path& within = {});

/// Creates `dir` and every missing folder between `within` (which must exist) and it, refusing
/// a link at `within` or anywhere below it. `dir` must be `within` or inside it.
Expected<void> createDirectoriesNoFollow(const std::filesystem::path& dir,
                                         const std::filesystem::path& within);

} // namespace ipsecdoctor
