#include "ipsecdoctor/util/logging.h"

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>

#include <system_error>

namespace ipsecdoctor {
namespace {

// A distributing sink lets configureLogging swap destinations while other threads log.
std::shared_ptr<spdlog::sinks::dist_sink_mt> distSink() {
    static auto sink = std::make_shared<spdlog::sinks::dist_sink_mt>();
    return sink;
}

} // namespace

std::shared_ptr<spdlog::logger> logger() {
    static auto instance = [] {
        auto l = std::make_shared<spdlog::logger>("ipsecdoctor", distSink());
        l->set_level(spdlog::level::info);
        l->flush_on(spdlog::level::info);
        l->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
        return l;
    }();
    return instance;
}

bool configureLogging(const LoggingConfig& config) {
    std::vector<spdlog::sink_ptr> sinks = config.extraSinks;
    bool fileOk = true;
    if (!config.logFile.empty()) {
        try {
            std::error_code ec;
            std::filesystem::create_directories(config.logFile.parent_path(), ec);
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                config.logFile.string(), config.maxFileBytes, config.maxFiles));
        } catch (const spdlog::spdlog_ex&) {
            fileOk = false; // read-only profile, locked file: keep working without a file
        }
    }
    auto dist = distSink();
    dist->set_sinks(sinks);
    logger()->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    return fileOk;
}

} // namespace ipsecdoctor
