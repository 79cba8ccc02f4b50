#include "snapshot_folder.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/file_io.h"

namespace ipsecdoctor::tools {

namespace {
constexpr std::uintmax_t kMaxSourceBytes = 8u * 1024 * 1024;
}

Expected<SnapshotFolder> readSnapshotFolder(const std::filesystem::path& dir, bool logRequired) {
    auto text = readFile(dir / "snapshot.json", kMaxSourceBytes);
    if (!text) {
        return Error::make(text.error().code, (dir / "snapshot.json").string() + ": " + text.error().detail);
    }
    auto json = parseJson(*text);
    if (!json) {
        return Error::make(json.error().code, (dir / "snapshot.json").string() + ": " + json.error().detail);
    }
    auto snapshot = snapshotFromJson(*json);
    if (!snapshot) {
        return Error::make(snapshot.error().code,
                           (dir / "snapshot.json").string() + ": " + snapshot.error().detail);
    }
    SnapshotFolder folder{*json, std::move(snapshot).value(), {}, {}};
    const auto logPath = dir / "ipsecdoctor.log";
    if (logRequired || std::filesystem::exists(logPath)) {
        auto log = readFile(logPath, kMaxSourceBytes);
        if (!log) {
            return Error::make(log.error().code, logPath.string() + ": " + log.error().detail);
        }
        folder.log = std::move(log).value();
    }
    const auto written = toJson(folder.snapshot);
    for (const auto& [key, value] : folder.source.items()) {
        if (!written.contains(key)) {
            folder.dropped.push_back(key);
        }
    }
    return folder;
}

Expected<void> writeBundle(const SnapshotFolder& folder, const std::filesystem::path& zip) {
    return exportBundle(zip, folder.snapshot, runChecks(folder.snapshot), folder.log);
}

} // namespace ipsecdoctor::tools
