#include "ipsecdoctor/collect/certificate_collector.h"
#include "ipsecdoctor/util/logging.h"

#include <array>

namespace ipsecdoctor {

CertificateInventory collectCertificates(CertificateStore& store, std::vector<CollectionError>& errors) {
    static constexpr std::array<CertStore, 5> kStores{CertStore::MachineMy, CertStore::UserMy,
                                                      CertStore::MachineRoot, CertStore::MachineCa,
                                                      CertStore::UserRoot};
    CertificateInventory inventory;
    inventory.collected = true;
    for (const CertStore s : kStores) {
        auto records = store.list(s);
        if (!records) {
            logger()->warn("cannot read certificate store {}: {} (native {})", certStorePath(s),
                           records.error().detail, records.error().native);
            errors.push_back(CollectionError{"certificates", std::string(certStoreId(s)),
                                             std::string(errorCodeId(records.error().code)),
                                             records.error().native});
            continue;
        }
        logger()->info("certificate store {}: {} certificates", certStorePath(s), records->size());
        for (auto& r : *records) {
            inventory.certificates.push_back(std::move(r));
        }
    }
    return inventory;
}

} // namespace ipsecdoctor
