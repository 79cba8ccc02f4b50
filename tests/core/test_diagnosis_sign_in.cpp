// The diagnosis of the sign-in: pre-shared keys, computer and server certificates, the user's
// credentials, each read for the connection's sign-in method (13806 and 13801 mean different
// things with EAP and with certificates).
#include "diagnosis_machine.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::testing;

TEST(Diagnosis, Wrong789PreSharedKeyBehindAHomeRouterIsNotNatT) {
    // The probe saw NAT in front of this PC only: KB926179 asks nothing of it.
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey)
                       .with(probeFinding("connectivity.nat.detected", Severity::Warning))
                       .with(probeFinding("connectivity.udp500.reachable", Severity::Ok))
                       .dialFailed("789", 2)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.phase1.psk-mismatch");
    EXPECT_TRUE(d.causes.front().local) << "the key is typed on this PC";
    EXPECT_FALSE(listed(d, "cause.transport.nat-t-registry"));
    EXPECT_FALSE(d.provider.recommended);
}

TEST(Diagnosis, TheSame789WithCertificatesIsNotAKeyMismatch) {
    const auto d = Machine()
                       .connection(TunnelType::L2tp, VpnAuthMethod::MachineCertificate)
                       .dialFailed("789")
                       .diagnose();
    EXPECT_FALSE(listed(d, "cause.phase1.psk-mismatch"));
}

TEST(Diagnosis, Error13806ReadsBySignInMethod) {
    const auto eap =
        Machine().connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2).dialFailed("13806").diagnose();
    ASSERT_FALSE(eap.causes.empty());
    EXPECT_EQ(eap.causes.front().id, "cause.server.certificate");
    EXPECT_FALSE(listed(eap, "cause.certificate.machine-certificate"));
    EXPECT_TRUE(eap.provider.recommended);

    const auto machine = Machine()
                             .connection(TunnelType::Ikev2, VpnAuthMethod::MachineCertificate)
                             .with(contract("certificate.machine.missing", Severity::Error,
                                            Step::Certificates, IkePhase::Phase1))
                             .dialFailed("13806")
                             .diagnose();
    ASSERT_FALSE(machine.causes.empty());
    EXPECT_EQ(machine.causes.front().id, "cause.certificate.machine-certificate");
    EXPECT_EQ(machine.causes.front().certainty, Certainty::Proven);
    EXPECT_FALSE(listed(machine, "cause.server.certificate"));
    EXPECT_FALSE(machine.provider.recommended);
}

TEST(Diagnosis, AnUntrustedServerCertificateExplains13801) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::EapTls)
                       .with(contract("certificate.server-ca.not-installed", Severity::Error,
                                      Step::Certificates, IkePhase::Phase1, {{"ca", "CN=Example VPN CA"}}))
                       .dialFailed("13801", 3)
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.untrusted");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
    EXPECT_TRUE(hasEvidence(d.causes.front(), "logs.rasclient.error"));
    EXPECT_FALSE(listed(d, "cause.phase1.authentication")) << "the same 13801, explained";
}

TEST(Diagnosis, A13801AloneIsLikelyTheServerCertificateNotTheServerRefusingThisPc) {
    const auto d =
        Machine().connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2).dialFailed("13801").diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.untrusted");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Likely);
    EXPECT_FALSE(d.causes.front().local) << "a code alone does not show which side to fix";
    EXPECT_TRUE(listed(d, "cause.phase1.authentication"));
    EXPECT_TRUE(d.provider.recommended);
}

TEST(Diagnosis, UserSignInIsIkeAuthWithIkev2AndPppWithL2tp) {
    const auto ikev2 =
        Machine().connection(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2).dialFailed("691").diagnose();
    ASSERT_FALSE(ikev2.causes.empty());
    EXPECT_EQ(ikev2.causes.front().id, "cause.user-auth.rejected");
    EXPECT_EQ(ikev2.provider.exchange, "ike-auth");
    const auto l2tp =
        Machine().connection(TunnelType::L2tp, VpnAuthMethod::PreSharedKey).dialFailed("691").diagnose();
    ASSERT_FALSE(l2tp.causes.empty());
    EXPECT_EQ(l2tp.provider.exchange, "ppp");
}

TEST(Diagnosis, CertificateExpiredWithItsCode) {
    const auto d = Machine()
                       .connection(TunnelType::Ikev2, VpnAuthMethod::MachineCertificate)
                       .with(contract("certificate.machine.expired", Severity::Error, Step::Certificates,
                                      IkePhase::Phase1))
                       .dialFailed("-2146762495")
                       .diagnose();
    ASSERT_FALSE(d.causes.empty());
    EXPECT_EQ(d.causes.front().id, "cause.certificate.expired");
    EXPECT_EQ(d.causes.front().certainty, Certainty::Proven);
    EXPECT_TRUE(d.causes.front().local);
}
