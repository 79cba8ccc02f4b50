#include "ipsecdoctor/ike/proposal_strength.h"

#include <algorithm>

namespace ipsecdoctor::ike {
namespace {

bool isAes(EncrId id) {
    return id == EncrId::AesCbc || id == EncrId::AesGcm16 || id == EncrId::AesGcm12 ||
           id == EncrId::AesGcm8 || id == EncrId::AesCtr;
}

bool isAeadCipher(EncrId id) {
    return id == EncrId::AesGcm16 || id == EncrId::AesGcm12 || id == EncrId::AesGcm8 ||
           id == EncrId::ChaCha20Poly1305;
}

int cipherRank(const Encryption& e) {
    if (isAes(e.id)) {
        // Key size first, then AEAD over CBC at the same size: AES-GCM-256 > AES-256 > AES-GCM-192.
        return e.keyBits / 32 * 2 + (isAeadCipher(e.id) ? 1 : 0); // 256: 16/17, 192: 12/13, 128: 8/9
    }
    switch (e.id) {
    case EncrId::ChaCha20Poly1305:
        return 17; // a 256-bit AEAD, like AES-GCM-256
    case EncrId::TripleDes:
        return 2;
    case EncrId::Des:
        return 1;
    default:
        return 0;
    }
}

int hashRank(int bits) {
    return bits; // the same order as their strengths: 256 > 192 > 128 > 80 > 64
}

int groupRank(DhGroup g) {
    // Strength first; at equal strength an elliptic curve before a MODP group (smaller, faster,
    // and RFC 8247 recommends ECP over MODP-3072).
    const bool curve =
        g == DhGroup::Ecp256 || g == DhGroup::Ecp384 || g == DhGroup::Ecp521 || g == DhGroup::Curve25519;
    const int preferred = g == DhGroup::Ecp256 ? 1 : 0; // NIST P-256 before Curve25519: Windows offers it
    // Group 24's 256-bit subgroup (RFC 5114) is the weaker of the two 2048-bit groups (RFC 8247 §2.4).
    const int subgroup = g == DhGroup::Modp2048s256 ? -1 : 0;
    return strengthBits(g) * 4 + (curve ? 2 : 0) + preferred + subgroup;
}

template <class T, class F>
int first(const std::vector<T>& list, F score, int none) {
    return list.empty() ? none : score(list.front());
}

} // namespace

int strengthBits(const Encryption& cipher) {
    if (isAes(cipher.id)) {
        return cipher.keyBits;
    }
    switch (cipher.id) {
    case EncrId::ChaCha20Poly1305:
        return 256;
    case EncrId::TripleDes:
        return 112;
    case EncrId::Des:
        return 56;
    default:
        return 0;
    }
}

int strengthBits(IntegId integrity) {
    switch (integrity) {
    case IntegId::HmacSha2_512_256:
        return 256;
    case IntegId::HmacSha2_384_192:
        return 192;
    case IntegId::HmacSha2_256_128:
        return 128;
    case IntegId::HmacSha1_96:
        return 80;
    case IntegId::HmacMd5_96:
        return 64;
    default:
        return 0;
    }
}

int strengthBits(PrfId prf) {
    switch (prf) {
    case PrfId::HmacSha2_512:
        return 256;
    case PrfId::HmacSha2_384:
        return 192;
    case PrfId::HmacSha2_256:
        return 128;
    case PrfId::HmacSha1:
        return 80;
    case PrfId::HmacMd5:
        return 64;
    default:
        return 0;
    }
}

int strengthBits(DhGroup group) {
    switch (group) {
    case DhGroup::Modp768:
        return 64;
    case DhGroup::Modp1024:
        return 80;
    case DhGroup::Modp1536:
        return 96;
    case DhGroup::Modp2048:
    case DhGroup::Modp2048s256:
        return 112;
    case DhGroup::Modp3072:
    case DhGroup::Ecp256:
    case DhGroup::Curve25519:
        return 128;
    case DhGroup::Modp4096:
        return 152;
    case DhGroup::Modp6144:
        return 176;
    case DhGroup::Modp8192:
    case DhGroup::Ecp384:
        return 192;
    case DhGroup::Ecp521:
        return 256;
    default:
        return 0;
    }
}

ProposalStrength strengthOf(const Proposal& p) {
    ProposalStrength s;
    const bool aead = !p.encryption.empty() && isAeadCipher(p.encryption.front().id);
    const int cipherBits = first(
        p.encryption, [](const Encryption& e) { return strengthBits(e); }, 0);
    // An AEAD cipher carries its own integrity, as strong as the cipher.
    const int integrityBits = aead ? cipherBits
                                   : first(
                                         p.integrity, [](IntegId i) { return strengthBits(i); }, 0);
    int weakest = std::min(cipherBits, integrityBits);
    if (p.protocol == Protocol::Ike) {
        weakest = std::min({weakest,
                            first(
                                p.dh, [](DhGroup g) { return strengthBits(g); }, 0),
                            first(
                                p.prf, [](PrfId f) { return strengthBits(f); }, 0)});
    } else if (!p.dh.empty() && p.dh.front() != DhGroup::None) {
        weakest = std::min(weakest, strengthBits(p.dh.front())); // ESP: the PFS group, when there is one
    }
    s.weakestBits = weakest;
    s.cipher = first(p.encryption, cipherRank, 0);
    s.integrity = aead ? 1000 : hashRank(integrityBits);
    s.group = first(p.dh, groupRank, 0);
    s.prf = hashRank(first(
        p.prf, [](PrfId f) { return strengthBits(f); }, 0));
    return s;
}

bool stronger(const Proposal& a, const Proposal& b) {
    return strengthOf(a) > strengthOf(b);
}

void sortStrongestFirst(std::vector<Proposal>& proposals) {
    std::stable_sort(proposals.begin(), proposals.end(), stronger);
}

} // namespace ipsecdoctor::ike
