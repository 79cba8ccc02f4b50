// ZIP reader for diagnostic bundles a user hands us: the input is hostile. The archive is parsed
// in two passes. The first checks structure, names and declared sizes against the limits, so a
// bad archive is rejected before any inflation; the second inflates each entry into a buffer of
// exactly its declared size, so a lying header cannot make us allocate or produce more.

#include "ipsecdoctor/bundle/zip_archive.h"

#include "zip_format.h"

#include <algorithm>
#include <array>
#include <new>
#include <set>

namespace ipsecdoctor {
namespace {

using namespace zipfmt;

Error malformed(std::string detail) {
    return Error::make(ErrorCode::Malformed, std::move(detail));
}
Error unsupported(std::string detail) {
    return Error::make(ErrorCode::NotSupported, std::move(detail));
}
Error tooLarge(std::string detail) {
    return Error::make(ErrorCode::TooLarge, std::move(detail));
}

struct EndRecord {
    std::size_t pos = 0;
    std::uint16_t entries = 0;
    std::uint32_t cdSize = 0;
    std::uint32_t cdOffset = 0;
};

struct CentralEntry {
    std::string label;     // "entry 3 'name'", for error details
    std::string_view name; // as stored (the local header must repeat it byte for byte)
    std::string path;      // the name with '\' read as '/' (what Windows extracts it to)
    bool directory = false;
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint32_t compSize = 0;
    std::uint32_t size = 0;
    std::uint32_t localOffset = 0;
    std::size_t dataStart = 0; // filled in from the local header
};

Expected<EndRecord> findEndRecord(std::string_view a) {
    if (a.size() < kEndSize)
        return malformed("archive is " + std::to_string(a.size()) +
                         " bytes, shorter than an end-of-central-directory record");
    // The end record sits at the very end, followed only by its comment (at most 65535 bytes).
    // Scan backwards and accept a signature only if its comment length reaches exactly the end
    // of the buffer; a signature inside a comment or trailing garbage therefore never matches.
    const std::size_t last = a.size() - kEndSize;
    const std::size_t first = last > kMaxCommentSize ? last - kMaxCommentSize : 0;
    for (std::size_t pos = last + 1; pos-- > first;) {
        if (le32(a, pos) != kEndSig || le16(a, pos + kEndCommentLen) != last - pos)
            continue;
        const std::uint16_t disk = le16(a, pos + kEndDisk), cdDisk = le16(a, pos + kEndCdDisk);
        const std::uint16_t diskEntries = le16(a, pos + kEndDiskEntries);
        EndRecord end{pos, le16(a, pos + kEndEntries), le32(a, pos + kEndCdSize),
                      le32(a, pos + kEndCdOffset)};
        const bool locator = pos >= kZip64LocatorSize && le32(a, pos - kZip64LocatorSize) == kZip64LocatorSig;
        if (locator || disk == kZip64Marker16 || cdDisk == kZip64Marker16 || diskEntries == kZip64Marker16 ||
            end.entries == kZip64Marker16 || end.cdSize == kZip64Marker32 || end.cdOffset == kZip64Marker32)
            return unsupported("archive uses zip64 records, which are not supported");
        if (disk != 0 || cdDisk != 0 || diskEntries != end.entries)
            return unsupported(
                "archive spans several disks (split or spanned archive), which is not supported");
        return end;
    }
    return malformed("no end-of-central-directory record in the last " +
                     std::to_string(std::min(a.size(), kEndSize + kMaxCommentSize)) +
                     " bytes: not a ZIP archive, truncated, or followed by extra data");
}

bool isReservedDeviceName(std::string_view component) {
    // Windows opens a device, not a file, for these names whatever the extension ("nul.txt").
    std::string stem = asciiLower(component.substr(0, component.find('.')));
    while (!stem.empty() && stem.back() == ' ')
        stem.pop_back();
    if (stem == "con" || stem == "prn" || stem == "aux" || stem == "nul" || stem == "conin$" ||
        stem == "conout$")
        return true;
    return stem.size() == 4 && (stem.starts_with("com") || stem.starts_with("lpt")) && stem[3] >= '0' &&
           stem[3] <= '9';
}

// Reads one central directory record at `pos` (inside [pos, cdEnd)) and checks everything that
// does not need the local header. Advances `pos` past the record.
Expected<CentralEntry> parseCentral(std::string_view a, std::size_t& pos, std::size_t cdEnd,
                                    std::size_t index) {
    const std::string where = "central directory record " + std::to_string(index + 1);
    if (cdEnd - pos < kCentralSize)
        return malformed(where + " is truncated");
    if (le32(a, pos) != kCentralSig)
        return malformed(where + " has a bad signature");
    const std::uint16_t flags = le16(a, pos + kCenFlags);
    const std::size_t nameLen = le16(a, pos + kCenNameLen);
    const std::size_t varLen = nameLen + le16(a, pos + kCenExtraLen) + le16(a, pos + kCenCommentLen);
    if (cdEnd - pos - kCentralSize < varLen)
        return malformed(where + " runs past the end of the central directory");

    CentralEntry e;
    e.name = a.substr(pos + kCentralSize, nameLen);
    e.label = "entry " + std::to_string(index + 1) + " " + quoteName(e.name);
    e.method = le16(a, pos + kCenMethod);
    e.crc = le32(a, pos + kCenCrc);
    e.compSize = le32(a, pos + kCenCompSize);
    e.size = le32(a, pos + kCenSize);
    e.localOffset = le32(a, pos + kCenLocalOffset);
    const std::uint16_t diskStart = le16(a, pos + kCenDiskStart);
    pos += kCentralSize + varLen;

    if (flags & (kFlagEncrypted | kFlagStrongEncryption | kFlagMaskedHeaders))
        return unsupported(e.label + " is encrypted, which is not supported");
    if (e.compSize == kZip64Marker32 || e.size == kZip64Marker32 || e.localOffset == kZip64Marker32 ||
        diskStart == kZip64Marker16)
        return unsupported(e.label + " uses zip64 sizes or offsets, which are not supported");
    if (diskStart != 0)
        return unsupported(e.label + " starts on another disk, which is not supported");
    if (e.method != kMethodStore && e.method != kMethodDeflate)
        return unsupported(e.label + " uses compression method " + std::to_string(e.method) +
                           "; only 0 (stored) and 8 (deflate) are supported");
    if (e.method == kMethodStore && e.compSize != e.size)
        return malformed(e.label + " is stored but its compressed size " + std::to_string(e.compSize) +
                         " differs from its size " + std::to_string(e.size));
    if (!(flags & kFlagUtf8) && std::any_of(e.name.begin(), e.name.end(), [](char c) { return c & 0x80; }))
        return unsupported(e.label + " has a non-ASCII name in a legacy code page (UTF-8 flag not set)");
    // PowerShell 5.1's Compress-Archive writes '\' between folders; Windows extracts it as a
    // separator, so it is read as one, and the same checks then apply ("..\\x" is "../x").
    e.path.assign(e.name);
    std::replace(e.path.begin(), e.path.end(), '\\', '/');
    e.directory = !e.path.empty() && e.path.back() == '/';
    if (!isSafeEntryPath(e.directory ? std::string_view(e.path).substr(0, e.path.size() - 1) : e.path))
        return malformed(e.label + " has an unsafe name");
    if (e.directory && e.size != 0)
        return malformed(e.label + " is a directory but declares " + std::to_string(e.size) +
                         " bytes of data");
    return e;
}

// Checks the local header against the central record and locates the entry's data.
Expected<void> checkLocal(std::string_view a, std::size_t cdOffset, CentralEntry& e) {
    const std::size_t at = e.localOffset;
    if (at > cdOffset || cdOffset - at < kLocalSize)
        return malformed(e.label + " has a local header offset " + std::to_string(at) +
                         " outside the data area (central directory at " + std::to_string(cdOffset) + ")");
    if (le32(a, at) != kLocalSig)
        return malformed(e.label + " has no local header signature at offset " + std::to_string(at));
    const std::uint16_t flags = le16(a, at + kLocFlags);
    const std::size_t nameLen = le16(a, at + kLocNameLen);
    const std::size_t extraLen = le16(a, at + kLocExtraLen);
    if (flags & (kFlagEncrypted | kFlagStrongEncryption))
        return unsupported(e.label + " is encrypted (local header), which is not supported");
    // All sums below stay far from overflow: every term is at most 32 bits wide.
    const std::uint64_t dataStart = std::uint64_t{at} + kLocalSize + nameLen + extraLen;
    if (dataStart + e.compSize > cdOffset)
        return malformed(e.label + " has data that runs into the central directory or past the archive");
    if (a.substr(at + kLocalSize, nameLen) != e.name)
        return malformed(e.label + " has a different name in its local header");
    if (le16(a, at + kLocMethod) != e.method)
        return malformed(e.label + " has a different compression method in its local header");
    // With bit 3 the writer did not know CRC and sizes up front: the local copies may be zero and
    // the real values follow the data. The central directory has them, so we use those.
    if (!(flags & kFlagDataDescriptor) &&
        (le32(a, at + kLocCrc) != e.crc || le32(a, at + kLocCompSize) != e.compSize ||
         le32(a, at + kLocSize) != e.size))
        return malformed(e.label +
                         " has a CRC or sizes in its local header that differ from the central directory");
    e.dataStart = static_cast<std::size_t>(dataStart);
    return {};
}

// Inflates into a buffer of exactly the declared size. Once it is full, inflate gets a one-byte
// probe buffer: any byte landing there means the stream inflates past its declared size (a zip
// bomb or a lying header), and we stop right there instead of producing the rest.
Expected<std::string> inflateEntry(std::string_view in, const CentralEntry& e) {
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK)
        return Error::make(ErrorCode::Platform, "zlib inflateInit2 failed");
    struct Guard {
        z_stream& z;
        ~Guard() { inflateEnd(&z); }
    } guard{zs};

    std::string out(e.size, '\0');
    unsigned char probe = 0;
    std::size_t inPos = 0, outPos = 0;
    for (;;) {
        const bool probing = outPos == out.size();
        const std::size_t inSlice = std::min(kZlibSlice, in.size() - inPos);
        const std::size_t outSlice = probing ? 1 : std::min(kZlibSlice, out.size() - outPos);
        zs.next_in = reinterpret_cast<const Bytef*>(in.data() + inPos);
        zs.avail_in = static_cast<uInt>(inSlice);
        zs.next_out = probing ? &probe : reinterpret_cast<Bytef*>(out.data() + outPos);
        zs.avail_out = static_cast<uInt>(outSlice);
        const int ret = inflate(&zs, Z_NO_FLUSH);
        const std::size_t used = inSlice - zs.avail_in, made = outSlice - zs.avail_out;
        inPos += used;
        if (probing && made > 0)
            return malformed(e.label + " inflates to more than its declared size of " +
                             std::to_string(e.size) + " bytes");
        outPos += made;
        if (ret == Z_STREAM_END)
            break;
        if (ret == Z_MEM_ERROR)
            return tooLarge(e.label + ": not enough memory to inflate");
        if (ret != Z_OK && ret != Z_BUF_ERROR)
            return malformed(e.label + " has invalid deflate data (" + (zs.msg ? zs.msg : "zlib error") +
                             ")");
        if (used == 0 && made == 0) // zlib always progresses unless it needs more input
            return malformed(e.label + " has compressed data that ends before its deflate stream does");
    }
    if (outPos != out.size())
        return malformed(e.label + " inflates to " + std::to_string(outPos) + " bytes, not its declared " +
                         std::to_string(e.size));
    if (inPos != in.size())
        return malformed(e.label + " has " + std::to_string(in.size() - inPos) +
                         " bytes after the end of its deflate stream");
    return out;
}

Expected<std::vector<ZipEntry>>
readZipImpl(std::string_view a, const ZipLimits& limits,
            const std::vector<std::pair<std::string, std::uint64_t>>& byName) {
    const auto end = findEndRecord(a);
    if (!end)
        return end.error();
    if (end->entries > limits.maxEntries)
        return tooLarge("archive has " + std::to_string(end->entries) + " entries; the limit is " +
                        std::to_string(limits.maxEntries));
    if (std::uint64_t{end->cdOffset} + end->cdSize != end->pos)
        return malformed("central directory (offset " + std::to_string(end->cdOffset) + ", size " +
                         std::to_string(end->cdSize) + ") does not end where the end record starts (offset " +
                         std::to_string(end->pos) + ")");

    // Pass 1: structure, names, limits. Nothing is inflated yet.
    std::vector<CentralEntry> central;
    std::set<std::string> seen;
    std::vector<std::array<std::size_t, 3>> spans; // local header start, data end, index
    std::uint64_t total = 0;
    std::size_t pos = end->cdOffset;
    for (std::size_t i = 0; i < end->entries; ++i) {
        auto e = parseCentral(a, pos, end->pos, i);
        if (!e)
            return e.error();
        if (const auto local = checkLocal(a, end->cdOffset, *e); !local)
            return local.error();
        spans.push_back({e->localOffset, e->dataStart + e->compSize, i});
        if (e->directory)
            continue;
        if (!seen.insert(asciiLower(e->path)).second)
            return malformed(e->label + " has the same name as an earlier entry (ignoring case)");
        if (e->size > limits.maxEntrySize)
            return tooLarge(e->label + " is " + std::to_string(e->size) + " bytes; the limit is " +
                            std::to_string(limits.maxEntrySize));
        for (const auto& [name, max] : byName)
            if (e->path == name && e->size > max)
                return tooLarge(e->label + " is " + std::to_string(e->size) + " bytes; the limit is " +
                                std::to_string(max));
        total += e->size;
        if (total > limits.maxTotalSize)
            return tooLarge("entries up to " + e->label + " total " + std::to_string(total) +
                            " bytes; the limit is " + std::to_string(limits.maxTotalSize));
        central.push_back(std::move(*e));
    }
    if (pos != end->pos)
        return malformed("central directory has " + std::to_string(end->pos - pos) +
                         " bytes after its last record");
    // Entries sharing bytes are how "overlapping" zip bombs multiply a small payload.
    std::sort(spans.begin(), spans.end());
    for (std::size_t k = 1; k < spans.size(); ++k)
        if (spans[k][0] < spans[k - 1][1])
            return malformed("entries " + std::to_string(std::min(spans[k - 1][2], spans[k][2]) + 1) +
                             " and " + std::to_string(std::max(spans[k - 1][2], spans[k][2]) + 1) +
                             " overlap");

    // Pass 2: data.
    std::vector<ZipEntry> result;
    result.reserve(central.size());
    for (const CentralEntry& e : central) {
        const std::string_view raw = a.substr(e.dataStart, e.compSize);
        std::string data;
        if (e.method == kMethodStore) {
            data.assign(raw);
        } else {
            auto inflated = inflateEntry(raw, e);
            if (!inflated)
                return inflated.error();
            data = std::move(*inflated);
        }
        if (const std::uint32_t crc = crcOf(data); crc != e.crc)
            return malformed(e.label + " fails its CRC-32 check (data is corrupt)");
        result.push_back(ZipEntry{e.path, std::move(data)});
    }
    return result;
}

} // namespace

Expected<std::vector<ZipEntry>>
readZip(std::string_view archive, const ZipLimits& limits,
        const std::vector<std::pair<std::string, std::uint64_t>>& maxSizeByName) {
    try {
        return readZipImpl(archive, limits, maxSizeByName);
    } catch (const std::bad_alloc&) { // the only thing that can throw here; keep the no-throw contract
        return tooLarge("not enough memory to read the ZIP archive");
    }
}

bool isSafeEntryPath(std::string_view path) {
    // 255 bytes also keeps a name well inside Windows' MAX_PATH once joined to a short folder.
    if (path.empty() || path.size() > 255 || !isValidUtf8(path))
        return false;
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        // ':' covers drive letters ("C:x") and NTFS alternate streams ("a.txt:s"); the rest of
        // <>"|?* cannot appear in a Windows file name at all.
        if (u < 0x20 || u == 0x7F || c == '\\' || c == ':' || c == '<' || c == '>' || c == '"' || c == '|' ||
            c == '?' || c == '*')
            return false;
    }
    std::size_t start = 0;
    for (;;) {
        const std::size_t slash = path.find('/', start);
        const std::string_view part =
            path.substr(start, slash == std::string_view::npos ? slash : slash - start);
        // Empty parts cover a leading '/' and "a//b". Windows silently strips trailing dots and
        // spaces ("..." or ".. " become ".."), so such names are refused along with "." and "..".
        if (part.empty() || part.back() == '.' || part.back() == ' ' || isReservedDeviceName(part))
            return false;
        if (slash == std::string_view::npos)
            return true;
        start = slash + 1;
    }
}

} // namespace ipsecdoctor
