#pragma once
// A small, strict ZIP reader/writer (deflate via zlib) for diagnostic bundles. The reader is
// written for hostile input: every size and offset is checked, limits bound memory, and names
// that could escape a folder are rejected.

#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

struct ZipEntry {
    std::string path; // forward slashes, relative, UTF-8
    std::string data;
};

struct ZipLimits {
    std::size_t maxEntries = 64;
    std::uint64_t maxEntrySize = 64ull * 1024 * 1024;  // uncompressed, per entry
    std::uint64_t maxTotalSize = 128ull * 1024 * 1024; // uncompressed, all entries
};

/// Builds a ZIP archive (deflate, CRC-32, UTF-8 name flag). `dosTime`: the modification time
/// stamped on every entry, as "YYYY-MM-DDTHH:MM:SSZ". Error{InvalidArgument} for unsafe names.
Expected<std::string> writeZip(const std::vector<ZipEntry>& entries, std::string_view dosTime);

/// Parses and fully validates an archive held in memory (directory entries are skipped).
/// Errors: Malformed (bad structure, CRC, unsafe or duplicate name), TooLarge (limits),
/// NotSupported (encryption, zip64, multi-disk, methods other than store/deflate).
Expected<std::vector<ZipEntry>> readZip(std::string_view archive, const ZipLimits& limits = {});

/// True when `path` is a safe relative entry name: not empty, no leading '/', no '\\', no drive
/// letter, no "." or ".." component, no control characters.
bool isSafeEntryPath(std::string_view path);

} // namespace ipsecdoctor
