// The custom policy's names and rules; see vpn_ipsec_policy.h.
#include "ipsecdoctor/model/vpn_ipsec_policy.h"

#include <array>
#include <cstdint>
#include <optional>

namespace ipsecdoctor {

std::string_view powerShellName(EncryptionMethod v) {
    constexpr std::array<std::string_view, 7> names{"DES",    "DES3",      "AES128",   "AES192",
                                                    "AES256", "GCMAES128", "GCMAES256"};
    return names.at(static_cast<std::size_t>(v));
}
std::string_view powerShellName(IntegrityCheckMethod v) {
    constexpr std::array<std::string_view, 4> names{"MD5", "SHA1", "SHA256", "SHA384"};
    return names.at(static_cast<std::size_t>(v));
}
std::string_view powerShellName(DhGroupSetting v) {
    constexpr std::array<std::string_view, 7> names{"None",   "Group1", "Group2", "Group14",
                                                    "ECP256", "ECP384", "Group24"};
    return names.at(static_cast<std::size_t>(v));
}
std::string_view powerShellName(CipherTransform v) {
    constexpr std::array<std::string_view, 9> names{"DES",       "DES3",      "AES128",    "AES192", "AES256",
                                                    "GCMAES128", "GCMAES192", "GCMAES256", "None"};
    return names.at(static_cast<std::size_t>(v));
}
std::string_view powerShellName(AuthenticationTransform v) {
    constexpr std::array<std::string_view, 7> names{"MD596",     "SHA196",    "SHA256128", "GCMAES128",
                                                    "GCMAES192", "GCMAES256", "None"};
    return names.at(static_cast<std::size_t>(v));
}
std::string_view powerShellName(PfsGroup v) {
    constexpr std::array<std::string_view, 8> names{"None",   "PFS1",   "PFS2",  "PFS2048",
                                                    "ECP256", "ECP384", "PFSMM", "PFS24"};
    return names.at(static_cast<std::size_t>(v));
}

std::optional<std::uint16_t> gcmBits(CipherTransform c) {
    switch (c) {
    case CipherTransform::GcmAes128:
        return 128;
    case CipherTransform::GcmAes192:
        return 192;
    case CipherTransform::GcmAes256:
        return 256;
    default:
        return std::nullopt;
    }
}

std::optional<std::uint16_t> gcmBits(AuthenticationTransform a) {
    switch (a) {
    case AuthenticationTransform::GcmAes128:
        return 128;
    case AuthenticationTransform::GcmAes192:
        return 192;
    case AuthenticationTransform::GcmAes256:
        return 256;
    default:
        return std::nullopt;
    }
}

Expected<void> validate(const VpnIpsecPolicy& policy) {
    if (gcmBits(policy.cipherTransformConstants) != gcmBits(policy.authenticationTransformConstants)) {
        return Error::make(ErrorCode::InvalidArgument,
                           "CipherTransformConstants and AuthenticationTransformConstants must name the "
                           "same GCM variant when either is GCM");
    }
    if (policy.dhGroup == DhGroupSetting::None) {
        return Error::make(ErrorCode::InvalidArgument, "DHGroup None cannot start an IKEv2 SA");
    }
    return {};
}

std::string powerShellArguments(const VpnIpsecPolicy& policy) {
    std::string out;
    out += "-AuthenticationTransformConstants " +
           std::string(powerShellName(policy.authenticationTransformConstants));
    out += " -CipherTransformConstants " + std::string(powerShellName(policy.cipherTransformConstants));
    out += " -EncryptionMethod " + std::string(powerShellName(policy.encryptionMethod));
    out += " -IntegrityCheckMethod " + std::string(powerShellName(policy.integrityCheckMethod));
    out += " -DHGroup " + std::string(powerShellName(policy.dhGroup));
    out += " -PfsGroup " + std::string(powerShellName(policy.pfsGroup));
    return out;
}

} // namespace ipsecdoctor
