#pragma once
// Whether this process is elevated, and running the allow-listed CLI helper elevated.

#include "ipsecdoctor/util/expected.h"

#include <string>
#include <vector>

namespace ipsecdoctor {

class Elevation {
public:
    virtual ~Elevation() = default;

    /// True when the process token is elevated (administrator with UAC consent).
    virtual bool isElevated() const = 0;

    /// Runs `program` with `arguments` elevated (UAC prompt: ShellExecuteEx "runas"), waits for
    /// it and returns its exit code. Arguments are passed as a vector and quoted by the
    /// implementation (never a shell string). Cancelled when the user declines the prompt.
    virtual Expected<int> runElevated(const std::string& program,
                                      const std::vector<std::string>& arguments) = 0;
};

} // namespace ipsecdoctor
