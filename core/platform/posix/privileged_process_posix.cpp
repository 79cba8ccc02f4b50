// The POSIX side of a privileged run: root counts as the administrator.
#include "ipsecdoctor/platform/elevation.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace ipsecdoctor {

bool processIsPrivileged() {
    return ::geteuid() == 0;
}

Expected<std::filesystem::path> machineDataDirectory() {
    return std::filesystem::path("/var/lib/IPsecDoctor");
}

Expected<void> hardenPrivilegedProcess() {
    // No DLL search order to fix here; only the working directory, so that nothing relative
    // resolves in a folder the caller chose.
    if (::chdir("/") != 0) {
        const int err = errno;
        return Error::make(ErrorCode::Io, std::string("chdir(\"/\"): ") + std::strerror(err),
                           static_cast<std::uint32_t>(err));
    }
    return {};
}

} // namespace ipsecdoctor
