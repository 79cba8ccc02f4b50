#pragma once
// The connection under diagnosis: the VPN profile the user picked (or a server typed in), its
// tunnel type and its sign-in method. Every step and every diagnosis rule is judged for it, and a
// diagnostic bundle records it, so a bundle reopened elsewhere is judged for the same connection.

#include "ipsecdoctor/model/vpn_configuration.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// How the connection was decided; kept so support staff see whether the user chose it.
enum class ConnectionOrigin {
    Chosen,      // the user picked the profile (wizard, --profile)
    OnlyProfile, // the PC has one IPsec profile
    Events,      // the failure events name it
    Typed,       // no profile: server and tunnel type typed in
};
std::string_view connectionOriginId(ConnectionOrigin o); // "chosen" | "only-profile" | "events" | "typed"
std::optional<ConnectionOrigin> connectionOriginFromId(std::string_view id);

struct Connection {
    std::string profile;                         // phonebook entry; empty for a typed server
    TunnelType tunnel = TunnelType::Unknown;     // Unknown: automatic, or not known
    VpnAuthMethod auth = VpnAuthMethod::Unknown; // the sign-in method
    std::string server;                          // what Windows dials
    ConnectionOrigin origin = ConnectionOrigin::Chosen;

    bool isIkev2() const { return tunnel == TunnelType::Ikev2; }
    bool isL2tp() const { return tunnel == TunnelType::L2tp; }
    /// IKEv2 with EAP: user authentication runs inside IKE_AUTH, there is no PPP.
    bool usesEap() const;
    /// The computer's certificate signs in (IKEv2 machine certificate, L2TP/IPsec certificate).
    bool usesMachineCertificate() const { return auth == VpnAuthMethod::MachineCertificate; }
    bool operator==(const Connection&) const = default;
};

/// What the Certificates step was told beyond the connection: the sign-in method and server chosen
/// on its page, and the CAs the server asked for (CERTREQ) when a probe from that page learned
/// them. A bundle records it so that, reopened elsewhere, the step is judged the same way.
struct CertificateChoice {
    std::string auth;   // "machine-cert" | "user-cert" | "psk" | "eap-mschapv2"; empty: the connection's
    std::string server; // empty: the connection's
    std::optional<std::vector<std::string>> certreqCaSha1; // upper-case SHA-1 hex; nullopt: not asked

    bool empty() const { return auth.empty() && server.empty() && !certreqCaSha1; }
    bool operator==(const CertificateChoice&) const = default;
};

/// The connection a phonebook profile describes.
Connection connectionFromProfile(const VpnProfile& profile, ConnectionOrigin origin);

} // namespace ipsecdoctor
