#include "ProposalsEnvironment.h"

#include "HelperResult.h"

#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/proposals/probe_acceptance.h"
#include "ipsecdoctor/remediation/setting_remediator.h"

#include <algorithm>

namespace ipsecdoctor::gui {
namespace {

std::filesystem::path u8(const std::string& s) {
    return std::filesystem::path(std::u8string(s.begin(), s.end()));
}

Expected<std::filesystem::path> phonebookOf(PhonebookScope scope) {
    return systemPhonebook(scope);
}

} // namespace

std::vector<std::string> settingFixArguments(const SettingSpec& spec, const std::string& journalFile,
                                             const std::string& resultFile) {
    std::vector<std::string> args{"fix", spec.id};
    if (!spec.arguments.profile.empty()) {
        args.insert(args.end(), {"--profile", spec.arguments.profile, "--phonebook",
                                 std::string(phonebookScopeId(spec.arguments.scope))});
    }
    if (spec.arguments.policy) {
        args.insert(args.end(), {"--ipsec-policy", policyArgument(*spec.arguments.policy)});
    }
    if (spec.arguments.strategy) {
        args.insert(args.end(), {"--strategy", std::string(vpnStrategyId(*spec.arguments.strategy))});
    }
    args.insert(args.end(), {"--journal", journalFile, "--result", resultFile, "--json"});
    return args;
}

ProposalsEnvironment productProposalsEnvironment(const std::string& journalFile,
                                                 const std::string& resultFile, const std::string& cliPath,
                                                 bool elevated) {
    ProposalsEnvironment env;
    env.probe = [](const ProbeRequest& request, const std::atomic<bool>& cancel,
                   const std::function<void(int, int)>& progress) -> Expected<ProbeResult> {
        auto options = proposals::probeOptionsFor(request.server, request.inputs);
        options.cancelled = [&cancel] {
            return cancel.load();
        };
        options.progress = progress;
        auto transport = ike::makeSystemUdpTransport();
        auto result = ike::runProbe(options, *transport);
        if (result.cancelled) {
            return Error::make(ErrorCode::Cancelled, "the probe was cancelled");
        }
        return result;
    };
    env.applyFix = [=](const SettingSpec& spec) -> Expected<JournalEntry> {
        Journal journal(u8(journalFile));
        auto platform = makeLivePlatform();
        if (!spec.needsElevation || elevated) {
            SettingRemediator remediator(platform ? platform->registry.get() : nullptr, journal,
                                         SettingRemediatorOptions{{}, phonebookOf});
            return remediator.apply(spec);
        }
        if (!platform) {
            return platform.error();
        }
        clearHelperResult(u8(resultFile));
        auto code =
            platform->elevation->runElevated(cliPath, settingFixArguments(spec, journalFile, resultFile));
        if (!code) {
            return code.error();
        }
        if (*code != 0) {
            return elevatedHelperError(u8(resultFile), *code);
        }
        auto entries = journal.load();
        if (!entries) {
            return entries.error();
        }
        auto it = std::find_if(entries->rbegin(), entries->rend(),
                               [&](const JournalEntry& e) { return e.remediationId == spec.id; });
        if (it == entries->rend()) {
            return Error::make(ErrorCode::NotFound, "the elevated helper journaled no " + spec.id);
        }
        return *it;
    };
    env.undo = [=](const std::string& journalId) -> Expected<JournalEntry> {
        Journal journal(u8(journalFile));
        auto platform = makeLivePlatform();
        auto entries = journal.load();
        if (!entries) {
            return entries.error();
        }
        const bool userOnly = std::any_of(entries->begin(), entries->end(), [&](const JournalEntry& e) {
            if (e.id != journalId) {
                return false;
            }
            auto user = systemPhonebook(PhonebookScope::User);
            return user && std::all_of(e.settings.begin(), e.settings.end(), [&](const SettingChange& c) {
                       const auto p = user->u8string();
                       return c.kind == "phonebook" && c.location == std::string(p.begin(), p.end());
                   });
        });
        if (userOnly || elevated) {
            SettingRemediator remediator(platform ? platform->registry.get() : nullptr, journal,
                                         SettingRemediatorOptions{{}, phonebookOf});
            return remediator.undo(journalId);
        }
        if (!platform) {
            return platform.error();
        }
        clearHelperResult(u8(resultFile));
        auto code = platform->elevation->runElevated(
            cliPath, {"undo", journalId, "--journal", journalFile, "--result", resultFile, "--json"});
        if (!code) {
            return code.error();
        }
        if (*code != 0) {
            return elevatedHelperError(u8(resultFile), *code);
        }
        auto after = journal.load();
        auto it = after ? std::find_if(after->begin(), after->end(),
                                       [&](const JournalEntry& e) { return e.id == journalId; })
                        : std::vector<JournalEntry>::iterator{};
        if (!after || it == after->end()) {
            return Error::make(ErrorCode::NotFound, "journal entry vanished");
        }
        return *it;
    };
    return env;
}

} // namespace ipsecdoctor::gui
