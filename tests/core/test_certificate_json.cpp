// The certificate inventory in snapshots and bundles: round trip, facts re-read from the DER,
// older bundles without it, hostile values.

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/json/certificate_json.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/platform/offline_certificate_store.h"

#include "cert_test_support.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using ipsecdoctor::testing::pkiRecord;

namespace {

SystemSnapshot snapshotWithCertificates() {
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:15:00Z";
    s.machine.hostname = "PC1";
    s.certificates.collected = true;
    auto machine = pkiRecord("machine-good", CertStore::MachineMy, PrivateKeyState::Accessible,
                             {"machine-good", "intermediate", "root"});
    machine.chain.revocation = RevocationStatus::Unknown;
    machine.chain.errorStatus = 0x40;
    s.certificates.certificates.push_back(machine);
    s.certificates.certificates.push_back(
        pkiRecord("root", CertStore::MachineRoot, PrivateKeyState::NotChecked));
    return s;
}

} // namespace

TEST(CertificateJson, SnapshotRoundTrip) {
    const auto s = snapshotWithCertificates();
    auto back = snapshotFromJson(toJson(s));
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(back->certificates, s.certificates);
}

TEST(CertificateJson, FactsComeFromTheDerNotFromTheJson) {
    auto j = toJson(snapshotWithCertificates());
    j["certificates"]["items"][0]["facts"]["subject"] = "CN=forged";
    auto back = snapshotFromJson(j);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->certificates.certificates[0].facts.subjectCommonName, "pc1.example.test");
}

TEST(CertificateJson, OlderSnapshotWithoutCertificatesStillLoads) {
    auto j = toJson(snapshotWithCertificates());
    j.erase("certificates");
    auto back = snapshotFromJson(j);
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_FALSE(back->certificates.collected);
}

TEST(CertificateJson, HostileValuesAreMalformedWithTheirPath) {
    auto j = toJson(snapshotWithCertificates());
    auto bad = j;
    bad["certificates"]["items"][0]["der_base64"] = "AAAA";
    auto r = snapshotFromJson(bad);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().detail.find("snapshot.certificates.items[0].der_base64"), std::string::npos);
    bad = j;
    bad["certificates"]["items"][0]["store"] = "machine-everything";
    EXPECT_FALSE(snapshotFromJson(bad));
    bad = j;
    bad["certificates"]["items"][0]["chain"]["elements"][0]["not_after"] = "yesterday";
    EXPECT_FALSE(snapshotFromJson(bad));
    bad = j;
    bad["certificates"]["items"][0]["der_base64"] = "!!!!";
    EXPECT_FALSE(snapshotFromJson(bad));
}

TEST(CertificateJson, BundleCarriesCertificatesAndOfflineStoreReadsThem) {
    const auto s = snapshotWithCertificates();
    auto zip = buildBundle(s, {}, "log line\n");
    ASSERT_TRUE(zip) << zip.error().detail;
    // Public data only: no PEM private key marker can be in it, whatever the inventory.
    EXPECT_EQ(zip->find("PRIVATE KEY"), std::string::npos);
    auto bundle = parseBundle(*zip);
    ASSERT_TRUE(bundle) << bundle.error().detail;
    OfflineCertificateStore offline(bundle->snapshot.certificates);
    auto mine = offline.list(CertStore::MachineMy);
    ASSERT_TRUE(mine);
    ASSERT_EQ(mine->size(), 1u);
    EXPECT_EQ(mine->front(), s.certificates.certificates[0]);
}
