#include "ipsecdoctor/collect/saved_log.h"

#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/platform/event_log.h"
#include "ipsecdoctor/util/file_io.h"

#include <algorithm>
#include <fstream>

namespace ipsecdoctor {

Expected<SavedLog> readSavedLog(const std::filesystem::path& file, std::size_t maxEvents) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        return Error::make(ErrorCode::NotFound, "cannot open " + file.string() + ": " + ec.message());
    }
    if (size > kMaxSavedLogBytes) {
        return Error::make(ErrorCode::TooLarge, file.string() + " is larger than 256 MB");
    }
    std::ifstream in(file, std::ios::binary);
    char magic[8] = {};
    in.read(magic, sizeof magic);
    const bool evtx = in.gcount() == 8 && std::string_view(magic, 7) == std::string_view("ElfFile", 7);
    SavedLog saved;
    saved.logs.source = "file";
    saved.logs.fileName = file.filename().string();
    if (evtx) {
        auto records = readEvtxRecords(file, maxEvents);
        if (!records) {
            return records.error();
        }
        saved.logs.events.reserve(records->size());
        for (auto& xml : *records) {
            auto event = parseEventXml(std::move(xml)); // the record keeps the rendered XML
            if (event) {
                saved.logs.events.push_back(std::move(event).value());
            } else {
                ++saved.skipped;
            }
        }
        if (saved.logs.events.empty() && saved.skipped > 0) {
            return Error::make(ErrorCode::Malformed, file.string() + ": no readable event");
        }
    } else {
        if (size > kMaxEventXmlBytes) {
            return Error::make(ErrorCode::TooLarge, file.string() + " is larger than 64 MB of XML");
        }
        auto text = readFile(file, kMaxEventXmlBytes);
        if (!text) {
            return text.error();
        }
        auto events = parseEventXmlDocument(*text, maxEvents);
        if (!events) {
            return Error{events.error().code, events.error().native,
                         file.filename().string() + ": " + events.error().detail};
        }
        saved.logs.events = std::move(events).value();
    }
    std::stable_sort(saved.logs.events.begin(), saved.logs.events.end(),
                     [](const EventRecord& a, const EventRecord& b) { return a.timeUnix > b.timeUnix; });
    return saved;
}

} // namespace ipsecdoctor
