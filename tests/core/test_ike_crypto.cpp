// The probe's crypto facade. Everywhere (OpenSSL natively, CNG under Wine): sizes, freshness,
// SHA-1 against FIPS 180 vectors. Natively, OpenSSL independently checks that every key share is
// a valid public value — a server treats an invalid one as NO_PROPOSAL_CHOSEN — and that our
// group table holds the RFC primes.

#include "ipsecdoctor/ike/crypto.h"

#include "ipsecdoctor/ike/modp_groups.h"

#include <gtest/gtest.h>

#ifndef _WIN32
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>
#endif

#include <algorithm>
#include <memory>

namespace ipsecdoctor::ike {
namespace {

constexpr DhGroup kGroups[] = {DhGroup::Modp768,  DhGroup::Modp1024,    DhGroup::Modp1536, DhGroup::Modp2048,
                               DhGroup::Modp3072, DhGroup::Modp4096,    DhGroup::Ecp256,   DhGroup::Ecp384,
                               DhGroup::Ecp521,   DhGroup::Modp2048s256};

TEST(IkeCrypto, RandomBytesAreFresh) {
    auto a = randomBytes(32);
    auto b = randomBytes(32);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->size(), 32u);
    EXPECT_NE(*a, *b);
    auto none = randomBytes(0);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

TEST(IkeCrypto, KeySharesHaveTheWireSizeAndAreFresh) {
    for (auto group : kGroups) {
        auto a = generateKeyShare(group);
        auto b = generateKeyShare(group);
#ifdef _WIN32
        // Wine's bcrypt.dll lacks P-521 (real Windows has it; Windows never offers ECP521).
        if (group == DhGroup::Ecp521 && !a && a.error().code == ErrorCode::NotSupported) {
            continue;
        }
#endif
        ASSERT_TRUE(a) << charonName(group) << ": " << a.error().detail;
        ASSERT_TRUE(b);
        EXPECT_EQ(a->group, group);
        EXPECT_EQ(a->publicValue.size(), keyShareSize(group)) << charonName(group);
        EXPECT_NE(a->publicValue, b->publicValue) << charonName(group);
        EXPECT_TRUE(std::any_of(a->publicValue.begin(), a->publicValue.end(), [](auto v) { return v != 0; }));
    }
}

TEST(IkeCrypto, GroupsWithoutBackendSupportAreNotSupported) {
    for (auto group : {DhGroup::Curve25519, DhGroup::None, static_cast<DhGroup>(99)}) {
        auto share = generateKeyShare(group);
        ASSERT_FALSE(share) << charonName(group);
        EXPECT_EQ(share.error().code, ErrorCode::NotSupported);
    }
}

TEST(IkeCrypto, BackendIsNamed) {
#ifdef _WIN32
    EXPECT_EQ(cryptoBackendName(), "bcrypt");
#else
    EXPECT_EQ(cryptoBackendName(), "openssl");
#endif
}

#ifndef _WIN32
struct BnFree {
    void operator()(BIGNUM* b) const { BN_free(b); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Bn fromHexBn(std::string_view hex) {
    BIGNUM* b = nullptr;
    const std::string text(hex);
    BN_hex2bn(&b, text.c_str());
    return Bn(b);
}

TEST(IkeCrypto, GroupTableHoldsOpenSslsRfcPrimes) {
    const std::pair<DhGroup, BIGNUM* (*)(BIGNUM*)> known[] = {
        {DhGroup::Modp768, BN_get_rfc2409_prime_768},   {DhGroup::Modp1024, BN_get_rfc2409_prime_1024},
        {DhGroup::Modp1536, BN_get_rfc3526_prime_1536}, {DhGroup::Modp2048, BN_get_rfc3526_prime_2048},
        {DhGroup::Modp3072, BN_get_rfc3526_prime_3072}, {DhGroup::Modp4096, BN_get_rfc3526_prime_4096},
        {DhGroup::Modp6144, BN_get_rfc3526_prime_6144}, {DhGroup::Modp8192, BN_get_rfc3526_prime_8192},
    };
    for (const auto& [group, reference] : known) {
        auto params = modpGroup(group);
        ASSERT_TRUE(params) << charonName(group);
        Bn ours = fromHexBn(params->prime);
        Bn theirs(reference(nullptr));
        EXPECT_EQ(BN_cmp(ours.get(), theirs.get()), 0) << charonName(group);
        EXPECT_EQ(static_cast<std::size_t>(BN_num_bytes(ours.get())), keyShareSize(group));
    }
    EXPECT_FALSE(modpGroup(DhGroup::Ecp256));
}

/// A MODP public value y is valid when 1 < y < p-1 and y lies in the subgroup of order q
/// (q = (p-1)/2 for the safe primes, RFC 5114's q for group 24): y^q = 1 mod p.
bool validModpShare(DhGroup group, const Bytes& value) {
    auto params = modpGroup(group);
    Bn p = fromHexBn(params->prime);
    Bn q = params->order.empty() ? Bn(BN_dup(p.get())) : fromHexBn(params->order);
    if (params->order.empty()) {
        BN_sub_word(q.get(), 1);
        BN_rshift1(q.get(), q.get());
    }
    Bn y(BN_bin2bn(value.data(), static_cast<int>(value.size()), nullptr));
    Bn pMinusOne(BN_dup(p.get()));
    BN_sub_word(pMinusOne.get(), 1);
    if (BN_cmp(y.get(), BN_value_one()) <= 0 || BN_cmp(y.get(), pMinusOne.get()) >= 0) {
        return false;
    }
    Bn r(BN_new());
    BN_CTX* ctx = BN_CTX_new();
    BN_mod_exp(r.get(), y.get(), q.get(), p.get(), ctx);
    BN_CTX_free(ctx);
    return BN_is_one(r.get());
}

bool validEcpShare(int nid, const Bytes& value) {
    EC_GROUP* curve = EC_GROUP_new_by_curve_name(nid);
    EC_POINT* point = EC_POINT_new(curve);
    Bytes encoded{0x04};
    encoded.insert(encoded.end(), value.begin(), value.end());
    const bool ok = EC_POINT_oct2point(curve, point, encoded.data(), encoded.size(), nullptr) == 1 &&
                    EC_POINT_is_on_curve(curve, point, nullptr) == 1;
    EC_POINT_free(point);
    EC_GROUP_free(curve);
    return ok;
}

TEST(IkeCrypto, KeySharesAreValidPublicValues) {
    for (auto group : kGroups) {
        auto share = generateKeyShare(group);
        ASSERT_TRUE(share);
        switch (group) {
        case DhGroup::Ecp256:
            EXPECT_TRUE(validEcpShare(NID_X9_62_prime256v1, share->publicValue));
            break;
        case DhGroup::Ecp384:
            EXPECT_TRUE(validEcpShare(NID_secp384r1, share->publicValue));
            break;
        case DhGroup::Ecp521:
            EXPECT_TRUE(validEcpShare(NID_secp521r1, share->publicValue));
            break;
        default:
            EXPECT_TRUE(validModpShare(group, share->publicValue)) << charonName(group);
        }
    }
    // The checks themselves reject what a server rejects.
    EXPECT_FALSE(validModpShare(DhGroup::Modp1024, Bytes(128, 0xff)));
    EXPECT_FALSE(validEcpShare(NID_X9_62_prime256v1, Bytes(64, 0x01)));
}
#endif

} // namespace
} // namespace ipsecdoctor::ike
