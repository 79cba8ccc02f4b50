#pragma once

#include "ipsecdoctor/model/vpn_configuration.h"
#include "ipsecdoctor/platform/registry.h"

#include <vector>

namespace ipsecdoctor {

/// Answers reads from the registry facts a bundle recorded; a value the bundle did not record is
/// NotFound (unknown), not "absent". Every change fails with ReadOnly.
class OfflineRegistry final : public Registry {
public:
    explicit OfflineRegistry(std::vector<RegistryFact> facts) : m_facts(std::move(facts)) {}

    Expected<std::optional<RegistryValue>> read(RegistryRoot root, std::string_view key,
                                                std::string_view name) override;
    Expected<void> write(RegistryRoot root, std::string_view key, std::string_view name,
                         const RegistryValue& value) override;
    Expected<void> remove(RegistryRoot root, std::string_view key, std::string_view name) override;
    /// A bundle records values, not the key tree: NotSupported.
    Expected<std::vector<std::string>> subkeys(RegistryRoot root, std::string_view key) override;
    bool canModify() const override { return false; }

private:
    std::vector<RegistryFact> m_facts;
};

} // namespace ipsecdoctor
