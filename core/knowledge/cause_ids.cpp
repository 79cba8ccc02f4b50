#include "ipsecdoctor/knowledge/cause_ids.h"

#include <algorithm>
#include <array>

namespace ipsecdoctor {
namespace {

#define IPSECDOCTOR_LIST_CAUSE(Name, id) cause::Name,
constexpr std::array kKinds{IPSECDOCTOR_CAUSE_KINDS(IPSECDOCTOR_LIST_CAUSE)};
#undef IPSECDOCTOR_LIST_CAUSE

} // namespace

std::span<const CauseKind> causeKinds() {
    return kKinds;
}

const CauseKind* findCauseKind(std::string_view id) {
    const auto it =
        std::find_if(kKinds.begin(), kKinds.end(), [&](const CauseKind& k) { return k.id == id; });
    return it == kKinds.end() ? nullptr : &*it;
}

} // namespace ipsecdoctor
