#pragma once
// Windows command lines are one string that each program splits itself; CommandLineToArgvW and
// the C runtime split it with the same rules. These functions quote arguments so those rules
// give back exactly the strings we passed. Portable, so they are tested on every platform.

#include "ipsecdoctor/util/expected.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// One argument, quoted only when it needs to be (empty, or contains a space, tab, newline,
/// vertical tab or double quote). Backslashes are doubled only where they precede a quote.
std::string quoteWindowsArgument(std::string_view argument);

/// The arguments quoted and joined by single spaces: what comes after the program name in a
/// command line (ShellExecuteExW's lpParameters). Error{InvalidArgument} when an argument holds
/// a NUL character, which no command line can carry.
Expected<std::string> joinWindowsArguments(const std::vector<std::string>& arguments);

} // namespace ipsecdoctor
