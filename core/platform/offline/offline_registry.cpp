#include "ipsecdoctor/platform/offline_registry.h"

#include "ipsecdoctor/util/ascii.h"

namespace ipsecdoctor {

std::string_view registryRootId(RegistryRoot root) {
    return root == RegistryRoot::LocalMachine ? "HKLM" : "HKCU";
}

RegistryValue RegistryValue::dword(std::uint32_t v) {
    RegistryValue value;
    value.type = kRegDword;
    for (int i = 0; i < 4; ++i) {
        value.data += static_cast<char>((v >> (8 * i)) & 0xFFu);
    }
    return value;
}

std::optional<std::uint32_t> RegistryValue::asDword() const {
    if (type != kRegDword || data.size() != 4) {
        return std::nullopt;
    }
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[static_cast<std::size_t>(i)]))
             << (8 * i);
    }
    return v;
}

Expected<std::optional<RegistryValue>> OfflineRegistry::read(RegistryRoot root, std::string_view key,
                                                             std::string_view name) {
    const std::string full = std::string(registryRootId(root)) + "\\" + std::string(key);
    for (const auto& f : m_facts) {
        if (equalsIgnoreCase(f.key, full) && equalsIgnoreCase(f.name, name)) {
            if (!f.present) {
                return std::optional<RegistryValue>{};
            }
            // The bundle keeps the DWORD; other types only by their type (their bytes are not needed).
            RegistryValue v = f.dword ? RegistryValue::dword(*f.dword) : RegistryValue{f.type, {}};
            return std::optional<RegistryValue>{v};
        }
    }
    return Error::make(ErrorCode::NotFound, "the bundle has no record of " + full + "\\" + std::string(name));
}

Expected<void> OfflineRegistry::write(RegistryRoot, std::string_view key, std::string_view name,
                                      const RegistryValue&) {
    return Error::make(ErrorCode::ReadOnly, std::string(key) + "\\" + std::string(name) +
                                                " belongs to a diagnostic bundle: nothing can be changed");
}

Expected<std::vector<std::string>> OfflineRegistry::subkeys(RegistryRoot, std::string_view key) {
    return Error::make(ErrorCode::NotSupported,
                       std::string(key) + ": a diagnostic bundle records values, not the registry's keys");
}

Expected<void> OfflineRegistry::remove(RegistryRoot, std::string_view key, std::string_view name) {
    return Error::make(ErrorCode::ReadOnly, std::string(key) + "\\" + std::string(name) +
                                                " belongs to a diagnostic bundle: nothing can be changed");
}

} // namespace ipsecdoctor
