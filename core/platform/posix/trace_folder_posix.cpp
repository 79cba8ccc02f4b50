#include "ipsecdoctor/platform/trace_folder.h"

namespace ipsecdoctor {

std::optional<std::filesystem::path> systemTraceDirectory() {
    return std::nullopt; // RAS tracing is Windows'; a bundle brings its trace files with it
}

} // namespace ipsecdoctor
