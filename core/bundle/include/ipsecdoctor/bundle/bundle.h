#pragma once
// The diagnostic bundle: a zip holding a versioned manifest, the snapshot, the findings computed
// on the exporting machine, and the app log (redacted). Support staff open it anywhere; opening
// validates every part and never trusts sizes, names or hashes it has not checked.
//
//   manifest.json          { format, bundle_version, created_at, app_version, machine{...}, files[],
//                            anonymized (optional, true when names and addresses were replaced) }
//   snapshot.json          SystemSnapshot
//   findings.json          [Finding] (optional on read: the readers compute them again)
//   logs/ipsecdoctor.log   the app log
//   diagnosis/...          attachments (the diagnosis, RAS trace files)
//
// Every entry passes one redaction step when the bundle is built (redaction.h), and with
// `anonymize` one anonymization step (anonymization.h) after it.

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipsecdoctor {

inline constexpr std::string_view kBundleFormat = "ipsecdoctor-bundle";
inline constexpr int kBundleVersion = 1;
/// Bundles larger than this on disk are refused before being read.
inline constexpr std::uintmax_t kMaxBundleFileBytes = 32u * 1024 * 1024;
/// The log kept in a bundle is the newest part of the log, at most this long.
inline constexpr std::size_t kMaxBundleLogBytes = 2u * 1024 * 1024;

struct BundleFile {
    std::string path;
    std::uint64_t size = 0;
    std::string sha256; // lower-case hex

    bool operator==(const BundleFile&) const = default;
};

struct BundleManifest {
    std::string format{kBundleFormat};
    int bundleVersion = kBundleVersion;
    std::string createdAt;
    std::string appVersion;
    MachineInfo machine;
    std::vector<BundleFile> files;
    bool anonymized = false; // user, host, domain names, addresses, SIDs replaced by pseudonyms

    bool operator==(const BundleManifest&) const = default;
};

/// A file that is not as the manifest recorded it when the bundle was exported.
struct BundleChange {
    std::string path;
    std::string kind; // "changed" (size or SHA-256), "added" (not listed: ignored), "missing"
    bool operator==(const BundleChange&) const = default;
};

struct Bundle {
    BundleManifest manifest;
    /// Files changed, added or removed after export. The bundle still opens (integrity is a signal
    /// for whoever reads it, not a wall: a user may have opened and saved a file); added files are
    /// not read. The snapshot and the manifest themselves must be there.
    std::vector<BundleChange> changedAfterExport;
    SystemSnapshot snapshot;
    std::vector<Finding> findings; // as computed when exported
    /// findings.json was absent (a bundle put together by hand or by another tool): the readers
    /// compute the findings again from the snapshot.
    bool findingsMissing = false;
    std::string log; // redacted
    /// Extra files under "diagnosis/" (the diagnosis, the message for the VPN provider), by path.
    std::vector<std::pair<std::string, std::string>> attachments;
};

/// An extra file of a bundle: path "diagnosis/<name>", content redacted like the log.
using BundleAttachment = std::pair<std::string, std::string>;

struct BundleOptions {
    bool anonymize = false; // replace names and addresses by pseudonyms (anonymization.h)
};

/// Builds the zip bytes. Every entry is redacted; the log is cut to its newest kMaxBundleLogBytes.
Expected<std::string> buildBundle(const SystemSnapshot& snapshot, const std::vector<Finding>& findings,
                                  std::string_view log, const std::vector<BundleAttachment>& attachments = {},
                                  const BundleOptions& options = {});

/// buildBundle, then written atomically to `path`.
Expected<void> exportBundle(const std::filesystem::path& path, const SystemSnapshot& snapshot,
                            const std::vector<Finding>& findings, std::string_view log,
                            const std::vector<BundleAttachment>& attachments = {},
                            const BundleOptions& options = {});

/// A loaded bundle written again through the same redaction (and anonymization) step: what
/// support staff forward from a bundle made by an older version, or anonymize before sharing.
/// An anonymized bundle stays anonymized. A bundle changed after export is refused
/// (InvalidArgument): written again it would look whole.
Expected<void> reexportBundle(const std::filesystem::path& path, const Bundle& bundle,
                              const BundleOptions& options = {});

/// Validates and decodes bundle bytes: zip structure and limits, safe names, known format and
/// version, well-formed snapshot and findings; every file checked against the manifest's size and
/// SHA-256, what differs listed in changedAfterExport. Errors say which part is wrong. Zipped again by
/// Windows (every file under one folder that holds the manifest; '\' between folders) it opens the same;
/// without findings.json (not listed either) it opens with findingsMissing.
Expected<Bundle> parseBundle(std::string_view zipBytes);

/// Reads (at most kMaxBundleFileBytes) and parses a bundle file.
Expected<Bundle> loadBundle(const std::filesystem::path& path);

} // namespace ipsecdoctor
