#pragma once
// Collection of the transport facts: the owners of UDP 500 and 4500, then the WFP providers
// (each judged Windows' own or not). A part that cannot be read is a CollectionError of area
// "transport" (target "udp-owners" or "wfp-providers"); the other part is still collected.

#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/platform/transport_facts_source.h"

#include <vector>

namespace ipsecdoctor {

TransportFacts collectTransportFacts(TransportFactsSource& source, std::vector<CollectionError>& errors);

} // namespace ipsecdoctor
