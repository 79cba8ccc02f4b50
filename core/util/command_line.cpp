#include "ipsecdoctor/util/command_line.h"

namespace ipsecdoctor {

// The rules (as documented for CommandLineToArgvW and the Microsoft C runtime):
//  - 2n backslashes followed by a quote give n backslashes, and the quote opens/closes quoting;
//  - 2n+1 backslashes followed by a quote give n backslashes and a literal quote;
//  - backslashes not followed by a quote are literal.
// So inside quotes, a run of backslashes is doubled when a quote follows it (including the
// closing quote), and each literal quote is preceded by one more backslash.
std::string quoteWindowsArgument(std::string_view argument) {
    if (!argument.empty() && argument.find_first_of(" \t\n\v\"") == std::string_view::npos) {
        return std::string(argument);
    }
    std::string out;
    out.reserve(argument.size() + 2);
    out.push_back('"');
    std::size_t backslashes = 0;
    for (const char c : argument) {
        if (c == '\\') {
            ++backslashes;
            continue;
        }
        if (c == '"') {
            out.append(backslashes * 2 + 1, '\\');
        } else {
            out.append(backslashes, '\\');
        }
        backslashes = 0;
        out.push_back(c);
    }
    out.append(backslashes * 2, '\\');
    out.push_back('"');
    return out;
}

Expected<std::string> joinWindowsArguments(const std::vector<std::string>& arguments) {
    std::string out;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i].find('\0') != std::string::npos) {
            return Error::make(ErrorCode::InvalidArgument,
                               "argument " + std::to_string(i + 1) + " contains a NUL character");
        }
        if (i > 0) {
            out.push_back(' ');
        }
        out += quoteWindowsArgument(arguments[i]);
    }
    return out;
}

} // namespace ipsecdoctor
