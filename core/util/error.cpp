#include "ipsecdoctor/util/error.h"

namespace ipsecdoctor {

std::string_view errorCodeId(ErrorCode code) {
    switch (code) {
    case ErrorCode::NotFound:
        return "error.not-found";
    case ErrorCode::AccessDenied:
        return "error.access-denied";
    case ErrorCode::Timeout:
        return "error.timeout";
    case ErrorCode::InvalidArgument:
        return "error.invalid-argument";
    case ErrorCode::NotSupported:
        return "error.not-supported";
    case ErrorCode::ReadOnly:
        return "error.read-only";
    case ErrorCode::Io:
        return "error.io";
    case ErrorCode::Malformed:
        return "error.malformed";
    case ErrorCode::TooLarge:
        return "error.too-large";
    case ErrorCode::Cancelled:
        return "error.cancelled";
    case ErrorCode::Dependency:
        return "error.dependency";
    case ErrorCode::JournalEntryInvalid:
        return "error.journal-entry-invalid";
    case ErrorCode::Platform:
        return "error.platform";
    }
    return "error.platform";
}

std::optional<ErrorCode> errorCodeFromId(std::string_view id) {
    for (int c = 0; c <= static_cast<int>(ErrorCode::Platform); ++c) {
        if (errorCodeId(static_cast<ErrorCode>(c)) == id) {
            return static_cast<ErrorCode>(c);
        }
    }
    return std::nullopt;
}

} // namespace ipsecdoctor
