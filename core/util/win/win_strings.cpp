#include "ipsecdoctor/util/win/win_strings.h"

#include <windows.h>

#include <climits>

namespace ipsecdoctor::win {

std::wstring toWide(std::string_view utf8, bool* ok) {
    if (ok) {
        *ok = true;
    }
    if (utf8.empty()) {
        return {};
    }
    if (utf8.size() > static_cast<std::size_t>(INT_MAX)) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    const int inLength = static_cast<int>(utf8.size());
    // MB_ERR_INVALID_CHARS: reject malformed input instead of inventing U+FFFD characters,
    // which would make a service name silently name another service.
    const int needed = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8.data(), inLength, nullptr, 0);
    if (needed <= 0) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    std::wstring out(static_cast<std::size_t>(needed), L'\0');
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8.data(), inLength, out.data(), needed);
    return out;
}

std::string toUtf8(std::wstring_view utf16, bool* ok) {
    if (ok) {
        *ok = true;
    }
    if (utf16.empty()) {
        return {};
    }
    if (utf16.size() > static_cast<std::size_t>(INT_MAX)) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    const int inLength = static_cast<int>(utf16.size());
    const int needed = WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, utf16.data(), inLength, nullptr, 0,
                                           nullptr, nullptr);
    if (needed <= 0) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    std::string out(static_cast<std::size_t>(needed), '\0');
    WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, utf16.data(), inLength, out.data(), needed, nullptr,
                        nullptr);
    return out;
}

std::vector<std::string> splitMultiString(const wchar_t* multi) {
    std::vector<std::string> out;
    if (multi == nullptr) {
        return out;
    }
    for (const wchar_t* p = multi; *p != L'\0';) {
        const std::wstring_view item(p);
        out.push_back(toUtf8(item));
        p += item.size() + 1;
    }
    return out;
}

std::wstring joinMultiString(const std::vector<std::string>& items) {
    std::wstring out;
    for (const auto& item : items) {
        out += toWide(item);
        out += L'\0';
    }
    out += L'\0';
    return out;
}

} // namespace ipsecdoctor::win
