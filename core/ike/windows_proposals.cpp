// Windows' proposal sets and the custom policy mapping; sources in windows_proposals.h.
#include "ipsecdoctor/ike/windows_proposals.h"
#include "ipsecdoctor/ike/proposal_strength.h"

#include <array>

namespace ipsecdoctor::ike {
namespace {

Proposal ikeSingle(Encryption e, std::optional<IntegId> integ, PrfId prf, DhGroup group) {
    Proposal p;
    p.protocol = Protocol::Ike;
    p.encryption = {e};
    if (integ) {
        p.integrity = {*integ};
    }
    p.prf = {prf};
    p.dh = {group};
    return p;
}

constexpr std::array kWindowsMacs{IntegId::HmacSha1_96, IntegId::HmacSha2_256_128, IntegId::HmacSha2_384_192};

void appendCbc(std::vector<Proposal>& out, std::initializer_list<Encryption> ciphers, DhGroup group) {
    for (const auto& e : ciphers) {
        for (auto mac : kWindowsMacs) {
            out.push_back(ikeSingle(e, mac, *prfForInteg(mac), group));
        }
    }
}

void appendGcm(std::vector<Proposal>& out, DhGroup group) {
    for (std::uint16_t bits : {128, 256}) {
        for (auto mac : kWindowsMacs) {
            out.push_back(ikeSingle({EncrId::AesGcm16, bits}, std::nullopt, *prfForInteg(mac), group));
        }
    }
}

const Encryption k3des{EncrId::TripleDes, 0};
const Encryption kAes128{EncrId::AesCbc, 128};
const Encryption kAes192{EncrId::AesCbc, 192};
const Encryption kAes256{EncrId::AesCbc, 256};

Error unsupported(std::string detail) {
    return Error::make(ErrorCode::NotSupported, std::move(detail));
}

} // namespace

std::string_view windowsIkev2SetId(WindowsIkev2Set set) {
    switch (set) {
    case WindowsIkev2Set::Windows10Default:
        return "windows10-default";
    case WindowsIkev2Set::Windows11Default:
        return "windows11-default";
    case WindowsIkev2Set::Dh2048Aes256Enabled:
        return "dh2048-aes256-enabled";
    case WindowsIkev2Set::Dh2048Aes256Enforced:
        return "dh2048-aes256-enforced";
    case WindowsIkev2Set::Windows10Dh2048Aes256Enabled:
        return "windows10-dh2048-aes256-enabled";
    }
    return "windows10-default";
}

std::optional<WindowsIkev2Set> windowsIkev2SetFromId(std::string_view id) {
    for (auto set : {WindowsIkev2Set::Windows10Default, WindowsIkev2Set::Windows11Default,
                     WindowsIkev2Set::Dh2048Aes256Enabled, WindowsIkev2Set::Dh2048Aes256Enforced,
                     WindowsIkev2Set::Windows10Dh2048Aes256Enabled}) {
        if (windowsIkev2SetId(set) == id) {
            return set;
        }
    }
    return std::nullopt;
}

std::vector<Proposal> windowsIkev2Proposals(WindowsIkev2Set set) {
    std::vector<Proposal> out;
    if (set == WindowsIkev2Set::Dh2048Aes256Enforced) {
        appendCbc(out, {kAes256}, DhGroup::Modp2048);
        return out;
    }
    appendCbc(out, {k3des, kAes128, kAes192, kAes256}, DhGroup::Modp1024);
    if (set == WindowsIkev2Set::Windows11Default || set == WindowsIkev2Set::Dh2048Aes256Enabled) {
        appendGcm(out, DhGroup::Modp1024);
    }
    if (set == WindowsIkev2Set::Dh2048Aes256Enabled || set == WindowsIkev2Set::Windows10Dh2048Aes256Enabled) {
        appendCbc(out, {kAes256}, DhGroup::Modp2048);
    }
    return out;
}

WindowsIkev2Set windowsIkev2SetFor(bool windows11, int negotiateDh2048Aes256) {
    if (negotiateDh2048Aes256 == 2) {
        return WindowsIkev2Set::Dh2048Aes256Enforced;
    }
    if (negotiateDh2048Aes256 == 1) {
        return windows11 ? WindowsIkev2Set::Dh2048Aes256Enabled
                         : WindowsIkev2Set::Windows10Dh2048Aes256Enabled;
    }
    return windows11 ? WindowsIkev2Set::Windows11Default : WindowsIkev2Set::Windows10Default;
}

DhGroup windowsIkev2KeyShare(WindowsIkev2Set set) {
    return set == WindowsIkev2Set::Dh2048Aes256Enforced ? DhGroup::Modp2048 : DhGroup::Modp1024;
}

std::vector<Proposal> windowsEspDefaultProposals() {
    std::vector<Proposal> out;
    for (const auto& e : {kAes256, kAes128, k3des, Encryption{EncrId::Des, 0}, Encryption{EncrId::Null, 0}}) {
        Proposal p;
        p.protocol = Protocol::Esp;
        p.encryption = {e};
        p.integrity = {IntegId::HmacSha1_96};
        p.esn = {EsnId::NoEsn};
        out.push_back(p);
    }
    return out;
}

std::vector<Proposal> windowsL2tpMainModeProposals() {
    const auto sha1 = IntegId::HmacSha1_96;
    const auto prf = PrfId::HmacSha1;
    return {
        ikeSingle(kAes256, sha1, prf, DhGroup::Ecp384),   // observed (libreswan)
        ikeSingle(kAes128, sha1, prf, DhGroup::Ecp256),   // observed
        ikeSingle(kAes256, sha1, prf, DhGroup::Modp2048), // observed (accepted by libreswan)
        ikeSingle(k3des, sha1, prf, DhGroup::Modp2048),   // UNCONFIRMED tail
        ikeSingle(k3des, sha1, prf, DhGroup::Modp1024),   // UNCONFIRMED tail (KB325158 default)
    };
}

namespace {

Encryption ikeEncryption(EncryptionMethod m) {
    switch (m) {
    case EncryptionMethod::Des:
        return {EncrId::Des, 0};
    case EncryptionMethod::Des3:
        return k3des;
    case EncryptionMethod::Aes128:
        return kAes128;
    case EncryptionMethod::Aes192:
        return kAes192;
    case EncryptionMethod::Aes256:
        return kAes256;
    case EncryptionMethod::GcmAes128:
        return {EncrId::AesGcm16, 128};
    case EncryptionMethod::GcmAes256:
        return {EncrId::AesGcm16, 256};
    }
    return kAes256;
}

IntegId integrity(IntegrityCheckMethod m) {
    switch (m) {
    case IntegrityCheckMethod::Md5:
        return IntegId::HmacMd5_96;
    case IntegrityCheckMethod::Sha1:
        return IntegId::HmacSha1_96;
    case IntegrityCheckMethod::Sha256:
        return IntegId::HmacSha2_256_128;
    case IntegrityCheckMethod::Sha384:
        return IntegId::HmacSha2_384_192;
    }
    return IntegId::HmacSha1_96;
}

DhGroup group(DhGroupSetting g) {
    switch (g) {
    case DhGroupSetting::None:
        return DhGroup::None;
    case DhGroupSetting::Group1:
        return DhGroup::Modp768;
    case DhGroupSetting::Group2:
        return DhGroup::Modp1024;
    case DhGroupSetting::Group14:
        return DhGroup::Modp2048;
    case DhGroupSetting::Ecp256:
        return DhGroup::Ecp256;
    case DhGroupSetting::Ecp384:
        return DhGroup::Ecp384;
    case DhGroupSetting::Group24:
        return DhGroup::Modp2048s256;
    }
    return DhGroup::None;
}

} // namespace

Proposal ikeProposal(const VpnIpsecPolicy& policy) {
    const auto e = ikeEncryption(policy.encryptionMethod);
    const auto mac = integrity(policy.integrityCheckMethod);
    Proposal p = ikeSingle(e, isAead(e.id) ? std::nullopt : std::optional(mac), *prfForInteg(mac),
                           group(policy.dhGroup));
    if (p.dh.front() == DhGroup::None) {
        p.dh.clear();
    }
    return p;
}

Proposal espProposal(const VpnIpsecPolicy& policy) {
    Proposal p;
    p.protocol = Protocol::Esp;
    switch (policy.cipherTransformConstants) {
    case CipherTransform::Des:
        p.encryption = {{EncrId::Des, 0}};
        break;
    case CipherTransform::Des3:
        p.encryption = {k3des};
        break;
    case CipherTransform::Aes128:
        p.encryption = {kAes128};
        break;
    case CipherTransform::Aes192:
        p.encryption = {kAes192};
        break;
    case CipherTransform::Aes256:
        p.encryption = {kAes256};
        break;
    case CipherTransform::GcmAes128:
    case CipherTransform::GcmAes192:
    case CipherTransform::GcmAes256:
        p.encryption = {{EncrId::AesGcm16, *gcmBits(policy.cipherTransformConstants)}};
        break;
    case CipherTransform::None:
        p.encryption = {{EncrId::Null, 0}};
        break;
    }
    switch (policy.authenticationTransformConstants) {
    case AuthenticationTransform::Md596:
        p.integrity = {IntegId::HmacMd5_96};
        break;
    case AuthenticationTransform::Sha196:
        p.integrity = {IntegId::HmacSha1_96};
        break;
    case AuthenticationTransform::Sha256128:
        p.integrity = {IntegId::HmacSha2_256_128};
        break;
    default: // GCM (integrity in the cipher) or None
        break;
    }
    switch (policy.pfsGroup) {
    case PfsGroup::None:
        break;
    case PfsGroup::Pfs1:
        p.dh = {DhGroup::Modp768};
        break;
    case PfsGroup::Pfs2:
        p.dh = {DhGroup::Modp1024};
        break;
    case PfsGroup::Pfs2048:
        p.dh = {DhGroup::Modp2048};
        break;
    case PfsGroup::Ecp256:
        p.dh = {DhGroup::Ecp256};
        break;
    case PfsGroup::Ecp384:
        p.dh = {DhGroup::Ecp384};
        break;
    case PfsGroup::PfsMm: // "same as main mode": the IKE SA's group
        if (group(policy.dhGroup) != DhGroup::None) {
            p.dh = {group(policy.dhGroup)};
        }
        break;
    case PfsGroup::Pfs24:
        p.dh = {DhGroup::Modp2048s256};
        break;
    }
    p.esn = {EsnId::NoEsn};
    return p;
}

Expected<VpnIpsecPolicy> policyForIkeProposal(const Proposal& ike) {
    if (ike.protocol != Protocol::Ike || ike.encryption.size() != 1 || ike.prf.size() != 1 ||
        ike.dh.size() != 1 || ike.integrity.size() > 1) {
        return Error::make(ErrorCode::InvalidArgument, "a Windows policy holds one algorithm of each type");
    }
    VpnIpsecPolicy policy;
    const auto& e = ike.encryption.front();
    if (e == k3des) {
        policy.encryptionMethod = EncryptionMethod::Des3;
    } else if (e == Encryption{EncrId::Des, 0}) {
        policy.encryptionMethod = EncryptionMethod::Des;
    } else if (e == kAes128) {
        policy.encryptionMethod = EncryptionMethod::Aes128;
    } else if (e == kAes192) {
        policy.encryptionMethod = EncryptionMethod::Aes192;
    } else if (e == kAes256) {
        policy.encryptionMethod = EncryptionMethod::Aes256;
    } else if (e == Encryption{EncrId::AesGcm16, 128}) {
        policy.encryptionMethod = EncryptionMethod::GcmAes128;
    } else if (e == Encryption{EncrId::AesGcm16, 256}) {
        policy.encryptionMethod = EncryptionMethod::GcmAes256;
    } else {
        return unsupported("Windows cannot send " + keyword(e));
    }
    // Windows derives INTEG and PRF from the one IntegrityCheckMethod.
    const auto prf = ike.prf.front();
    if (!ike.integrity.empty() && prfForInteg(ike.integrity.front()) != prf) {
        return unsupported("Windows pairs each integrity algorithm with its own PRF");
    }
    if (isAead(e.id) != ike.integrity.empty()) {
        return unsupported("integrity transform does not fit the cipher");
    }
    bool found = false;
    for (auto m : {IntegrityCheckMethod::Md5, IntegrityCheckMethod::Sha1, IntegrityCheckMethod::Sha256,
                   IntegrityCheckMethod::Sha384}) {
        if (prfForInteg(integrity(m)) == prf) {
            policy.integrityCheckMethod = m;
            found = true;
        }
    }
    if (!found) {
        return unsupported("Windows cannot send " + keyword(prf));
    }
    found = false;
    for (auto g : {DhGroupSetting::Group1, DhGroupSetting::Group2, DhGroupSetting::Group14,
                   DhGroupSetting::Ecp256, DhGroupSetting::Ecp384, DhGroupSetting::Group24}) {
        if (group(g) == ike.dh.front()) {
            policy.dhGroup = g;
            found = true;
        }
    }
    if (!found) {
        return unsupported("Windows cannot send " + keyword(ike.dh.front()));
    }
    // ESP of matching strength. PFS stays None: with IKEv2 the first CHILD SA has no KE, and a
    // PFS mismatch would only break the first rekey an hour later (facts §1.3).
    switch (policy.encryptionMethod) {
    case EncryptionMethod::GcmAes128:
        policy.cipherTransformConstants = CipherTransform::GcmAes128;
        policy.authenticationTransformConstants = AuthenticationTransform::GcmAes128;
        break;
    case EncryptionMethod::GcmAes256:
        policy.cipherTransformConstants = CipherTransform::GcmAes256;
        policy.authenticationTransformConstants = AuthenticationTransform::GcmAes256;
        break;
    default:
        policy.cipherTransformConstants =
            policy.encryptionMethod == EncryptionMethod::Des3     ? CipherTransform::Des3
            : policy.encryptionMethod == EncryptionMethod::Des    ? CipherTransform::Des
            : policy.encryptionMethod == EncryptionMethod::Aes128 ? CipherTransform::Aes128
            : policy.encryptionMethod == EncryptionMethod::Aes192 ? CipherTransform::Aes192
                                                                  : CipherTransform::Aes256;
        policy.authenticationTransformConstants =
            policy.integrityCheckMethod == IntegrityCheckMethod::Sha256 ||
                    policy.integrityCheckMethod == IntegrityCheckMethod::Sha384
                ? AuthenticationTransform::Sha256128
                : AuthenticationTransform::Sha196;
        break;
    }
    policy.pfsGroup = PfsGroup::None;
    return policy;
}

std::vector<Proposal> allWindowsCustomIkeProposals() {
    std::vector<Proposal> out;
    for (auto g : {DhGroupSetting::Ecp384, DhGroupSetting::Ecp256, DhGroupSetting::Group24,
                   DhGroupSetting::Group14, DhGroupSetting::Group2, DhGroupSetting::Group1}) {
        for (auto e : {EncryptionMethod::GcmAes256, EncryptionMethod::Aes256, EncryptionMethod::GcmAes128,
                       EncryptionMethod::Aes192, EncryptionMethod::Aes128, EncryptionMethod::Des3,
                       EncryptionMethod::Des}) {
            for (auto m : {IntegrityCheckMethod::Sha384, IntegrityCheckMethod::Sha256,
                           IntegrityCheckMethod::Sha1, IntegrityCheckMethod::Md5}) {
                VpnIpsecPolicy policy;
                policy.encryptionMethod = e;
                policy.integrityCheckMethod = m;
                policy.dhGroup = g;
                out.push_back(ikeProposal(policy));
            }
        }
    }
    sortStrongestFirst(out);
    return out;
}

} // namespace ipsecdoctor::ike
