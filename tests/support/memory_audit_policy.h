#pragma once
// The audit policy held in memory, for the portable tests of what reads and writes it (the real
// AuditQuerySystemPolicy/AuditSetSystemPolicy calls run under Wine in tests/win).

#include "ipsecdoctor/platform/audit_policy.h"

#include <map>
#include <string>

namespace ipsecdoctor::testing {

/// A map from subcategory GUID to flags; unknown GUIDs read as "none", like Windows.
class MemoryAuditPolicy final : public AuditPolicy {
public:
    Expected<AuditSetting> query(std::string_view guid) override {
        if (failQuery) {
            return Error::make(ErrorCode::AccessDenied, "simulated", 5);
        }
        auto it = settings.find(std::string(guid));
        return it == settings.end() ? AuditSetting{} : it->second;
    }
    Expected<void> set(std::string_view guid, AuditSetting setting) override {
        if (std::string(guid) == failSetOf) {
            return Error::make(ErrorCode::Platform, "simulated", 87);
        }
        settings[std::string(guid)] = setting;
        return {};
    }

    std::map<std::string, AuditSetting> settings;
    bool failQuery = false;
    std::string failSetOf; // set() of this GUID fails
};

} // namespace ipsecdoctor::testing
