#pragma once
// A diagnostic bundle's sources kept as a folder (resources/samples/*, tests/scenarios/*):
// snapshot.json as the model reads and writes it, and an optional ipsecdoctor.log. Shared by
// make_sample_bundle and make_scenario_bundles so both go through the product's own reader
// and bundle writer.
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/util/expected.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace ipsecdoctor::tools {

struct SnapshotFolder {
    nlohmann::json source;            // snapshot.json as written in the folder
    SystemSnapshot snapshot;          // what this version's reader made of it
    std::string log;                  // ipsecdoctor.log, empty when the folder has none
    std::vector<std::string> dropped; // top-level members of `source` the writer does not write back
};

/// Reads DIR/snapshot.json (and DIR/ipsecdoctor.log when `logRequired` or present).
Expected<SnapshotFolder> readSnapshotFolder(const std::filesystem::path& dir, bool logRequired);

/// Writes the folder's snapshot as a bundle, with the findings this version computes.
Expected<void> writeBundle(const SnapshotFolder& folder, const std::filesystem::path& zip);

} // namespace ipsecdoctor::tools
