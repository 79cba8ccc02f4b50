#include "ProposalsOptions.h"

#include "CliOptions.h"

#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/model/vpn_configuration.h"

namespace ipsecdoctor::app {
SettingArguments settingArguments(const ProposalsOptions& p) {
    SettingArguments args;
    args.profile = p.profile;
    args.scope = !p.pbkPath.empty()           ? PhonebookScope::File
                 : p.phonebook == "all-users" ? PhonebookScope::AllUsers
                                              : PhonebookScope::User;
    if (!p.ipsecPolicy.empty()) {
        args.policy = *parsePolicyArgument(p.ipsecPolicy);
    }
    if (!p.strategy.empty()) {
        args.strategy = vpnStrategyFromId(p.strategy);
    }
    return args;
}

std::optional<UsageError> validateProposalsOptions(const CliOptions& o) {
    if (o.command == CliCommand::Probe) {
        return std::nullopt; // --profile and --pbk have the probe's own rules (commands/Probe.cpp)
    }
    const auto& p = o.proposals;
    const bool checkProposals = o.command == CliCommand::Check && o.step == Step::Proposals;
    const bool settingFix = o.command == CliCommand::Fix && isSettingRemediationId(o.remediationId);
    auto misplaced = [](const char* option) {
        return UsageError{UsageProblem::UnknownOption, option};
    };
    if (!p.server.empty() || !p.tunnel.empty() || !p.accepts.empty() || p.probe || p.noProbe) {
        if (!checkProposals) {
            return misplaced(!p.server.empty()   ? "--server"
                             : !p.tunnel.empty() ? "--tunnel"
                             : p.probe           ? "--probe"
                             : p.noProbe         ? "--no-probe"
                                                 : "--accepts");
        }
    }
    if (!p.pbkPath.empty() && !checkProposals && o.command != CliCommand::Profiles && !settingFix) {
        return misplaced("--pbk");
    }
    // The connection under diagnosis: every check, the diagnosis and an exported bundle are about it.
    const bool diagnosisCommand = o.command == CliCommand::Check || o.command == CliCommand::Diagnose ||
                                  o.command == CliCommand::BundleExport;
    if (!p.profile.empty() && !checkProposals && !settingFix && !diagnosisCommand) {
        return misplaced("--profile");
    }
    if ((!p.phonebook.empty() || !p.ipsecPolicy.empty() || !p.strategy.empty()) && !settingFix) {
        return misplaced(!p.phonebook.empty()     ? "--phonebook"
                         : !p.ipsecPolicy.empty() ? "--ipsec-policy"
                                                  : "--strategy");
    }
    if (checkProposals) {
        if (!p.profile.empty() && !p.server.empty()) {
            return misplaced("--server");
        }
        if (!p.server.empty() && p.tunnel.empty()) {
            return UsageError{UsageProblem::MissingValue, "--tunnel"};
        }
        if (p.server.empty() && !p.tunnel.empty()) {
            return UsageError{UsageProblem::MissingValue, "--server"};
        }
        if (p.profile.empty() && p.server.empty() && !p.pbkPath.empty()) {
            return UsageError{UsageProblem::MissingValue, "--profile"};
        }
        if (!o.bundlePath.empty() && !p.pbkPath.empty()) {
            return misplaced("--pbk");
        }
        // One probe per run: the user names the server (or the profile whose server it is).
        if (p.probe && !p.accepts.empty()) {
            return misplaced("--accepts");
        }
        if (p.probe && p.profile.empty() && p.server.empty()) {
            return UsageError{UsageProblem::MissingValue, "--profile"};
        }
        if (p.noProbe && (p.probe || p.server.empty())) {
            return misplaced("--no-probe");
        }
    }
    if (settingFix) {
        const bool profileFix = o.remediationId.rfind("profile.", 0) == 0;
        if (profileFix && (p.profile.empty() || (p.phonebook.empty() && p.pbkPath.empty()))) {
            return UsageError{UsageProblem::MissingValue, p.profile.empty() ? "--profile" : "--phonebook"};
        }
        if (!p.pbkPath.empty() && (!profileFix || !p.phonebook.empty())) {
            return misplaced("--pbk");
        }
        const SettingArguments args = settingArguments(p);
        if (!parseSettingRemediation(o.remediationId, args)) {
            return UsageError{UsageProblem::BadRemediationId, o.remediationId};
        }
    }
    return std::nullopt;
}

} // namespace ipsecdoctor::app
