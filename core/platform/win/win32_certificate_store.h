#pragma once
// CertificateStore over CryptoAPI: the system stores of the local machine and the current user.
// Thin on purpose: Windows gives the DER, the private-key association and the chain verdict;
// the facts come from the portable parser (so a bundle reads the same everywhere).

#include "ipsecdoctor/platform/certificate_store.h"

namespace ipsecdoctor::win {

class Win32CertificateStore final : public CertificateStore {
public:
    Expected<std::vector<CertificateRecord>> list(CertStore store) override;
    Expected<bool> add(CertStore store, std::string_view der,
                       const std::vector<std::string>& purposes) override;
    Expected<void> remove(CertStore store, std::string_view thumbprint) override;
    bool canModify() const override { return true; }
};

} // namespace ipsecdoctor::win
