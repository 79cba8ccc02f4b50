#include "ipsecdoctor/model/system_snapshot.h"

#include "ipsecdoctor/util/ascii.h"

namespace ipsecdoctor {

const ServiceInfo* SystemSnapshot::findService(std::string_view name) const {
    for (const auto& s : services) {
        if (equalsIgnoreCase(s.name, name)) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace ipsecdoctor
