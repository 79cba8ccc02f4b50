#pragma once
// Errors crossing the core boundary: a stable code the app translates, the native OS code
// (Win32 error or HRESULT) for support staff, and an English detail for the log only.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

enum class ErrorCode {
    NotFound,            // the named object (service, file, journal entry) does not exist
    AccessDenied,        // the OS refused: usually needs elevation
    Timeout,             // an operation did not reach the expected state in time
    InvalidArgument,     // a caller passed something that fails validation
    NotSupported,        // not available on this platform or in this mode
    ReadOnly,            // a diagnostic bundle is being analysed: nothing can change
    Io,                  // reading or writing a file failed
    Malformed,           // input (JSON, zip, bundle) does not have the expected shape
    TooLarge,            // input exceeds a safety limit
    Cancelled,           // the user cancelled
    Dependency,          // a service this one depends on is disabled or failed
    JournalEntryInvalid, // a journal entry names something its fix cannot have changed: refused
    Platform,            // any other OS failure; see native (keep last: loops run up to it)
};

/// Stable identifier used by the app catalogue and in JSON ("error.access-denied").
std::string_view errorCodeId(ErrorCode code);
/// The code of a stable identifier; nullopt for an unknown one.
std::optional<ErrorCode> errorCodeFromId(std::string_view id);

struct Error {
    ErrorCode code = ErrorCode::Platform;
    std::uint32_t native = 0; // Win32 error / HRESULT, 0 when not applicable
    std::string detail;       // English, for logs and support staff; never shown as UI prose
    std::map<std::string, std::string> evidence = {}; // structured facts (JSON "evidence"), may be empty

    static Error make(ErrorCode c, std::string d, std::uint32_t n = 0) { return Error{c, n, std::move(d)}; }

    /// The same error, its detail prefixed with what was being done ("starting IKEEXT: ...").
    Error withContext(std::string_view what) const {
        Error e = *this;
        e.detail = std::string(what) + ": " + detail;
        return e;
    }
};

} // namespace ipsecdoctor
