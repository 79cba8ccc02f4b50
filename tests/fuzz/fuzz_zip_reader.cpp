// Fuzz target for readZip. Besides "no crash, no hang" (what the sanitizers and libFuzzer's
// timeouts check), it asserts the reader's promises, so a logic bug fails the run even in a
// plain build: failures carry a detail and an expected code, accepted archives respect the
// limits and hold only safe, distinct names, and whatever is accepted survives a round trip
// through writeZip.
//
// Seeds in corpus/zip (kept tiny; no README there, since every file is an input): writer_* from
// our writeZip; python_* from Python 3.11's zipfile (one written to a pipe, so it uses a data
// descriptor); infozip_comment from Info-ZIP zip 3.0 (extra fields, archive comment); invalid_*
// are those archives damaged by hand (CRC, truncation, method 12, size lowered to make a bomb) or
// made by zip -P / zip -fz / zipfile with "../evil" and duplicate names.

#include "ipsecdoctor/bundle/zip_archive.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace ipsecdoctor;

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_zip_reader: invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Small limits keep each run fast; they are still large enough for the seed corpus.
    const ZipLimits limits{16, 256 * 1024, 1024 * 1024};
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto result = readZip(input, limits);
    if (!result) {
        const ErrorCode code = result.error().code;
        require(!result.error().detail.empty(), "an error without a detail");
        require(code == ErrorCode::Malformed || code == ErrorCode::NotSupported ||
                    code == ErrorCode::TooLarge,
                "an error code readZip does not document");
        return 0;
    }

    std::uint64_t total = 0;
    for (const ZipEntry& entry : *result) {
        require(isSafeEntryPath(entry.path), "an accepted entry with an unsafe name");
        require(entry.data.size() <= limits.maxEntrySize, "an entry over maxEntrySize");
        total += entry.data.size();
    }
    require(result->size() <= limits.maxEntries, "more entries than maxEntries");
    require(total <= limits.maxTotalSize, "entries over maxTotalSize");

    // Accepted names are safe and distinct, so the writer must accept them and the reader must
    // give back exactly the same entries.
    const auto rewritten = writeZip(*result, "2024-05-01T12:00:00Z");
    require(rewritten.hasValue(), "writeZip refused entries readZip accepted");
    const auto again = readZip(*rewritten, limits);
    require(again.hasValue(), "readZip refused what writeZip wrote");
    require(again->size() == result->size(), "round trip changed the entry count");
    for (std::size_t i = 0; i < again->size(); ++i)
        require((*again)[i].path == (*result)[i].path && (*again)[i].data == (*result)[i].data,
                "round trip changed an entry");
    return 0;
}
