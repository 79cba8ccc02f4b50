#pragma once

#include <string_view>

namespace ipsecdoctor {

/// The product version ("0.1.0"), from the CMake project version.
std::string_view appVersion();

} // namespace ipsecdoctor
