#pragma once
// A small, strict ZIP reader/writer (deflate via zlib) for diagnostic bundles. The reader is
// written for hostile input: every size and offset is checked, limits bound memory, and names
// that could escape a folder are rejected.

#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipsecdoctor {

struct ZipEntry {
    std::string path; // forward slashes, relative, UTF-8
    std::string data;
};

struct ZipLimits {
    std::size_t maxEntries = 64;                      // central directory records, directory entries included
    std::uint64_t maxEntrySize = 64ull * 1024 * 1024; // uncompressed, per entry
    std::uint64_t maxTotalSize = 128ull * 1024 * 1024; // uncompressed, all entries
};

/// Builds a ZIP archive (deflate, CRC-32, UTF-8 name flag). `dosTime`: the modification time
/// stamped on every entry, as "YYYY-MM-DDTHH:MM:SSZ" (1980-2107; stored as given, seconds rounded
/// down to even). An entry is stored instead of deflated when deflate would not shrink it. No
/// zip64, no directory entries. Error{InvalidArgument} for a bad timestamp, an unsafe name or two
/// names equal ignoring ASCII case (readZip would refuse them); Error{TooLarge} past zip64 limits
/// (65535 entries, 4 GiB). Whatever this writes, readZip reads back given large enough limits.
Expected<std::string> writeZip(const std::vector<ZipEntry>& entries, std::string_view dosTime);

/// Parses and fully validates an archive held in memory (directory entries are skipped; entries
/// keep central directory order). Data descriptors (flag bit 3) and archive comments are accepted.
/// Errors: Malformed (bad structure, CRC, unsafe or duplicate name, overlapping entries, data that
/// inflates to more or less than declared), TooLarge (limits, checked on declared sizes before
/// anything is inflated), NotSupported (encryption, zip64, multi-disk, methods other than
/// store/deflate, non-ASCII names without the UTF-8 flag). Never throws. The detail names the
/// entry, 1-based, with its name escaped ("entry 3 'logs/../x' has an unsafe name").
/// A name written with '\' between folders (PowerShell 5.1's Compress-Archive) is read with '/'
/// (ZipEntry::path) and checked as such: Windows extracts it that way.
/// `maxSizeByName`: lower limits for entries with these exact names (a document parsed into
/// memory costs more than its bytes), checked like maxEntrySize, before anything is inflated.
Expected<std::vector<ZipEntry>>
readZip(std::string_view archive, const ZipLimits& limits = {},
        const std::vector<std::pair<std::string, std::uint64_t>>& maxSizeByName = {});

/// True when `path` is a safe relative entry name: valid UTF-8, 1-255 bytes, no leading '/', no
/// empty component ("a//b", trailing '/'), no "." or ".." component, no control characters, none
/// of \\ : < > " | ? * (':' also rules out drive letters and NTFS streams), no component ending in
/// '.' or ' ' (Windows strips those, so "..." would become ".."), no Windows device name as a
/// component (CON, NUL.txt, COM1, ...).
bool isSafeEntryPath(std::string_view path);

} // namespace ipsecdoctor
