#pragma once
// One order of proposals by cryptographic strength, used wherever IPsec Doctor says "strongest":
// the order discovery asks in, the strongest proposal both sides share, and the policy it
// recommends. A proposal is as strong as its weakest algorithm (security strength in bits, NIST
// SP 800-57 Part 1 Rev. 5 §5.6.1, with SHA-1 and MD5 counted at their collision strength since
// RFC 8247 deprecates them for IKE); proposals of equal weakest strength are ordered by the
// cipher, then the integrity, the group and the PRF, each by its own rank:
//   AES-GCM-256 > AES-256 > AES-GCM-192 > AES-192 > AES-GCM-128 > AES-128 > 3DES > DES
//   SHA2-512 > SHA2-384 > SHA2-256 > SHA1 > MD5 (an AEAD cipher needs none: ranked first)
//   ECP-521 > ECP-384 > MODP-8192 > … > ECP-256 > Curve25519 > MODP-3072 > MODP-2048 > MODP-2048s256
//   > MODP-1536 > MODP-1024 > MODP-768
// So strengthening any one algorithm never makes a proposal weaker (tests/core/test_proposal_strength.cpp).

#include "ipsecdoctor/ike/proposal.h"

#include <compare>
#include <vector>

namespace ipsecdoctor::ike {

/// What the order compares, for one proposal with one algorithm of each kind (the first of each
/// list otherwise). Greater is stronger.
struct ProposalStrength {
    int weakestBits = 0; // the weakest algorithm's security strength in bits
    int cipher = 0;      // ranks as above; 0 for an algorithm the order does not know
    int integrity = 0;
    int group = 0;
    int prf = 0;

    auto operator<=>(const ProposalStrength&) const = default;
};

ProposalStrength strengthOf(const Proposal& proposal);

/// True when `a` is strictly stronger than `b`.
bool stronger(const Proposal& a, const Proposal& b);

/// `proposals`, strongest first; proposals of equal strength keep their order.
void sortStrongestFirst(std::vector<Proposal>& proposals);

/// Security strength in bits of one algorithm (0 when unknown).
int strengthBits(const Encryption& cipher);
int strengthBits(IntegId integrity);
int strengthBits(PrfId prf);
int strengthBits(DhGroup group);

} // namespace ipsecdoctor::ike
