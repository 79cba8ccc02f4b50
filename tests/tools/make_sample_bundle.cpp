// Builds a sample diagnostic bundle from a folder holding snapshot.json and ipsecdoctor.log.
// Usage: make_sample_bundle SOURCE_DIR OUTPUT.zip
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/model/model_json.h"
#include "ipsecdoctor/util/file_io.h"

#include <iostream>

using namespace ipsecdoctor;

int main(int argc, char* argv[]) {
    if (argc != 3) {
        std::cerr << "usage: make_sample_bundle SOURCE_DIR OUTPUT.zip\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    auto text = readFile(dir / "snapshot.json", 1 << 20);
    auto log = readFile(dir / "ipsecdoctor.log", 1 << 20);
    if (!text || !log) {
        std::cerr << "cannot read snapshot.json or ipsecdoctor.log in " << dir << "\n";
        return 3;
    }
    auto json = parseJson(*text);
    if (!json) {
        std::cerr << json.error().detail << "\n";
        return 3;
    }
    auto snapshot = snapshotFromJson(*json);
    if (!snapshot) {
        std::cerr << snapshot.error().detail << "\n";
        return 3;
    }
    auto written = exportBundle(argv[2], *snapshot, runChecks(*snapshot), *log);
    if (!written) {
        std::cerr << written.error().detail << "\n";
        return 3;
    }
    return 0;
}
