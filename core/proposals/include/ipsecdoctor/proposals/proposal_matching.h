#pragma once
// Comparing IKE/ESP proposals the way a responder selects one: which of Windows' proposals a
// server accepts, the strongest they share, which algorithms are weak, and the strongest custom
// policy Windows can express that the server accepts. Pure functions over ike::Proposal.

#include "ipsecdoctor/ike/proposal.h"
#include "ipsecdoctor/ike/windows_proposals.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::proposals {

/// Whether `accepted` (a server's accepted proposals) accepts `offered`: some single-algorithm
/// expansion of each with the same cipher, integrity, PRF (when both name one) and D-H group.
bool accepts(const std::vector<ike::Proposal>& accepted, const ike::Proposal& offered);
/// The same, the D-H group aside: the two sides would agree but for the group.
bool acceptsIgnoringGroup(const std::vector<ike::Proposal>& accepted, const ike::Proposal& offered);

/// The strongest single-algorithm expansion of `offered` that `accepted` accepts (no weak
/// algorithm first, then the group, the cipher, the hash); nullopt when they share none.
std::optional<ike::Proposal> strongestCommon(const std::vector<ike::Proposal>& offered,
                                             const std::vector<ike::Proposal>& accepted);

/// The weak algorithms of a proposal (DES, 3DES, MD5, SHA1, MODP768/1024/1536), as keywords.
std::vector<std::string> weakAlgorithms(const ike::Proposal& proposal);

/// The strongest custom policy Windows can express whose IKE proposal `accepted` accepts;
/// nullopt when there is none (the server needs a change, not Windows).
std::optional<VpnIpsecPolicy> recommendPolicy(const std::vector<ike::Proposal>& accepted,
                                              const std::vector<ike::Proposal>& espAccepted = {});

/// "aes256-sha256-modp2048, aes128-sha1-modp1024" (strongSwan notation, in order).
std::string describe(const std::vector<ike::Proposal>& proposals);

} // namespace ipsecdoctor::proposals
