#pragma once
// advapi32 AuditQuerySystemPolicy / AuditSetSystemPolicy by subcategory GUID, with
// SeSecurityPrivilege enabled on the process token first (both calls need it).
#include "ipsecdoctor/platform/audit_policy.h"

#include <optional>
#include <string_view>

namespace ipsecdoctor::win {

/// "{0CCE9218-69AE-11D9-BED3-505054503030}" → the 16 GUID bytes in Win32 GUID layout.
struct GuidBytes {
    unsigned long data1 = 0;
    unsigned short data2 = 0;
    unsigned short data3 = 0;
    unsigned char data4[8] = {};
};
std::optional<GuidBytes> parseGuid(std::string_view text);

class Win32AuditPolicy final : public AuditPolicy {
public:
    Expected<AuditSetting> query(std::string_view guid) override;
    Expected<void> set(std::string_view guid, AuditSetting setting) override;
};

} // namespace ipsecdoctor::win
