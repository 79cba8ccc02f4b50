// The portable modular exponentiation (used for MODP key shares where CNG has no DH, e.g. Wine)
// against small known values and, natively, against OpenSSL's BN_mod_exp on the IKE groups.

#include "ike/win/modexp.h" // private to the Windows backend (see there)
#include "ipsecdoctor/ike/crypto.h"
#include "ipsecdoctor/ike/modp_groups.h"

#include <gtest/gtest.h>

#ifndef _WIN32
#include <openssl/bn.h>
#endif

namespace ipsecdoctor::ike {
namespace {

TEST(ModExp, SmallKnownValues) {
    // 4^13 mod 497 = 445; 2^10 mod 1000003 = 1024; anything^0 = 1.
    EXPECT_EQ(toHex(*modExp(Bytes{4}, Bytes{13}, Bytes{0x01, 0xf1})), "01bd");
    EXPECT_EQ(toHex(*modExp(Bytes{2}, Bytes{10}, Bytes{0x0f, 0x42, 0x43})), "000400");
    EXPECT_EQ(toHex(*modExp(Bytes{7}, Bytes{}, Bytes{0x0b})), "01");
    EXPECT_FALSE(modExp(Bytes{2}, Bytes{3}, Bytes{0x10}));    // even modulus
    EXPECT_FALSE(modExp(Bytes{0x20}, Bytes{3}, Bytes{0x11})); // base >= modulus
    EXPECT_FALSE(modExp(Bytes{2}, Bytes{3}, Bytes{}));
}

#ifndef _WIN32
TEST(ModExp, MatchesOpenSslOnTheIkeGroups) {
    for (auto group : {DhGroup::Modp768, DhGroup::Modp1024, DhGroup::Modp2048, DhGroup::Modp2048s256}) {
        auto params = *modpGroup(group);
        auto p = *fromHex(params.prime);
        auto g = *fromHex(params.generator.size() % 2 ? "0" + std::string(params.generator)
                                                      : std::string(params.generator));
        auto x = *randomBytes(32);
        auto ours = modExp(g, x, p);
        ASSERT_TRUE(ours) << ours.error().detail;
        BIGNUM* bp = BN_bin2bn(p.data(), static_cast<int>(p.size()), nullptr);
        BIGNUM* bg = BN_bin2bn(g.data(), static_cast<int>(g.size()), nullptr);
        BIGNUM* bx = BN_bin2bn(x.data(), static_cast<int>(x.size()), nullptr);
        BIGNUM* r = BN_new();
        BN_CTX* ctx = BN_CTX_new();
        BN_mod_exp(r, bg, bx, bp, ctx);
        Bytes theirs(p.size());
        BN_bn2binpad(r, theirs.data(), static_cast<int>(theirs.size()));
        EXPECT_EQ(toHex(*ours), toHex(theirs)) << charonName(group);
        BN_free(bp);
        BN_free(bg);
        BN_free(bx);
        BN_free(r);
        BN_CTX_free(ctx);
    }
}
#endif

} // namespace
} // namespace ipsecdoctor::ike
