#pragma once

#include <filesystem>
#include <optional>

namespace ipsecdoctor {

/// Where RAS file tracing writes (`netsh ras set tracing * enabled`): the Windows directory's
/// "tracing" folder, from GetSystemWindowsDirectoryW rather than %SystemRoot%, which any process
/// can set. nullopt on other systems. The folder may not exist.
std::optional<std::filesystem::path> systemTraceDirectory();

} // namespace ipsecdoctor
