#pragma once
// The phonebook form of a custom IPsec policy: `NumCustomPolicy=1` and
// `CustomIPSecPolicies=<48 hex digits>` = six little-endian DWORDs per policy, each the Windows
// SDK enum value of one Set-VpnConnectionIPsecConfiguration parameter (IKEEXT_INTEGRITY_TYPE,
// IKEEXT_CIPHER_TYPE, IKEEXT_DH_GROUP, IPSEC_CIPHER_CONFIG, IPSEC_AUTH_CONFIG, IPSEC_PFS_GROUP;
// docs/ipsec-facts.md §1.3).
//
// The order of the six slots is not documented. The order used here was chosen by testing every
// permutation against phonebook values whose cmdlet parameters are known (tests/data pairs and
// one captured entry): it is the only order under which all of them decode to their stated
// parameters. The order from Brave's demo code (facts §1.4) fails them. The evidence is written
// down in docs/custom-ipsec-policies.md and checked by tests/core/test_custom_ipsec_policy.cpp.

#include "ipsecdoctor/ike/windows_proposals.h"
#include "ipsecdoctor/util/expected.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::vpn {

enum class PolicyField {
    IntegrityMethod,
    EncryptionMethod,
    DhGroup,
    CipherTransform,
    AuthTransform,
    PfsGroup
};
using PolicyFieldOrder = std::array<PolicyField, 6>;

/// The order the phonebook uses (see the header comment).
inline constexpr PolicyFieldOrder kPhonebookPolicyOrder{
    PolicyField::IntegrityMethod, PolicyField::EncryptionMethod, PolicyField::DhGroup,
    PolicyField::CipherTransform, PolicyField::AuthTransform,    PolicyField::PfsGroup};
/// The order of Brave's demo code (facts §1.4), kept to show in tests that the evidence refutes it.
inline constexpr PolicyFieldOrder kBraveDemoPolicyOrder{
    PolicyField::IntegrityMethod, PolicyField::EncryptionMethod, PolicyField::CipherTransform,
    PolicyField::AuthTransform,   PolicyField::DhGroup,          PolicyField::PfsGroup};

/// The SDK enum value of one field of a policy; nullopt where the SDK has none (transform None).
std::optional<std::uint32_t> sdkValue(const VpnIpsecPolicy& policy, PolicyField field);

/// The six DWORDs of CustomIPSecPolicies (one policy per 48 hex digits, case-insensitive).
/// Malformed when the length is not a non-zero multiple of 48 or a digit is not hex.
Expected<std::vector<std::array<std::uint32_t, 6>>> parsePolicyWords(std::string_view hex);

/// Decodes the policies of a CustomIPSecPolicies value with `order`; Malformed with the slot when
/// a value is outside its enum.
Expected<std::vector<VpnIpsecPolicy>>
decodeCustomIpsecPolicies(std::string_view hex, const PolicyFieldOrder& order = kPhonebookPolicyOrder);

/// The 48 hex digits (upper case) of one policy; NotSupported when a transform is None (the
/// phonebook value for it is unknown) and InvalidArgument when the policy fails validate.
Expected<std::string> encodeCustomIpsecPolicy(const VpnIpsecPolicy& policy,
                                              const PolicyFieldOrder& order = kPhonebookPolicyOrder);

} // namespace ipsecdoctor::vpn
