#pragma once
// The Certificates step's evidence: every store IKE uses, read through the platform's store.

#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/platform/certificate_store.h"

#include <vector>

namespace ipsecdoctor {

/// Collects every store IKE uses; a store that fails is recorded in `errors` as area
/// "certificates" (target: the store id) and the others are still collected.
CertificateInventory collectCertificates(CertificateStore& store, std::vector<CollectionError>& errors);

} // namespace ipsecdoctor
