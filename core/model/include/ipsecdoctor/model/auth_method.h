#pragma once
// How a connection signs in, as the Certificates step judges it: derived from the VPN profile, or
// chosen by the user (CLI --auth, the Certificates page) when no profile says.

#include <optional>
#include <string_view>

namespace ipsecdoctor {

enum class AuthMethod {
    MachineCertificate, // IKEv2 machine certificate (device tunnel) or L2TP/IPsec certificate
    UserCertificate,    // EAP-TLS / smart card: a certificate in CurrentUser\My
    PreSharedKey,       // IKEv2 or L2TP/IPsec pre-shared key: no certificate
    EapMschapv2,        // user name and password; the server is still checked with its certificate
};

std::string_view authMethodId(AuthMethod m); // "machine-cert" | "user-cert" | "psk" | "eap-mschapv2"
std::optional<AuthMethod> authMethodFromId(std::string_view id);

} // namespace ipsecdoctor
