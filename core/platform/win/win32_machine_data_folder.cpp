// The machine folder of the elevated helper: thin calls to the security APIs (SDDL in, SDDL out).
#include "ipsecdoctor/platform/machine_data_folder.h"

#include "ipsecdoctor/util/path_text.h"
#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"

#include <windows.h>

#include <aclapi.h>
#include <knownfolders.h>
#include <sddl.h>
#include <shlobj.h>

#include <memory>

namespace ipsecdoctor {
namespace {

struct LocalFreeDeleter {
    void operator()(void* p) const { LocalFree(p); }
};

Expected<PSECURITY_DESCRIPTOR> descriptorFromSddl(std::unique_ptr<void, LocalFreeDeleter>& owner) {
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(win::toWide(kMachineFolderSddl).c_str(),
                                                              SDDL_REVISION_1, &sd, nullptr)) {
        return win::lastWin32Error("ConvertStringSecurityDescriptorToSecurityDescriptorW");
    }
    owner.reset(sd);
    return sd;
}

bool ownedByAdministratorsOrSystem(PSID sid) {
    return IsWellKnownSid(sid, WinBuiltinAdministratorsSid) || IsWellKnownSid(sid, WinLocalSystemSid);
}

} // namespace

Expected<std::filesystem::path> machineDataFolder() {
    PWSTR path = nullptr;
    const HRESULT hr = SHGetKnownFolderPath(FOLDERID_ProgramData, KF_FLAG_DEFAULT, nullptr, &path);
    if (FAILED(hr) || !path) {
        CoTaskMemFree(path);
        return Error::make(ErrorCode::Platform, "SHGetKnownFolderPath(ProgramData) failed",
                           static_cast<std::uint32_t>(hr));
    }
    std::filesystem::path folder(path);
    CoTaskMemFree(path);
    return folder / L"IPsecDoctor";
}

Expected<void> prepareMachineDataFolder(const std::filesystem::path& folder) {
    std::unique_ptr<void, LocalFreeDeleter> holder;
    auto sd = descriptorFromSddl(holder);
    if (!sd) {
        return sd.error();
    }
    SECURITY_ATTRIBUTES sa{sizeof sa, *sd, FALSE};
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    PSID ownerSid = nullptr;
    if (!GetSecurityDescriptorDacl(*sd, &present, &dacl, &defaulted) ||
        !GetSecurityDescriptorOwner(*sd, &ownerSid, &defaulted)) {
        return win::lastWin32Error("reading the folder's security descriptor");
    }
    if (CreateDirectoryW(folder.c_str(), &sa)) {
        // Set again explicitly: Wine ignores the descriptor given to CreateDirectoryW.
        const DWORD set = SetNamedSecurityInfoW(const_cast<LPWSTR>(folder.c_str()), SE_FILE_OBJECT,
                                                OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION |
                                                    PROTECTED_DACL_SECURITY_INFORMATION,
                                                ownerSid, nullptr, dacl, nullptr);
        return set == ERROR_SUCCESS ? Expected<void>() : win::win32Error(set, "securing " + pathUtf8(folder));
    }
    if (GetLastError() != ERROR_ALREADY_EXISTS) {
        return win::lastWin32Error("creating " + pathUtf8(folder));
    }
    const DWORD attributes = GetFileAttributesW(folder.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || !(attributes & FILE_ATTRIBUTE_DIRECTORY) ||
        (attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
        return Error::make(ErrorCode::AccessDenied,
                           "'" + pathUtf8(folder) + "' is not a plain folder (a file, link or junction)");
    }
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR current = nullptr;
    const DWORD read = GetNamedSecurityInfoW(folder.c_str(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION,
                                             &owner, nullptr, nullptr, nullptr, &current);
    std::unique_ptr<void, LocalFreeDeleter> currentHolder(current);
    if (read != ERROR_SUCCESS) {
        return win::win32Error(read, "reading the owner of " + pathUtf8(folder));
    }
    // ProgramData lets any user create a folder: one created by someone else is not ours.
    if (!ownedByAdministratorsOrSystem(owner)) {
        return Error::make(ErrorCode::AccessDenied, "'" + pathUtf8(folder) +
                                                        "' was not created by an administrator: remove it, "
                                                        "then run the fix again");
    }
    const DWORD set = SetNamedSecurityInfoW(const_cast<LPWSTR>(folder.c_str()), SE_FILE_OBJECT,
                                            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                            nullptr, nullptr, dacl, nullptr);
    if (set != ERROR_SUCCESS) {
        return win::win32Error(set, "setting the DACL of " + pathUtf8(folder));
    }
    return {};
}

Expected<std::string> folderDaclSddl(const std::filesystem::path& folder) {
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    const DWORD read = GetNamedSecurityInfoW(folder.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION,
                                             nullptr, nullptr, &dacl, nullptr, &sd);
    std::unique_ptr<void, LocalFreeDeleter> holder(sd);
    if (read != ERROR_SUCCESS) {
        return win::win32Error(read, "reading the DACL of " + pathUtf8(folder));
    }
    LPWSTR text = nullptr;
    if (!ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, DACL_SECURITY_INFORMATION,
                                                              &text, nullptr)) {
        return win::lastWin32Error("ConvertSecurityDescriptorToStringSecurityDescriptorW");
    }
    std::unique_ptr<void, LocalFreeDeleter> textHolder(text);
    return win::toUtf8(text);
}

bool runningAsRoot() {
    return false;
}

Expected<void> checkOwnedByThisUser(const std::filesystem::path&) {
    return Error::make(ErrorCode::NotSupported, "Windows uses the machine folder's DACL instead");
}

} // namespace ipsecdoctor
