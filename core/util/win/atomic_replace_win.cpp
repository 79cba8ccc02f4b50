#include "ipsecdoctor/util/file_io.h"

#include "ipsecdoctor/util/win/win_error.h"

#include <windows.h>

namespace ipsecdoctor {

Expected<void> atomicReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
    // REPLACE_EXISTING: rename over the old journal in one step (within one volume this is a
    // rename, never a copy). WRITE_THROUGH: return only once the rename is on disk.
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        auto error = win::lastWin32Error("cannot replace '" + to.string() + "'");
        // Callers see file problems as Io whatever Windows calls them (sharing violation, ...).
        if (error.code != ErrorCode::AccessDenied && error.code != ErrorCode::NotFound) {
            error.code = ErrorCode::Io;
        }
        return error;
    }
    return {};
}

} // namespace ipsecdoctor
