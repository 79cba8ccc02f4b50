#pragma once
// Narrow interface over the system certificate stores. Win32: CryptoAPI (CertOpenStore,
// CertGetCertificateChain, CryptAcquireCertificatePrivateKey); offline: a loaded bundle
// (read-only). Only public certificate data crosses it: never a private key.

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/util/expected.h"

#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

class CertificateStore {
public:
    virtual ~CertificateStore() = default;

    /// Every certificate of `store`, with facts. For the personal stores (My) also the private
    /// key state and the chain verdict. A store that does not exist is empty, not an error.
    virtual Expected<std::vector<CertificateRecord>> list(CertStore store) = 0;

    /// Adds the DER certificate to `store`. True when it was added, false when the store already
    /// held it (then nothing changed). Needs administrator rights for the machine stores.
    /// `purposes` (EKU OIDs), when not empty, restricts what Windows trusts the added certificate
    /// for (its CERT_ENHKEY_USAGE_PROP_ID property); a certificate that was already there is left
    /// as it was. When the restriction cannot be set, the certificate is not left in the store.
    virtual Expected<bool> add(CertStore store, std::string_view der,
                               const std::vector<std::string>& purposes) = 0;

    /// Removes exactly the certificate with this SHA-1 thumbprint (upper-case hex) from `store`;
    /// Error{NotFound} when it is not there.
    virtual Expected<void> remove(CertStore store, std::string_view thumbprint) = 0;

    /// False for the offline (bundle) backend: nothing may change.
    virtual bool canModify() const = 0;
};

} // namespace ipsecdoctor
