#include "ipsecdoctor/collect/vpn_collector.h"

#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/path_text.h"
#include "ipsecdoctor/vpn/nic_offload.h"
#include "ipsecdoctor/vpn/phonebook.h"
#include "ipsecdoctor/vpn/registry_values.h"
#include "ipsecdoctor/vpn/vpn_profiles.h"

namespace ipsecdoctor {
namespace {} // namespace

Expected<std::vector<VpnProfile>> readPhonebookProfiles(const std::filesystem::path& path,
                                                        PhonebookScope scope) {
    auto bytes = readFile(path, vpn::kMaxPhonebookBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto book = vpn::parsePhonebook(*bytes);
    if (!book) {
        return Error{book.error().code, 0, pathUtf8(path) + ": " + book.error().detail};
    }
    return vpn::vpnProfiles(*book, scope, pathUtf8(path));
}

VpnConfiguration collectVpnConfiguration(Registry* registry, const std::vector<PhonebookLocation>& phonebooks,
                                         std::vector<CollectionError>& errors) {
    VpnConfiguration config;
    for (const auto& location : phonebooks) {
        auto profiles = readPhonebookProfiles(location.path, location.scope);
        if (!profiles) {
            if (profiles.error().code != ErrorCode::NotFound) {
                logger()->warn("phonebook {}: {}", pathUtf8(location.path), profiles.error().detail);
                errors.push_back({"phonebook", std::string(phonebookScopeId(location.scope)),
                                  std::string(errorCodeId(profiles.error().code)), profiles.error().native});
            }
            continue;
        }
        config.profiles.insert(config.profiles.end(), profiles->begin(), profiles->end());
    }
    if (!registry) {
        return config;
    }
    for (const auto& known : vpn::knownRegistryValues()) {
        auto value = registry->read(known.root, known.key, known.name);
        if (!value) {
            logger()->warn("registry {}: {}", known.name, value.error().detail);
            errors.push_back({"registry", std::string(known.name),
                              std::string(errorCodeId(value.error().code)), value.error().native});
            continue;
        }
        config.registry.push_back(vpn::toFact(known, *value));
    }
    if (auto nics = vpn::readNicIpsecOffload(*registry)) {
        config.nicOffload = std::move(nics).value();
    } else if (nics.error().code != ErrorCode::NotSupported) {
        logger()->warn("network adapters: {}", nics.error().detail);
        errors.push_back({"registry", "nic-ipsec-offload", std::string(errorCodeId(nics.error().code)),
                          nics.error().native});
    }
    return config;
}

} // namespace ipsecdoctor
