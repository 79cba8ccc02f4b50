// The bridge from the IKE probe to the Certificates step: the CERTREQ list as the checks expect
// it, "not asked" when the server did not answer IKEv2, and the probe the step runs. The probe
// itself against a real strongSwan, with real certificate checks, is tests/ike (certreq-*).

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/checks/certificate_probe.h"

#include "cert_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;
using ipsecdoctor::testing::pkiFacts;
using ipsecdoctor::testing::pkiRecord;

namespace {

ProbeResult answered(std::vector<std::string> certreq) {
    ProbeResult r;
    r.host = "vpn.example.test";
    r.transport = "reachable";
    r.reachable = true;
    r.ikev2.probed = true;
    r.ikev2.answered = true;
    r.certreqCaSha1 = std::move(certreq);
    return r;
}

std::string lower(std::string s) {
    for (auto& c : s) {
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return s;
}

} // namespace

TEST(CertificateProbe, CertreqIsUpperCaseAndMatchesTheInstalledCa) {
    const auto root = pkiFacts("root").spkiSha1;
    const auto list = certreqFromProbe(answered({lower(root), "00112233"})); // a short hash is dropped
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(*list, std::vector<std::string>{root});
    EXPECT_TRUE(certreqProbeFindings(answered({lower(root)})).empty());

    SystemSnapshot s;
    s.collectedAt = "2026-01-01T00:00:00Z";
    s.certificates.collected = true;
    s.certificates.certificates.push_back(
        pkiRecord("root", CertStore::MachineRoot, PrivateKeyState::NotChecked));
    CertificateCheckInput in;
    in.authMethod = AuthMethod::EapMschapv2;
    in.now = pkiFacts("root").notBefore + 2 * 86400;
    in.certreqCaSha1 = list;
    const auto fs = checkCertificates(s, in);
    EXPECT_TRUE(std::any_of(fs.begin(), fs.end(),
                            [](const Finding& f) { return f.id == "certificate.server-ca.installed"; }));
}

TEST(CertificateProbe, AnAnswerWithoutCertreqAsksForNothingNoAnswerIsUnknown) {
    auto psk = certreqFromProbe(answered({}));
    ASSERT_TRUE(psk.has_value());
    EXPECT_TRUE(psk->empty());

    ProbeResult silent;
    silent.host = "vpn.example.test";
    silent.transport = "timeout";
    silent.ikev2.probed = true;
    EXPECT_FALSE(certreqFromProbe(silent).has_value());
    const auto fs = certreqProbeFindings(silent);
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].id, "certificate.server-ca.unknown");
    EXPECT_EQ(fs[0].severity, Severity::Info);
    EXPECT_EQ(fs[0].step, Step::Certificates);
    EXPECT_EQ(fs[0].evidence.at("transport"), "timeout");
    EXPECT_EQ(fs[0].evidence.at("server"), "vpn.example.test");
}

TEST(CertificateProbe, TheStepAsksOnlyIkev2WithWindowsProposals) {
    const auto o = certreqProbeOptions("vpn.example.test");
    EXPECT_EQ(o.host, "vpn.example.test");
    EXPECT_EQ(o.versions, ike::IkeVersions::V2);
    EXPECT_FALSE(o.discover);
    EXPECT_FALSE(o.aggressiveMode);
    EXPECT_LE(o.deadline, std::chrono::milliseconds(10000));
}
