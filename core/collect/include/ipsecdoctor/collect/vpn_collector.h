#pragma once
// Collection of the VPN configuration: the phonebooks (user and all-users) and the registry values
// of vpn/registry_values.h. A missing phonebook is normal (no profile of that scope); an
// unreadable one is a CollectionError and the collection goes on.

#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/platform/phonebook_locations.h"
#include "ipsecdoctor/platform/registry.h"

#include <filesystem>
#include <vector>

namespace ipsecdoctor {

/// The VPN profiles of one phonebook file. NotFound when it does not exist; TooLarge, Io, Malformed.
Expected<std::vector<VpnProfile>> readPhonebookProfiles(const std::filesystem::path& path,
                                                        PhonebookScope scope);

/// Profiles of every phonebook, then the registry facts (none without a registry).
VpnConfiguration collectVpnConfiguration(Registry* registry, const std::vector<PhonebookLocation>& phonebooks,
                                         std::vector<CollectionError>& errors);

} // namespace ipsecdoctor
