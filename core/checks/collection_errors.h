#pragma once
// Internal to the checks: what the collector could not read becomes a finding of the step that
// needed it, so an empty list is never taken for a healthy one.

#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// One warning of `kind` per error the collector recorded for `area` ("logs", "certificates"):
/// the target under `targetKey` ("channel", "store"), the error id and the native code.
void addCollectionErrors(const SystemSnapshot& snapshot, std::string_view area, const FindingKind& kind,
                         const std::string& targetKey, std::vector<Finding>& out);

} // namespace ipsecdoctor
