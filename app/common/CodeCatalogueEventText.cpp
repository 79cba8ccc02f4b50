// The plain explanation and the next action of every event id of the knowledge base, in English
// here and in French in translations/ipsecdoctor_fr.ts (error codes: CodeCatalogueText.cpp).
#include "CodeCatalogue.h"

namespace ipsecdoctor::app {

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
        return CodeText{
            tr("The IPsec driver dropped packets that failed an integrity or replay check: packets altered, "
               "delayed or repeated on the way."),
            tr("If the VPN is unstable, try another network and tell your VPN provider.")};
    case 4963:
        return CodeText{
            tr("The IPsec driver dropped a clear-text packet that should have been protected. Microsoft: "
               "usually the remote computer changed its IPsec policy without informing this one; it could "
               "also be a spoofing attempt."),
            tr("Reconnect so that both sides agree again; if it repeats, tell your VPN provider. If IPsec "
               "Doctor found IPsec task offload on the network adapter (Proposals step), turn it off and "
               "test again.")};
    case 4965:
        return CodeText{
            tr("A packet arrived with a wrong Security Parameter Index (SPI). Microsoft: usually hardware "
               "corrupting packets, such as a network adapter doing IPsec task offload, or an "
               "interoperability problem with the server's IPsec implementation."),
            tr("If IPsec Doctor found IPsec task offload on the network adapter (Proposals step), turn it "
               "off in the adapter's advanced properties and test again; otherwise try another network and "
               "tell your VPN provider.")};
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
