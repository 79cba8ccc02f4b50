#pragma once

#include "ipsecdoctor/platform/registry.h"

namespace ipsecdoctor::win {

/// The real registry through RegOpenKeyExW/RegQueryValueExW/RegSetValueExW/RegDeleteValueW,
/// always in the 64-bit view (KEY_WOW64_64KEY): RasMan and PolicyAgent read that view.
class Win32Registry final : public Registry {
public:
    Expected<std::optional<RegistryValue>> read(RegistryRoot root, std::string_view key,
                                                std::string_view name) override;
    Expected<void> write(RegistryRoot root, std::string_view key, std::string_view name,
                         const RegistryValue& value) override;
    Expected<void> remove(RegistryRoot root, std::string_view key, std::string_view name) override;
    Expected<std::vector<std::string>> subkeys(RegistryRoot root, std::string_view key) override;
    bool canModify() const override { return true; }
};

} // namespace ipsecdoctor::win
