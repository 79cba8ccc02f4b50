#pragma once
// Win32 error codes -> the core's Error, in one place for every Win32 backend.

#include "ipsecdoctor/util/error.h"

#include <cstdint>
#include <string>

namespace ipsecdoctor::win {

/// The core's code for a Win32 error (GetLastError value). Unknown codes are Platform.
ErrorCode errorCodeForWin32(std::uint32_t win32Error);

/// The system's English text for a Win32 error, without the trailing newline; empty when the
/// system has no English message for it (the detail is for support staff, not translated).
std::string englishSystemMessage(std::uint32_t win32Error);

/// Error{errorCodeForWin32(code), code, "<what>: <English system text> (Win32 error <code>)"}.
Error win32Error(std::uint32_t win32Error, const std::string& what);

/// win32Error(GetLastError(), what); call it right after the failing API.
Error lastWin32Error(const std::string& what);

} // namespace ipsecdoctor::win
