#include "ipsecdoctor/platform/phonebook_locations.h"

#include <windows.h>

#include <knownfolders.h>
#include <shlobj.h>

namespace ipsecdoctor {
namespace {

Expected<std::filesystem::path> knownFolder(REFKNOWNFOLDERID id, const char* what) {
    PWSTR path = nullptr;
    const HRESULT hr = SHGetKnownFolderPath(id, KF_FLAG_DEFAULT, nullptr, &path);
    if (FAILED(hr) || !path) {
        CoTaskMemFree(path);
        return Error::make(ErrorCode::Platform, std::string("SHGetKnownFolderPath(") + what + ") failed",
                           static_cast<std::uint32_t>(hr));
    }
    std::filesystem::path folder(path);
    CoTaskMemFree(path);
    return folder / L"Microsoft" / L"Network" / L"Connections" / L"Pbk" / L"rasphone.pbk";
}

} // namespace

Expected<std::filesystem::path> systemPhonebook(PhonebookScope scope) {
    switch (scope) {
    case PhonebookScope::User:
        return knownFolder(FOLDERID_RoamingAppData, "RoamingAppData");
    case PhonebookScope::AllUsers:
        return knownFolder(FOLDERID_ProgramData, "ProgramData");
    case PhonebookScope::File:
        break;
    }
    return Error::make(ErrorCode::NotSupported,
                       "a phonebook named on the command line has no system location");
}

std::vector<PhonebookLocation> systemPhonebooks() {
    std::vector<PhonebookLocation> out;
    for (auto scope : {PhonebookScope::User, PhonebookScope::AllUsers}) {
        if (auto path = systemPhonebook(scope)) {
            out.push_back({scope, *path});
        }
    }
    return out;
}

} // namespace ipsecdoctor
