#pragma once
// The Proposals step: what Windows offers for a profile against what the server accepts, as
// findings with both sides' values in the evidence. Pure: the offer and the acceptance are inputs.
//
// Finding ids (Step::Proposals; the brief's contract plus the profile/registry ones of this step):
//   proposal.ikev2.accepted (info)            proposal.ikev2.windows-default-rejected
//   proposal.ikev2.dh-group-mismatch          proposal.ikev2.no-common-proposal
//   proposal.ikev1.no-common-proposal         proposal.ikev1.aggressive-only
//   proposal.ikev1.aggressive-mode-answered   proposal.ikev1.accepted (info)
//   proposal.version.ikev1-only               proposal.version.ikev2-only
//   proposal.weak-crypto                      proposal.nat-t.encapsulation-rule-missing
//   proposal.profile.custom-policy-rejected   proposal.profile.custom-policy-unreadable
//   proposal.profile.pfs-mismatch             proposal.profile.not-ipsec (info)
//   proposal.profile.not-found                proposal.phase2.no-common-proposal
//   proposal.l2tp.ipsec-prohibited            proposal.l2tp.weak-crypto-allowed
//   proposal.server.not-probed (info)         proposal.server.unreachable
//   proposal.phase2.nic-offload-enabled (info)

#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/model/vpn_configuration.h"
#include "ipsecdoctor/proposals/proposal_matching.h"
#include "ipsecdoctor/proposals/server_acceptance.h"
#include "ipsecdoctor/proposals/windows_offer.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::proposals {

/// The profile or hand-typed server the step is about.
struct ProposalSubject {
    std::string profile; // empty for a server typed by hand
    PhonebookScope scope = PhonebookScope::User;
    std::string phonebookPath; // the file it was read from (evidence when scope is File)
    std::string server;
    TunnelType tunnel = TunnelType::Ikev2;
    int numCustomPolicy = 0; // NumCustomPolicy as read
    bool customPolicyUnreadable = false;
};

struct ProposalContext {
    ProposalSubject subject;
    OfferInputs inputs;
    VpnConfiguration config;                // registry facts (may be empty)
    std::optional<ServerAcceptance> server; // nullopt: not probed
};

/// The context for a profile of the snapshot's VPN configuration.
ProposalContext contextForProfile(const VpnProfile& profile, const VpnConfiguration& config,
                                  const std::string& osBuild);

/// Every finding of the step, worst first.
std::vector<Finding> checkProposals(const ProposalContext& context);

/// What can be said about the snapshot's IPsec profiles without asking a server (custom policy
/// unreadable or weak, ProhibitIpSec, AllowL2TPWeakCrypto): the local findings of every profile.
std::vector<Finding> checkProfiles(const SystemSnapshot& snapshot);

} // namespace ipsecdoctor::proposals
