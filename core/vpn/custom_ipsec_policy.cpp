#include "ipsecdoctor/vpn/custom_ipsec_policy.h"
#include "ipsecdoctor/util/hex.h"

#include <cstdio>

namespace ipsecdoctor::vpn {
namespace {

using namespace ipsecdoctor::ike;

// SDK values (iketypes.h / ipsectypes.h as in mingw-w64-headers; facts §1.3). The ike enums list
// their values in SDK order, but the mapping is spelled out so a reorder there cannot shift it.
constexpr std::array kIntegrity{IntegrityCheckMethod::Md5, IntegrityCheckMethod::Sha1,
                                IntegrityCheckMethod::Sha256, IntegrityCheckMethod::Sha384};
constexpr std::array kEncryption{EncryptionMethod::Des,      EncryptionMethod::Des3,
                                 EncryptionMethod::Aes128,   EncryptionMethod::Aes192,
                                 EncryptionMethod::Aes256,   EncryptionMethod::GcmAes128,
                                 EncryptionMethod::GcmAes256};
constexpr std::array kDh{DhGroupSetting::None,    DhGroupSetting::Group1, DhGroupSetting::Group2,
                         DhGroupSetting::Group14, DhGroupSetting::Ecp256, DhGroupSetting::Ecp384,
                         DhGroupSetting::Group24};
// IPSEC_CIPHER_CONFIG starts at 1 (CBC_DES); index 0 is unused.
constexpr std::array kCipher{
    CipherTransform::None,      CipherTransform::Des,       CipherTransform::Des3,
    CipherTransform::Aes128,    CipherTransform::Aes192,    CipherTransform::Aes256,
    CipherTransform::GcmAes128, CipherTransform::GcmAes192, CipherTransform::GcmAes256};
constexpr std::array kAuth{AuthenticationTransform::Md596,     AuthenticationTransform::Sha196,
                           AuthenticationTransform::Sha256128, AuthenticationTransform::GcmAes128,
                           AuthenticationTransform::GcmAes192, AuthenticationTransform::GcmAes256};
constexpr std::array kPfs{PfsGroup::None,   PfsGroup::Pfs1,   PfsGroup::Pfs2,  PfsGroup::Pfs2048,
                          PfsGroup::Ecp256, PfsGroup::Ecp384, PfsGroup::PfsMm, PfsGroup::Pfs24};

template <class Array, class T>
std::optional<std::uint32_t> indexOf(const Array& values, T v, std::size_t from = 0) {
    for (std::size_t i = from; i < values.size(); ++i) {
        if (values[i] == v) {
            return static_cast<std::uint32_t>(i);
        }
    }
    return std::nullopt;
}

std::string_view fieldName(PolicyField f) {
    switch (f) {
    case PolicyField::IntegrityMethod:
        return "IntegrityCheckMethod";
    case PolicyField::EncryptionMethod:
        return "EncryptionMethod";
    case PolicyField::DhGroup:
        return "DHGroup";
    case PolicyField::CipherTransform:
        return "CipherTransformConstants";
    case PolicyField::AuthTransform:
        return "AuthenticationTransformConstants";
    case PolicyField::PfsGroup:
        return "PfsGroup";
    }
    return "?";
}

/// Sets `field` of `policy` from an SDK value; false when the value is outside the enum.
bool setField(VpnIpsecPolicy& policy, PolicyField field, std::uint32_t v) {
    switch (field) {
    case PolicyField::IntegrityMethod:
        if (v >= kIntegrity.size()) {
            return false;
        }
        policy.integrityCheckMethod = kIntegrity[v];
        return true;
    case PolicyField::EncryptionMethod:
        if (v >= kEncryption.size()) {
            return false;
        }
        policy.encryptionMethod = kEncryption[v];
        return true;
    case PolicyField::DhGroup:
        if (v >= kDh.size()) {
            return false;
        }
        policy.dhGroup = kDh[v];
        return true;
    case PolicyField::CipherTransform:
        if (v == 0 || v >= kCipher.size()) {
            return false;
        }
        policy.cipherTransformConstants = kCipher[v];
        return true;
    case PolicyField::AuthTransform:
        if (v >= kAuth.size()) {
            return false;
        }
        policy.authenticationTransformConstants = kAuth[v];
        return true;
    case PolicyField::PfsGroup:
        if (v >= kPfs.size()) {
            return false;
        }
        policy.pfsGroup = kPfs[v];
        return true;
    }
    return false;
}

} // namespace

std::optional<std::uint32_t> sdkValue(const VpnIpsecPolicy& p, PolicyField field) {
    switch (field) {
    case PolicyField::IntegrityMethod:
        return indexOf(kIntegrity, p.integrityCheckMethod);
    case PolicyField::EncryptionMethod:
        return indexOf(kEncryption, p.encryptionMethod);
    case PolicyField::DhGroup:
        return indexOf(kDh, p.dhGroup);
    case PolicyField::CipherTransform:
        return indexOf(kCipher, p.cipherTransformConstants, 1);
    case PolicyField::AuthTransform:
        return indexOf(kAuth, p.authenticationTransformConstants);
    case PolicyField::PfsGroup:
        return indexOf(kPfs, p.pfsGroup);
    }
    return std::nullopt;
}

Expected<std::vector<std::array<std::uint32_t, 6>>> parsePolicyWords(std::string_view hex) {
    if (hex.empty() || hex.size() % 48 != 0 || hex.size() > 48 * 64) {
        return Error::make(ErrorCode::Malformed, "CustomIPSecPolicies has " + std::to_string(hex.size()) +
                                                     " hex digits, expected a multiple of 48");
    }
    std::vector<std::array<std::uint32_t, 6>> policies(hex.size() / 48);
    for (std::size_t p = 0; p < policies.size(); ++p) {
        for (std::size_t w = 0; w < 6; ++w) {
            std::uint32_t word = 0;
            for (std::size_t b = 0; b < 4; ++b) { // little-endian bytes
                const auto at = p * 48 + w * 8 + b * 2;
                const int hi = hexDigitValue(hex[at]);
                const int lo = hexDigitValue(hex[at + 1]);
                if (hi < 0 || lo < 0) {
                    return Error::make(ErrorCode::Malformed,
                                       "CustomIPSecPolicies has a non-hex digit at " + std::to_string(at));
                }
                word |= static_cast<std::uint32_t>(hi * 16 + lo) << (8 * b);
            }
            policies[p][w] = word;
        }
    }
    return policies;
}

Expected<std::vector<VpnIpsecPolicy>> decodeCustomIpsecPolicies(std::string_view hex,
                                                                const PolicyFieldOrder& order) {
    auto words = parsePolicyWords(hex);
    if (!words) {
        return words.error();
    }
    std::vector<VpnIpsecPolicy> policies;
    for (const auto& w : *words) {
        VpnIpsecPolicy policy;
        for (std::size_t slot = 0; slot < 6; ++slot) {
            if (!setField(policy, order[slot], w[slot])) {
                return Error::make(ErrorCode::Malformed, "CustomIPSecPolicies slot " + std::to_string(slot) +
                                                             " (" + std::string(fieldName(order[slot])) +
                                                             ") has value " + std::to_string(w[slot]) +
                                                             ", outside its enum");
            }
        }
        policies.push_back(policy);
    }
    return policies;
}

Expected<std::string> encodeCustomIpsecPolicy(const VpnIpsecPolicy& policy, const PolicyFieldOrder& order) {
    if (auto valid = validate(policy); !valid) {
        return valid.error();
    }
    std::string hex;
    for (auto field : order) {
        const auto v = sdkValue(policy, field);
        if (!v) {
            return Error::make(ErrorCode::NotSupported,
                               std::string(fieldName(field)) + " None has no known phonebook value");
        }
        char bytes[9];
        std::snprintf(bytes, sizeof bytes, "%02X%02X%02X%02X", *v & 0xFFu, (*v >> 8) & 0xFFu,
                      (*v >> 16) & 0xFFu, (*v >> 24) & 0xFFu);
        hex += bytes;
    }
    return hex;
}

} // namespace ipsecdoctor::vpn
