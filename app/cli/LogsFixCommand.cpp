#include "LogsFixCommand.h"
#include "CliText.h"
#include "ExitCodes.h"

#include "Catalogue.h"
#include "CliOutput.h"
#include "JournalCommands.h"

#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace ipsecdoctor::app {

using nlohmann::json;

std::optional<int> runLogsRemediation(const CliOptions& o, CliEnvironment& env, std::ostream& out,
                                      std::ostream& err) {
    const bool fixing = o.command == CliCommand::Fix && isLogsRemediationId(o.remediationId);
    if (!fixing && o.command != CliCommand::Undo) {
        return std::nullopt;
    }
    auto journalOfRun = runJournal(o, env);
    if (!journalOfRun) {
        return failWithResult(o, out, err, journalOfRun.error());
    }
    Journal& journal = **journalOfRun;
    std::string undoId;
    if (o.command == CliCommand::Undo) {
        const auto target = undoTargetOfRun(o, journal);
        if (!target || !isLogsRemediationId(target->remediationId)) {
            return std::nullopt;
        }
        undoId = target->id;
    }
    auto platform = elevatedPlatform(env, "changing the audit policy or the tracing switches");
    if (!platform) {
        return failWithResult(o, out, err, platform.error());
    }
    LogsRemediator remediator(platform->auditPolicy.get(), platform->registry.get(), journal,
                              platform->machine->machineInfo().hostname);
    auto entry = fixing ? remediator.apply(o.remediationId) : remediator.undo(undoId);
    if (!entry) {
        return failWithResult(o, out, err, entry.error());
    }
    const json result = document(json{
        {"result", fixing ? "applied" : "undone"}, {"aftermath", "none"}, {"journal_entry", toJson(*entry)}});
    writeResultFile(o, result);
    if (o.json) {
        out << dumpJson(result) << "\n";
    } else {
        out << logsJournalEntryText(*entry, !fixing).toStdString();
    }
    return kExitHealthy;
}

QString logsJournalEntryText(const JournalEntry& e, bool undone) {
    const QString label = Catalogue::remediationLabel(QString::fromStdString(e.remediationId));
    const QString id = QString::fromStdString(e.id);
    if (undone) {
        return CliText::tr("Undone: %1 (journal entry %2). The previous settings are back.").arg(label, id) +
               QLatin1Char('\n');
    }
    QString text = CliText::tr("Applied: %1 (journal entry %2). No restart is needed.").arg(label, id) +
                   QLatin1Char('\n');
    for (const auto& c : e.settings) {
        text += QStringLiteral("  %1 %2: %3 -> %4\n")
                    .arg(QString::fromStdString(c.location), QString::fromStdString(c.name),
                         c.before ? QString::fromStdString(*c.before) : CliText::tr("absent"),
                         QString::fromStdString(c.after.value_or(std::string())));
    }
    if (e.reversible && e.status == JournalStatus::Applied) {
        text += CliText::tr("To undo it: ipsecdoctor-cli undo %1").arg(id) + QLatin1Char('\n');
    }
    return text;
}

} // namespace ipsecdoctor::app
