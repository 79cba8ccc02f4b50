#include "JournalCommands.h"

#include "CliOutput.h"
#include "JournalLocation.h"

#include "ipsecdoctor/platform/machine_data_folder.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

std::filesystem::path u8(const std::string& s) {
    return std::filesystem::path(std::u8string(s.begin(), s.end()));
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
    if (!env.machineJournalPath.empty()) {
        auto platform = env.makePlatform();
        elevated = platform && platform->elevation->isElevated();
    }
    const std::string path =
        journalForChanges(elevated, o.journalPath, env.defaultJournalPath, env.machineJournalPath);
    if (elevated) {
        if (!o.journalPath.empty()) {
            logger()->info("elevated: --journal {} ignored, the machine's journal is used", o.journalPath);
        }
        if (auto prepared = prepareMachineDataFolder(u8(path).parent_path()); !prepared) {
            return prepared.error();
        }
    }
    env.journal = std::make_shared<Journal>(u8(path));
    return env.journal.get();
}

std::optional<Error> untrustedRunFiles(const CliOptions& o, const CliEnvironment& env) {
    const auto journal = u8(userJournalOf(o, env));
    return untrustedPathForRoot({journal, u8(env.defaultJournalPath), u8(o.resultPath)});
}

int listJournalCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    auto entries = journalHistory({u8(env.machineJournalPath), u8(userJournalOf(o, env))});
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
