#include "ipsecdoctor/util/secure_file.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;

class Fd {
public:
    explicit Fd(int fd = -1) noexcept : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Fd(Fd&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    Fd& operator=(Fd&& other) noexcept {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const noexcept { return m_fd; }

private:
    int m_fd;
};

Error osError(int err, const std::string& what) {
    const ErrorCode code = err == ENOENT                   ? ErrorCode::NotFound
                           : err == EACCES || err == EPERM ? ErrorCode::AccessDenied
                                                           : ErrorCode::Io;
    return Error::make(code, what + ": " + std::strerror(err), static_cast<std::uint32_t>(err));
}

Error linkRefused(const fs::path& shown) {
    return Error::make(ErrorCode::AccessDenied,
                       "'" + shown.string() + "' is a symbolic link or not what it should be: refused");
}

/// openat(at, name) as a folder, never through a link.
Expected<Fd> openFolder(int at, const fs::path& name, const fs::path& shown) {
    Fd fd(::openat(at, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() >= 0) {
        return fd;
    }
    const int err = errno;
    struct stat st {};
    if ((err == ELOOP || err == ENOTDIR) && ::fstatat(at, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        return linkRefused(shown);
    }
    return osError(err, "opening folder '" + shown.string() + "'");
}

/// The parts of `folder` below `within`; nullopt when `folder` is not `within` or inside it.
std::optional<std::vector<fs::path>> partsBelow(const fs::path& folder, const fs::path& within) {
    const fs::path relative = folder.lexically_normal().lexically_relative(within.lexically_normal());
    if (relative.empty()) {
        return std::nullopt;
    }
    std::vector<fs::path> parts;
    for (const auto& part : relative) {
        if (part == "..") {
            return std::nullopt;
        }
        if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
    }
    return parts;
}

/// Opens `folder` by walking from `within` one part at a time, each without following a link;
/// missing parts are created when `create` is set.
Expected<Fd> openFolderChain(const fs::path& folder, const fs::path& within, bool create) {
    const fs::path base = within.empty() ? folder : within;
    if (!base.is_absolute()) {
        return Error::make(ErrorCode::InvalidArgument, "'" + base.string() + "' is not an absolute path");
    }
    auto parts = partsBelow(folder, base);
    if (!parts) {
        return Error::make(ErrorCode::InvalidArgument,
                           "'" + folder.string() + "' is not inside '" + base.string() + "'");
    }
    auto fd = openFolder(AT_FDCWD, base, base);
    fs::path shown = base;
    for (const auto& part : *parts) {
        if (!fd) {
            break;
        }
        shown /= part;
        if (create && ::mkdirat(fd->get(), part.c_str(), 0755) != 0 && errno != EEXIST) {
            return osError(errno, "creating folder '" + shown.string() + "'");
        }
        fd = openFolder(fd->get(), part, shown);
    }
    return fd;
}

} // namespace

Expected<void> writeFileNoFollow(const fs::path& path, std::string_view bytes, const fs::path& within) {
    if (!path.has_filename() || path.filename() == "." || path.filename() == "..") {
        return Error::make(ErrorCode::InvalidArgument, "'" + path.string() + "' does not name a file");
    }
    auto folder = openFolderChain(path.parent_path(), within, false);
    if (!folder) {
        return folder.error();
    }
    // O_NONBLOCK: a FIFO planted under the name fails instead of blocking until someone reads it.
    Fd file(::openat(folder->get(), path.filename().c_str(),
                     O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0644));
    if (file.get() < 0) {
        const int err = errno;
        return err == ELOOP ? linkRefused(path) : osError(err, "opening '" + path.string() + "'");
    }
    struct stat st {};
    if (::fstat(file.get(), &st) != 0) {
        return osError(errno, "reading the attributes of '" + path.string() + "'");
    }
    // A second hard link would make us rewrite a file that lives elsewhere too.
    if (!S_ISREG(st.st_mode) || st.st_nlink != 1) {
        return linkRefused(path);
    }
    if (::ftruncate(file.get(), 0) != 0) {
        return osError(errno, "truncating '" + path.string() + "'");
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(file.get(), bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return osError(n < 0 ? errno : EIO, "writing '" + path.string() + "'");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(file.get()) != 0) {
        return osError(errno, "flushing '" + path.string() + "'");
    }
    return {};
}

Expected<void> createDirectoriesNoFollow(const fs::path& dir, const fs::path& within) {
    if (within.empty()) {
        return Error::make(ErrorCode::InvalidArgument, "no base folder given for '" + dir.string() + "'");
    }
    auto folder = openFolderChain(dir, within, true);
    if (!folder) {
        return folder.error();
    }
    return {};
}

} // namespace ipsecdoctor
