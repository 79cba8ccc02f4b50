#pragma once
// The bridge between the IKE probe and the Proposals step: which probe asks what a profile
// would send, and what its answers mean as a ServerAcceptance for the comparison.

#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/model/probe_result.h"
#include "ipsecdoctor/proposals/server_acceptance.h"
#include "ipsecdoctor/proposals/windows_offer.h"

#include <string>

namespace ipsecdoctor::proposals {

/// Probe options that offer what Windows offers for `inputs` (its default set for the registry
/// and OS build, or the profile's custom policy). Both IKE versions are asked, since a server that
/// answers only the other version is a finding of its own (proposal.version.*), but only the
/// profile's tunnel type is judged; `profile` names it in the recommended PowerShell command, and
/// its sign-in method decides how much dropped IP fragments matter (certificates are large).
ike::ProbeOptions probeOptionsFor(const std::string& host, const OfferInputs& inputs,
                                  const std::string& profile = {},
                                  VpnAuthMethod signIn = VpnAuthMethod::Unknown);

/// What the probe learned, as the comparison reads it. The proposal Windows' set got accepted
/// with counts as accepted even when discovery ran out of answers.
ServerAcceptance acceptanceFromProbe(const ProbeResult& result);

} // namespace ipsecdoctor::proposals
