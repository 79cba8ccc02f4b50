#pragma once
// What a VPN profile tells the Certificates step: how it signs in (which certificates matter),
// the name it dials (Windows' server-name rule) and its DisableIKENameEkuCheck.

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/model/vpn_configuration.h"

#include <optional>

namespace ipsecdoctor {

/// The certificate side of a profile's authentication: EAP-TLS → user certificate; EAP-MSCHAPv2
/// and PEAP → password (only the server's root matters); an L2TP profile without a pre-shared key
/// authenticates IPsec with the computer certificate; nullopt when it cannot be told (other EAP
/// types, unknown).
std::optional<AuthMethod> certificateAuthMethod(const VpnProfile& profile);

/// The check input for `profile`: its method, its PhoneNumber, its DisableIKENameEkuCheck (off
/// when the key is absent: Windows' default). No CERTREQ: that comes from the server.
CertificateCheckInput certificateInputForProfile(const VpnProfile& profile);

} // namespace ipsecdoctor
