#pragma once
// A registry held in memory, for the portable tests of what writes registry values (the real
// Win32 registry is exercised under Wine in tests/win).

#include "ipsecdoctor/platform/registry.h"

#include <map>
#include <tuple>

namespace ipsecdoctor::testing {

class MemoryRegistry final : public Registry {
public:
    using Key = std::tuple<RegistryRoot, std::string, std::string>;

    Expected<std::optional<RegistryValue>> read(RegistryRoot root, std::string_view key,
                                                std::string_view name) override {
        auto it = values.find(Key{root, std::string(key), std::string(name)});
        return it == values.end() ? std::optional<RegistryValue>{} : std::optional<RegistryValue>{it->second};
    }
    Expected<void> write(RegistryRoot root, std::string_view key, std::string_view name,
                         const RegistryValue& value) override {
        if (failWrites) {
            return Error::make(ErrorCode::AccessDenied, "simulated", 5);
        }
        values[Key{root, std::string(key), std::string(name)}] = value;
        return {};
    }
    Expected<void> remove(RegistryRoot root, std::string_view key, std::string_view name) override {
        values.erase(Key{root, std::string(key), std::string(name)});
        return {};
    }
    bool canModify() const override { return true; }

    std::map<Key, RegistryValue> values;
    bool failWrites = false;
};

} // namespace ipsecdoctor::testing
