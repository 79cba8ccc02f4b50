// Fuzz target for the X.509 reader (certificates come from stores, bundles and files the user
// picks): parseCertificate, certificateDerFromFile (DER or PEM), and the checks over whatever
// parses. Invariants: a parsed certificate has a 40-digit thumbprint and SPKI hash, and its
// inventory survives the JSON round trip unchanged.
//
// Seeds in corpus/x509: certificates of the test PKI (tests/support/pki/make_test_pki.sh),
// public parts only: a root, a machine certificate with a UTF-8 subject, a server certificate
// with DNS and IP SANs, and the machine certificate as PEM.

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/json/certificate_json.h"

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_x509: invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsecdoctor;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto der = certificateDerFromFile(input);
    if (!der) {
        return 0;
    }
    auto facts = parseCertificate(*der);
    if (!facts) {
        return 0;
    }
    require(facts->thumbprint.size() == 40 && facts->spkiSha1.size() == 40, "hash sizes");
    SystemSnapshot snapshot;
    snapshot.collectedAt = "2026-11-27T10:15:00Z";
    snapshot.certificates.collected = true;
    CertificateRecord record;
    record.store = CertStore::MachineMy;
    record.der = *der;
    record.facts = *facts;
    record.privateKey = PrivateKeyState::Accessible;
    snapshot.certificates.certificates.push_back(record);
    CertificateCheckInput in;
    in.authMethod = AuthMethod::MachineCertificate;
    in.certreqCaSha1 = std::vector<std::string>{facts->spkiSha1};
    in.serverName = facts->subjectCommonName;
    (void)checkCertificates(snapshot, in);
    (void)serverCertificateNameProblems(*facts, "vpn.example.test");
    auto back = certificateInventoryFromJson(toJson(snapshot.certificates));
    require(back.hasValue(), "inventory JSON round trip parses");
    require(back.value() == snapshot.certificates, "inventory JSON round trip is lossless");
    return 0;
}
