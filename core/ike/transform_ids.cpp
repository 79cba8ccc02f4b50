#include "ipsecdoctor/ike/transform_ids.h"

namespace ipsecdoctor::ike {
namespace {

std::string unknown(std::string_view prefix, unsigned value) {
    return std::string(prefix) + std::to_string(value);
}

} // namespace

bool isAead(EncrId id) {
    return id == EncrId::AesGcm8 || id == EncrId::AesGcm12 || id == EncrId::AesGcm16 ||
           id == EncrId::ChaCha20Poly1305;
}

bool needsKeyLength(EncrId id) {
    return id == EncrId::AesCbc || id == EncrId::AesCtr || id == EncrId::AesGcm8 || id == EncrId::AesGcm12 ||
           id == EncrId::AesGcm16;
}

std::optional<PrfId> prfForInteg(IntegId id) {
    switch (id) {
    case IntegId::HmacMd5_96:
        return PrfId::HmacMd5;
    case IntegId::HmacSha1_96:
        return PrfId::HmacSha1;
    case IntegId::AesXcbc96:
        return PrfId::AesXcbc;
    case IntegId::HmacSha2_256_128:
        return PrfId::HmacSha2_256;
    case IntegId::HmacSha2_384_192:
        return PrfId::HmacSha2_384;
    case IntegId::HmacSha2_512_256:
        return PrfId::HmacSha2_512;
    case IntegId::None:
        break;
    }
    return std::nullopt;
}

std::optional<IntegId> integForPrf(PrfId id) {
    switch (id) {
    case PrfId::HmacMd5:
        return IntegId::HmacMd5_96;
    case PrfId::HmacSha1:
        return IntegId::HmacSha1_96;
    case PrfId::AesXcbc:
        return IntegId::AesXcbc96;
    case PrfId::HmacSha2_256:
        return IntegId::HmacSha2_256_128;
    case PrfId::HmacSha2_384:
        return IntegId::HmacSha2_384_192;
    case PrfId::HmacSha2_512:
        return IntegId::HmacSha2_512_256;
    }
    return std::nullopt;
}

std::size_t keyShareSize(DhGroup group) {
    switch (group) {
    case DhGroup::Modp768:
        return 96;
    case DhGroup::Modp1024:
        return 128;
    case DhGroup::Modp1536:
        return 192;
    case DhGroup::Modp2048:
    case DhGroup::Modp2048s256:
        return 256;
    case DhGroup::Modp3072:
        return 384;
    case DhGroup::Modp4096:
        return 512;
    case DhGroup::Modp6144:
        return 768;
    case DhGroup::Modp8192:
        return 1024;
    case DhGroup::Ecp256:
        return 64;
    case DhGroup::Ecp384:
        return 96;
    case DhGroup::Ecp521:
        return 132;
    case DhGroup::Curve25519:
        return 32;
    case DhGroup::None:
        break;
    }
    return 0;
}

bool isSupportedKeyShare(DhGroup group) {
    return group != DhGroup::None && group != DhGroup::Curve25519 && keyShareSize(group) != 0;
}

std::string charonName(EncrId id, std::uint16_t keyBits) {
    const std::string bits = std::to_string(keyBits);
    switch (id) {
    case EncrId::Des:
        return "DES_CBC";
    case EncrId::TripleDes:
        return "3DES_CBC";
    case EncrId::Null:
        return "NULL";
    case EncrId::AesCbc:
        return "AES_CBC_" + bits;
    case EncrId::AesCtr:
        return "AES_CTR_" + bits;
    case EncrId::AesGcm8:
        return "AES_GCM_8_" + bits;
    case EncrId::AesGcm12:
        return "AES_GCM_12_" + bits;
    case EncrId::AesGcm16:
        return "AES_GCM_16_" + bits;
    case EncrId::ChaCha20Poly1305:
        return "CHACHA20_POLY1305";
    }
    return unknown("UNKNOWN_", static_cast<unsigned>(id));
}

std::string charonName(PrfId id) {
    switch (id) {
    case PrfId::HmacMd5:
        return "PRF_HMAC_MD5";
    case PrfId::HmacSha1:
        return "PRF_HMAC_SHA1";
    case PrfId::AesXcbc:
        return "PRF_AES128_XCBC";
    case PrfId::HmacSha2_256:
        return "PRF_HMAC_SHA2_256";
    case PrfId::HmacSha2_384:
        return "PRF_HMAC_SHA2_384";
    case PrfId::HmacSha2_512:
        return "PRF_HMAC_SHA2_512";
    }
    return unknown("UNKNOWN_", static_cast<unsigned>(id));
}

std::string charonName(IntegId id) {
    switch (id) {
    case IntegId::None:
        return "NONE";
    case IntegId::HmacMd5_96:
        return "HMAC_MD5_96";
    case IntegId::HmacSha1_96:
        return "HMAC_SHA1_96";
    case IntegId::AesXcbc96:
        return "AES_XCBC_96";
    case IntegId::HmacSha2_256_128:
        return "HMAC_SHA2_256_128";
    case IntegId::HmacSha2_384_192:
        return "HMAC_SHA2_384_192";
    case IntegId::HmacSha2_512_256:
        return "HMAC_SHA2_512_256";
    }
    return unknown("UNKNOWN_", static_cast<unsigned>(id));
}

std::string charonName(DhGroup group) {
    switch (group) {
    case DhGroup::None:
        return "NONE";
    case DhGroup::Modp768:
        return "MODP_768";
    case DhGroup::Modp1024:
        return "MODP_1024";
    case DhGroup::Modp1536:
        return "MODP_1536";
    case DhGroup::Modp2048:
        return "MODP_2048";
    case DhGroup::Modp3072:
        return "MODP_3072";
    case DhGroup::Modp4096:
        return "MODP_4096";
    case DhGroup::Modp6144:
        return "MODP_6144";
    case DhGroup::Modp8192:
        return "MODP_8192";
    case DhGroup::Ecp256:
        return "ECP_256";
    case DhGroup::Ecp384:
        return "ECP_384";
    case DhGroup::Ecp521:
        return "ECP_521";
    case DhGroup::Modp2048s256:
        return "MODP_2048_256";
    case DhGroup::Curve25519:
        return "CURVE_25519";
    }
    return unknown("UNKNOWN_", static_cast<unsigned>(group));
}

namespace v1 {

std::optional<Cipher> cipherFor(EncrId id) {
    switch (id) {
    case EncrId::Des:
        return Cipher::DesCbc;
    case EncrId::TripleDes:
        return Cipher::TripleDesCbc;
    case EncrId::AesCbc:
        return Cipher::AesCbc;
    default:
        return std::nullopt;
    }
}

std::optional<EncrId> encrFor(Cipher cipher) {
    switch (cipher) {
    case Cipher::DesCbc:
        return EncrId::Des;
    case Cipher::TripleDesCbc:
        return EncrId::TripleDes;
    case Cipher::AesCbc:
        return EncrId::AesCbc;
    }
    return std::nullopt;
}

std::optional<Hash> hashFor(IntegId id) {
    switch (id) {
    case IntegId::HmacMd5_96:
        return Hash::Md5;
    case IntegId::HmacSha1_96:
        return Hash::Sha1;
    case IntegId::HmacSha2_256_128:
        return Hash::Sha2_256;
    case IntegId::HmacSha2_384_192:
        return Hash::Sha2_384;
    case IntegId::HmacSha2_512_256:
        return Hash::Sha2_512;
    default:
        return std::nullopt;
    }
}

std::optional<IntegId> integFor(Hash hash) {
    switch (hash) {
    case Hash::Md5:
        return IntegId::HmacMd5_96;
    case Hash::Sha1:
        return IntegId::HmacSha1_96;
    case Hash::Sha2_256:
        return IntegId::HmacSha2_256_128;
    case Hash::Sha2_384:
        return IntegId::HmacSha2_384_192;
    case Hash::Sha2_512:
        return IntegId::HmacSha2_512_256;
    }
    return std::nullopt;
}

std::string_view authMethodId(AuthMethod method) {
    return method == AuthMethod::RsaSignature ? "rsa-sig" : "psk";
}

} // namespace v1
} // namespace ipsecdoctor::ike
