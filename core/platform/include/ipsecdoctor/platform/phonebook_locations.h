#pragma once

#include "ipsecdoctor/model/vpn_configuration.h"

#include <filesystem>
#include <vector>

namespace ipsecdoctor {

struct PhonebookLocation {
    PhonebookScope scope = PhonebookScope::User;
    std::filesystem::path path;
};

/// The user's and the all-users rasphone.pbk of this machine, from the known folders
/// (FOLDERID_RoamingAppData, FOLDERID_ProgramData) + "Microsoft\Network\Connections\Pbk";
/// empty on other systems. The files may not exist.
std::vector<PhonebookLocation> systemPhonebooks();

/// The path of one scope's phonebook on this machine; NotSupported off Windows and for File.
Expected<std::filesystem::path> systemPhonebook(PhonebookScope scope);

} // namespace ipsecdoctor
