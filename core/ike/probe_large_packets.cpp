// Large packets: does a datagram the IP layer must fragment reach the server? An IKE_AUTH with a
// certificate chain is 2 to 5 kB, so it travels in IP fragments, and paths that drop fragments
// (some firewalls, carrier NAT, hotel networks) let the small IKE_SA_INIT through and swallow
// IKE_AUTH: the commonest cause of errors 809 and 13805 with certificates (docs/ipsec-facts.md
// §7.6). The probe pads one IKE_SA_INIT to that size with a vendor ID and offers a proposal
// servers refuse (DES, MD5, group 1), so the answer leaves no half-open SA. Silence alone could be
// throttling, so a small copy follows: answered, the fragments were dropped.
#include "probe_steps.h"

namespace ipsecdoctor::ike {
namespace {

bool answered(Ask::Outcome outcome) {
    return outcome == Ask::Outcome::Accepted || outcome == Ask::Outcome::NoProposal ||
           outcome == Ask::Outcome::Notify || outcome == Ask::Outcome::Malformed;
}

/// What no server should accept; when one does, the answer still proves delivery.
Proposal refusedEverywhere() {
    Proposal p;
    p.encryption = {Encryption{EncrId::Des, 0}};
    p.integrity = {IntegId::HmacMd5_96};
    p.prf = {PrfId::HmacMd5};
    p.dh = {DhGroup::Modp768};
    return p;
}

} // namespace

std::string questionLargePacket(ProbeRun& run, const std::string& purpose) {
    if (!run.options.largePackets || !run.answeredV2 || run.throttled || run.session.stopped()) {
        return "not-tested";
    }
    const std::vector<Proposal> offered = {refusedEverywhere()};
    const auto large =
        askIkev2(run, purpose, offered, DhGroup::Modp768, AskShape{run.options.largePacketBytes, false});
    if (answered(large.outcome)) {
        return "delivered";
    }
    if (large.outcome != Ask::Outcome::Timeout) {
        return "not-tested";
    }
    const auto small = askIkev2(run, purpose + "-control", offered, DhGroup::Modp768);
    return answered(small.outcome) ? "dropped" : "not-tested";
}

} // namespace ipsecdoctor::ike
