// The one strength order (ike/proposal_strength.h): each algorithm's rank as the issue states it,
// a total order that strengthening any one algorithm never lowers, and the places that say
// "strongest" (discovery, strongest common, recommendations) all following it.
#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/ike/proposal_strength.h"
#include "ipsecdoctor/ike/windows_proposals.h"
#include "ipsecdoctor/proposals/proposal_matching.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;
using namespace ipsecdoctor::ike;

namespace {

Proposal parse(const char* notation) {
    auto p = parseProposal(notation, Protocol::Ike);
    EXPECT_TRUE(p) << notation;
    return p ? *p : Proposal{};
}

const std::vector<Encryption> kCiphers = {
    {EncrId::AesGcm16, 256}, {EncrId::AesCbc, 256}, {EncrId::AesGcm16, 192}, {EncrId::AesCbc, 192},
    {EncrId::AesGcm16, 128}, {EncrId::AesCbc, 128}, {EncrId::TripleDes, 0},  {EncrId::Des, 0}};
const std::vector<IntegId> kHashes = {IntegId::HmacSha2_512_256, IntegId::HmacSha2_384_192,
                                      IntegId::HmacSha2_256_128, IntegId::HmacSha1_96, IntegId::HmacMd5_96};
const std::vector<DhGroup> kGroups = {
    DhGroup::Ecp521,   DhGroup::Ecp384,     DhGroup::Modp8192, DhGroup::Modp6144, DhGroup::Modp4096,
    DhGroup::Ecp256,   DhGroup::Curve25519, DhGroup::Modp3072, DhGroup::Modp2048, DhGroup::Modp2048s256,
    DhGroup::Modp1536, DhGroup::Modp1024,   DhGroup::Modp768};

/// Every single IKE proposal of the three lists above (AEAD ciphers without integrity).
std::vector<Proposal> everyProposal() {
    std::vector<Proposal> out;
    for (const auto& c : kCiphers) {
        for (std::size_t h = 0; h < kHashes.size(); ++h) {
            for (auto g : kGroups) {
                Proposal p;
                p.encryption = {c};
                const bool aead = c.id == EncrId::AesGcm16;
                if (!aead) {
                    p.integrity = {kHashes[h]};
                }
                p.prf = {*prfForInteg(kHashes[h])};
                p.dh = {g};
                out.push_back(p);
            }
        }
    }
    return out;
}

} // namespace

TEST(ProposalStrength, EachListIsInTheStatedOrderWhateverTheOtherAlgorithms) {
    // For every proposal, changing one algorithm for the next in its list never makes it stronger.
    for (auto p : everyProposal()) {
        const bool aead = p.encryption.front().id == EncrId::AesGcm16;
        for (std::size_t i = 0; i + 1 < kCiphers.size(); ++i) {
            // Ciphers side by side: a CBC cipher with the strongest MAC, an AEAD one with its own.
            auto a = p, b = p;
            a.encryption = {kCiphers[i]};
            b.encryption = {kCiphers[i + 1]};
            for (auto* q : {&a, &b}) {
                q->integrity = q->encryption.front().id == EncrId::AesGcm16
                                   ? std::vector<IntegId>{}
                                   : std::vector<IntegId>{IntegId::HmacSha2_512_256};
            }
            EXPECT_TRUE(stronger(a, b)) << a.toString() << " not above " << b.toString();
        }
        for (std::size_t i = 0; !aead && i + 1 < kHashes.size(); ++i) {
            auto a = p, b = p;
            a.integrity = {kHashes[i]};
            b.integrity = {kHashes[i + 1]};
            EXPECT_TRUE(stronger(a, b)) << a.toString() << " not above " << b.toString();
        }
        for (std::size_t i = 0; i + 1 < kGroups.size(); ++i) {
            auto a = p, b = p;
            a.dh = {kGroups[i]};
            b.dh = {kGroups[i + 1]};
            EXPECT_TRUE(stronger(a, b)) << a.toString() << " not above " << b.toString();
        }
    }
}

TEST(ProposalStrength, IsATotalOrderWithoutTiesBetweenDifferentProposals) {
    const auto all = everyProposal();
    for (const auto& a : all) {
        EXPECT_FALSE(stronger(a, a));
        for (const auto& b : all) {
            if (!(a == b)) {
                EXPECT_NE(stronger(a, b), stronger(b, a)) << a.toString() << " / " << b.toString();
            }
        }
    }
    // Transitivity follows from comparing tuples; the sort must agree with pairwise comparison.
    auto sorted = all;
    sortStrongestFirst(sorted);
    for (std::size_t i = 0; i + 1 < sorted.size(); ++i) {
        EXPECT_FALSE(stronger(sorted[i + 1], sorted[i])) << sorted[i + 1].toString();
    }
}

TEST(ProposalStrength, TheWeakestAlgorithmDecidesFirst) {
    // The case: the server accepts Windows' L2TP default and AES-256 with the same group.
    EXPECT_TRUE(stronger(parse("aes256-sha1-modp1024"), parse("3des-sha1-modp1024")));
    // A strong cipher does not lift a weak group.
    EXPECT_TRUE(stronger(parse("aes128-sha256-modp2048"), parse("aes256-sha256-modp1024")));
    EXPECT_TRUE(stronger(parse("aes128-sha256-ecp256"), parse("aes256-md5-ecp384")));
    EXPECT_TRUE(stronger(parse("aes256gcm16-prfsha384-ecp384"), parse("aes256-sha384-ecp384")));
    EXPECT_EQ(strengthOf(parse("aes256-sha1-modp1024")).weakestBits, 80);
    EXPECT_EQ(strengthOf(parse("aes256gcm16-prfsha384-ecp384")).weakestBits, 192);
}

TEST(ProposalStrength, DiscoveryAsksStrongestFirst) {
    for (const auto& candidates : {ikev2DiscoveryCandidates(), ikev1DiscoveryCandidates()}) {
        ASSERT_FALSE(candidates.empty());
        for (std::size_t i = 0; i + 1 < candidates.size(); ++i) {
            EXPECT_FALSE(stronger(candidates[i + 1], candidates[i]))
                << candidates[i + 1].toString() << " asked after " << candidates[i].toString();
        }
    }
}

TEST(ProposalStrength, StrongestCommonAndRecommendationFollowTheOrder) {
    const std::vector<Proposal> accepted = {parse("3des-sha1-modp1024"), parse("aes256-sha1-modp1024"),
                                            parse("aes128-sha256-modp2048")};
    const std::vector<Proposal> offered = {parse("3des-sha1-modp1024"), parse("aes256-sha1-modp1024")};
    const auto common = proposals::strongestCommon(offered, accepted);
    ASSERT_TRUE(common);
    EXPECT_EQ(common->toString(), "aes256-sha1-modp1024");
    const auto policy = proposals::recommendPolicy(accepted, {});
    ASSERT_TRUE(policy);
    EXPECT_EQ(ikeProposal(*policy).toString(), "aes128-sha256-modp2048");
}
