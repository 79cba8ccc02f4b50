#pragma once

#include "ipsecdoctor/platform/certificate_store.h"

namespace ipsecdoctor {

/// Answers from a loaded bundle's inventory (facts re-read from the DER when it was loaded);
/// every change fails with Error{ReadOnly}.
class OfflineCertificateStore final : public CertificateStore {
public:
    explicit OfflineCertificateStore(CertificateInventory inventory) : m_inventory(std::move(inventory)) {}

    Expected<std::vector<CertificateRecord>> list(CertStore store) override;
    Expected<bool> add(CertStore store, std::string_view der,
                       const std::vector<std::string>& purposes) override;
    Expected<void> remove(CertStore store, std::string_view thumbprint) override;
    bool canModify() const override { return false; }

private:
    CertificateInventory m_inventory;
};

} // namespace ipsecdoctor
