#pragma once
// How the VPN profile authenticates: decides which certificates the connection needs. The VPN
// profile inventory (issue 4) will supply it; until then the user chooses it (CLI --auth, GUI).

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
