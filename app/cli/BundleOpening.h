#pragma once
// How every command that reads `--bundle` opens it: a bundle changed after export opens, and the
// command says so first, on the error stream, in the user's language.

#include "ipsecdoctor/bundle/bundle.h"

#include <ostream>
#include <string>

namespace ipsecdoctor::app {

Expected<Bundle> openBundleForCommand(const std::string& path, std::ostream& err);

} // namespace ipsecdoctor::app
