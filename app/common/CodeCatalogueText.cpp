// Generated once from the code table (core/src/knowledge) and ipsec-facts.md §3/§4, then edited
// by hand: the plain explanation and the next action of every code and event id, in English
// here and in French in translations/ipsecdoctor_fr.ts.
#include "CodeCatalogue.h"

namespace ipsecdoctor::app {

std::optional<CodeText> CodeCatalogue::errorText(std::uint32_t code) {
    switch (code) {
    case 619:
        return CodeText{
            tr("The connection was cut while the tunnel was being set up: something between this PC and "
               "the server (firewall, NAT router) stopped it."),
            tr("Check that UDP ports 500 and 4500 are open on your network, then look at the IKE codes "
               "logged just before.")};
    case 628:
        return CodeText{
            tr("The connection ended before it was complete. The code itself is generic."),
            tr("Look at the IKE codes and events logged just before this one: they name the real cause.")};
    case 691:
        return CodeText{
            tr("The server rejected the user name, password or domain. The IPsec tunnel itself worked: "
               "this is the user sign-in that follows."),
            tr("Check your user name and password; if they are right, ask your VPN provider whether your "
               "account and authentication method (MS-CHAPv2, EAP) are allowed.")};
    case 720:
        return CodeText{
            tr("No network protocol could be agreed after the tunnel came up: the server has no address "
               "to give, or the WAN Miniport (IP) adapter of this PC is damaged."),
            tr("Ask your VPN provider whether the server's address pool is full; on this PC, reinstall "
               "the WAN Miniport adapters in Device Manager.")};
    case 766:
    case 786:
        return CodeText{
            tr("Windows found no valid computer certificate for this L2TP/IPsec connection."),
            tr("Install the computer certificate your VPN provider gives you in the computer's Personal "
               "store, or switch the connection to a pre-shared key if the server expects one.")};
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
            tr("The L2TP/IPsec negotiation failed at the start. The usual causes are a wrong pre-shared "
               "key, a server behind NAT without the NAT-T registry setting, or a certificate problem."),
            tr("Check the pre-shared key first; if this PC or the server is behind a NAT router, set "
               "AssumeUDPEncapsulationContextOnSendRule to 2 and restart.")};
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
            tr("The server did not answer. UDP ports 500 and 4500 are blocked somewhere, or a NAT router "
               "is in the way without the NAT-T setting, or large certificate packets are dropped."),
            tr("Check that UDP 500 and 4500 are open; for L2TP/IPsec behind NAT, set "
               "AssumeUDPEncapsulationContextOnSendRule to 2 and restart; for IKEv2, ask your provider "
               "about IKE fragmentation.")};
    case 811:
        return CodeText{tr("The pre-shared key does not match the server's."),
                        tr("Enter the pre-shared key again exactly as your VPN provider gave it.")};
    case 812:
        return CodeText{
            tr("The server's access policy does not allow the authentication method of this connection."),
            tr("Ask your VPN provider which authentication method (EAP type, MS-CHAPv2) to use, and set "
               "the same in the connection.")};
    case 827:
        return CodeText{
            tr("The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is not "
               "running."),
            tr("Let IPsec Doctor restore these services (Services step).")};
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
            tr("The server considers the user certificate invalid for EAP-TLS."),
            tr("Ask your VPN provider to check the certificate template and that its issuing CA is "
               "trusted by the server.")};
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
    case 13000:
    case 13001:
    case 13002:
    case 13003:
    case 13004:
    case 13005:
    case 13006:
    case 13007:
    case 13008:
    case 13009:
    case 13010:
    case 13011:
    case 13012:
    case 13013:
    case 13014:
    case 13015:
    case 13016:
    case 13017:
    case 13018:
    case 13019:
    case 13020:
    case 13021:
    case 13022:
    case 13023:
    case 13024:
    case 13025:
        return CodeText{
            tr("An error of the local IPsec policy store (filters, main mode or quick mode policies) "
               "managed by the IPsec Policy Agent."),
            tr("Restart the IPsec Policy Agent service; if the error stays, export a diagnostic bundle "
               "for your support team.")};
    case 13800:
    case 13897:
    case 13909:
        return CodeText{tr("A marker of the IKE error range, not an error in itself."),
                        tr("Look at the other codes logged at the same time.")};
    case 13801:
        return CodeText{
            tr("The IKE credentials were refused. With certificates: the server certificate is expired "
               "or not trusted (its root must be in the computer's trusted roots), its name does not "
               "match, or this PC chose the wrong client certificate. With a pre-shared key: the keys "
               "differ."),
            tr("Run the Certificates step; install the provider's root certificate; with a pre-shared "
               "key, enter it again.")};
    case 13802:
        return CodeText{tr("The security attributes proposed in IKE were refused: no common proposal."),
                        tr("Align the connection's IPsec settings with the server's (Proposals step).")};
    case 13803:
    case 13804:
    case 13816:
        return CodeText{
            tr("IKE reported a pending negotiation or a generic processing error."),
            tr("Look at the other codes and events logged at the same time; if nothing else shows, send "
               "the details to your VPN provider.")};
    case 13805:
    case 13813:
        return CodeText{
            tr("The IKE negotiation got no answer from the server in time: UDP 500/4500 is blocked, the "
               "server is down, or a NAT router drops the packets."),
            tr("Check that UDP 500 and 4500 reach the server (\"Ask the server\" on the Proposals step) and "
               "that the server is up.")};
    case 13806:
        return CodeText{
            tr("IKE found no valid computer certificate: it is missing from the computer's Personal "
               "store, expired, without private key, without the right purpose, or not chained to a root "
               "the server accepts."),
            tr("Run the Certificates step and install the computer certificate from your VPN provider.")};
    case 13807:
    case 13808:
        return CodeText{
            tr("The IKE security association was deleted before the negotiation completed (by the server "
               "or by timeout)."),
            tr("Look at the server's reason in its logs: send the times and codes to your VPN provider.")};
    case 13809:
    case 13810:
    case 13811:
    case 13812:
    case 13814:
    case 13815:
        return CodeText{
            tr("IKE dropped negotiation requests because it was busy or waiting."),
            tr("Try again; if it persists, restart the IKE and AuthIP IPsec Keying Modules service.")};
    case 13817:
    case 13848:
        return CodeText{
            tr("The revocation check of a certificate failed: the revocation list (CRL) or OCSP "
               "responder could not be reached, or the certificate is revoked."),
            tr("Check that this PC can reach the revocation addresses of the certificates; otherwise ask "
               "your VPN provider.")};
    case 13818:
    case 13819:
        return CodeText{
            tr("A certificate has a key usage or type IKE does not accept."),
            tr("Ask your VPN provider for a certificate made for IPsec (Client Authentication purpose).")};
    case 13820:
        return CodeText{
            tr("The certificate has no private key, or Windows cannot access it."),
            tr("Import the certificate again from its .pfx file, with its private key, into the computer "
               "store.")};
    case 13821:
        return CodeText{
            tr("Both sides renewed the keys at the same time (rekey collision). Usually harmless."),
            tr("Nothing to do unless the connection drops; then report the time to your VPN provider.")};
    case 13822:
    case 13864:
        return CodeText{tr("The Diffie-Hellman key exchange failed."),
                        tr("Check that both sides use the same Diffie-Hellman group (Proposals step).")};
    case 13823:
        return CodeText{
            tr("The server sent a critical IKE payload Windows does not understand."),
            tr("Report it to your VPN provider: the server uses an extension Windows does not support.")};
    case 13824:
    case 13843:
    case 13846:
    case 13888:
    case 13889:
        return CodeText{
            tr("An IKE message was invalid (header, payload, cookie or message id): a device in between "
               "altered it, or the server is not compatible."),
            tr("Try from another network; if the error stays, send the details to your VPN provider.")};
    case 13825:
    case 13850:
        return CodeText{
            tr("IKE found no policy for this connection (no main mode policy): the IPsec Policy Agent or "
               "Remote Access did not install it."),
            tr("Let IPsec Doctor restore the IPsec Policy Agent service, then reconnect.")};
    case 13826:
    case 13875:
        return CodeText{
            tr("A signature did not verify: the certificate or key used does not match."),
            tr("Check the certificates on both sides (Certificates step) and ask your VPN provider.")};
    case 13827:
        return CodeText{tr("Kerberos authentication failed (domain IPsec policies only)."),
                        tr("Check that this PC can reach a domain controller.")};
    case 13828:
    case 13881:
        return CodeText{
            tr("The server's certificate has no usable public key, or its key length is not accepted."),
            tr("Ask your VPN provider for a certificate with an RSA key of 2048 bits or more, or ECDSA "
               "P-256/P-384.")};
    case 13829:
    case 13840:
    case 13841:
    case 13842:
    case 13893:
        return CodeText{
            tr("IKE could not process a part (payload) of the server's message."),
            tr("Send the details to your VPN provider: the server's messages are not what Windows "
               "expects.")};
    case 13830:
    case 13831:
    case 13832:
    case 13833:
        return CodeText{
            tr("IKE could not process the server's proposal or key exchange: the algorithms offered do "
               "not fit."),
            tr("Align the connection's IPsec settings with the server's (Proposals step).")};
    case 13834:
    case 13837:
    case 13838:
    case 13839:
        return CodeText{
            tr("IKE could not process the server's identity, hash, signature or nonce: usually an "
               "authentication mismatch."),
            tr("Check the authentication method (certificate or pre-shared key) and the server name in "
               "the connection.")};
    case 13835:
    case 13836:
        return CodeText{
            tr("IKE could not process the certificate or certificate request the server sent."),
            tr("Run the Certificates step; ask your VPN provider which certification authority it "
               "expects.")};
    case 13844:
    case 13845:
    case 13876:
    case 13877:
    case 13878:
    case 13879:
    case 13882:
    case 13884:
    case 13885:
    case 13886:
    case 13895:
    case 13898:
    case 13901:
    case 13902:
        return CodeText{
            tr("An internal IKE state (soft or expired security association, limit reached, "
               "reinitialisation). It rarely explains a failure on its own."),
            tr("Look at the other codes logged at the same time; restart the IKE and AuthIP IPsec Keying "
               "Modules service if failures repeat.")};
    case 13847:
        return CodeText{tr("The server sent no valid computer certificate."),
                        tr("Contact your VPN provider: the server must send its certificate.")};
    case 13849:
        return CodeText{tr("The IPsec policy changed during the negotiation."), tr("Connect again.")};
    case 13851:
    case 13852:
    case 13853:
    case 13854:
    case 13855:
    case 13856:
    case 13857:
    case 13858:
    case 13859:
    case 13860:
    case 13861:
    case 13896:
        return CodeText{
            tr("A local failure of the Windows security components used by IKE (security package, "
               "credentials, SPI, filters, memory)."),
            tr("Restart the computer; if the error stays, export a diagnostic bundle for your support "
               "team.")};
    case 13862:
    case 13863:
    case 13869:
        return CodeText{
            tr("The server used an IKEv1 domain, situation or identity type Windows does not support."),
            tr("Ask your VPN provider to use standard IPsec settings for Windows clients.")};
    case 13865:
        return CodeText{
            tr("The Diffie-Hellman group is not accepted."),
            tr("Use the same Diffie-Hellman group as the server (Proposals step); Windows offers group 2 "
               "by default, many servers require 14 or more.")};
    case 13866:
    case 13867:
        return CodeText{
            tr("Encrypting or decrypting an IKE message failed: the keys do not match (often a wrong "
               "pre-shared key)."),
            tr("Enter the pre-shared key again; otherwise send the details to your VPN provider.")};
    case 13868:
        return CodeText{
            tr("Policy match error: this PC and the server have no proposal in common (encryption, "
               "integrity, Diffie-Hellman group)."),
            tr("Align the connection with the server (Set-VpnConnectionIPsecConfiguration, or the "
               "Proposals step), or ask your provider to accept Windows' proposals.")};
    case 13870:
    case 13871:
    case 13872:
    case 13873:
    case 13874:
        return CodeText{
            tr("The server uses a hash, integrity or encryption algorithm Windows does not accept in "
               "this configuration."),
            tr("Align the algorithms of the connection with the server's (Proposals step).")};
    case 13880:
        return CodeText{
            tr("The IKE versions differ: the server does not speak the version this connection uses."),
            tr("Use the VPN type that matches the server: IKEv2, or L2TP/IPsec for IKEv1.")};
    case 13883:
        return CodeText{
            tr("IPsec negotiation is disabled by policy on this PC."),
            tr("Check the IPsec policies applied to this PC (Group Policy); your administrator may have "
               "disabled it.")};
    case 13887:
        return CodeText{
            tr("The certificate chain does not match the policy (for example the root or purpose "
               "required)."),
            tr("Run the Certificates step and ask your VPN provider which root and purpose it requires.")};
    case 13890:
    case 13903:
        return CodeText{
            tr("The server is protecting itself against overload (DoS protection, rate limiting) and "
               "delayed or dropped the request."),
            tr("Try again later; if it persists, tell your VPN provider.")};
    case 13891:
        return CodeText{tr("The IKE service is shutting down."),
                        tr("Let IPsec Doctor restart the IKE and AuthIP IPsec Keying Modules service.")};
    case 13892:
        return CodeText{tr("CGA authentication failed (IPv6 cryptographically generated addresses)."),
                        tr("This rarely concerns a VPN; send the details to your support team.")};
    case 13894:
        return CodeText{tr("A quick mode negotiation referred to an invalid main mode."),
                        tr("Connect again; if it repeats, send the details to your VPN provider.")};
    case 13899:
    case 13900:
        return CodeText{
            tr("The server gave no inner IP address, or did not send the configuration payload Windows "
               "requires."),
            tr("Contact your VPN provider: the server's address pool or configuration payload is the "
               "problem.")};
    case 13904:
        return CodeText{
            tr("The server does not support MOBIKE."),
            tr("Ask your VPN provider to enable MOBIKE; otherwise reconnect after each network change.")};
    case 13905:
    case 13906:
    case 13907:
    case 13908:
        return CodeText{
            tr("Authentication succeeded but authorization failed: the server does not allow this user "
               "or computer (or the certificate mapping failed)."),
            tr("Ask your VPN provider to allow your account or certificate.")};
    case 13910:
    case 13911:
    case 13912:
    case 13913:
    case 13914:
    case 13915:
    case 13916:
    case 13917:
    case 13918:
        return CodeText{
            tr("The IPsec driver dropped packets of an established tunnel (bad SPI, replay, integrity "
               "check, clear-text packet, throttling)."),
            tr("Reconnect; if it repeats, a device between this PC and the server alters packets: try "
               "another network and tell your VPN provider.")};
    case 13925:
    case 13926:
    case 13927:
    case 13928:
    case 13929:
    case 13930:
    case 13931:
    case 13932:
        return CodeText{tr("The IPsec DoS protection of this PC blocked or limited packets."),
                        tr("Check the IPsec DoS protection settings with your administrator.")};
    case 0x80072746u:
        return CodeText{
            tr("The connection was reset by the remote side: typical of SSTP over TCP 443 (TLS "
               "inspection, wrong port or service) rather than IKE."),
            tr("Check that the VPN type and port match the server; a proxy or TLS inspection on the "
               "network may break SSTP.")};
    case 0x800B0101u:
        return CodeText{
            tr("A certificate has expired (or is not yet valid)."),
            tr("Check this PC's date and time; renew the expired certificate (Certificates step).")};
    case 0x800B0109u:
    case 0x800B010Au:
    case 0x800B0112u:
        return CodeText{tr("A certificate chain ends at a root or authority this PC does not trust."),
                        tr("Install your VPN provider's root certificate in the computer's Trusted Root "
                           "Certification Authorities store.")};
    case 0x800B010Fu:
        return CodeText{
            tr("The certificate's name does not match the server name of the connection."),
            tr("Use in the connection exactly the name written in the server certificate (not its IP "
               "address).")};
    case 0x800B0110u:
        return CodeText{
            tr("A certificate is used for a purpose it was not issued for (wrong extended key usage)."),
            tr("Ask your VPN provider for a certificate with the right purpose (Server Authentication "
               "for the server, Client Authentication for this PC).")};
    case 0x80092012u:
    case 0x80092013u:
        return CodeText{
            tr("The revocation of a certificate could not be checked: the revocation list or OCSP server "
               "is unreachable."),
            tr("Check that this PC can reach the revocation addresses (CRL) of the certificates, or ask "
               "your provider to publish them.")};
    case 0x800B010Cu:
    case 0x80092010u:
        return CodeText{tr("A certificate has been revoked by its authority."),
                        tr("Ask your VPN provider for a new certificate.")};
    case 1460:
        return CodeText{
            tr("An operation timed out. The Azure VPN client logs it when it lacks the permission to run "
               "in the background."),
            tr("With the Azure VPN client, allow it to run in the background (Windows Settings, Apps); "
               "otherwise look at the codes logged just before.")};
    default:
        return std::nullopt;
    }
}

std::optional<CodeText> CodeCatalogue::eventText(std::uint32_t eventId) {
    switch (eventId) {
    case 4646:
        return CodeText{tr("IKE started its denial-of-service protection mode: it received many requests."),
                        tr("Nothing to do unless connections fail at the same time.")};
    case 4650:
    case 4651:
    case 4979:
    case 4980:
    case 4981:
    case 4982:
        return CodeText{
            tr("An IPsec main mode security association was established: phase 1 with the server worked."),
            tr("If the VPN still fails, look for a later phase 2 or user authentication failure.")};
    case 4652:
    case 4653:
        return CodeText{
            tr("An IPsec main mode (phase 1) negotiation failed. The event says where (this PC or the "
               "server), at which step, and why."),
            tr("Read its failure reason: IPsec Doctor maps it to the IKE code and explains it.")};
    case 4654:
        return CodeText{
            tr("An IPsec quick mode (phase 2) negotiation failed: phase 1 worked, but the tunnel's own "
               "settings were refused."),
            tr("Compare the phase 2 settings (encryption, PFS, traffic selectors) with your VPN "
               "provider.")};
    case 4655:
    case 5049:
    case 5452:
        return CodeText{tr("An IPsec security association ended (normal when a connection closes or keys are "
                           "renewed)."),
                        tr("Nothing to do.")};
    case 4960:
    case 4961:
    case 4962:
    case 4963:
    case 4965:
        return CodeText{
            tr("The IPsec driver dropped packets (integrity or replay check failed, clear-text packet, "
               "wrong SPI): a device in between may alter packets."),
            tr("If the VPN is unstable, try another network and tell your VPN provider.")};
    case 4976:
    case 4977:
    case 4978:
        return CodeText{
            tr("An invalid IKE packet was received during negotiation: a network problem, or packets "
               "altered on the way."),
            tr("Try another network; if it repeats, send the details to your VPN provider.")};
    case 4983:
    case 4984:
        return CodeText{
            tr("An IPsec extended mode negotiation failed (a second authentication after phase 1)."),
            tr("Check the user or computer credentials used for the second authentication.")};
    case 5451:
        return CodeText{
            tr("An IPsec quick mode (phase 2) security association was established: the tunnel is up."),
            tr("Nothing to do for IPsec; a later failure comes from user authentication or the network.")};
    case 5453:
        return CodeText{
            tr("An IPsec negotiation failed because the IKE and AuthIP IPsec Keying Modules service was "
               "not started."),
            tr("Let IPsec Doctor restore the service (Services step).")};
    case 5478:
    case 5479:
        return CodeText{tr("The IPsec services started or shut down."),
                        tr("Nothing to do, unless they shut down while you connect.")};
    case 5480:
    case 5483:
    case 5484:
    case 5485:
        return CodeText{
            tr("The IPsec services had a critical failure (interface list, RPC server, filters after a "
               "network change)."),
            tr("Restart the computer; if it repeats, export a diagnostic bundle for your support team.")};
    case 5481:
    case 5482:
        return CodeText{tr("An IPsec services event Microsoft does not document in its IPsec driver list."),
                        tr("Keep it as evidence for your support team.")};
    case 20111:
        return CodeText{
            tr("A demand-dial connection of a Routing and Remote Access server failed; the error code is "
               "in the event data."),
            tr("Read the error code: IPsec Doctor explains it.")};
    case 20220:
    case 20226:
        return CodeText{tr("A VPN connection was terminated; the event gives the reason code."),
                        tr("Read the reason code: IPsec Doctor explains it.")};
    case 20221:
        return CodeText{
            tr("The user started dialing a VPN connection; the event lists the connection's settings."),
            tr("Nothing to do: it marks the start of an attempt.")};
    case 20222:
        return CodeText{
            tr("Windows started setting up the tunnel (IPsec not up yet). A failure right after it is a "
               "network or IKE problem."),
            tr("If a failure follows, look at its code.")};
    case 20223:
    case 20224:
        return CodeText{
            tr("The tunnel is up. A failure after this is user authentication or server policy, not "
               "IPsec."),
            tr("If a failure follows, check your user name, password and the server's policy.")};
    case 20225:
        return CodeText{tr("The VPN connection was established."), tr("Nothing to do.")};
    case 20227:
        return CodeText{tr("A VPN connection failed; the event gives the error code."),
                        tr("Read the error code: IPsec Doctor explains it.")};
    case 20271:
        return CodeText{
            tr("The Routing and Remote Access server refused a user's connection (wrong credentials or "
               "authentication method not allowed). This event is in a server's log."),
            tr("On the server, check the user's account and the network policy's authentication methods.")};
    default:
        return std::nullopt;
    }
}

} // namespace ipsecdoctor::app
