// Builds a sample diagnostic bundle from a folder holding snapshot.json and ipsecdoctor.log.
// Usage: make_sample_bundle SOURCE_DIR OUTPUT.zip
#include "snapshot_folder.h"

#include <iostream>

using namespace ipsecdoctor;

int main(int argc, char* argv[]) {
    if (argc != 3) {
        std::cerr << "usage: make_sample_bundle SOURCE_DIR OUTPUT.zip\n";
        return 2;
    }
    auto folder = tools::readSnapshotFolder(argv[1], /*logRequired=*/true);
    if (!folder) {
        std::cerr << folder.error().detail << "\n";
        return 3;
    }
    if (auto written = tools::writeBundle(*folder, argv[2]); !written) {
        std::cerr << written.error().detail << "\n";
        return 3;
    }
    return 0;
}
