#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/model/model_json.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/sha256.h"

#include "bundle/bundle_paths.h"
#include "model/json_reader.h"

#include <map>

namespace ipsecdoctor {

using json_detail::Reader;
using nlohmann::json;

namespace {

Error malformed(const std::string& what) {
    return Error::make(ErrorCode::Malformed, "bundle: " + what);
}

Expected<BundleManifest> parseManifest(std::string_view text) {
    auto doc = parseJson(text);
    if (!doc) {
        return malformed("manifest.json is not valid JSON");
    }
    Reader r;
    BundleManifest m;
    m.format = r.string(*doc, "manifest", "format");
    if (r.ok() && m.format != kBundleFormat) {
        return malformed("this zip is not an IPsec Doctor diagnostic bundle (format '" + m.format + "')");
    }
    m.bundleVersion = static_cast<int>(r.integer(*doc, "manifest", "bundle_version", 1, 1000, true));
    if (r.ok() && m.bundleVersion > kBundleVersion) {
        return Error::make(ErrorCode::NotSupported,
                           "bundle version " + std::to_string(m.bundleVersion) +
                               " comes from a newer IPsec Doctor; this one reads up to " +
                               std::to_string(kBundleVersion));
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

} // namespace

Expected<Bundle> parseBundle(std::string_view zipBytes) {
    auto entries = readZip(zipBytes);
    if (!entries) {
        return Error{entries.error().code, entries.error().native, "bundle: " + entries.error().detail};
    }
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

    // Every file but the manifest must be listed with its exact size and hash, and vice versa.
    std::map<std::string, const BundleFile*> listed;
    for (const auto& f : manifest->files) {
        if (!listed.emplace(f.path, &f).second) {
            return malformed("manifest lists '" + f.path + "' twice");
        }
        auto it = files.find(f.path);
        if (it == files.end()) {
            return malformed("'" + f.path + "' is listed in the manifest but missing from the zip");
        }
        if (it->second.size() != f.size || sha256Hex(it->second) != f.sha256) {
            return malformed("'" + f.path + "' does not match the manifest (altered or damaged)");
        }
    }
    for (const auto& [path, data] : files) {
        if (path != bundle_paths::kManifest && !listed.contains(path)) {
            return malformed("'" + path + "' is not listed in the manifest");
        }
    }

    Bundle bundle;
    bundle.manifest = std::move(manifest).value();
    for (auto required : {bundle_paths::kSnapshot, bundle_paths::kFindings}) {
        if (!files.contains(std::string(required))) {
            return malformed(std::string(required) + " is missing");
        }
    }
    auto snapshotJson = parseJson(files[std::string(bundle_paths::kSnapshot)]);
    if (!snapshotJson) {
        return malformed("snapshot.json is not valid JSON");
    }
    auto snapshot = snapshotFromJson(*snapshotJson);
    if (!snapshot) {
        return Error{snapshot.error().code, 0, "bundle: snapshot.json: " + snapshot.error().detail};
    }
    bundle.snapshot = std::move(snapshot).value();

    auto findingsJson = parseJson(files[std::string(bundle_paths::kFindings)]);
    if (!findingsJson) {
        return malformed("findings.json is not valid JSON");
    }
    auto findings = findingsFromJson(*findingsJson);
    if (!findings) {
        return malformed("findings.json: " + findings.error().detail);
    }
    bundle.findings = std::move(findings).value();

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
