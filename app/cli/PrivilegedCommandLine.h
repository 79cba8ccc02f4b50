#pragma once
// The elevation boundary of ipsecdoctor-cli. The GUI runs the CLI elevated (UAC) to apply and undo
// fixes; a program at the user's level can start it the same way with arguments of its choosing.
// A privileged run (elevated on Windows, root elsewhere) therefore does fix and undo only, with
// the options the GUI passes, and refuses everything else before any file is read.

#include "CliOptions.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::app {

enum class PathStyle { Windows, Posix };
#ifdef _WIN32
inline constexpr PathStyle kNativePathStyle = PathStyle::Windows;
#else
inline constexpr PathStyle kNativePathStyle = PathStyle::Posix;
#endif

/// True for an absolute path on a local drive without "." or ".." parts: "C:\..." (either slash)
/// on Windows, "/..." elsewhere. Refused on Windows: relative and drive-relative ("C:x") paths,
/// UNC (\\server\share), device and namespace paths (\\?\, \\.\, \??\), alternate data streams
/// (a ':' after the drive). Refused everywhere: control characters, more than 1024 bytes.
bool isLocalAbsolutePath(std::string_view path, PathStyle style = kNativePathStyle);

/// The rules of a privileged run, on argv[1..] as given (nothing is read): the command is `fix`
/// or `undo`; the only options are --json, --lang, --last, --journal, --result, --file,
/// --thumbprint, --profile, --phonebook, --ipsec-policy and --strategy; the values of --journal,
/// --result and --file are local absolute paths. `--help` or `--version` alone (fixed text) is
/// allowed too. Anything else (another command, --pbk, --bundle, --events, an unknown option) is
/// a UsageError: RefusedWhenPrivileged, or PathNotLocal for a path. parseCli then validates the
/// arguments as for any run.
std::optional<UsageError> checkPrivilegedCommandLine(const std::vector<std::string>& args);

/// `text` fit for one log line: CR, LF, tab, the other C0 controls and DEL written as \r, \n,
/// \t, \xNN, and a backslash doubled, so that logged arguments cannot forge lines.
std::string escapeForLog(std::string_view text);

/// Environment variables a privileged run clears before Qt starts: every QT* and QML* variable
/// (QT_PLUGIN_PATH, QT_QPA_PLATFORM_PLUGIN_PATH, logging rules...) and IPSECDOCTOR_DATA_DIR.
bool isClearedWhenPrivileged(std::string_view variableName);

/// Unsets those variables in this process; call before QCoreApplication is constructed.
void clearEnvironmentForPrivilegedRun();

} // namespace ipsecdoctor::app
