#pragma once
// The narrow interface over AuditQuerySystemPolicy/AuditSetSystemPolicy, by subcategory GUID
// (knowledge/audit_subcategories.h).
#include "ipsecdoctor/util/expected.h"

#include <string_view>

namespace ipsecdoctor {

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
