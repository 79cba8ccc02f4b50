#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/redaction.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/model/model_json.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/sha256.h"
#include "ipsecdoctor/util/time_format.h"
#include "ipsecdoctor/util/version.h"

#include "bundle/bundle_paths.h"
#include "model/json_reader.h"

namespace ipsecdoctor {

using nlohmann::json;

namespace {

/// The newest part of the log, starting at a line boundary.
std::string_view logTail(std::string_view log) {
    if (log.size() <= kMaxBundleLogBytes) {
        return log;
    }
    auto tail = log.substr(log.size() - kMaxBundleLogBytes);
    const auto nl = tail.find('\n');
    return nl == std::string_view::npos ? tail : tail.substr(nl + 1);
}

} // namespace

Expected<std::string> buildBundle(const SystemSnapshot& snapshot, const std::vector<Finding>& findings,
                                  std::string_view log, const std::vector<BundleAttachment>& attachments) {
    const std::string createdAt = nowIso8601Utc();
    std::vector<ZipEntry> entries{
        {std::string(bundle_paths::kSnapshot), dumpJson(toJson(snapshot)) + "\n"},
        {std::string(bundle_paths::kFindings), dumpJson(toJson(findings)) + "\n"},
        {std::string(bundle_paths::kLog), redactSecrets(logTail(log))},
    };
    for (const auto& [path, data] : attachments) {
        if (!path.starts_with(bundle_paths::kAttachmentPrefix) || path.size() > 128 ||
            path.find("..") != std::string::npos) {
            return Error::make(ErrorCode::InvalidArgument,
                               "bundle attachment '" + path + "' must be diagnosis/<name>");
        }
        entries.push_back({path, redactSecrets(data)});
    }

    json files = json::array();
    for (const auto& e : entries) {
        files.push_back({{"path", e.path}, {"size", e.data.size()}, {"sha256", sha256Hex(e.data)}});
    }
    const json manifest{
        {"format", kBundleFormat},
        {"bundle_version", kBundleVersion},
        {"created_at", createdAt},
        {"app_version", appVersion()},
        {"machine", json_detail::machineToJson(snapshot.machine)},
        {"files", files},
    };
    entries.insert(entries.begin(),
                   ZipEntry{std::string(bundle_paths::kManifest), dumpJson(manifest) + "\n"});
    return writeZip(entries, createdAt);
}

Expected<void> exportBundle(const std::filesystem::path& path, const SystemSnapshot& snapshot,
                            const std::vector<Finding>& findings, std::string_view log,
                            const std::vector<BundleAttachment>& attachments) {
    auto bytes = buildBundle(snapshot, findings, log, attachments);
    if (!bytes) {
        return bytes.error();
    }
    auto written = writeFileAtomic(path, *bytes);
    if (written) {
        logger()->info("exported diagnostic bundle {} ({} bytes)", path.string(), bytes->size());
    }
    return written;
}

} // namespace ipsecdoctor
