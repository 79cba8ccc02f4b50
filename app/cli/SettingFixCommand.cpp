// `fix` of a setting (registry values, a profile's IPsec policy or tunnel type) and `undo` of a
// service or setting journal entry, through core/remediation/setting_remediator.
#include "SettingFixCommand.h"
#include "ProposalsOptions.h"

#include "CliOutput.h"
#include "ExitCodes.h"
#include "JournalCommands.h"
#include "QtText.h"

#include "Catalogue.h"
#include "ProposalsCatalogue.h"

#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/remediation/setting_remediator.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

class ProposalsText { // the context of these texts since they were part of ProposalsCommand.cpp
    Q_DECLARE_TR_FUNCTIONS(ProposalsText)
};

SettingRemediator makeSettingRemediator(Registry* registry, Journal& journal, const std::string& hostname,
                                        CliEnvironment& env, bool elevated) {
    SettingRemediatorOptions options;
    options.hostname = hostname;
    options.allowNamedPhonebooks = !elevated; // a --pbk file is edited back only with its owner's rights
    options.phonebookPath = phonebookLocator(env);
    return SettingRemediator(registry, journal, options);
}

/// For a phonebook file named on the command line: edited in place (backup, atomic replace),
/// journaled like any fix, on any OS; nothing else of this machine is touched.
SettingRemediator fileSettingRemediator(Journal& journal, const std::string& pbkPath) {
    SettingRemediatorOptions options;
    options.hostname = QSysInfo::machineHostName().toStdString();
    if (!pbkPath.empty()) {
        options.phonebookPath = [path =
                                     utf8Path(pbkPath)](PhonebookScope) -> Expected<std::filesystem::path> {
            return path;
        };
    }
    options.allowNamedPhonebooks = true; // only used without a platform, so never elevated
    return SettingRemediator(nullptr, journal, options);
}

Expected<JournalEntry> applyOnThisMachine(const SettingSpec& spec, Journal& journal, CliEnvironment& env) {
    auto platform = env.makePlatform();
    if (!platform) {
        return platform.error();
    }
    if (spec.needsElevation && !platform->elevation->isElevated()) {
        return Error::make(ErrorCode::AccessDenied,
                           "this change needs administrator rights: run from an elevated prompt");
    }
    return makeSettingRemediator(platform->registry.get(), journal, platform->machine->machineInfo().hostname,
                                 env, platform->elevation->isElevated())
        .apply(spec);
}

/// Prints an undone entry and writes the result file of the elevated helper.
int printUndone(const CliOptions& o, const JournalEntry& entry, std::ostream& out) {
    const json result = document(json{{"result", "undone"}, {"journal_entry", toJson(entry)}});
    writeResultFile(o, result);
    if (o.json) {
        out << dumpJson(result) << "\n";
    } else {
        out << journalEntryToText(entry, true).toStdString();
    }
    return kExitHealthy;
}

} // namespace

QString settingJournalEntryText(const JournalEntry& e, bool undone) {
    const QString label = Catalogue::remediationLabel(qs(e.remediationId));
    if (undone) {
        return ProposalsText::tr("Undone: %1 (journal entry %2).").arg(label, qs(e.id)) + QLatin1Char('\n');
    }
    QString out =
        ProposalsText::tr("Applied: %1 (journal entry %2).").arg(label, qs(e.id)) + QLatin1Char('\n');
    out += ProposalsCatalogue::aftermath(qs(e.remediationId)) + QLatin1Char('\n');
    out += ProposalsText::tr("To undo it: ipsecdoctor-cli undo %1").arg(qs(e.id)) + QLatin1Char('\n');
    return out;
}

int settingFixCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    const auto& p = o.proposals;
    const SettingArguments args = settingArguments(p);
    auto spec = parseSettingRemediation(o.remediationId, args);
    if (!spec) {
        return failWithResult(o, out, err, spec.error());
    }
    auto journal = runJournal(o, env);
    if (!journal) {
        return failWithResult(o, out, err, journal.error());
    }
    auto entry = args.scope == PhonebookScope::File ? fileSettingRemediator(**journal, p.pbkPath).apply(*spec)
                                                    : applyOnThisMachine(*spec, **journal, env);
    if (!entry) {
        return failWithResult(o, out, err, entry.error());
    }
    const json result = document(json{{"result", "applied"},
                                      {"aftermath", aftermathId(spec->aftermath)},
                                      {"journal_entry", toJson(*entry)}});
    writeResultFile(o, result);
    if (o.json) {
        out << dumpJson(result) << "\n";
    } else {
        out << settingJournalEntryText(*entry, false).toStdString();
    }
    return kExitHealthy;
}

int undoServiceOrSettingCommand(const CliOptions& o, CliEnvironment& env, Journal& journal,
                                const JournalEntry& target, std::ostream& out, std::ostream& err) {
    // Elevation is needed unless the entry only edited phonebook files other than the all-users
    // one (the user's own, or a file named on the command line: its permissions decide).
    const auto phonebooks = env.phonebooks();
    const bool phonebookFilesOnly =
        !target.settings.empty() &&
        std::all_of(target.settings.begin(), target.settings.end(), [&](const SettingChange& c) {
            return c.kind == "phonebook" &&
                   std::none_of(phonebooks.begin(), phonebooks.end(), [&](const PhonebookLocation& l) {
                       return l.scope == PhonebookScope::AllUsers && pathUtf8(l.path) == c.location;
                   });
        });
    auto platform = env.makePlatform();
    if (!platform && phonebookFilesOnly) {
        // No Windows platform here (a phonebook file fixed on another OS): only files change.
        auto remediator = fileSettingRemediator(journal, {});
        auto entry = remediator.undo(target.id);
        if (!entry) {
            return failWithResult(o, out, err, entry.error());
        }
        return printUndone(o, *entry, out);
    }
    if (!platform) {
        return failWithResult(o, out, err, platform.error());
    }
    if (!phonebookFilesOnly && !platform->elevation->isElevated()) {
        return failWithResult(o, out, err,
                              Error::make(ErrorCode::AccessDenied,
                                          "undoing a change to this computer needs "
                                          "administrator rights: run from an elevated prompt"));
    }
    const auto hostname = platform->machine->machineInfo().hostname;
    Remediator services(*platform->services, journal, RemediatorOptions{std::chrono::seconds(30), hostname});
    auto settings = makeSettingRemediator(platform->registry.get(), journal, hostname, env,
                                          platform->elevation->isElevated());
    auto entry = undoJournalEntry(journal, services, settings, target.id);
    if (!entry) {
        return failWithResult(o, out, err, entry.error());
    }
    return printUndone(o, *entry, out);
}

} // namespace ipsecdoctor::app
