#include "ipsecdoctor/model/finding.h"

#include <algorithm>

namespace ipsecdoctor {

Severity worstSeverity(const std::vector<Finding>& findings) {
    Severity worst = Severity::Ok;
    for (const auto& f : findings) {
        worst = std::max(worst, f.severity);
    }
    return worst;
}

} // namespace ipsecdoctor
