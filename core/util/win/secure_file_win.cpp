#include "ipsecdoctor/util/secure_file.h"

#include "ipsecdoctor/util/win/win_error.h"

#include <windows.h>

#include <vector>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;

class Handle {
public:
    explicit Handle(HANDLE h = INVALID_HANDLE_VALUE) noexcept : m_h(h) {}
    ~Handle() {
        if (m_h != INVALID_HANDLE_VALUE) {
            CloseHandle(m_h);
        }
    }
    Handle(Handle&& other) noexcept : m_h(other.m_h) { other.m_h = INVALID_HANDLE_VALUE; }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    HANDLE get() const noexcept { return m_h; }

private:
    HANDLE m_h;
};

Error linkRefused(const fs::path& shown) {
    return Error::make(ErrorCode::AccessDenied, "'" + shown.string() +
                                                    "' is a junction, symbolic link or not what it "
                                                    "should be: refused");
}

/// True when the open handle is a reparse point (junction, symbolic link, mount point...).
Expected<DWORD> attributesOf(HANDLE h, const fs::path& shown) {
    FILE_ATTRIBUTE_TAG_INFO tag{};
    if (!GetFileInformationByHandleEx(h, FileAttributeTagInfo, &tag, sizeof tag)) {
        return win::lastWin32Error("reading the attributes of '" + shown.string() + "'");
    }
    return tag.FileAttributes;
}

/// Opens a folder as itself, not what a reparse point points at; no FILE_SHARE_DELETE, so that
/// it cannot be renamed away and replaced by a junction while the handle is held.
Expected<Handle> openFolder(const fs::path& folder, bool create) {
    if (create && !CreateDirectoryW(folder.c_str(), nullptr) && GetLastError() != ERROR_ALREADY_EXISTS) {
        return win::lastWin32Error("creating folder '" + folder.string() + "'");
    }
    Handle h(CreateFileW(folder.c_str(), FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                         OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (h.get() == INVALID_HANDLE_VALUE) {
        return win::lastWin32Error("opening folder '" + folder.string() + "'");
    }
    auto attributes = attributesOf(h.get(), folder);
    if (!attributes) {
        return attributes.error();
    }
    if ((*attributes & FILE_ATTRIBUTE_REPARSE_POINT) || !(*attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        return linkRefused(folder);
    }
    return h;
}

/// Opens and checks every folder from `within` (or `folder` alone) down to `folder`, keeping the
/// handles open for the caller's write.
Expected<std::vector<Handle>> openFolderChain(const fs::path& folder, const fs::path& within, bool create) {
    const fs::path base = (within.empty() ? folder : within).lexically_normal();
    const fs::path relative = folder.lexically_normal().lexically_relative(base);
    if (!base.is_absolute() || relative.empty() || *relative.begin() == "..") {
        return Error::make(ErrorCode::InvalidArgument,
                           "'" + folder.string() + "' is not inside '" + base.string() + "'");
    }
    std::vector<Handle> chain;
    fs::path current = base;
    auto first = openFolder(current, false);
    if (!first) {
        return first.error();
    }
    chain.push_back(std::move(first).value());
    for (const auto& part : relative) {
        if (part.empty() || part == ".") {
            continue;
        }
        current /= part;
        auto next = openFolder(current, create);
        if (!next) {
            return next.error();
        }
        chain.push_back(std::move(next).value());
    }
    return chain;
}

} // namespace

Expected<void> writeFileNoFollow(const fs::path& path, std::string_view bytes, const fs::path& within) {
    if (!path.has_filename() || path.filename() == "." || path.filename() == "..") {
        return Error::make(ErrorCode::InvalidArgument, "'" + path.string() + "' does not name a file");
    }
    if (bytes.size() > 0x7fffffffu) {
        return Error::make(ErrorCode::TooLarge, "'" + path.string() + "': too much data for one write");
    }
    auto folders = openFolderChain(path.parent_path(), within, false);
    if (!folders) {
        return folders.error();
    }
    Handle file(CreateFileW(path.c_str(), GENERIC_WRITE | FILE_READ_ATTRIBUTES, 0, nullptr, OPEN_ALWAYS,
                            FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (file.get() == INVALID_HANDLE_VALUE) {
        return win::lastWin32Error("opening '" + path.string() + "'");
    }
    auto attributes = attributesOf(file.get(), path);
    if (!attributes) {
        return attributes.error();
    }
    FILE_STANDARD_INFO standard{};
    if (!GetFileInformationByHandleEx(file.get(), FileStandardInfo, &standard, sizeof standard)) {
        return win::lastWin32Error("reading the attributes of '" + path.string() + "'");
    }
    // A second hard link would make us rewrite a file that lives elsewhere too.
    if ((*attributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY)) ||
        standard.NumberOfLinks != 1) {
        return linkRefused(path);
    }
    if (!SetEndOfFile(file.get())) { // the pointer is at 0: truncates what was there
        return win::lastWin32Error("truncating '" + path.string() + "'");
    }
    DWORD written = 0;
    if (!WriteFile(file.get(), bytes.data(), static_cast<DWORD>(bytes.size()), &written, nullptr) ||
        written != bytes.size()) {
        return win::lastWin32Error("writing '" + path.string() + "'");
    }
    if (!FlushFileBuffers(file.get())) {
        return win::lastWin32Error("flushing '" + path.string() + "'");
    }
    return {};
}

Expected<void> createDirectoriesNoFollow(const fs::path& dir, const fs::path& within) {
    if (within.empty()) {
        return Error::make(ErrorCode::InvalidArgument, "no base folder given for '" + dir.string() + "'");
    }
    auto folders = openFolderChain(dir, within, true);
    if (!folders) {
        return folders.error();
    }
    return {};
}

} // namespace ipsecdoctor
