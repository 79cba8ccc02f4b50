#pragma once
// One logger for the whole product ("ipsecdoctor"), English text for support staff. The app
// adds its own sinks (rotating file, the GUI's Details pane); the core only logs.

#include <spdlog/logger.h>
#include <spdlog/sinks/sink.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

namespace ipsecdoctor {

/// The shared logger; logs nowhere until configureLogging is called.
std::shared_ptr<spdlog::logger> logger();

struct LoggingConfig {
    std::filesystem::path logFile;      // rotating file; empty: no file
    std::size_t maxFileBytes = 1 << 20; // per file
    std::size_t maxFiles = 3;
    std::vector<spdlog::sink_ptr> extraSinks; // e.g. the GUI's Details pane
};

/// Replaces the logger's sinks. A log file that cannot be opened is skipped (returned false):
/// the tool must still work on a machine with a read-only profile.
bool configureLogging(const LoggingConfig& config);

} // namespace ipsecdoctor
