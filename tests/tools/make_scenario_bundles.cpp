// The scenario corpus (tests/scenarios) as real bundles, through the product's reader and
// bundle writer.
//   make_scenario_bundles SCENARIOS_DIR OUTPUT_DIR   every <folder>/snapshot.json -> OUTPUT_DIR/<folder>.zip
//   make_scenario_bundles --normalize FOLDER         prints FOLDER/snapshot.json as this version writes it
// Members this version's writer does not write back (the "connection" of newer snapshots) are
// named on stderr; --normalize keeps them in its output so that the corpus does not lose them.
#include "snapshot_folder.h"

#include "ipsecdoctor/json/model_json.h"

#include <algorithm>
#include <iostream>
#include <map>

using namespace ipsecdoctor;
namespace fs = std::filesystem;

namespace {

int normalize(const fs::path& dir) {
    auto folder = tools::readSnapshotFolder(dir, /*logRequired=*/false);
    if (!folder) {
        std::cerr << folder.error().detail << "\n";
        return 3;
    }
    auto out = toJson(folder->snapshot);
    for (const auto& key : folder->dropped) {
        out[key] = folder->source[key];
    }
    std::cout << out.dump(2) << "\n";
    return 0;
}

int writeAll(const fs::path& scenarios, const fs::path& output) {
    std::error_code ec;
    fs::create_directories(output, ec);
    if (ec) {
        std::cerr << output.string() << ": " << ec.message() << "\n";
        return 3;
    }
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(scenarios, ec)) {
        if (entry.is_directory() && fs::exists(entry.path() / "snapshot.json")) {
            folders.push_back(entry.path());
        }
    }
    if (ec || folders.empty()) {
        std::cerr << scenarios.string() << ": no scenario folder with a snapshot.json\n";
        return 3;
    }
    std::sort(folders.begin(), folders.end());
    std::map<std::string, int> dropped; // member -> how many snapshots lose it
    for (const auto& dir : folders) {
        const auto name = dir.filename().string();
        auto folder = tools::readSnapshotFolder(dir, /*logRequired=*/false);
        if (!folder) {
            std::cerr << folder.error().detail << "\n";
            return 3;
        }
        for (const auto& key : folder->dropped) {
            ++dropped[key];
        }
        if (auto written = tools::writeBundle(*folder, output / (name + ".zip")); !written) {
            std::cerr << name << ": " << written.error().detail << "\n";
            return 3;
        }
    }
    for (const auto& [key, count] : dropped) {
        std::cerr << "note: " << count << " snapshot(s) carry '" << key
                  << "', which this version's bundle writer does not keep\n";
    }
    std::cout << folders.size() << " bundles in " << output.string() << "\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc == 3 && std::string_view(argv[1]) == "--normalize") {
        return normalize(argv[2]);
    }
    if (argc == 3 && argv[1][0] != '-') {
        return writeAll(argv[1], argv[2]);
    }
    std::cerr << "usage: make_scenario_bundles SCENARIOS_DIR OUTPUT_DIR\n"
                 "       make_scenario_bundles --normalize FOLDER\n";
    return 2;
}
