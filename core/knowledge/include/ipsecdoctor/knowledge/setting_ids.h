#pragma once
// The allow-list of remediations that change a setting rather than a service: a registry value or
// a key of a VPN profile in a phonebook. Their arguments are validated enums (never free text),
// except the profile name, which must name an existing entry of the chosen phonebook.
//
//   profile.ipsec-policy.set   --profile NAME --phonebook user|all-users --ipsec-policy P
//   profile.tunnel-type.set    --profile NAME --phonebook user|all-users --strategy S
//   registry.negotiate-dh2048-aes256.enable      NegotiateDH2048_AES256 = 1 (RasMan restart)
//   registry.assume-udp-encapsulation.both-behind-nat  AssumeUDPEncapsulationContextOnSendRule = 2 (reboot)

#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/model/vpn_configuration.h"
#include "ipsecdoctor/model/vpn_ipsec_policy.h"
#include "ipsecdoctor/util/expected.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// What has to happen after the change before it takes effect, said before it runs.
enum class Aftermath { Reconnect, RestartRasMan, Reboot };
std::string_view aftermathId(Aftermath a); // "reconnect" | "restart-rasman" | "reboot"

struct SettingArguments {
    std::string profile;
    PhonebookScope scope = PhonebookScope::User;
    std::optional<VpnIpsecPolicy> policy;
    std::optional<VpnStrategy> strategy;
};

struct SettingSpec {
    std::string id;
    bool needsElevation = true; // HKLM and the all-users phonebook; not the user's own phonebook
    Aftermath aftermath = Aftermath::Reconnect;
    SettingArguments arguments;
};

/// True for the ids above (arguments not checked).
bool isSettingRemediationId(std::string_view id);
/// Validates the id and the arguments it needs (and refuses arguments it does not take).
Expected<SettingSpec> parseSettingRemediation(std::string_view id, const SettingArguments& arguments);
std::vector<std::string> allSettingRemediationIds();

/// "AES256,SHA256,Group14,AES256,SHA256128,None": EncryptionMethod, IntegrityCheckMethod, DHGroup,
/// CipherTransformConstants, AuthenticationTransformConstants, PfsGroup (PowerShell names).
std::string policyArgument(const VpnIpsecPolicy& policy);
/// Exact names only; InvalidArgument naming the bad field; the policy must pass validate.
Expected<VpnIpsecPolicy> parsePolicyArgument(std::string_view text);

/// A profile name as it may be passed to the elevated helper: 1–256 bytes of valid UTF-8, no
/// control character, no '[' or ']' (they would break the phonebook section syntax).
bool isValidProfileName(std::string_view name);

} // namespace ipsecdoctor
