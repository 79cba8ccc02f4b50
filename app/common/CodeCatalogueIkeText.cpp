// The plain explanation and the next action of the IPsec and IKE error codes, 13000-13932, in
// English here and in French in translations/ipsecdoctor_fr.ts.
#include "CodeCatalogue.h"

namespace ipsecdoctor::app {

std::optional<CodeText> CodeCatalogue::ikeText(std::uint32_t code) {
    switch (code) {
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
            tr("An error of the local IPsec policy store (filters, main mode or quick mode policies). The "
               "IPsec Policy Agent manages it for L2TP/IPsec (IKEv1); IKEv2 connections do not use it."),
            tr("For an L2TP/IPsec connection, restart the IPsec Policy Agent service; if the error stays, "
               "export a diagnostic bundle for your support team.")};
    case 13800:
    case 13897:
    case 13909:
        return CodeText{tr("A marker of the IKE error range, not an error in itself."),
                        tr("Look at the other codes logged at the same time.")};
    case 13801:
        return CodeText{
            tr("The IKE credentials were refused. Microsoft's usual causes are the server certificate as "
               "this PC checks it: it lacks the Server Authentication purpose (EKU), it has expired, its "
               "root is not in the computer's trusted roots, or its name does not match the server name "
               "of the connection. Then: this PC chose the wrong client certificate, or, with a "
               "pre-shared key, the keys differ."),
            tr("Run the Certificates step; install the provider's root certificate and connect with the "
               "name written in the server certificate; with a pre-shared key, enter it again.")};
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
            tr("IKE found no usable certificate. With EAP (user name and password, PEAP): the server has "
               "no usable machine certificate or root for IKE, a server-side problem. With a "
               "machine-certificate connection: this PC's computer certificate is missing from the "
               "computer's Personal store, expired, without private key, without the Client "
               "Authentication purpose, or not chained to a root the server accepts."),
            tr("With EAP, send the details to your VPN provider. With a machine certificate, run the "
               "Certificates step and install the computer certificate from your VPN provider.")};
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
            tr("IKE found no policy for this connection (no main mode policy): Remote Access did not "
               "install it, or, for L2TP/IPsec, the IPsec Policy Agent did not."),
            tr("For an L2TP/IPsec connection, let IPsec Doctor restore the IPsec Policy Agent service, then "
               "reconnect; IKEv2 does not use that service: reconnect, and restart the computer if it "
               "repeats.")};
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
            tr("Use the same Diffie-Hellman group as the server (Proposals step); with IKEv2, Windows "
               "offers only group 2 by default, many servers require 14 or more.")};
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
    default:
        return std::nullopt;
    }
}

} // namespace ipsecdoctor::app
