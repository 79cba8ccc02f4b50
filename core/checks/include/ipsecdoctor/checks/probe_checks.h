#pragma once
// Findings from an IKE probe result (Step::Connectivity and Step::Proposals), with the ids of the
// contract between issues (connectivity.*, proposal.ikev2.*, proposal.ikev1.*, proposal.version.*,
// proposal.weak-crypto). Pure: the same findings live and from a bundle.

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/probe_result.h"

#include <vector>

namespace ipsecdoctor {

std::vector<Finding> checkProbe(const ProbeResult& probe);

} // namespace ipsecdoctor
