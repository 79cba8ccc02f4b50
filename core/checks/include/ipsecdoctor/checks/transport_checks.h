#pragma once
// Findings from this PC's transport facts (Step::Connectivity): another program on IKE's ports,
// network filters that are not Windows' own, and what could not be read. Pure: the same findings
// live and from a bundle; a snapshot without transport facts gives none.

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <vector>

namespace ipsecdoctor {

/// connectivity.local-port.taken: one per socket of another program on UDP 500 or 4500, an error
/// when IKEEXT does not hold that port itself (it cannot bind it, or the other program receives
/// IKE's packets), a warning when both hold it or the owner has no pid Windows could name.
/// connectivity.wfp.third-party: one note naming the providers that are not Windows' own.
/// connectivity.local-facts.not-collected: a note (no rights, or a system without the API) or a warning (an
/// error while reading).
std::vector<Finding> checkTransportFacts(const SystemSnapshot& snapshot);

/// The findings of the facts alone (the ports' owners, other vendors' filters), without what the
/// collection could not read: for a view that shows the facts.
std::vector<Finding> checkTransportFacts(const TransportFacts& facts);

} // namespace ipsecdoctor
