// strongSwan proposal notation: the strings admins paste from swanctl.conf must read back as the
// same transforms, and what the probe prints must be what strongSwan would accept.

#include "ipsecdoctor/ike/proposal.h"

#include <gtest/gtest.h>

namespace ipsecdoctor::ike {
namespace {

Proposal parsed(std::string_view text, Protocol protocol = Protocol::Ike) {
    auto p = parseProposal(text, protocol);
    EXPECT_TRUE(p.hasValue()) << text << ": " << (p ? "" : p.error().detail);
    return p ? *p : Proposal{};
}

TEST(IkeProposal, ClassicWindowsProposalImpliesPrfFromIntegrity) {
    const auto p = parsed("aes256-sha1-modp1024");
    EXPECT_EQ(p.encryption, (std::vector<Encryption>{{EncrId::AesCbc, 256}}));
    EXPECT_EQ(p.integrity, std::vector<IntegId>{IntegId::HmacSha1_96});
    EXPECT_EQ(p.prf, std::vector<PrfId>{PrfId::HmacSha1});
    EXPECT_EQ(p.dh, std::vector<DhGroup>{DhGroup::Modp1024});
    EXPECT_EQ(p.toString(), "aes256-sha1-modp1024");
    EXPECT_EQ(p.toCharonString(), "IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024");
}

TEST(IkeProposal, AeadProposalHasNoIntegrityAndWritesItsPrf) {
    const auto p = parsed("aes256gcm16-prfsha384-ecp384");
    EXPECT_TRUE(p.isAead());
    EXPECT_TRUE(p.integrity.empty());
    EXPECT_EQ(p.prf, std::vector<PrfId>{PrfId::HmacSha2_384});
    EXPECT_EQ(p.toString(), "aes256gcm16-prfsha384-ecp384");
    EXPECT_EQ(p.toCharonString(), "IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384");
}

TEST(IkeProposal, AeadWithPlainHashKeywordReadsItAsPrfLikeStrongSwan) {
    EXPECT_EQ(parsed("aes128gcm16-sha256-modp2048"), parsed("aes128gcm16-prfsha256-modp2048"));
}

TEST(IkeProposal, AliasesAndCaseNormalise) {
    EXPECT_EQ(parsed("AES256-SHA-MODP1024").toString(), "aes256-sha1-modp1024");
    EXPECT_EQ(parsed("aes-sha2_256-ecp256").toString(), "aes128-sha256-ecp256");
    EXPECT_EQ(parsed("aes256gcm128-prfsha256-x25519").toString(), "aes256gcm16-prfsha256-curve25519");
}

TEST(IkeProposal, ExplicitPrfDifferentFromIntegrityIsWritten) {
    const auto p = parsed("aes128-sha1-prfsha256-modp2048");
    EXPECT_EQ(p.prf, std::vector<PrfId>{PrfId::HmacSha2_256});
    EXPECT_EQ(p.toString(), "aes128-sha1-prfsha256-modp2048");
}

TEST(IkeProposal, SeveralAlgorithmsPerTypeKeepTheirOrder) {
    const auto p = parsed("3des-aes128-aes192-aes256-sha1-sha256-sha384-modp1024");
    ASSERT_EQ(p.encryption.size(), 4u);
    EXPECT_EQ(p.encryption[0].id, EncrId::TripleDes);
    EXPECT_EQ(p.prf, (std::vector<PrfId>{PrfId::HmacSha1, PrfId::HmacSha2_256, PrfId::HmacSha2_384}));
    EXPECT_EQ(p.toString(), "3des-aes128-aes192-aes256-sha1-sha256-sha384-modp1024");
}

TEST(IkeProposal, ExpandPairsIntegrityWithItsPrfInWindowsOrder) {
    const auto all = parsed("3des-aes256-sha1-sha256-modp1024-modp2048").expand();
    ASSERT_EQ(all.size(), 8u);
    EXPECT_EQ(all[0].toString(), "3des-sha1-modp1024");
    EXPECT_EQ(all[1].toString(), "3des-sha1-modp2048");
    EXPECT_EQ(all[2].toString(), "3des-sha256-modp1024");
    EXPECT_EQ(all[7].toString(), "aes256-sha256-modp2048");
    for (const auto& one : all) {
        EXPECT_EQ(one.prf.size(), 1u);
        EXPECT_EQ(prfForInteg(one.integrity.front()), one.prf.front());
    }
}

TEST(IkeProposal, EspProposalsTakeEsnAndNoPrfOrGroup) {
    const auto p = parsed("aes256-sha256-esn", Protocol::Esp);
    EXPECT_TRUE(p.prf.empty());
    EXPECT_TRUE(p.dh.empty());
    EXPECT_EQ(p.esn, std::vector<EsnId>{EsnId::Esn});
    EXPECT_EQ(p.toCharonString(), "ESP:AES_CBC_256/HMAC_SHA2_256_128/EXT_SEQ");
    EXPECT_FALSE(parseProposal("aes256-sha256-prfsha256", Protocol::Esp));
}

TEST(IkeProposal, RejectsWhatStrongSwanWouldReject) {
    for (const char* bad : {"", "-", "aes256--sha1-modp1024", "aes256-sha1", "sha1-modp1024",
                            "aes256-modp1024", "aes257-sha1-modp1024", "aes256gcm16-sha1-aes256-modp1024",
                            "aes256gcm16-ecp256", "aes256-sha1-modp1024-"}) {
        auto p = parseProposal(bad);
        ASSERT_FALSE(p.hasValue()) << bad;
        EXPECT_EQ(p.error().code, ErrorCode::InvalidArgument) << bad;
        EXPECT_FALSE(p.error().detail.empty());
    }
}

TEST(IkeProposal, WireTransformsInRfcOrderWithKeyLength) {
    const auto t = parsed("aes256-sha256-modp2048").transforms();
    ASSERT_EQ(t.size(), 4u);
    EXPECT_EQ(t[0], (Transform{TransformType::Encr, 12, 256}));
    EXPECT_EQ(t[1], (Transform{TransformType::Prf, 5, 0}));
    EXPECT_EQ(t[2], (Transform{TransformType::Integ, 12, 0}));
    EXPECT_EQ(t[3], (Transform{TransformType::Dh, 14, 0}));
}

TEST(IkeProposal, FromServerTransformsRoundTripsAndKeepsUnknownIds) {
    const auto original = parsed("aes128gcm16-prfsha256-ecp256");
    auto back = proposalFromTransforms(Protocol::Ike, original.transforms());
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, original);

    auto odd = proposalFromTransforms(Protocol::Ike, {{TransformType::Encr, 1234, 0},
                                                      {TransformType::Prf, 2, 0},
                                                      {TransformType::Integ, 0, 0},
                                                      {TransformType::Dh, 99, 0}});
    ASSERT_TRUE(odd);
    EXPECT_EQ(odd->toString(), "unknown-1234-prfsha1-unknown-99");
    EXPECT_FALSE(proposalFromTransforms(Protocol::Ike, {{TransformType::Prf, 2, 0}}));
    EXPECT_FALSE(proposalFromTransforms(Protocol::Ike, {{static_cast<TransformType>(9), 2, 0}}));
}

TEST(IkeTransformIds, KeyShareSizesMatchRfc7296AndRfc5903) {
    EXPECT_EQ(keyShareSize(DhGroup::Modp1024), 128u);
    EXPECT_EQ(keyShareSize(DhGroup::Modp2048), 256u);
    EXPECT_EQ(keyShareSize(DhGroup::Ecp256), 64u);
    EXPECT_EQ(keyShareSize(DhGroup::Ecp384), 96u);
    EXPECT_EQ(keyShareSize(DhGroup::Ecp521), 132u);
    EXPECT_EQ(keyShareSize(static_cast<DhGroup>(77)), 0u);
    EXPECT_FALSE(isSupportedKeyShare(DhGroup::None));
}

TEST(IkeTransformIds, Ikev1AttributeValuesMapBothWays) {
    EXPECT_EQ(v1::cipherFor(EncrId::AesCbc), v1::Cipher::AesCbc);
    EXPECT_EQ(static_cast<int>(*v1::cipherFor(EncrId::TripleDes)), 5);
    EXPECT_FALSE(v1::cipherFor(EncrId::AesGcm16));
    EXPECT_EQ(static_cast<int>(*v1::hashFor(IntegId::HmacSha2_256_128)), 4);
    EXPECT_EQ(v1::integFor(v1::Hash::Sha2_384), IntegId::HmacSha2_384_192);
}

} // namespace
} // namespace ipsecdoctor::ike
