#include "win32_registry.h"

#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"

#include <windows.h>

namespace ipsecdoctor::win {
namespace {

HKEY rootHandle(RegistryRoot root) {
    return root == RegistryRoot::LocalMachine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
}

std::string describe(RegistryRoot root, std::string_view key, std::string_view name) {
    return std::string(registryRootId(root)) + "\\" + std::string(key) + "\\" + std::string(name);
}

/// Closes the key on every path out.
class KeyHandle {
public:
    KeyHandle() = default;
    KeyHandle(const KeyHandle&) = delete;
    KeyHandle& operator=(const KeyHandle&) = delete;
    ~KeyHandle() {
        if (m_key) {
            RegCloseKey(m_key);
        }
    }
    HKEY* out() { return &m_key; }
    HKEY get() const { return m_key; }

private:
    HKEY m_key = nullptr;
};

} // namespace

Expected<std::optional<RegistryValue>> Win32Registry::read(RegistryRoot root, std::string_view key,
                                                           std::string_view name) {
    KeyHandle handle;
    LSTATUS rc = RegOpenKeyExW(rootHandle(root), toWide(key).c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY,
                               handle.out());
    if (rc == ERROR_FILE_NOT_FOUND) {
        return std::optional<RegistryValue>{};
    }
    if (rc != ERROR_SUCCESS) {
        return win32Error(static_cast<std::uint32_t>(rc), "opening " + describe(root, key, name));
    }
    const std::wstring wideName = toWide(name);
    DWORD type = 0;
    DWORD size = 0;
    rc = RegQueryValueExW(handle.get(), wideName.c_str(), nullptr, &type, nullptr, &size);
    if (rc == ERROR_FILE_NOT_FOUND) {
        return std::optional<RegistryValue>{};
    }
    if (rc != ERROR_SUCCESS) {
        return win32Error(static_cast<std::uint32_t>(rc), "reading " + describe(root, key, name));
    }
    if (size > 64 * 1024) {
        return Error::make(ErrorCode::TooLarge, describe(root, key, name) + " is larger than 64 KiB");
    }
    RegistryValue value;
    value.type = type;
    value.data.resize(size);
    rc = RegQueryValueExW(handle.get(), wideName.c_str(), nullptr, &type,
                          reinterpret_cast<BYTE*>(value.data.data()), &size);
    if (rc != ERROR_SUCCESS) {
        return win32Error(static_cast<std::uint32_t>(rc), "reading " + describe(root, key, name));
    }
    value.type = type;
    value.data.resize(size);
    return std::optional<RegistryValue>{std::move(value)};
}

Expected<void> Win32Registry::write(RegistryRoot root, std::string_view key, std::string_view name,
                                    const RegistryValue& value) {
    KeyHandle handle;
    LSTATUS rc = RegCreateKeyExW(rootHandle(root), toWide(key).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                 KEY_SET_VALUE | KEY_WOW64_64KEY, nullptr, handle.out(), nullptr);
    if (rc != ERROR_SUCCESS) {
        return win32Error(static_cast<std::uint32_t>(rc),
                          "opening " + describe(root, key, name) + " to write");
    }
    rc = RegSetValueExW(handle.get(), toWide(name).c_str(), 0, value.type,
                        reinterpret_cast<const BYTE*>(value.data.data()),
                        static_cast<DWORD>(value.data.size()));
    if (rc != ERROR_SUCCESS) {
        return win32Error(static_cast<std::uint32_t>(rc), "writing " + describe(root, key, name));
    }
    return {};
}

Expected<void> Win32Registry::remove(RegistryRoot root, std::string_view key, std::string_view name) {
    KeyHandle handle;
    LSTATUS rc = RegOpenKeyExW(rootHandle(root), toWide(key).c_str(), 0, KEY_SET_VALUE | KEY_WOW64_64KEY,
                               handle.out());
    if (rc == ERROR_FILE_NOT_FOUND) {
        return {};
    }
    if (rc != ERROR_SUCCESS) {
        return win32Error(static_cast<std::uint32_t>(rc),
                          "opening " + describe(root, key, name) + " to delete");
    }
    rc = RegDeleteValueW(handle.get(), toWide(name).c_str());
    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND) {
        return win32Error(static_cast<std::uint32_t>(rc), "deleting " + describe(root, key, name));
    }
    return {};
}

Expected<std::vector<std::string>> Win32Registry::subkeys(RegistryRoot root, std::string_view key) {
    KeyHandle handle;
    LSTATUS rc = RegOpenKeyExW(rootHandle(root), toWide(key).c_str(), 0,
                               KEY_ENUMERATE_SUB_KEYS | KEY_WOW64_64KEY, handle.out());
    if (rc == ERROR_FILE_NOT_FOUND) {
        return std::vector<std::string>{};
    }
    if (rc != ERROR_SUCCESS) {
        return win32Error(static_cast<std::uint32_t>(rc), "opening " + describe(root, key, {}));
    }
    std::vector<std::string> names;
    for (DWORD index = 0; index < 1024; ++index) {
        wchar_t name[256]; // registry key names are at most 255 characters
        DWORD length = 256;
        rc = RegEnumKeyExW(handle.get(), index, name, &length, nullptr, nullptr, nullptr, nullptr);
        if (rc == ERROR_NO_MORE_ITEMS) {
            break;
        }
        if (rc != ERROR_SUCCESS) {
            return win32Error(static_cast<std::uint32_t>(rc), "listing " + describe(root, key, {}));
        }
        names.push_back(toUtf8(std::wstring_view(name, length)));
    }
    return names;
}

} // namespace ipsecdoctor::win
