// Generated once from the code table (core/knowledge) and ipsec-facts.md §3, then edited by
// hand: the plain explanation and the next action of every error code, in English here and in
// French in translations/ipsecdoctor_fr.ts (event ids: CodeCatalogueEventText.cpp).
#include "CodeCatalogue.h"

namespace ipsecdoctor::app {

std::optional<CodeText> CodeCatalogue::errorText(std::uint32_t code) {
    if (code >= 600 && code < 1000) {
        return rasText(code);
    }
    if (code >= 13000 && code < 14000) {
        return ikeText(code);
    }
    switch (code) {
    case 0x80072746u:
        return CodeText{
            tr("The connection was reset by the remote side: typical of SSTP over TCP 443 (TLS "
               "inspection, wrong port or service) rather than IKE."),
            tr("Check that the VPN type and port match the server; a proxy or TLS inspection on the "
               "network may break SSTP.")};
    case 0x80070040u:
        return CodeText{
            tr("The server's certificate does not have Server Authentication among its purposes (extended "
               "key usage)."),
            tr("Contact your VPN provider: the server certificate must be reissued with the Server "
               "Authentication purpose.")};
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

} // namespace ipsecdoctor::app
