#pragma once
// The registry, narrowly: read, write and delete one value under HKLM or HKCU. Win32 backend
// (core/platform/win/win32_registry.cpp, 64-bit view), offline backend over the facts a
// bundle recorded (read-only). Key paths are written without the root:
// "SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters".

#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

enum class RegistryRoot { LocalMachine, CurrentUser };
std::string_view registryRootId(RegistryRoot root); // "HKLM" | "HKCU"

inline constexpr std::uint32_t kRegSz = 1;
inline constexpr std::uint32_t kRegBinary = 3;
inline constexpr std::uint32_t kRegDword = 4;

/// A value with its type and raw bytes, so that undo can restore exactly what was there.
struct RegistryValue {
    std::uint32_t type = kRegDword;
    std::string data; // raw bytes as the registry stores them

    static RegistryValue dword(std::uint32_t v);
    /// The DWORD when the type is REG_DWORD and the data is 4 bytes, else nullopt.
    std::optional<std::uint32_t> asDword() const;
    bool operator==(const RegistryValue&) const = default;
};

class Registry {
public:
    virtual ~Registry() = default;
    /// The value, or nullopt when it (or its key) does not exist. AccessDenied, Platform.
    virtual Expected<std::optional<RegistryValue>> read(RegistryRoot root, std::string_view key,
                                                        std::string_view name) = 0;
    /// Creates the key when needed and sets the value.
    virtual Expected<void> write(RegistryRoot root, std::string_view key, std::string_view name,
                                 const RegistryValue& value) = 0;
    /// Deletes the value; a value that does not exist is success (the state asked for is reached).
    virtual Expected<void> remove(RegistryRoot root, std::string_view key, std::string_view name) = 0;
    /// The names of the direct subkeys of `key` (at most 1024), empty when the key does not exist.
    virtual Expected<std::vector<std::string>> subkeys(RegistryRoot root, std::string_view key) = 0;
    /// False for a bundle: every change fails with ReadOnly.
    virtual bool canModify() const = 0;
};

} // namespace ipsecdoctor
