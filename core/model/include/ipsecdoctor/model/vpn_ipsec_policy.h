#pragma once
// The custom IPsec policy of `Set-VpnConnectionIPsecConfiguration` as a value type: the six
// PowerShell parameters, their names, and the rules Windows enforces on them (docs/ipsec-facts.md
// §1.3). Which IKE and ESP proposals a policy makes Windows send is ike/windows_proposals.h.

#include "ipsecdoctor/util/expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

// Enumerators are the PowerShell parameter values; powerShellName returns them verbatim.

enum class EncryptionMethod { Des, Des3, Aes128, Aes192, Aes256, GcmAes128, GcmAes256 };
enum class IntegrityCheckMethod { Md5, Sha1, Sha256, Sha384 };
enum class DhGroupSetting { None, Group1, Group2, Group14, Ecp256, Ecp384, Group24 };
enum class CipherTransform { Des, Des3, Aes128, Aes192, Aes256, GcmAes128, GcmAes192, GcmAes256, None };
enum class AuthenticationTransform { Md596, Sha196, Sha256128, GcmAes128, GcmAes192, GcmAes256, None };
enum class PfsGroup { None, Pfs1, Pfs2, Pfs2048, Ecp256, Ecp384, PfsMm, Pfs24 };

std::string_view powerShellName(EncryptionMethod v);        // "AES256"
std::string_view powerShellName(IntegrityCheckMethod v);    // "SHA256"
std::string_view powerShellName(DhGroupSetting v);          // "Group14", "ECP384"
std::string_view powerShellName(CipherTransform v);         // "GCMAES256"
std::string_view powerShellName(AuthenticationTransform v); // "SHA256128"
std::string_view powerShellName(PfsGroup v);                // "PFS2048"

/// The six parameters of one custom policy (all must be given together).
struct VpnIpsecPolicy {
    EncryptionMethod encryptionMethod = EncryptionMethod::Aes256;
    IntegrityCheckMethod integrityCheckMethod = IntegrityCheckMethod::Sha256;
    DhGroupSetting dhGroup = DhGroupSetting::Group14;
    CipherTransform cipherTransformConstants = CipherTransform::Aes256;
    AuthenticationTransform authenticationTransformConstants = AuthenticationTransform::Sha256128;
    PfsGroup pfsGroup = PfsGroup::None;

    bool operator==(const VpnIpsecPolicy&) const = default;
};

/// The key size of a GCM transform (128/192/256); none for the others.
std::optional<std::uint16_t> gcmBits(CipherTransform c);
std::optional<std::uint16_t> gcmBits(AuthenticationTransform a);

/// Rules Windows enforces (InvalidArgument with the reason): an ESP GCM cipher needs the same
/// GCM authentication transform and back; DHGroup None cannot start an IKEv2 SA.
Expected<void> validate(const VpnIpsecPolicy& policy);
/// "-AuthenticationTransformConstants SHA256128 -CipherTransformConstants AES256
///  -EncryptionMethod AES256 -IntegrityCheckMethod SHA256 -DHGroup Group14 -PfsGroup None"
std::string powerShellArguments(const VpnIpsecPolicy& policy);

} // namespace ipsecdoctor
