#pragma once
// UTF-8 (the core's strings) <-> UTF-16 (every Win32 "W" API). Conversion is strict: invalid
// input yields an empty result and `ok == false` where the caller needs to know.

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::win {

/// UTF-8 to UTF-16. Invalid UTF-8 gives an empty string (and *ok = false when ok is given).
std::wstring toWide(std::string_view utf8, bool* ok = nullptr);

/// UTF-16 to UTF-8. Unpaired surrogates give an empty string (and *ok = false when ok is given).
std::string toUtf8(std::wstring_view utf16, bool* ok = nullptr);

/// A Win32 multi-string ("a\0b\0\0", as in lpDependencies) split into UTF-8 strings.
std::vector<std::string> splitMultiString(const wchar_t* multi);

/// A list of names as a Win32 multi-string ("a\0b\0\0"); an empty list gives "\0".
std::wstring joinMultiString(const std::vector<std::string>& items);

} // namespace ipsecdoctor::win
