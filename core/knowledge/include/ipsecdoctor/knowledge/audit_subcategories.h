#pragma once
// The IPsec audit subcategories, addressed by GUID (names are localized; never parse auditpol
// output).

#include <span>
#include <string_view>

namespace ipsecdoctor {

struct AuditSubcategory {
    std::string_view guid; // "{0CCE9218-69AE-11D9-BED3-505054503030}"
    std::string_view id;   // "ipsec-main-mode"
    bool needed = false;   // without it the IKE failures of a VPN leave no event
};

/// IPsec Main Mode, Quick Mode, Extended Mode and Driver (ipsec-facts.md §4.3).
std::span<const AuditSubcategory> ipsecAuditSubcategories();

} // namespace ipsecdoctor
