#include "ipsecdoctor/util/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ipsecdoctor {

Expected<void> atomicReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
    // rename(2) replaces the target atomically within one file system.
    if (std::rename(from.c_str(), to.c_str()) != 0) {
        const int err = errno;
        return Error::make(ErrorCode::Io, "cannot replace '" + to.string() + "': " + std::strerror(err),
                           static_cast<std::uint32_t>(err));
    }
    return {};
}

} // namespace ipsecdoctor
