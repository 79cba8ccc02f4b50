#include "JournalCommands.h"
#include "CliText.h"
#include "ExitCodes.h"

#include "CliOutput.h"
#include "JournalLocation.h"

#include "ipsecdoctor/platform/machine_data_folder.h"
#include "ipsecdoctor/remediation/certificate_record.h"
#include "ipsecdoctor/remediation/fix_remediator.h"
#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace ipsecdoctor::app {

using nlohmann::json;

std::function<Expected<std::filesystem::path>(PhonebookScope)> phonebookLocator(CliEnvironment& env) {
    return [&env](PhonebookScope scope) -> Expected<std::filesystem::path> {
        for (const auto& location : env.phonebooks()) {
            if (location.scope == scope) {
                return location.path;
            }
        }
        return Error::make(ErrorCode::NotSupported, "no phonebook of that scope on this system");
    };
}

namespace {

/// IPsec Doctor 0.1 journaled machine changes in the user's journal: an elevated fix takes over
/// those it can validate (journal_validation.h), so that they can be undone from here on. The
/// user's file is only read.
void migrateUserJournal(const std::filesystem::path& userFile, Journal& machine, CliEnvironment& env,
                        Registry* registry) {
    auto user = Journal(userFile).load();
    auto existing = machine.load();
    if (!user || !existing) {
        return; // nothing to take over; the fix itself reports a machine journal it cannot read
    }
    JournalValidationContext context;
    context.phonebookPath = phonebookLocator(env);
    if (registry) {
        context.certificateRecorded = [registry](CertStore store, std::string_view thumbprint) {
            return isRecordedImport(*registry, store, thumbprint);
        };
    }
    for (const auto& entry : entriesToMigrate(*user, *existing, context)) {
        if (auto added = machine.append(entry); !added) {
            logger()->warn("journal entry {} not taken over: {}", entry.id, added.error().detail);
            return;
        }
        logger()->info("journal entry {} ({}) taken over from the user's journal", entry.id,
                       entry.remediationId);
    }
}

std::string userJournalOf(const CliOptions& o, const CliEnvironment& env) {
    return o.journalPath.empty() ? env.defaultJournalPath : o.journalPath;
}

} // namespace

Expected<Journal*> runJournal(const CliOptions& o, CliEnvironment& env) {
    if (env.journal) {
        return env.journal.get();
    }
    bool elevated = false;
    Expected<LivePlatform> platform = Error::make(ErrorCode::NotSupported, "no machine journal");
    if (!env.machineJournalPath.empty()) {
        platform = env.makePlatform();
        elevated = platform && platform->elevation->isElevated();
    }
    const std::string path =
        journalForChanges(elevated, o.journalPath, env.defaultJournalPath, env.machineJournalPath);
    if (elevated) {
        if (!o.journalPath.empty()) {
            logger()->info("elevated: --journal {} ignored, the machine's journal is used", o.journalPath);
        }
        if (auto prepared = prepareMachineDataFolder(utf8Path(path).parent_path()); !prepared) {
            return prepared.error();
        }
    }
    env.journal = std::make_shared<Journal>(utf8Path(path));
    if (elevated && o.command == CliCommand::Fix && !o.journalPath.empty()) {
        migrateUserJournal(utf8Path(o.journalPath), *env.journal, env, platform->registry.get());
    }
    return env.journal.get();
}

std::optional<JournalEntry> undoTargetOfRun(const CliOptions& o, Journal& journal) {
    auto target = journalEntryToUndo(journal, o.undoLast ? std::string() : o.journalId);
    return target ? std::optional<JournalEntry>(std::move(target).value()) : std::nullopt;
}

std::optional<Error> untrustedRunFiles(const CliOptions& o, const CliEnvironment& env) {
    const auto journal = utf8Path(userJournalOf(o, env));
    return untrustedPathForRoot({journal, utf8Path(env.defaultJournalPath), utf8Path(o.resultPath)});
}

int listJournalCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    auto entries = journalHistory({utf8Path(env.machineJournalPath), utf8Path(userJournalOf(o, env))});
    if (!entries) {
        return failWithResult(o, out, err, entries.error());
    }
    if (o.json) {
        json arr = json::array();
        for (const auto& e : *entries) {
            arr.push_back(toJson(e));
        }
        out << document(json{{"entries", arr}}).dump(2) << "\n";
        return kExitHealthy;
    }
    if (entries->empty()) {
        out << CliText::tr("The journal is empty: IPsec Doctor has changed nothing on this computer.")
                   .toStdString()
            << "\n";
    }
    for (const auto& e : *entries) {
        out << journalEntryToText(e, e.status == JournalStatus::Undone).toStdString();
    }
    return kExitHealthy;
}

} // namespace ipsecdoctor::app
