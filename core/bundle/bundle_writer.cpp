#include "ipsecdoctor/bundle/anonymization.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/redaction.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/time_format.h"
#include "ipsecdoctor/util/version.h"

#include "bundle_paths.h"
#include "ipsecdoctor/json/json_reader.h"

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

/// A JSON entry of the bundle: invalid UTF-8 (a hostile event, a damaged log) becomes U+FFFD.
std::string jsonEntry(const json& document) {
    return ipsecdoctor::dumpJson(document) + "\n";
}

Error badAttachment(const std::string& path) {
    return Error::make(ErrorCode::InvalidArgument,
                       "bundle attachment '" + path + "' must be diagnosis/<name>");
}

/// `anonymize`: run the anonymization step; `markAnonymized`: say so in the manifest (also
/// when re-exporting a bundle that already is).
Expected<std::string> build(const SystemSnapshot& snapshot, const std::vector<Finding>& findings,
                            std::string_view log, const std::vector<BundleAttachment>& attachments,
                            bool anonymize, bool markAnonymized) {
    const std::string createdAt = nowIso8601Utc();
    json snapshotJson = toJson(snapshot);
    json findingsJson = toJson(findings);
    json machineJson = json_detail::machineToJson(snapshot.machine);
    // The one redaction step: every string of the JSON entries, every text entry.
    redactJsonStrings(snapshotJson);
    redactJsonStrings(findingsJson);
    redactJsonStrings(machineJson);
    std::vector<ZipEntry> texts{
        {std::string(bundle_paths::kLog), redactBundleText(bundle_paths::kLog, logTail(log))}};
    for (const auto& [path, data] : attachments) {
        if (!path.starts_with(bundle_paths::kAttachmentPrefix) || path.size() > 128 ||
            path.find("..") != std::string::npos) {
            return badAttachment(path);
        }
        texts.push_back({path, redactBundleText(path, data)});
    }
    if (anonymize) {
        Anonymizer anonymizer;
        anonymizer.learn(snapshot);
        for (const auto& e : texts) {
            anonymizer.learnText(e.data);
        }
        for (auto* document : {&snapshotJson, &findingsJson, &machineJson}) {
            if (auto done = anonymizer.json(*document); !done) {
                return done.error();
            }
        }
        for (auto& e : texts) {
            e.data = anonymizer.text(e.data);
        }
    }

    std::vector<ZipEntry> entries{
        {std::string(bundle_paths::kSnapshot), jsonEntry(snapshotJson)},
        {std::string(bundle_paths::kFindings), jsonEntry(findingsJson)},
    };
    entries.insert(entries.end(), texts.begin(), texts.end());
    json files = json::array();
    for (const auto& e : entries) {
        files.push_back({{"path", e.path}, {"size", e.data.size()}, {"sha256", sha256Hex(e.data)}});
    }
    json manifest{
        {"format", kBundleFormat},     {"bundle_version", kBundleVersion}, {"created_at", createdAt},
        {"app_version", appVersion()}, {"machine", machineJson},           {"files", files},
    };
    if (markAnonymized) {
        manifest["anonymized"] = true;
    }
    entries.insert(entries.begin(), ZipEntry{std::string(bundle_paths::kManifest), jsonEntry(manifest)});
    return writeZip(entries, createdAt);
}

} // namespace

Expected<std::string> buildBundle(const SystemSnapshot& snapshot, const std::vector<Finding>& findings,
                                  std::string_view log, const std::vector<BundleAttachment>& attachments,
                                  const BundleOptions& options) {
    return build(snapshot, findings, log, attachments, options.anonymize, options.anonymize);
}

Expected<void> exportBundle(const std::filesystem::path& path, const SystemSnapshot& snapshot,
                            const std::vector<Finding>& findings, std::string_view log,
                            const std::vector<BundleAttachment>& attachments, const BundleOptions& options) {
    auto bytes = buildBundle(snapshot, findings, log, attachments, options);
    if (!bytes) {
        return bytes.error();
    }
    auto written = writeFileAtomic(path, *bytes);
    if (written) {
        logger()->info("exported diagnostic bundle {} ({} bytes{})", path.string(), bytes->size(),
                       options.anonymize ? ", anonymized" : "");
    }
    return written;
}

Expected<void> reexportBundle(const std::filesystem::path& path, const Bundle& bundle,
                              const BundleOptions& options) {
    // Written again, a bundle changed after export would look whole: it is not forwarded.
    if (!bundle.changedAfterExport.empty()) {
        return Error::make(ErrorCode::InvalidArgument, "the bundle was changed after export ('" +
                                                           bundle.changedAfterExport.front().path + "' is " +
                                                           bundle.changedAfterExport.front().kind +
                                                           "); forward the original file instead");
    }
    // Pseudonyms are not anonymized twice (that would only renumber them), and the mark stays.
    const bool already = bundle.manifest.anonymized;
    auto bytes = build(bundle.snapshot, bundle.findings, bundle.log, bundle.attachments,
                       options.anonymize && !already, options.anonymize || already);
    if (!bytes) {
        return bytes.error();
    }
    auto written = writeFileAtomic(path, *bytes);
    if (written) {
        logger()->info("re-exported diagnostic bundle {} ({} bytes)", path.string(), bytes->size());
    }
    return written;
}

} // namespace ipsecdoctor
