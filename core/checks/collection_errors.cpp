#include "collection_errors.h"

namespace ipsecdoctor {

void addCollectionErrors(const SystemSnapshot& snapshot, std::string_view area, const FindingKind& kind,
                         const std::string& targetKey, std::vector<Finding>& out) {
    for (const auto& e : snapshot.errors) {
        if (e.area == area) {
            Finding f = newFinding(kind, Severity::Warning);
            f.subject = e.target;
            f.evidence[targetKey] = e.target;
            f.evidence["error"] = e.code;
            f.evidence["native_error"] = std::to_string(e.native);
            out.push_back(std::move(f));
        }
    }
}

} // namespace ipsecdoctor
