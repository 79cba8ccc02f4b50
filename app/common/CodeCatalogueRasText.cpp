// The plain explanation and the next action of the Remote Access (RAS) error codes, 600-899, in
// English here and in French in translations/ipsecdoctor_fr.ts.
#include "CodeCatalogue.h"

namespace ipsecdoctor::app {

std::optional<CodeText> CodeCatalogue::rasText(std::uint32_t code) {
    switch (code) {
    case 619:
        return CodeText{
            tr("The connection was cut while the tunnel was being set up: something between this PC and "
               "the server (firewall, NAT router) stopped it."),
            tr("Check that UDP ports 500 and 4500 are open on your network, then look at the IKE codes "
               "logged just before.")};
    case 628:
        return CodeText{
            tr("The server ended the connection before it was complete. The code itself is generic; with "
               "L2TP/IPsec it usually means the server refused the sign-in protocols the connection "
               "allows."),
            tr("With L2TP/IPsec: in the connection's properties, Security tab, under \"Allow these "
               "protocols\", tick CHAP and Microsoft CHAP Version 2 (MS-CHAP v2). Otherwise look at the IKE "
               "codes and events logged just before this one: they name the real cause.")};
    case 631:
        return CodeText{
            tr("The connection was ended on this PC: by you, or by a program that hung up the connection."),
            tr("Nothing to repair if you disconnected; otherwise check which VPN client or script ends the "
               "connection.")};
    case 633:
        return CodeText{
            tr("The device the connection needs is already in use or not configured properly: another VPN "
               "connection or VPN program holds the WAN Miniport of this tunnel type, or the WAN Miniport "
               "adapter is damaged."),
            tr("Disconnect the other VPN connections and quit other VPN programs, then restart the computer "
               "and connect again; reinstalling the WAN Miniport adapters in Device Manager is a last "
               "resort.")};
    case 691:
        return CodeText{
            tr("The server rejected the user name, password or domain, or does not allow the sign-in "
               "protocol. With L2TP/IPsec this is the PPP sign-in after the IPsec tunnel worked; with "
               "IKEv2 the user sign-in (EAP) runs inside the IKE authentication, before any tunnel "
               "exists."),
            tr("Check your user name and password; if they are right, ask your VPN provider whether your "
               "account and authentication method (MS-CHAPv2, EAP) are allowed.")};
    case 720:
        return CodeText{
            tr("No network protocol could be agreed after the tunnel came up: Internet Protocol Version 4 "
               "(TCP/IPv4) is unticked in the connection's Networking tab, the server has no address to "
               "give, or the WAN Miniport (IP) adapter of this PC is damaged."),
            tr("In the connection's properties, Networking tab, tick Internet Protocol Version 4 "
               "(TCP/IPv4); ask your VPN provider whether the server's address pool is full. Reinstalling "
               "the WAN Miniport adapters in Device Manager is a last resort.")};
    case 741:
        return CodeText{
            tr("This PC cannot provide the data encryption the connection requires (the \"Data "
               "encryption\" choice of its Security tab) with this VPN type."),
            tr("Set the VPN type your provider uses (IKEv2 or L2TP/IPsec) and, in the Security tab, "
               "\"Require encryption\"; do not choose optional or no encryption to get around it.")};
    case 742:
        return CodeText{
            tr("The server does not support the data encryption the connection requires (the \"Data "
               "encryption\" choice of its Security tab)."),
            tr("If the connection asks for \"Maximum strength encryption\", try \"Require encryption\"; "
               "do not choose optional or no encryption: ask your VPN provider which encryption the "
               "server supports.")};
    case 766:
    case 786:
        return CodeText{
            tr("Windows found no valid computer certificate for this L2TP/IPsec connection: Windows "
               "authenticates L2TP/IPsec with a computer certificate unless the connection is set to a "
               "pre-shared key."),
            tr("If your VPN provider gave you a pre-shared key: in the connection's properties, Security "
               "tab, Advanced settings, choose \"Use preshared key for authentication\" and enter it. "
               "Otherwise install the computer certificate your provider gives you in the computer's "
               "Personal store.")};
    case 787:
        return CodeText{
            tr("The L2TP/IPsec security layer could not authenticate the server: the pre-shared key "
               "differs or the server's certificate is not trusted."),
            tr("Enter the pre-shared key again exactly as given by your VPN provider; with certificates, "
               "install the provider's root certificate.")};
    case 788:
        return CodeText{
            tr("This PC and the server found no security settings (encryption, integrity, Diffie-Hellman "
               "group) they both accept."),
            tr("Align the connection's IPsec settings with the server's, or ask your VPN provider to "
               "accept the settings Windows offers.")};
    case 789:
        return CodeText{
            tr("The L2TP/IPsec negotiation failed at the start. The first reading is a pre-shared key that "
               "differs from the server's; then a certificate problem, or a server behind NAT without the "
               "NAT-T registry setting."),
            tr("Enter the pre-shared key again (Security tab, Advanced settings): it is set on this PC. "
               "Only if the server itself is behind a NAT router, set "
               "AssumeUDPEncapsulationContextOnSendRule to 1 (2 when this PC is behind NAT too) and "
               "restart the computer; a PC behind a home router needs no change for a public server.")};
    case 790:
        return CodeText{tr("The server sent no certificate, or one this PC does not trust."),
                        tr("Install your VPN provider's root certificate in the computer's Trusted Root "
                           "Certification Authorities store.")};
    case 791:
        return CodeText{
            tr("Windows has no IPsec policy for this connection: the IPsec Policy Agent service is "
               "stopped or disabled, or the ProhibitIpSec registry value is set."),
            tr("Let IPsec Doctor restore the IPsec Policy Agent service (Services step).")};
    case 792:
        return CodeText{
            tr("The IPsec negotiation timed out: the server never answered."),
            tr("Check that UDP ports 500 and 4500 can reach the server and that the server is up.")};
    case 793:
        return CodeText{tr("The IPsec layer reported a generic error."),
                        tr("Look at the IKE events logged at the same time: they say which step failed.")};
    case 798:
        return CodeText{
            tr("No certificate suitable for EAP-TLS was found (a user or computer certificate with the "
               "Client Authentication purpose)."),
            tr("Install the user certificate your VPN provider gives you, with its private key.")};
    case 800:
        return CodeText{
            tr("Windows could not establish the VPN: the server is unreachable, or the tunnel type or "
               "security settings are wrong. It is frequent with the VPN type \"Automatic\"."),
            tr("Set the VPN type of the connection to the one your provider uses (IKEv2 or L2TP/IPsec), "
               "and check that the server name resolves and answers.")};
    case 801:
    case 810:
    case 835:
        return CodeText{
            tr("The server's certificate could not be validated: its chain does not lead to a trusted "
               "root, its name does not match the server address, or it lacks the server authentication "
               "purpose."),
            tr("Install the provider's root certificate in the computer's trusted roots and connect with "
               "the exact name written in the server certificate.")};
    case 806:
        return CodeText{
            tr("GRE packets are blocked. This concerns PPTP only, not IPsec VPNs."),
            tr("Use an IKEv2 or L2TP/IPsec connection, or ask your network administrator to allow GRE.")};
    case 807:
        return CodeText{
            tr("The connection was interrupted, usually because the network changed (Wi-Fi switch, "
               "sleep)."),
            tr("Connect again; if it keeps dropping, ask your VPN provider whether the server supports "
               "MOBIKE.")};
    case 808:
        return CodeText{tr("The server refused the connection (server policy, licence or maximum number of "
                           "connections)."),
                        tr("Contact your VPN provider: the refusal comes from the server.")};
    case 809:
        return CodeText{
            tr("The server did not answer. UDP ports 500 and 4500 are blocked somewhere, large certificate "
               "packets are dropped, or, with L2TP/IPsec, the server is behind NAT without the NAT-T "
               "registry setting on this PC."),
            tr("Check that UDP 500 and 4500 are open; for IKEv2, ask your provider about IKE "
               "fragmentation; for L2TP/IPsec to a server behind NAT, set "
               "AssumeUDPEncapsulationContextOnSendRule to 1 (2 when this PC is behind NAT too) and "
               "restart the computer.")};
    case 811:
        return CodeText{tr("The pre-shared key does not match the server's."),
                        tr("Enter the pre-shared key again exactly as your VPN provider gave it.")};
    case 812:
        return CodeText{
            tr("The server's access policy does not allow the authentication method of this connection. "
               "With IKEv2 this is decided during the IKE authentication (EAP); with L2TP/IPsec at the PPP "
               "sign-in after the IPsec tunnel worked."),
            tr("Ask your VPN provider which authentication method (EAP type, MS-CHAPv2) to use, and set "
               "the same in the connection.")};
    case 827:
        return CodeText{
            tr("The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is not "
               "running."),
            tr("Let IPsec Doctor restore these services (Services step).")};
    case 829:
        return CodeText{
            tr("The connection was cut because the link to the server failed: this PC's network dropped "
               "(Wi-Fi, sleep) or the server stopped answering."),
            tr("Check that your Internet access is stable; if the VPN drops at regular intervals, tell your "
               "VPN provider the times so that it can compare its key renewal settings.")};
    case 834:
        return CodeText{tr("The Remote Access Connection Manager service is not running."),
                        tr("Let IPsec Doctor start the Remote Access Connection Manager (Services step).")};
    case 840:
        return CodeText{tr("The server gave this PC no address inside the VPN: its address pool is probably "
                           "exhausted."),
                        tr("Contact your VPN provider.")};
    case 841:
        return CodeText{
            tr("The server did not send the configuration (address, DNS) Windows requires in IKEv2."),
            tr("Contact your VPN provider: the server must answer the configuration request.")};
    case 842:
        return CodeText{
            tr("The server refused the traffic selectors (the networks to send through the tunnel)."),
            tr("Contact your VPN provider: the server's traffic selector settings must accept Windows' "
               "request.")};
    case 843:
        return CodeText{
            tr("The server does not support MOBIKE, which Windows uses to keep the tunnel when the "
               "network changes."),
            tr("Ask your VPN provider to enable MOBIKE; otherwise reconnect after each network change.")};
    case 853:
        return CodeText{
            tr("The server considers the certificate that authenticates this PC or user (EAP-TLS) invalid. "
               "With IKEv2 the check is part of the IKE authentication; with L2TP/IPsec it follows the "
               "IPsec tunnel."),
            tr("Ask your VPN provider to check the certificate template and that its issuing CA is trusted "
               "by the server; with a Microsoft NPS server, that the issuing CA is in the NTAuth store.")};
    case 854:
        return CodeText{
            tr("The certificate that authenticates this PC or user to the server (EAP) has expired."),
            tr("Check this PC's date and time; renew the certificate with your VPN provider (Certificates "
               "step).")};
    case 855:
        return CodeText{tr("The certificate that authenticates this PC or user to the server (EAP) has been "
                           "revoked."),
                        tr("Ask your VPN provider for a new certificate.")};
    case 856:
        return CodeText{
            tr("The certificate that authenticates this PC or user to the server (EAP) has an error: "
               "wrong purpose, no private key, or a chain the server cannot build."),
            tr("Run the Certificates step; if the certificate looks right, ask your VPN provider which "
               "certificate the server expects.")};
    case 857:
    case 860:
        return CodeText{
            tr("The server's certificate (EAP) is not valid for this PC: wrong purpose, name or chain."),
            tr("Run the Certificates step and connect with the exact name written in the server "
               "certificate; otherwise contact your VPN provider.")};
    case 858:
        return CodeText{tr("The server's certificate (EAP) has expired."),
                        tr("Check this PC's date and time; otherwise the server certificate must be renewed: "
                           "contact your VPN provider.")};
    case 859:
        return CodeText{tr("The server's certificate (EAP) has been revoked by its authority."),
                        tr("Do not connect until your VPN provider installs a new server certificate.")};
    case 861:
    case 862:
    case 863:
        return CodeText{
            tr("The root certificate that validates the user certificate (EAP) was not found, is not valid "
               "or has expired where the certificate is checked — usually on the server."),
            tr("Ask your VPN provider to check the certification authority of your certificate; renew the "
               "certificate if its root has expired.")};
    case 864:
        return CodeText{
            tr("The root certificate that validates the server's certificate (EAP) is not in this PC's "
               "Trusted Root Certification Authorities store."),
            tr("Install your VPN provider's root certificate in the Trusted Root Certification Authorities "
               "store (Certificates step).")};
    case 865:
        return CodeText{
            tr("The root certificate in this PC's Trusted Root Certification Authorities store that "
               "validates the server's certificate (EAP) is not valid."),
            tr("Replace it with the current root certificate of your VPN provider (Certificates step).")};
    case 866:
        return CodeText{tr("The server's certificate (EAP) has no server name."),
                        tr("Contact your VPN provider: the server certificate must carry its name.")};
    case 867:
        return CodeText{
            tr("PEAP: the outer identity differs from the user name inside while identity privacy is off."),
            tr("In the connection's PEAP settings, turn on identity privacy or use the same user name, as "
               "your VPN provider requires.")};
    case 868:
        return CodeText{
            tr("The server's name could not be resolved to an address (DNS)."),
            tr("Check the server name in the connection and your Internet access; try the server's IP "
               "address if your provider gives one.")};
    case 870:
        return CodeText{
            tr("A server-side error: an IKEv2 pre-shared key interface already exists. It does not "
               "concern a VPN client."),
            tr("Nothing to do on this PC; the administrator of the server can remove the duplicate "
               "interface.")};
    default:
        return std::nullopt;
    }
}

} // namespace ipsecdoctor::app
