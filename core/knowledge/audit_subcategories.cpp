#include "ipsecdoctor/knowledge/audit_subcategories.h"

#include <array>

namespace ipsecdoctor {

std::span<const AuditSubcategory> ipsecAuditSubcategories() {
    static constexpr std::array<AuditSubcategory, 4> kSubcategories{{
        {"{0CCE9218-69AE-11D9-BED3-505054503030}", "ipsec-main-mode", true},
        {"{0CCE9219-69AE-11D9-BED3-505054503030}", "ipsec-quick-mode", true},
        {"{0CCE921A-69AE-11D9-BED3-505054503030}", "ipsec-extended-mode", false},
        {"{0CCE9213-69AE-11D9-BED3-505054503030}", "ipsec-driver", false},
    }};
    return kSubcategories;
}

} // namespace ipsecdoctor
