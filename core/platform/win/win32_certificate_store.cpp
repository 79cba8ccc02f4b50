// Win32 certificate stores (ipsec-facts.md §6 "Checks via API"). tests/win/README.md lists
// what Wine's crypt32 does and does not do here.

#define CERT_CHAIN_PARA_HAS_EXTRA_FIELDS // dwUrlRetrievalTimeout in CERT_CHAIN_PARA
#include "win32_certificate_store.h"

#include "ipsecdoctor/util/logging.h"

#include "ipsecdoctor/util/hex.h"
#include "ipsecdoctor/util/win/win_error.h"

#include <windows.h>

#include <ncrypt.h>
#include <wincrypt.h>

namespace ipsecdoctor::win {
namespace {

constexpr DWORD kEncoding = X509_ASN_ENCODING | PKCS_7_ASN_ENCODING;
// Revocation servers get this long in total per chain: a wizard must not hang on a dead CRL URL.
constexpr DWORD kRevocationTimeoutMs = 5000;

struct StoreLocation {
    DWORD location;
    const wchar_t* name;
};

StoreLocation locationOf(CertStore s) {
    switch (s) {
    case CertStore::MachineMy:
        return {CERT_SYSTEM_STORE_LOCAL_MACHINE, L"MY"};
    case CertStore::UserMy:
        return {CERT_SYSTEM_STORE_CURRENT_USER, L"MY"};
    case CertStore::MachineRoot:
        return {CERT_SYSTEM_STORE_LOCAL_MACHINE, L"ROOT"};
    case CertStore::MachineCa:
        return {CERT_SYSTEM_STORE_LOCAL_MACHINE, L"CA"};
    case CertStore::UserRoot:
        return {CERT_SYSTEM_STORE_CURRENT_USER, L"ROOT"};
    }
    return {CERT_SYSTEM_STORE_LOCAL_MACHINE, L"MY"};
}

/// Owns an HCERTSTORE.
class StoreHandle {
public:
    explicit StoreHandle(HCERTSTORE h) : m_h(h) {}
    ~StoreHandle() {
        if (m_h) {
            CertCloseStore(m_h, 0);
        }
    }
    StoreHandle(const StoreHandle&) = delete;
    StoreHandle& operator=(const StoreHandle&) = delete;
    HCERTSTORE get() const { return m_h; }

private:
    HCERTSTORE m_h;
};

HCERTSTORE openStore(CertStore s, DWORD flags) {
    const auto loc = locationOf(s);
    return CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0, loc.location | flags, loc.name);
}

std::string derOf(PCCERT_CONTEXT c) {
    return std::string(reinterpret_cast<const char*>(c->pbCertEncoded), c->cbCertEncoded);
}

PrivateKeyState privateKeyState(PCCERT_CONTEXT c) {
    DWORD size = 0;
    if (!CertGetCertificateContextProperty(c, CERT_KEY_PROV_INFO_PROP_ID, nullptr, &size)) {
        return PrivateKeyState::None;
    }
    // Silent: a smart card or a protected key must not prompt during a diagnosis.
    HCRYPTPROV_OR_NCRYPT_KEY_HANDLE key = 0;
    DWORD keySpec = 0;
    BOOL mustFree = FALSE;
    if (!CryptAcquireCertificatePrivateKey(c, CRYPT_ACQUIRE_SILENT_FLAG | CRYPT_ACQUIRE_ALLOW_NCRYPT_KEY_FLAG,
                                           nullptr, &key, &keySpec, &mustFree)) {
        const DWORD first = GetLastError();
        // CryptoAPI-only implementations (Wine) refuse the CNG flag itself: ask for a CAPI key.
        if (!CryptAcquireCertificatePrivateKey(c, CRYPT_ACQUIRE_SILENT_FLAG, nullptr, &key, &keySpec,
                                               &mustFree)) {
            logger()->info("private key of a certificate cannot be acquired: native 0x{:08x} / 0x{:08x}",
                           first, GetLastError());
            return PrivateKeyState::Inaccessible;
        }
    }
    if (mustFree) {
        if (keySpec == CERT_NCRYPT_KEY_SPEC) {
            NCryptFreeObject(key);
        } else {
            CryptReleaseContext(key, 0);
        }
    }
    return PrivateKeyState::Accessible;
}

ChainStatus chainStatus(PCCERT_CONTEXT c, bool machine) {
    ChainStatus out;
    CERT_CHAIN_PARA para{};
    para.cbSize = sizeof para;
    para.dwUrlRetrievalTimeout = kRevocationTimeoutMs;
    PCCERT_CHAIN_CONTEXT chain = nullptr;
    // The machine engine (LocalMachine\Root and \CA) for machine certificates, as IKEEXT builds
    // it; the user's for user certificates. The root itself is not revocation-checked (nobody
    // revokes a root by CRL).
    const DWORD flags =
        CERT_CHAIN_REVOCATION_CHECK_CHAIN_EXCLUDE_ROOT | CERT_CHAIN_REVOCATION_ACCUMULATIVE_TIMEOUT;
    if (!CertGetCertificateChain(machine ? HCCE_LOCAL_MACHINE : HCCE_CURRENT_USER, c, nullptr, nullptr, &para,
                                 flags, nullptr, &chain)) {
        logger()->warn("CertGetCertificateChain failed: native 0x{:08x}", GetLastError());
        return out;
    }
    const DWORD status = chain->TrustStatus.dwErrorStatus;
    out.evaluated = true;
    out.errorStatus = status;
    out.partial = (status & CERT_TRUST_IS_PARTIAL_CHAIN) != 0;
    out.untrustedRoot = (status & CERT_TRUST_IS_UNTRUSTED_ROOT) != 0;
    out.notTimeValid = (status & CERT_TRUST_IS_NOT_TIME_VALID) != 0;
    out.signatureInvalid = (status & CERT_TRUST_IS_NOT_SIGNATURE_VALID) != 0;
    constexpr DWORD kTrustErrors = CERT_TRUST_IS_PARTIAL_CHAIN | CERT_TRUST_IS_UNTRUSTED_ROOT |
                                   CERT_TRUST_IS_NOT_TIME_VALID | CERT_TRUST_IS_NOT_SIGNATURE_VALID |
                                   CERT_TRUST_IS_CYCLIC | CERT_TRUST_IS_REVOKED;
    out.trusted = (status & kTrustErrors) == 0;
    if (status & CERT_TRUST_IS_REVOKED) {
        out.revocation = RevocationStatus::Revoked;
    } else if (status & CERT_TRUST_IS_OFFLINE_REVOCATION) {
        out.revocation = RevocationStatus::Offline;
    } else if (status & CERT_TRUST_REVOCATION_STATUS_UNKNOWN) {
        out.revocation = RevocationStatus::Unknown;
    } else {
        out.revocation = RevocationStatus::Good;
    }
    if (chain->cChain > 0) {
        const CERT_SIMPLE_CHAIN* simple = chain->rgpChain[0];
        for (DWORD i = 0; i < simple->cElement && i < 16; ++i) {
            const CERT_CHAIN_ELEMENT* e = simple->rgpElement[i];
            ChainElement element;
            auto facts = parseCertificate(derOf(e->pCertContext));
            if (facts) {
                element.subject = facts->subject;
                element.thumbprint = facts->thumbprint;
                element.spkiSha1 = facts->spkiSha1;
                element.notAfter = facts->notAfter;
            }
            element.timeValid = (e->TrustStatus.dwErrorStatus & CERT_TRUST_IS_NOT_TIME_VALID) == 0;
            out.elements.push_back(std::move(element));
        }
    }
    CertFreeCertificateChain(chain);
    return out;
}

} // namespace

Expected<std::vector<CertificateRecord>> Win32CertificateStore::list(CertStore s) {
    StoreHandle store(openStore(s, CERT_STORE_READONLY_FLAG | CERT_STORE_OPEN_EXISTING_FLAG));
    std::vector<CertificateRecord> out;
    if (!store.get()) {
        const DWORD e = GetLastError();
        if (e == ERROR_FILE_NOT_FOUND) {
            return out; // the store was never created: it holds nothing
        }
        return win32Error(e, "opening certificate store " + std::string(certStorePath(s)));
    }
    const bool personal = s == CertStore::MachineMy || s == CertStore::UserMy;
    PCCERT_CONTEXT c = nullptr;
    while ((c = CertEnumCertificatesInStore(store.get(), c)) != nullptr) {
        CertificateRecord r;
        r.store = s;
        r.der = derOf(c);
        auto facts = parseCertificate(r.der);
        if (!facts) {
            // Windows accepted it; we cannot read it. Keep going with the others.
            logger()->warn("certificate in {} not readable: {}", certStorePath(s), facts.error().detail);
            continue;
        }
        r.facts = std::move(facts).value();
        if (personal) {
            r.privateKey = privateKeyState(c);
            r.chain = chainStatus(c, isMachineStore(s));
        }
        out.push_back(std::move(r));
        if (out.size() >= 2000) {
            CertFreeCertificateContext(c);
            break;
        }
    }
    return out;
}

Expected<bool> Win32CertificateStore::add(CertStore s, std::string_view der,
                                          const std::vector<std::string>& purposes) {
    StoreHandle store(openStore(s, 0));
    if (!store.get()) {
        return lastWin32Error("opening certificate store " + std::string(certStorePath(s)) + " for writing");
    }
    PCCERT_CONTEXT added = nullptr;
    if (!CertAddEncodedCertificateToStore(store.get(), kEncoding, reinterpret_cast<const BYTE*>(der.data()),
                                          static_cast<DWORD>(der.size()), CERT_STORE_ADD_NEW, &added)) {
        const DWORD e = GetLastError();
        if (e == static_cast<DWORD>(CRYPT_E_EXISTS)) {
            return false;
        }
        return win32Error(e, "adding a certificate to " + std::string(certStorePath(s)));
    }
    if (!purposes.empty()) {
        // CertSetEnhancedKeyUsage encodes the list into the CERT_ENHKEY_USAGE_PROP_ID property.
        std::vector<LPSTR> oids;
        for (const auto& oid : purposes) {
            oids.push_back(const_cast<LPSTR>(oid.c_str()));
        }
        CERT_ENHKEY_USAGE usage{static_cast<DWORD>(oids.size()), oids.data()};
        if (!CertSetEnhancedKeyUsage(added, &usage)) {
            const DWORD e = GetLastError();
            CertDeleteCertificateFromStore(added); // frees `added`; not trusted without its limits
            return win32Error(e, "restricting the purposes of a certificate in " +
                                     std::string(certStorePath(s)));
        }
    }
    CertFreeCertificateContext(added);
    return true;
}

Expected<void> Win32CertificateStore::remove(CertStore s, std::string_view thumbprint) {
    auto hash = hexDecode(thumbprint);
    if (!hash || hash->size() != 20) {
        return Error::make(ErrorCode::InvalidArgument, "not a SHA-1 thumbprint: " + std::string(thumbprint));
    }
    // The registry store of that system store: where CertAddEncodedCertificateToStore put it. (The
    // system store is a collection; Wine's LocalMachine\Root keeps a copy a delete through the
    // collection does not reach, see tests/win/README.md.)
    const auto loc = locationOf(s);
    StoreHandle store(CertOpenStore(CERT_STORE_PROV_SYSTEM_REGISTRY_W, 0, 0,
                                    loc.location | CERT_STORE_OPEN_EXISTING_FLAG, loc.name));
    if (!store.get()) {
        return lastWin32Error("opening certificate store " + std::string(certStorePath(s)) + " for writing");
    }
    CRYPT_HASH_BLOB blob{static_cast<DWORD>(hash->size()), reinterpret_cast<BYTE*>(hash->data())};
    PCCERT_CONTEXT c =
        CertFindCertificateInStore(store.get(), kEncoding, 0, CERT_FIND_SHA1_HASH, &blob, nullptr);
    if (!c) {
        return Error::make(ErrorCode::NotFound, "no certificate " + std::string(thumbprint) + " in " +
                                                    std::string(certStorePath(s)));
    }
    if (!CertDeleteCertificateFromStore(c)) { // frees c, also on failure
        return lastWin32Error("removing certificate " + std::string(thumbprint) + " from " +
                              std::string(certStorePath(s)));
    }
    return {};
}

} // namespace ipsecdoctor::win
