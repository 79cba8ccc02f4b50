#include "ipsecdoctor/knowledge/fix_ids.h"

#include "ipsecdoctor/knowledge/remediation_id.h"

#include <array>
#include <utility>

namespace ipsecdoctor {
namespace {

#define IPSECDOCTOR_FIX_ENTRY(constant, id, family) std::pair{fix::constant, FixFamily::family},
constexpr std::array kFixed{IPSECDOCTOR_FIXED_FIXES(IPSECDOCTOR_FIX_ENTRY)};
#undef IPSECDOCTOR_FIX_ENTRY

} // namespace

std::string_view fixFamilyId(FixFamily f) {
    switch (f) {
    case FixFamily::Service:
        return "service";
    case FixFamily::Setting:
        return "setting";
    case FixFamily::Logs:
        return "logs";
    case FixFamily::CertificateImport:
        return "certificate-import";
    case FixFamily::OpenConsole:
        return "open-console";
    }
    return "service";
}

std::optional<FixFamily> fixFamily(std::string_view id) {
    for (const auto& [fixedId, family] : kFixed) {
        if (fixedId == id) {
            return family;
        }
    }
    if (parseRemediationId(id)) {
        return FixFamily::Service;
    }
    return std::nullopt;
}

std::vector<std::string> allFixIds() {
    auto ids = allRemediationIds();
    for (const auto& [id, family] : kFixed) {
        ids.emplace_back(id);
    }
    return ids;
}

} // namespace ipsecdoctor
