#pragma once
// Parameters of the MODP Diffie-Hellman groups IKE uses, as big-endian hex (no prefix).

#include "ipsecdoctor/ike/transform_ids.h"

#include <optional>
#include <string_view>

namespace ipsecdoctor::ike {

struct ModpGroup {
    std::string_view prime;
    std::string_view generator;
    std::string_view order; // subgroup order q where the group defines one (group 24); else empty
};

/// The group's parameters; nullopt for ECP or unknown groups.
std::optional<ModpGroup> modpGroup(DhGroup group);

} // namespace ipsecdoctor::ike
