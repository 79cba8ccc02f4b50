#include "ProposalsEnvironment.h"

#include "HelperResult.h"

#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/platform/machine_data_folder.h"
#include "ipsecdoctor/proposals/probe_acceptance.h"
#include "ipsecdoctor/proposals/probe_recommendations.h"
#include "ipsecdoctor/remediation/setting_remediator.h"
#include "ipsecdoctor/util/path_text.h"

#include <algorithm>

namespace ipsecdoctor::gui {
namespace {

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

ProposalsEnvironment productProposalsEnvironment(const ProposalsJournals& journals,
                                                 const std::string& resultFile, const std::string& cliPath,
                                                 bool elevated,
                                                 const std::shared_ptr<LivePlatform>& platform) {
    ProposalsEnvironment env;
    env.probe = [](const ProbeRequest& request, const std::atomic<bool>& cancel,
                   const std::function<void(int, int)>& progress) -> Expected<ProbeResult> {
        auto options =
            proposals::probeOptionsFor(request.server, request.inputs, request.profile, request.signIn);
        options.cancelled = [&cancel] {
            return cancel.load();
        };
        options.progress = progress;
        auto transport = ike::makeSystemUdpTransport();
        auto result = proposals::probeServer(options, *transport);
        if (result.cancelled) {
            return Error::make(ErrorCode::Cancelled, "the probe was cancelled");
        }
        return result;
    };
    // A fix that needs no administrator rights edits the user's own phonebook: the user's journal.
    // Anything else is journaled by an elevated process in the machine's.
    const std::string machineJournal = journals.machine.empty() ? journals.user : journals.machine;
    auto inProcessJournal = [=](bool userChange) {
        return utf8Path(userChange ? journals.user : machineJournal);
    };
    env.applyFix = [=](const SettingSpec& spec) -> Expected<JournalEntry> {
        if (!spec.needsElevation || elevated) {
            if (spec.needsElevation && !journals.machine.empty()) {
                if (auto prepared = prepareMachineDataFolder(utf8Path(journals.machine).parent_path());
                    !prepared) {
                    return prepared.error();
                }
            }
            Journal journal(inProcessJournal(!spec.needsElevation));
            SettingRemediator remediator(platform ? platform->registry.get() : nullptr, journal,
                                         SettingRemediatorOptions{{}, phonebookOf, false});
            return remediator.apply(spec);
        }
        if (!platform) {
            return Error::make(ErrorCode::NotSupported, "this change needs Windows");
        }
        clearHelperResult(utf8Path(resultFile));
        auto code =
            platform->elevation->runElevated(cliPath, settingFixArguments(spec, journals.user, resultFile));
        if (!code) {
            return code.error();
        }
        if (*code != 0) {
            return elevatedHelperError(utf8Path(resultFile), *code);
        }
        auto entries = Journal(utf8Path(machineJournal)).load();
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
        // An entry of the user's journal is the user's own phonebook: undone here, as the user.
        Journal userJournal(utf8Path(journals.user));
        auto entries = userJournal.load();
        if (!entries) {
            return entries.error();
        }
        const bool inUserJournal =
            journals.machine.empty() ? false
                                     : std::any_of(entries->begin(), entries->end(),
                                                   [&](const JournalEntry& e) { return e.id == journalId; });
        if (inUserJournal || elevated) {
            Journal machine(utf8Path(machineJournal));
            SettingRemediator remediator(platform ? platform->registry.get() : nullptr,
                                         inUserJournal ? userJournal : machine,
                                         SettingRemediatorOptions{{}, phonebookOf, false});
            return remediator.undo(journalId);
        }
        if (!platform) {
            return Error::make(ErrorCode::NotSupported, "this change needs Windows");
        }
        clearHelperResult(utf8Path(resultFile));
        auto code = platform->elevation->runElevated(
            cliPath, {"undo", journalId, "--journal", journals.user, "--result", resultFile, "--json"});
        if (!code) {
            return code.error();
        }
        if (*code != 0) {
            return elevatedHelperError(utf8Path(resultFile), *code);
        }
        auto after = Journal(utf8Path(machineJournal)).load();
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
