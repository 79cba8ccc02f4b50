#pragma once
// Certificate records built from the test PKI for check and remediation tests, and an in-memory
// CertificateStore (the Win32 one is tested against Wine's crypt32 in tests/win).

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/platform/certificate_store.h"

#include "test_pki.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <stdexcept>

namespace ipsecdoctor::testing {

inline CertificateFacts pkiFacts(const std::string& name) {
    auto facts = parseCertificate(pkiFile(name + ".der"));
    if (!facts) {
        throw std::runtime_error(name + ": " + facts.error().detail);
    }
    return std::move(facts).value();
}

/// A record as the Win32 backend would give it, with a chain of the named certificates
/// (leaf first) whose flags the test sets.
inline CertificateRecord pkiRecord(const std::string& name, CertStore store,
                                   PrivateKeyState key = PrivateKeyState::Accessible,
                                   std::initializer_list<std::string> chain = {}) {
    CertificateRecord r;
    r.store = store;
    r.der = pkiFile(name + ".der");
    r.facts = pkiFacts(name);
    r.privateKey = key;
    if (chain.size() > 0) {
        r.chain.evaluated = true;
        r.chain.trusted = true;
        r.chain.revocation = RevocationStatus::Good;
        for (const auto& n : chain) {
            const auto f = pkiFacts(n);
            r.chain.elements.push_back(ChainElement{f.subject, f.thumbprint, f.spkiSha1, f.notAfter, true});
        }
    }
    return r;
}

/// An in-memory store: add/remove behave as CryptoAPI's (duplicates refused, remove by thumbprint).
class MemoryCertificateStore final : public CertificateStore {
public:
    std::vector<CertificateRecord> records;
    /// The purposes each added certificate was restricted to, by thumbprint (as Windows keeps the
    /// CERT_ENHKEY_USAGE_PROP_ID property beside the certificate).
    std::map<std::string, std::vector<std::string>> purposes;
    bool failAdd = false;

    Expected<std::vector<CertificateRecord>> list(CertStore store) override {
        std::vector<CertificateRecord> out;
        std::copy_if(records.begin(), records.end(), std::back_inserter(out),
                     [&](const CertificateRecord& r) { return r.store == store; });
        return out;
    }
    Expected<bool> add(CertStore store, std::string_view der,
                       const std::vector<std::string>& restrictTo) override {
        if (failAdd) {
            return Error::make(ErrorCode::AccessDenied, "simulated: access denied", 5);
        }
        auto facts = parseCertificate(der);
        if (!facts) {
            return facts.error();
        }
        if (find(store, facts->thumbprint) != records.end()) {
            return false;
        }
        CertificateRecord r;
        r.store = store;
        r.der = std::string(der);
        r.facts = std::move(facts).value();
        if (!restrictTo.empty()) {
            purposes[r.facts.thumbprint] = restrictTo;
        }
        records.push_back(std::move(r));
        return true;
    }
    Expected<void> remove(CertStore store, std::string_view thumbprint) override {
        auto it = find(store, thumbprint);
        if (it == records.end()) {
            return Error::make(ErrorCode::NotFound, "simulated: not in store");
        }
        records.erase(it);
        return {};
    }
    bool canModify() const override { return true; }

private:
    std::vector<CertificateRecord>::iterator find(CertStore store, std::string_view thumbprint) {
        return std::find_if(records.begin(), records.end(), [&](const CertificateRecord& r) {
            return r.store == store && r.facts.thumbprint == thumbprint;
        });
    }
};

} // namespace ipsecdoctor::testing
