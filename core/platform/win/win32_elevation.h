#pragma once
// Elevation through the token and UAC: the GUI runs as the user (manifest asInvoker) and starts
// the allow-listed CLI helper with ShellExecuteExW "runas" when a fix needs an administrator.

#include "ipsecdoctor/platform/elevation.h"

namespace ipsecdoctor::win {

class Win32Elevation final : public Elevation {
public:
    /// GetTokenInformation(TokenElevation) on the process token; false when it cannot be read.
    bool isElevated() const override;

    /// ShellExecuteExW("runas", program, quoted arguments), waits for the process and returns its
    /// exit code. Declining the UAC prompt is Error{Cancelled, 1223}. `program` should be an
    /// absolute path: it is never searched for in the current folder on our behalf.
    Expected<int> runElevated(const std::string& program, const std::vector<std::string>& arguments) override;
};

} // namespace ipsecdoctor::win
