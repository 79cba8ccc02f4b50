#include "ipsecdoctor/platform/machine_data_folder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ipsecdoctor {

Expected<std::filesystem::path> machineDataFolder() {
    return Error::make(ErrorCode::NotSupported, "the machine's journal exists only on Windows");
}

Expected<void> prepareMachineDataFolder(const std::filesystem::path& folder) {
    // The POSIX counterpart of the Windows DACL: a folder of this user, writable by no one else.
    if (mkdir(folder.c_str(), 0755) != 0 && errno != EEXIST) {
        return Error::make(ErrorCode::Io, "cannot create '" + folder.string() + "': " + std::strerror(errno),
                           static_cast<std::uint32_t>(errno));
    }
    return checkOwnedByThisUser(folder);
}

Expected<std::string> folderDaclSddl(const std::filesystem::path&) {
    return Error::make(ErrorCode::NotSupported, "DACLs exist only on Windows");
}

bool runningAsRoot() {
    return geteuid() == 0;
}

Expected<void> checkOwnedByThisUser(const std::filesystem::path& path) {
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) {
            return {};
        }
        return Error::make(ErrorCode::Io, "cannot inspect '" + path.string() + "': " + std::strerror(errno),
                           static_cast<std::uint32_t>(errno));
    }
    auto refuse = [&](const std::string& why) {
        return Error::make(ErrorCode::AccessDenied,
                           "'" + path.string() + "' " + why + ": a run as root does not trust it");
    };
    if (S_ISLNK(st.st_mode)) {
        return refuse("is a symbolic link");
    }
    if (st.st_uid != geteuid()) {
        return refuse("is owned by user id " + std::to_string(st.st_uid));
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return refuse("is writable by its group or by others");
    }
    return {};
}

} // namespace ipsecdoctor
