// .evtx on Linux through Debian's libevtx (libyal). It reads the three real samples of
// tests/data/real-world/evtx, including the file with a bad chunk (its records are recovered)
// and the one with bad CRCs; a file that is not an event log is refused with libevtx's reason.
#include "ipsecdoctor/platform/event_log.h"

#include <libevtx.h>

#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

namespace ipsecdoctor {
namespace {

// libevtx 20181227 (Debian 12) parses the file in this process and predates years of OSS-Fuzz
// fixes to libyal. The cap keeps a crafted file from making it walk gigabytes; a Windows event
// log is 20 MB by default and saved selections are smaller. See docs/fuzzing.md for the risk.
constexpr std::uintmax_t kMaxEvtxFileBytes = 128u * 1024 * 1024;

std::string errorText(libevtx_error_t* error) {
    char buf[512] = {};
    if (error) {
        libevtx_error_sprint(error, buf, sizeof buf);
        libevtx_error_free(&error);
    }
    return buf;
}

struct FileCloser {
    void operator()(libevtx_file_t* f) const {
        libevtx_file_close(f, nullptr);
        libevtx_file_free(&f, nullptr);
    }
};

std::optional<std::string> recordXml(libevtx_record_t* record) {
    size_t size = 0;
    if (libevtx_record_get_utf8_xml_string_size(record, &size, nullptr) != 1 || size == 0 ||
        size > 8u * 1024 * 1024) {
        return std::nullopt;
    }
    std::string xml(size, '\0');
    if (libevtx_record_get_utf8_xml_string(record, reinterpret_cast<uint8_t*>(xml.data()), size, nullptr) !=
        1) {
        return std::nullopt;
    }
    xml.resize(size - 1); // the size counts the terminating NUL
    return xml;
}

} // namespace

Expected<std::vector<std::string>> readEvtxRecords(const std::filesystem::path& file, std::size_t maxEvents) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        return Error::make(ErrorCode::Io, "cannot read " + file.filename().string() + ": " + ec.message());
    }
    if (size > kMaxEvtxFileBytes) {
        return Error::make(ErrorCode::TooLarge, file.filename().string() + " is " + std::to_string(size) +
                                                    " bytes; the limit for an .evtx file is " +
                                                    std::to_string(kMaxEvtxFileBytes));
    }
    libevtx_error_t* error = nullptr;
    libevtx_file_t* raw = nullptr;
    if (libevtx_file_initialize(&raw, &error) != 1) {
        return Error::make(ErrorCode::Platform, "libevtx: " + errorText(error));
    }
    if (libevtx_file_open(raw, file.string().c_str(), LIBEVTX_OPEN_READ, &error) != 1) {
        libevtx_file_free(&raw, nullptr);
        return Error::make(ErrorCode::Malformed,
                           file.filename().string() + " is not a readable .evtx: " + errorText(error));
    }
    std::unique_ptr<libevtx_file_t, FileCloser> handle(raw);
    std::vector<std::string> out;
    auto collect = [&](int count, auto getter) {
        for (int i = 0; i < count && out.size() < maxEvents; ++i) {
            libevtx_record_t* record = nullptr;
            if (getter(raw, i, &record, nullptr) != 1) {
                continue; // a damaged record: skip it, keep the others
            }
            if (auto xml = recordXml(record)) {
                out.push_back(std::move(*xml));
            }
            libevtx_record_free(&record, nullptr);
        }
    };
    int records = 0;
    if (libevtx_file_get_number_of_records(raw, &records, &error) != 1) {
        return Error::make(ErrorCode::Malformed, "libevtx: " + errorText(error));
    }
    collect(records, libevtx_file_get_record_by_index);
    int recovered = 0;
    if (libevtx_file_get_number_of_recovered_records(raw, &recovered, nullptr) == 1) {
        collect(recovered, libevtx_file_get_recovered_record_by_index);
    }
    return out;
}

} // namespace ipsecdoctor
