// A VPN profile as the Certificates step's input: which certificates its authentication needs,
// the name it dials and its DisableIKENameEkuCheck.

#include "ipsecdoctor/checks/certificate_profile.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

namespace {

VpnProfile profile(VpnAuthMethod auth, TunnelType tunnel, bool psk = false) {
    VpnProfile p;
    p.name = "Bureau";
    p.server = "vpn.example.test";
    p.auth = auth;
    p.tunnel = tunnel;
    p.preSharedKeyConfigured = psk;
    return p;
}

} // namespace

TEST(CertificateProfile, AuthenticationDecidesWhichCertificatesMatter) {
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::MachineCertificate, TunnelType::Ikev2)),
              AuthMethod::MachineCertificate);
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::EapTls, TunnelType::Ikev2)),
              AuthMethod::UserCertificate);
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::EapMschapv2, TunnelType::Ikev2)),
              AuthMethod::EapMschapv2);
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::Peap, TunnelType::Ikev2)),
              AuthMethod::EapMschapv2);
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::PreSharedKey, TunnelType::L2tp, true)),
              AuthMethod::PreSharedKey);
    // L2TP with a PPP password and no pre-shared key: IPsec uses the computer certificate.
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::Password, TunnelType::L2tp)),
              AuthMethod::MachineCertificate);
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::Password, TunnelType::Ikev2)), std::nullopt);
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::OtherEap, TunnelType::Ikev2)), std::nullopt);
    EXPECT_EQ(certificateAuthMethod(profile(VpnAuthMethod::Unknown, TunnelType::Unknown)), std::nullopt);
}

TEST(CertificateProfile, InputCarriesTheDialledNameAndTheNameCheckSetting) {
    auto p = profile(VpnAuthMethod::EapMschapv2, TunnelType::Ikev2);
    auto in = certificateInputForProfile(p);
    EXPECT_EQ(in.serverName, "vpn.example.test");
    EXPECT_EQ(in.nameEkuCheckDisabled, false); // absent: Windows checks the name
    EXPECT_FALSE(in.certreqCaSha1.has_value());
    p.ikeNameEkuCheckDisabled = true;
    EXPECT_EQ(certificateInputForProfile(p).nameEkuCheckDisabled, true);
}
