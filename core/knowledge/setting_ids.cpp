#include "ipsecdoctor/knowledge/setting_ids.h"

#include "ipsecdoctor/util/utf8.h"

#include <array>

namespace ipsecdoctor {
namespace {

template <class E>
std::optional<E> byName(std::string_view name, int count) {
    for (int i = 0; i < count; ++i) {
        if (powerShellName(static_cast<E>(i)) == name) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view aftermathId(Aftermath a) {
    switch (a) {
    case Aftermath::Reconnect:
        return "reconnect";
    case Aftermath::RestartRasMan:
        return "restart-rasman";
    case Aftermath::Reboot:
        return "reboot";
    }
    return "reconnect";
}

bool isSettingRemediationId(std::string_view id) {
    return fixFamily(id) == FixFamily::Setting;
}

std::vector<std::string> allSettingRemediationIds() {
    auto ids = allFixIds();
    std::erase_if(ids, [](const std::string& id) { return !isSettingRemediationId(id); });
    return ids;
}

bool isValidProfileName(std::string_view name) {
    if (name.empty() || name.size() > 256 || !isValidUtf8(name)) {
        return false;
    }
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F || c == '[' || c == ']') {
            return false;
        }
    }
    return true;
}

Expected<SettingSpec> parseSettingRemediation(std::string_view id, const SettingArguments& args) {
    auto invalid = [&](const std::string& why) {
        return Error::make(ErrorCode::InvalidArgument, "remediation '" + std::string(id) + "': " + why);
    };
    if (!isSettingRemediationId(id)) {
        return invalid("not a setting remediation IPsec Doctor knows");
    }
    SettingSpec spec;
    spec.id = std::string(id);
    spec.arguments = args;
    const bool profileFix = id == fix::kProfileIpsecPolicy || id == fix::kProfileTunnelType;
    if (profileFix) {
        if (!isValidProfileName(args.profile)) {
            return invalid("a profile name (1-256 characters, no control character or bracket) is needed");
        }
        // The user's own phonebook is theirs to change; the all-users one needs an administrator. A
        // phonebook file named on the command line (one an administrator prepares for deployment)
        // is guarded by its own file permissions.
        spec.needsElevation = args.scope == PhonebookScope::AllUsers;
        spec.aftermath = Aftermath::Reconnect;
    } else if (!args.profile.empty()) {
        return invalid("takes no profile");
    }
    if (id == fix::kProfileIpsecPolicy) {
        if (!args.policy || args.strategy) {
            return invalid("needs --ipsec-policy and nothing else");
        }
        if (auto valid = validate(*args.policy); !valid) {
            return invalid(valid.error().detail);
        }
    } else if (id == fix::kProfileTunnelType) {
        if (!args.strategy || args.policy) {
            return invalid("needs --strategy and nothing else");
        }
    } else {
        if (args.policy || args.strategy) {
            return invalid("takes no arguments");
        }
        spec.needsElevation = true;
        spec.aftermath = id == fix::kNegotiateDh2048 ? Aftermath::RestartRasMan : Aftermath::Reboot;
    }
    return spec;
}

std::string policyArgument(const VpnIpsecPolicy& p) {
    std::string out;
    for (auto name : {powerShellName(p.encryptionMethod), powerShellName(p.integrityCheckMethod),
                      powerShellName(p.dhGroup), powerShellName(p.cipherTransformConstants),
                      powerShellName(p.authenticationTransformConstants), powerShellName(p.pfsGroup)}) {
        out += (out.empty() ? "" : ",") + std::string(name);
    }
    return out;
}

Expected<VpnIpsecPolicy> parsePolicyArgument(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (parts.size() < 7) {
        const auto comma = text.find(',', start);
        parts.push_back(
            text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos) {
            break;
        }
        start = comma + 1;
    }
    auto bad = [](const std::string& why) {
        return Error::make(ErrorCode::InvalidArgument, "IPsec policy: " + why);
    };
    if (parts.size() != 6) {
        return bad("expected six comma-separated values "
                   "(EncryptionMethod,IntegrityCheckMethod,DHGroup,CipherTransformConstants,"
                   "AuthenticationTransformConstants,PfsGroup)");
    }
    VpnIpsecPolicy policy;
    auto e = byName<EncryptionMethod>(parts[0], 7);
    auto i = byName<IntegrityCheckMethod>(parts[1], 4);
    auto d = byName<DhGroupSetting>(parts[2], 7);
    auto c = byName<CipherTransform>(parts[3], 9);
    auto a = byName<AuthenticationTransform>(parts[4], 7);
    auto f = byName<PfsGroup>(parts[5], 8);
    if (!e) {
        return bad("unknown EncryptionMethod '" + std::string(parts[0]) + "'");
    }
    if (!i) {
        return bad("unknown IntegrityCheckMethod '" + std::string(parts[1]) + "'");
    }
    if (!d) {
        return bad("unknown DHGroup '" + std::string(parts[2]) + "'");
    }
    if (!c) {
        return bad("unknown CipherTransformConstants '" + std::string(parts[3]) + "'");
    }
    if (!a) {
        return bad("unknown AuthenticationTransformConstants '" + std::string(parts[4]) + "'");
    }
    if (!f) {
        return bad("unknown PfsGroup '" + std::string(parts[5]) + "'");
    }
    policy.encryptionMethod = *e;
    policy.integrityCheckMethod = *i;
    policy.dhGroup = *d;
    policy.cipherTransformConstants = *c;
    policy.authenticationTransformConstants = *a;
    policy.pfsGroup = *f;
    if (auto valid = validate(policy); !valid) {
        return valid.error();
    }
    return policy;
}

} // namespace ipsecdoctor
