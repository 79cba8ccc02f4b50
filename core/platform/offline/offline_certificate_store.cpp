#include "ipsecdoctor/platform/offline_certificate_store.h"

namespace ipsecdoctor {

Expected<std::vector<CertificateRecord>> OfflineCertificateStore::list(CertStore store) {
    if (!m_inventory.collected) {
        return Error::make(ErrorCode::NotFound, "this diagnostic bundle holds no certificate inventory");
    }
    std::vector<CertificateRecord> out;
    for (const auto& c : m_inventory.certificates) {
        if (c.store == store) {
            out.push_back(c);
        }
    }
    return out;
}

Expected<bool> OfflineCertificateStore::add(CertStore, std::string_view, const std::vector<std::string>&) {
    return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
}

Expected<void> OfflineCertificateStore::remove(CertStore, std::string_view) {
    return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
}

} // namespace ipsecdoctor
