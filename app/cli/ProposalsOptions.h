#pragma once
// Command-line options of the Proposals step, the profiles command and the profile fixes. Every
// value is validated by the option table (the same binary runs elevated): enums by exact name,
// proposals by the strongSwan-notation parser, the profile name by isValidProfileName.
//
//   check --step proposals [--profile NAME | --server HOST --tunnel ikev2|l2tp] [--pbk FILE]
//                          [--probe | --accepts PROPOSAL...]
//   profiles [--pbk FILE]
//   fix profile.ipsec-policy.set --profile NAME (--phonebook user|all-users | --pbk FILE) --ipsec-policy P
//   fix profile.tunnel-type.set  --profile NAME (--phonebook user|all-users | --pbk FILE) --strategy S

#include "ipsecdoctor/knowledge/setting_ids.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::app {

struct CliOptions;
struct UsageError;

struct ProposalsOptions {
    std::string profile;              // --profile NAME
    std::string server;               // --server HOST
    std::string tunnel;               // --tunnel ikev2|l2tp
    std::string pbkPath;              // --pbk FILE (read only)
    std::vector<std::string> accepts; // --accepts PROPOSAL: what the server is known to accept
    bool probe = false;               // --probe: ask the server (the IKE probe) what it accepts
    bool noProbe = false;             // --no-probe: a server named with --server is not asked
    std::string phonebook;            // --phonebook user|all-users (fixes)
    std::string ipsecPolicy;          // --ipsec-policy (fixes)
    std::string strategy;             // --strategy (fixes)
};

/// The arguments of a profile.* or registry.* fix (values already validated by the option table).
SettingArguments settingArguments(const ProposalsOptions& p);

/// Checks the combination against the command; called at the end of parseCli (the values
/// themselves are checked by commandline/OptionTable.cpp).
std::optional<UsageError> validateProposalsOptions(const CliOptions& o);

} // namespace ipsecdoctor::app
