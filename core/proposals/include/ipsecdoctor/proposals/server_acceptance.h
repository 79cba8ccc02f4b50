#pragma once
// What a VPN server accepts, as the comparison needs it. Filled from the IKE probe's result (or,
// on the command line, from proposals the user states with --accepts), so that the comparison is
// a pure function and testable without a server.

#include "ipsecdoctor/ike/proposal.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::proposals {

struct Ikev2Acceptance {
    bool answered = false;                        // the server answered IKE_SA_INIT (accepting or refusing)
    std::vector<ike::Proposal> accepted;          // IKE SA proposals it accepted, one algorithm per type
    std::optional<ike::DhGroup> requestedKeGroup; // INVALID_KE_PAYLOAD asked for this group
    bool discoveryComplete = false;               // every proposal Windows can make was tried

    /// It answered and refused everything Windows could propose: no policy on this PC helps.
    /// (An INVALID_KE_PAYLOAD means it picked a proposal: it does speak IKEv2.)
    bool refusesEverything() const {
        return answered && accepted.empty() && discoveryComplete && !requestedKeGroup;
    }
};

struct Ikev1Acceptance {
    bool mainModeAnswered = false;
    std::vector<ike::Proposal> mainModeAccepted; // Main Mode transforms it accepted
    bool aggressiveModeAnswered = false;         // it answered an Aggressive Mode exchange
};

struct ServerAcceptance {
    std::string server;
    bool reachable = false;               // anything came back on UDP 500
    std::optional<Ikev2Acceptance> ikev2; // nullopt: IKEv2 not probed
    std::optional<Ikev1Acceptance> ikev1; // nullopt: IKEv1 not probed
    bool natDetected = false;             // NAT between this PC and the server (NAT-D payloads)
    bool serverBehindNat = false;         // the server's NAT-D hash did not match its address
    bool clientBehindNat = false;         // this PC's did not match its own
    std::vector<ike::Proposal>
        espAccepted;                    // ESP proposals known to be accepted (server config); empty: unknown
    bool childSaRejectedInLogs = false; // logs show NO_PROPOSAL_CHOSEN for the CHILD SA / Quick Mode
};

} // namespace ipsecdoctor::proposals
