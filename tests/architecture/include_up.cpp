// Built only by architecture.include-up-fails: the model layer reaching up into checks. This file
// must never compile; the test passes when the compiler cannot find the header.
#include "ipsecdoctor/checks/run_checks.h"
