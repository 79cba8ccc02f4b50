#pragma once
// The IPsec audit subcategories, addressed by GUID (names are localized; never parse auditpol
// output), and the narrow interface over AuditQuerySystemPolicy/AuditSetSystemPolicy.
#include "ipsecdoctor/util/expected.h"

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

struct AuditSetting {
    bool success = false;
    bool failure = false;
    bool operator==(const AuditSetting&) const = default;
};

class AuditPolicy {
public:
    virtual ~AuditPolicy() = default;
    /// Error{AccessDenied} without administrator rights (SeSecurityPrivilege).
    virtual Expected<AuditSetting> query(std::string_view guid) = 0;
    /// Writes the subcategory's setting (POLICY_AUDIT_EVENT_NONE when both are false).
    virtual Expected<void> set(std::string_view guid, AuditSetting setting) = 0;
};

} // namespace ipsecdoctor
