// The probe's crypto with OpenSSL 3 (libcrypto): MODP shares with BIGNUM over the shared group
// table (so OpenSSL and CNG use identical groups), ECP shares with EVP keygen.
#include "ipsecdoctor/ike/crypto.h"

#include "ipsecdoctor/ike/modp_groups.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <string>

namespace ipsecdoctor::ike {
namespace {

struct BnFree {
    void operator()(BIGNUM* b) const { BN_free(b); }
};
struct BnCtxFree {
    void operator()(BN_CTX* c) const { BN_CTX_free(c); }
};
struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Error cryptoError(const std::string& what) {
    return Error::make(ErrorCode::Platform, "OpenSSL: " + what);
}

Bn bnFromHex(std::string_view hex) {
    BIGNUM* b = nullptr;
    const std::string text(hex);
    if (BN_hex2bn(&b, text.c_str()) == 0) {
        return nullptr;
    }
    return Bn(b);
}

/// Private exponent size: twice the group's symmetric strength (NIST SP 800-57), as IKE
/// implementations commonly do; the key is thrown away, only its public value must be valid.
int exponentBits(DhGroup group) {
    switch (group) {
    case DhGroup::Modp3072:
    case DhGroup::Modp4096:
        return 384;
    case DhGroup::Modp6144:
    case DhGroup::Modp8192:
        return 512;
    default:
        return 256;
    }
}

Expected<KeyShare> modpShare(DhGroup group, const ModpGroup& params) {
    Bn p = bnFromHex(params.prime);
    Bn g = bnFromHex(params.generator);
    Bn x(BN_new());
    Bn y(BN_new());
    std::unique_ptr<BN_CTX, BnCtxFree> ctx(BN_CTX_new());
    if (!p || !g || !x || !y || !ctx) {
        return cryptoError("out of memory");
    }
    if (!params.order.empty()) {
        // Group 24: x in [2, q-2] keeps g^x in the prime-order subgroup the peer checks.
        Bn q = bnFromHex(params.order);
        Bn range(BN_new());
        if (!q || !range || !BN_sub(range.get(), q.get(), BN_value_one()) || !BN_sub_word(range.get(), 2) ||
            !BN_priv_rand_range(x.get(), range.get()) || !BN_add_word(x.get(), 2)) {
            return cryptoError("private value in the subgroup");
        }
    } else if (!BN_priv_rand(x.get(), exponentBits(group), BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY)) {
        return cryptoError("private value");
    }
    if (!BN_mod_exp(y.get(), g.get(), x.get(), p.get(), ctx.get())) {
        return cryptoError("modular exponentiation");
    }
    KeyShare share;
    share.group = group;
    share.publicValue.resize(keyShareSize(group));
    if (BN_bn2binpad(y.get(), share.publicValue.data(), static_cast<int>(share.publicValue.size())) < 0) {
        return cryptoError("public value does not fit the prime size");
    }
    return share;
}

Expected<KeyShare> ecpShare(DhGroup group, const char* curve) {
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
    if (!key) {
        return cryptoError(std::string("EC key generation on ") + curve);
    }
    // Uncompressed point 0x04 ‖ x ‖ y; IKE carries x ‖ y (RFC 5903 §7).
    Bytes point(keyShareSize(group) + 1);
    std::size_t length = 0;
    if (!EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(),
                                         point.size(), &length) ||
        length != point.size() || point[0] != 0x04) {
        return cryptoError("EC public point export");
    }
    KeyShare share;
    share.group = group;
    share.publicValue.assign(point.begin() + 1, point.end());
    return share;
}

} // namespace

Expected<KeyShare> generateKeyShare(DhGroup group) {
    switch (group) {
    case DhGroup::Ecp256:
        return ecpShare(group, "P-256");
    case DhGroup::Ecp384:
        return ecpShare(group, "P-384");
    case DhGroup::Ecp521:
        return ecpShare(group, "P-521");
    default:
        break;
    }
    if (auto params = modpGroup(group)) {
        return modpShare(group, *params);
    }
    return Error::make(ErrorCode::NotSupported, "no key share for D-H group " + charonName(group));
}

Expected<Bytes> randomBytes(std::size_t count) {
    Bytes out(count);
    if (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1) {
        return cryptoError("RAND_bytes");
    }
    return out;
}

std::string_view cryptoBackendName() {
    return "openssl";
}

} // namespace ipsecdoctor::ike
