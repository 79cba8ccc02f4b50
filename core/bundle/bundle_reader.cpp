#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/file_io.h"

#include "bundle_paths.h"
#include "ipsecdoctor/json/json_reader.h"

#include <map>

namespace ipsecdoctor {

using json_detail::Reader;
using nlohmann::json;

namespace {

Error malformed(const std::string& what) {
    return Error::make(ErrorCode::Malformed, "bundle: " + what);
}

// What each document may hold. A real snapshot of a PC with 20,000 events is about 10 MB and
// findings a few KB; past these, a crafted bundle of 100 KB could take gigabytes as DOMs.
constexpr std::size_t kMaxManifestBytes = 64u * 1024;
constexpr std::size_t kMaxFindingsBytes = 4u * 1024 * 1024;
constexpr std::size_t kMaxSnapshotBytes = 16u * 1024 * 1024;

JsonLimits limitsFor(std::size_t maxBytes) {
    JsonLimits limits;
    limits.maxBytes = maxBytes;
    return limits;
}

Expected<std::vector<ZipEntry>> readBundleZip(std::string_view zipBytes) {
    ZipLimits limits;
    limits.maxEntrySize = 32u * 1024 * 1024; // the log is cut to 2 MiB, attachments are small
    limits.maxTotalSize = 64u * 1024 * 1024;
    return readZip(zipBytes, limits,
                   {{std::string(bundle_paths::kManifest), kMaxManifestBytes},
                    {std::string(bundle_paths::kSnapshot), kMaxSnapshotBytes},
                    {std::string(bundle_paths::kFindings), kMaxFindingsBytes}});
}

/// The DOM of one document, with the bundle's wording for a failure ("snapshot.json is not
/// valid JSON", or the limit it passes).
Expected<json> parseDocument(std::string_view text, std::string_view name, std::size_t maxBytes) {
    auto doc = parseJson(text, limitsFor(maxBytes));
    if (!doc) {
        if (doc.error().code == ErrorCode::TooLarge) {
            return Error::make(ErrorCode::TooLarge,
                               "bundle: " + std::string(name) + ": " + doc.error().detail);
        }
        return malformed(std::string(name) + " is not valid JSON");
    }
    return doc;
}

Expected<BundleManifest> parseManifest(std::string_view text) {
    auto doc = parseDocument(text, bundle_paths::kManifest, kMaxManifestBytes);
    if (!doc) {
        return doc.error();
    }
    Reader r;
    BundleManifest m;
    m.format = r.string(*doc, "manifest", "format");
    if (r.ok() && m.format != kBundleFormat) {
        return malformed("this zip is not an IPsec Doctor diagnostic bundle (format '" + m.format + "')");
    }
    m.bundleVersion = static_cast<int>(r.integer(*doc, "manifest", "bundle_version", 1, 1000, true));
    if (r.ok() && m.bundleVersion > kBundleVersion) {
        // The version that wrote it, for the message the user reads ("update to x.y"): a string of
        // any shape, so only when it is one, and cut.
        const auto* app = r.member(*doc, "manifest", "app_version", false);
        const std::string version = app && app->is_string() ? app->get<std::string>().substr(0, 32) : "";
        Error e = Error::make(ErrorCode::NotSupported, "bundle version " + std::to_string(m.bundleVersion) +
                                                           " comes from a newer IPsec Doctor" +
                                                           (version.empty() ? "" : " (" + version + ")") +
                                                           "; this one reads up to " +
                                                           std::to_string(kBundleVersion));
        e.evidence = {{"reason", "newer-bundle"}, {"app_version", version}};
        return e;
    }
    m.createdAt = r.string(*doc, "manifest", "created_at");
    m.appVersion = r.string(*doc, "manifest", "app_version");
    if (const auto* mi = r.member(*doc, "manifest", "machine", true)) {
        m.machine = json_detail::machineFromJson(r, *mi, "manifest.machine");
    }
    if (const auto* files = r.array(*doc, "manifest", "files", true)) {
        for (std::size_t i = 0; i < files->size() && r.ok(); ++i) {
            const std::string path = "manifest.files[" + std::to_string(i) + "]";
            BundleFile f;
            f.path = r.string((*files)[i], path, "path");
            f.size = static_cast<std::uint64_t>(r.integer((*files)[i], path, "size", 0, INT64_MAX, true));
            f.sha256 = r.string((*files)[i], path, "sha256");
            m.files.push_back(std::move(f));
        }
    }
    m.anonymized = r.boolean(*doc, "manifest", "anonymized", false);
    if (!r.ok()) {
        return malformed(r.error().detail);
    }
    return m;
}

/// Explorer's "Send to > Compressed folder" on an unzipped bundle puts every file under one
/// folder ("bundle/manifest.json"): that folder is taken off when it holds everything and the
/// manifest. Only one level, and only then: anything else keeps its name and is judged by it.
void dropCommonFolder(std::vector<ZipEntry>& entries) {
    if (entries.empty() || entries.front().path.find('/') == std::string::npos) {
        return;
    }
    const std::string folder = entries.front().path.substr(0, entries.front().path.find('/') + 1);
    bool manifest = false;
    for (const auto& e : entries) {
        if (!e.path.starts_with(folder)) {
            return;
        }
        manifest = manifest || e.path.substr(folder.size()) == bundle_paths::kManifest;
    }
    if (!manifest) {
        return;
    }
    for (auto& e : entries) {
        e.path.erase(0, folder.size());
    }
}

} // namespace

Expected<Bundle> parseBundle(std::string_view zipBytes) {
    auto entries = readBundleZip(zipBytes);
    if (!entries) {
        return Error{entries.error().code, entries.error().native, "bundle: " + entries.error().detail};
    }
    dropCommonFolder(*entries);
    std::map<std::string, std::string> files;
    for (auto& e : *entries) {
        files.emplace(e.path, std::move(e.data));
    }
    auto manifestIt = files.find(std::string(bundle_paths::kManifest));
    if (manifestIt == files.end()) {
        return malformed("manifest.json is missing");
    }
    auto manifest = parseManifest(manifestIt->second);
    if (!manifest) {
        return manifest.error();
    }

    // Every file but the manifest is checked against its listing: what differs is reported, what
    // was added is set aside unread.
    Bundle bundle;
    std::map<std::string, const BundleFile*> listed;
    for (const auto& f : manifest->files) {
        if (!listed.emplace(f.path, &f).second) {
            return malformed("manifest lists '" + f.path + "' twice");
        }
        auto it = files.find(f.path);
        if (it == files.end()) {
            bundle.changedAfterExport.push_back({f.path, "missing"});
        } else if (it->second.size() != f.size || sha256Hex(it->second) != f.sha256) {
            bundle.changedAfterExport.push_back({f.path, "changed"});
        }
    }
    for (auto it = files.begin(); it != files.end();) {
        if (it->first != bundle_paths::kManifest && !listed.contains(it->first)) {
            bundle.changedAfterExport.push_back({it->first, "added"});
            it = files.erase(it);
        } else {
            ++it;
        }
    }

    bundle.manifest = std::move(manifest).value();
    if (!files.contains(std::string(bundle_paths::kSnapshot))) {
        return malformed(std::string(bundle_paths::kSnapshot) + " is missing");
    }
    // One DOM at a time, each released (with its text) as soon as it is converted.
    {
        auto& text = files[std::string(bundle_paths::kSnapshot)];
        auto snapshotJson = parseDocument(text, bundle_paths::kSnapshot, kMaxSnapshotBytes);
        std::string().swap(text);
        if (!snapshotJson) {
            return snapshotJson.error();
        }
        auto snapshot = snapshotFromJson(*snapshotJson);
        if (!snapshot) {
            return Error{snapshot.error().code, 0, "bundle: snapshot.json: " + snapshot.error().detail};
        }
        bundle.snapshot = std::move(snapshot).value();
    }
    // The findings are what the exporting version concluded; the readers compute them again from
    // the snapshot, so a bundle without them (and whose manifest does not list them) still opens.
    bundle.findingsMissing = !files.contains(std::string(bundle_paths::kFindings));
    if (!bundle.findingsMissing) {
        auto& text = files[std::string(bundle_paths::kFindings)];
        auto findingsJson = parseDocument(text, bundle_paths::kFindings, kMaxFindingsBytes);
        std::string().swap(text);
        if (!findingsJson) {
            return findingsJson.error();
        }
        auto findings = findingsFromJson(*findingsJson);
        if (!findings) {
            return malformed("findings.json: " + findings.error().detail);
        }
        bundle.findings = std::move(findings).value();
    }

    if (auto it = files.find(std::string(bundle_paths::kLog)); it != files.end()) {
        bundle.log = std::move(it->second);
    }
    for (auto& [path, data] : files) {
        if (path.starts_with(bundle_paths::kAttachmentPrefix)) {
            bundle.attachments.emplace_back(path, std::move(data));
        }
    }
    return bundle;
}

Expected<Bundle> loadBundle(const std::filesystem::path& path) {
    auto bytes = readFile(path, kMaxBundleFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return parseBundle(*bytes);
}

} // namespace ipsecdoctor
