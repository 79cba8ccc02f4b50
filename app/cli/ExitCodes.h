#pragma once
// The documented exit codes of ipsecdoctor-cli (README, --help): scripts and the GUI rely on them.

namespace ipsecdoctor::app {

enum ExitCode : int {
    kExitHealthy = 0,      // no problem found / the command succeeded
    kExitProblems = 1,     // check found warnings or worse
    kExitUsage = 2,        // bad command line
    kExitRuntimeError = 3, // the command could not be carried out
};

} // namespace ipsecdoctor::app
