#pragma once
// The setting fix a Proposals finding recommends, with its arguments taken from the finding's
// evidence (recommended_policy / recommended_strategy) and the profile it is about: what the
// GUI's Fix button applies. Pure; the spec is validated like any other setting fix.

#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/proposals/proposal_checks.h"

#include <optional>

namespace ipsecdoctor::proposals {

/// The finding's first remediation as a ready-to-apply spec; nullopt when it offers none, or when
/// its evidence does not hold valid arguments for it.
std::optional<SettingSpec> recommendedFix(const Finding& finding, const ProposalSubject& subject);

} // namespace ipsecdoctor::proposals
