#pragma once
// Where the elevated helper keeps the machine's journal, and the rule a privileged POSIX run
// applies to the files it is given.
//
// Windows: %ProgramData%\IPsecDoctor, created by the elevated helper with a protected DACL
// (kMachineFolderSddl: SYSTEM and Administrators full control, Users read), so that only an
// administrator can change what an elevated undo will act on. A folder of that name that someone
// else created first (ProgramData lets every user create folders) is refused, not adopted.
//
// POSIX (support staff's Linux): there is no machine journal; a run as root refuses a journal,
// data folder or result file that another user owns or that group or others can write, as sudo
// and ssh do with their own files.

#include "ipsecdoctor/util/expected.h"

#include <filesystem>

namespace ipsecdoctor {

/// Owner Administrators; protected DACL: SYSTEM and Administrators full control, Users read and
/// execute; inherited by files and subfolders.
inline constexpr const char* kMachineFolderSddl =
    "O:BAD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)";

/// %ProgramData%\IPsecDoctor on Windows (FOLDERID_ProgramData); NotSupported elsewhere.
Expected<std::filesystem::path> machineDataFolder();

/// Creates `folder` with kMachineFolderSddl, or checks an existing one: not a link or junction,
/// owned by Administrators or SYSTEM (then its DACL is set again). AccessDenied otherwise.
/// Needs administrator rights. POSIX: mode 0755, then checkOwnedByThisUser.
Expected<void> prepareMachineDataFolder(const std::filesystem::path& folder);

/// The DACL of a file or folder in SDDL form ("D:P(A;OICI;FA;;;SY)..."), read back with
/// GetNamedSecurityInfoW. NotSupported off Windows.
Expected<std::string> folderDaclSddl(const std::filesystem::path& folder);

/// True for a POSIX process running as root (effective uid 0); false on Windows.
bool runningAsRoot();

/// POSIX: AccessDenied when `path` exists and is a symbolic link, is owned by another user than
/// this process's effective user, or is writable by its group or by others. A missing path is
/// fine (nothing to trust yet). NotSupported on Windows, where the machine folder is used instead.
Expected<void> checkOwnedByThisUser(const std::filesystem::path& path);

} // namespace ipsecdoctor
