// Built only by architecture.include-up-fails, as its control: the checks layer including what is
// below it compiles, so the failures of the other two files come from the layering alone.
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/util/error.h"
