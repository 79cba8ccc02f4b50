// ZIP writer for diagnostic bundles. Output is deliberately plain (no zip64, no extra fields, no
// data descriptors) so that Explorer, 7-Zip, Info-ZIP and Python can all open it, and so that our
// own strict reader accepts everything we write.

#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/util/utf8.h"

#include "zip_format.h"

#include <algorithm>
#include <new>
#include <set>

namespace ipsecdoctor {
namespace {

using namespace zipfmt;

// "Version made by": Unix, spec 2.0. With Unix as the host, Info-ZIP and Python apply the mode in
// the high half of the external attributes (0644, a regular file) instead of leaving extracted
// files with whatever the umask gives; Windows tools ignore it and use the FAT attributes (none).
constexpr std::uint16_t kMadeBy = (3 << 8) | 20;
constexpr std::uint16_t kVersionNeeded = 20; // deflate; Python writes 20 for stored files too
constexpr std::uint32_t kExternalAttrs = 0100644u << 16;

struct DosStamp {
    std::uint16_t time = 0;
    std::uint16_t date = 0;
};

bool readNumber(std::string_view s, std::size_t at, std::size_t len, int& out) {
    out = 0;
    for (std::size_t i = at; i < at + len; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

// DOS stamps are local time with 2-second resolution; we store the UTC time as given, which is
// what Python's zipfile does with time.gmtime() stamps.
Expected<DosStamp> parseDosTime(std::string_view iso) {
    const auto bad = [&](std::string_view why) {
        return Error::make(ErrorCode::InvalidArgument,
                           "ZIP timestamp '" + truncateUtf8(iso, 40) + "' " + std::string(why));
    };
    if (iso.size() != 20 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':' ||
        iso[16] != ':' || iso[19] != 'Z')
        return bad("is not of the form YYYY-MM-DDTHH:MM:SSZ");
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readNumber(iso, 0, 4, year) || !readNumber(iso, 5, 2, month) || !readNumber(iso, 8, 2, day) ||
        !readNumber(iso, 11, 2, hour) || !readNumber(iso, 14, 2, minute) || !readNumber(iso, 17, 2, second))
        return bad("has a non-digit where a digit is expected");
    if (year < 1980 || year > 2107)
        return bad("is outside the years a DOS timestamp can hold (1980-2107)");
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] + (month == 2 && leap ? 1 : 0) ||
        hour > 23 || minute > 59 || second > 59)
        return bad("is not a valid date and time");
    DosStamp stamp;
    stamp.time = static_cast<std::uint16_t>((hour << 11) | (minute << 5) | (second / 2));
    stamp.date = static_cast<std::uint16_t>(((year - 1980) << 9) | (month << 5) | day);
    return stamp;
}

// Raw deflate (windowBits -15): ZIP method 8 stores the bare stream without zlib's header.
Expected<std::string> deflateRaw(std::string_view data) {
    z_stream zs{};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error::make(ErrorCode::Platform, "zlib deflateInit2 failed");
    struct Guard {
        z_stream& z;
        ~Guard() { deflateEnd(&z); }
    } guard{zs};

    constexpr std::size_t kOutStep = 64 * 1024;
    std::string out;
    std::size_t inPos = 0;
    int ret = Z_OK;
    for (;;) {
        const std::size_t slice = std::min(kZlibSlice, data.size() - inPos);
        const bool last = inPos + slice == data.size();
        zs.next_in = reinterpret_cast<const Bytef*>(data.data() + inPos);
        zs.avail_in = static_cast<uInt>(slice);
        do { // until deflate leaves room in the output: it has then taken all of this slice
            const std::size_t used = out.size();
            out.resize(used + kOutStep);
            zs.next_out = reinterpret_cast<Bytef*>(out.data() + used);
            zs.avail_out = static_cast<uInt>(kOutStep);
            ret = deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
            out.resize(used + kOutStep - zs.avail_out);
            if (ret == Z_STREAM_ERROR)
                return Error::make(ErrorCode::Platform, "zlib deflate failed");
        } while (zs.avail_out == 0);
        inPos += slice;
        if (last)
            break;
    }
    if (ret != Z_STREAM_END)
        return Error::make(ErrorCode::Platform, "zlib deflate did not finish the stream");
    return out;
}

Expected<std::string> writeZipImpl(const std::vector<ZipEntry>& entries, std::string_view dosTime) {
    const auto stamp = parseDosTime(dosTime);
    if (!stamp)
        return stamp.error();
    if (entries.size() >= kZip64Marker16)
        return Error::make(ErrorCode::TooLarge,
                           std::to_string(entries.size()) +
                               " entries need zip64, which this writer does not produce");

    std::set<std::string> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string label = "entry " + std::to_string(i + 1) + " " + quoteName(entries[i].path);
        if (!isSafeEntryPath(entries[i].path))
            return Error::make(ErrorCode::InvalidArgument, label + " has an unsafe name");
        if (!seen.insert(asciiLower(entries[i].path)).second)
            return Error::make(ErrorCode::InvalidArgument,
                               label + " has the same name as an earlier entry (ignoring case)");
        if (entries[i].data.size() >= kZip64Marker32)
            return Error::make(ErrorCode::TooLarge, label + " is 4 GiB or larger and would need zip64");
    }

    std::string out;
    std::string central;
    for (const ZipEntry& entry : entries) {
        const std::uint32_t crc = crcOf(entry.data);
        auto deflated = deflateRaw(entry.data);
        if (!deflated)
            return deflated.error();
        // Keep the deflated form only when it is smaller (tiny or random data grows when deflated).
        const bool store = deflated->size() >= entry.data.size();
        const std::string_view payload = store ? std::string_view(entry.data) : std::string_view(*deflated);
        const std::uint16_t method = store ? kMethodStore : kMethodDeflate;
        const std::size_t offset = out.size();
        if (offset + kLocalSize + entry.path.size() + payload.size() >= kZip64Marker32)
            return Error::make(ErrorCode::TooLarge, "archive would exceed 4 GiB and need zip64");
        const auto size = static_cast<std::uint32_t>(entry.data.size());
        const auto compSize = static_cast<std::uint32_t>(payload.size());
        const auto nameLen = static_cast<std::uint16_t>(entry.path.size());

        put32(out, kLocalSig);
        put16(out, kVersionNeeded);
        put16(out, kFlagUtf8);
        put16(out, method);
        put16(out, stamp->time);
        put16(out, stamp->date);
        put32(out, crc);
        put32(out, compSize);
        put32(out, size);
        put16(out, nameLen);
        put16(out, 0); // extra length
        out += entry.path;
        out += payload;

        put32(central, kCentralSig);
        put16(central, kMadeBy);
        put16(central, kVersionNeeded);
        put16(central, kFlagUtf8);
        put16(central, method);
        put16(central, stamp->time);
        put16(central, stamp->date);
        put32(central, crc);
        put32(central, compSize);
        put32(central, size);
        put16(central, nameLen);
        put16(central, 0); // extra length
        put16(central, 0); // comment length
        put16(central, 0); // disk number start
        put16(central, 0); // internal attributes
        put32(central, kExternalAttrs);
        put32(central, static_cast<std::uint32_t>(offset));
        central += entry.path;
    }

    const std::size_t cdOffset = out.size();
    if (cdOffset + central.size() >= kZip64Marker32)
        return Error::make(ErrorCode::TooLarge, "archive would exceed 4 GiB and need zip64");
    out += central;
    const auto count = static_cast<std::uint16_t>(entries.size());
    put32(out, kEndSig);
    put16(out, 0); // this disk
    put16(out, 0); // disk holding the central directory
    put16(out, count);
    put16(out, count);
    put32(out, static_cast<std::uint32_t>(central.size()));
    put32(out, static_cast<std::uint32_t>(cdOffset));
    put16(out, 0); // comment length
    return out;
}

} // namespace

Expected<std::string> writeZip(const std::vector<ZipEntry>& entries, std::string_view dosTime) {
    try {
        return writeZipImpl(entries, dosTime);
    } catch (const std::bad_alloc&) { // the only thing that can throw here; keep the no-throw contract
        return Error::make(ErrorCode::TooLarge, "not enough memory to build the ZIP archive");
    }
}

} // namespace ipsecdoctor
