#include "ipsecdoctor/knowledge/known_services.h"

#include "ipsecdoctor/util/ascii.h"

#include <array>

namespace ipsecdoctor {
namespace {

using A = ServiceAction;

// Windows 10/11 client defaults, docs/ipsec-facts.md §5. BFE is never offered a restart: stopping
// it takes the firewall and every IPsec service down with it.
const std::array<KnownService, 5>& table() {
    static const std::array<KnownService, 5> services{{
        {"BFE", StartType::Automatic, false, true, {A::Start, A::SetDefaultStart}},
        {"IKEEXT",
         StartType::Manual,
         true,
         false,
         {A::Start, A::Restart, A::SetDefaultStart, A::SetAutomatic}},
        {"PolicyAgent",
         StartType::Manual,
         true,
         false,
         {A::Start, A::Restart, A::SetDefaultStart, A::SetAutomatic}},
        {"SstpSvc", StartType::Manual, false, false, {A::Start, A::SetDefaultStart}},
        {"RasMan",
         StartType::Manual,
         false,
         false,
         {A::Start, A::Restart, A::SetDefaultStart, A::SetAutomatic}},
    }};
    return services;
}

} // namespace

std::span<const KnownService> knownServices() {
    return table();
}

const KnownService* findKnownService(std::string_view name) {
    for (const auto& s : table()) {
        if (equalsIgnoreCase(s.name, name)) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace ipsecdoctor
