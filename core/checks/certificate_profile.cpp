#include "ipsecdoctor/checks/certificate_profile.h"

namespace ipsecdoctor {

std::optional<AuthMethod> certificateAuthMethod(const VpnProfile& p) {
    switch (p.auth) {
    case VpnAuthMethod::PreSharedKey:
        return AuthMethod::PreSharedKey;
    case VpnAuthMethod::MachineCertificate:
        return AuthMethod::MachineCertificate;
    case VpnAuthMethod::EapTls:
        return AuthMethod::UserCertificate;
    case VpnAuthMethod::EapMschapv2:
    case VpnAuthMethod::Peap:
        return AuthMethod::EapMschapv2;
    case VpnAuthMethod::Password:
        // L2TP/IPsec: the PPP password is checked inside IPsec, and IPsec itself uses the
        // computer certificate unless a pre-shared key is configured (facts §6).
        if (p.tunnel == TunnelType::L2tp && !p.preSharedKeyConfigured) {
            return AuthMethod::MachineCertificate;
        }
        return std::nullopt;
    case VpnAuthMethod::OtherEap:
    case VpnAuthMethod::Unknown:
        return std::nullopt;
    }
    return std::nullopt;
}

CertificateCheckInput certificateInputForProfile(const VpnProfile& p) {
    CertificateCheckInput in;
    in.authMethod = certificateAuthMethod(p);
    in.serverName = p.server;
    in.nameEkuCheckDisabled = p.ikeNameEkuCheckDisabled.value_or(false);
    return in;
}

} // namespace ipsecdoctor
