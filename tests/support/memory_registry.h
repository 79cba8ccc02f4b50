#pragma once
// A registry held in memory, for the portable tests of what writes registry values (the real
// Win32 registry is exercised under Wine in tests/win).

#include "ipsecdoctor/platform/registry.h"

#include <algorithm>
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
    Expected<std::vector<std::string>> subkeys(RegistryRoot root, std::string_view key) override {
        std::vector<std::string> out;
        const std::string prefix = std::string(key) + "\\";
        for (const auto& [k, v] : values) {
            const auto& path = std::get<1>(k);
            if (std::get<0>(k) == root && path.rfind(prefix, 0) == 0) {
                auto child = path.substr(prefix.size(), path.find('\\', prefix.size()) - prefix.size());
                if (std::find(out.begin(), out.end(), child) == out.end()) {
                    out.push_back(child);
                }
            }
        }
        return out;
    }
    bool canModify() const override { return true; }

    std::map<Key, RegistryValue> values;
    bool failWrites = false;
};

/// The platform owns its registry; this one forwards to the test's.
class BorrowedRegistry final : public Registry {
public:
    explicit BorrowedRegistry(Registry& r) : m_r(r) {}
    Expected<std::optional<RegistryValue>> read(RegistryRoot root, std::string_view k,
                                                std::string_view n) override {
        return m_r.read(root, k, n);
    }
    Expected<void> write(RegistryRoot root, std::string_view k, std::string_view n,
                         const RegistryValue& v) override {
        return m_r.write(root, k, n, v);
    }
    Expected<void> remove(RegistryRoot root, std::string_view k, std::string_view n) override {
        return m_r.remove(root, k, n);
    }
    Expected<std::vector<std::string>> subkeys(RegistryRoot root, std::string_view k) override {
        return m_r.subkeys(root, k);
    }
    bool canModify() const override { return true; }

private:
    Registry& m_r;
};

} // namespace ipsecdoctor::testing
