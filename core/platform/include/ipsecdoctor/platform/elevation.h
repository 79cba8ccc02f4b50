#pragma once
// Whether this process is elevated, and running the allow-listed CLI helper elevated.

#include "ipsecdoctor/util/expected.h"

#include <filesystem>
#include <string>
#include <vector>

namespace ipsecdoctor {

class Elevation {
public:
    virtual ~Elevation() = default;

    /// True when the process token is elevated (administrator with UAC consent).
    virtual bool isElevated() const = 0;

    /// Runs `program` with `arguments` elevated (UAC prompt: ShellExecuteEx "runas"), waits for
    /// it and returns its exit code. Arguments are passed as a vector and quoted by the
    /// implementation (never a shell string). Cancelled when the user declines the prompt.
    virtual Expected<int> runElevated(const std::string& program,
                                      const std::vector<std::string>& arguments) = 0;
};

/// True when this process runs with administrator rights: an elevated token (TokenIsElevated) on
/// Windows, effective uid 0 elsewhere. Win32Elevation::isElevated answers with it; the CLI applies
/// its privileged-run rules (app/cli/PrivilegedCommandLine.h) when it is true.
bool processIsPrivileged();

/// Where a privileged run keeps its own files, a folder only administrators can write:
/// %ProgramData%\IPsecDoctor (from FOLDERID_ProgramData, not from the environment, which the
/// user who launched the process may have set) on Windows, /var/lib/IPsecDoctor elsewhere.
Expected<std::filesystem::path> machineDataDirectory();

/// First thing in a privileged process, before any library is loaded on demand: DLLs come only
/// from System32 and the program's folder (SetDefaultDllDirectories), and the working directory
/// is the program's folder (System32 when it cannot be found), never the caller's. POSIX: "/".
Expected<void> hardenPrivilegedProcess();

} // namespace ipsecdoctor
