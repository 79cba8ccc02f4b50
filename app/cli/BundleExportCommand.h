#pragma once
// bundle export [--bundle IN.zip] [--anonymize] OUT.zip: a bundle of this computer, or a bundle
// re-exported through the same redaction (and anonymization) step.

#include "CliEnvironment.h"

#include <ostream>

namespace ipsecdoctor::app {

int exportBundleCommand(const CliOptions& options, CliEnvironment& env, std::ostream& out, std::ostream& err);

} // namespace ipsecdoctor::app
