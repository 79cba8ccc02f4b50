#include "CliOutput.h"
#include "CliText.h"
#include "QtText.h"

#include "Catalogue.h"
#include "CertificateCommands.h"
#include "CliOptions.h"
#include "ExitCodes.h"
#include "LogsFixCommand.h"
#include "SettingFixCommand.h"

#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/secure_file.h"
#include "ipsecdoctor/util/utf8.h"
#include "ipsecdoctor/util/version.h"

#include <QCoreApplication>

#include <map>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

/// A string from a bundle or a log, on one line whatever it holds (see printable()).
QString untrusted(const std::string& s) {
    return QString::fromStdString(printable(s));
}

QString severityTag(Severity s) {
    return QStringLiteral("[%1]").arg(Catalogue::severity(s).toUpper());
}

} // namespace

json document(json body) {
    body["schema_version"] = kCliJsonSchemaVersion;
    body["tool"] = {{"name", "ipsecdoctor-cli"}, {"version", appVersion()}};
    return body;
}

json checkToJson(const CheckSource& source, const std::vector<Finding>& findings) {
    std::map<std::string, int> counts{{"ok", 0}, {"info", 0}, {"warning", 0}, {"error", 0}, {"critical", 0}};
    for (const auto& f : findings) {
        ++counts[std::string(severityId(f.severity))];
    }
    json src{{"kind", source.kind}};
    if (!source.path.empty()) {
        src["path"] = source.path;
    }
    if (!source.changedAfterExport.empty()) {
        json changes = json::array();
        for (const auto& c : source.changedAfterExport) {
            changes.push_back({{"path", c.path}, {"kind", c.kind}});
        }
        src["changed_after_export"] = std::move(changes);
    }
    if (source.snapshot) {
        src["hostname"] = source.snapshot->machine.hostname;
        src["collected_at"] = source.snapshot->collectedAt;
        src["os_build"] = source.snapshot->machine.osBuild;
    }
    return document(json{{"source", src},
                         {"summary", {{"worst", severityId(worstSeverity(findings))}, {"counts", counts}}},
                         {"findings", toJson(findings)}});
}

json journalEntryToJson(const JournalEntry& e) {
    return toJson(e);
}

json errorToJson(const Error& error) {
    json body{{"code", errorCodeId(error.code)},
              {"native", error.native},
              {"detail", error.detail},
              {"message", Catalogue::errorMessage(error).toStdString()}};
    if (!error.evidence.empty()) {
        body["evidence"] = error.evidence;
    }
    return document(json{{"error", body}});
}

QString checkToText(const CheckSource& source, const std::vector<Finding>& findings) {
    QString out;
    if (source.snapshot) {
        const auto& m = source.snapshot->machine;
        out += source.kind == "file" ? CliText::tr("Saved event log %1").arg(untrusted(source.path))
               : source.kind == "bundle"
                   ? CliText::tr("Diagnostic bundle %1 from %2 (Windows build %3), collected %4")
                         .arg(untrusted(source.path), untrusted(m.hostname), untrusted(m.osBuild),
                              untrusted(source.snapshot->collectedAt))
                   : CliText::tr("This computer: %1 (Windows build %2)")
                         .arg(untrusted(m.hostname), untrusted(m.osBuild));
        out += QLatin1String("\n\n");
    }
    for (const auto& f : findings) {
        const FindingText text = Catalogue::finding(f);
        out += QStringLiteral("%1 %2\n").arg(severityTag(f.severity), text.title);
        if (f.severity >= Severity::Warning) {
            out += QStringLiteral("    %1\n").arg(text.explanation);
            if (!text.action.isEmpty()) {
                out += QStringLiteral("    %1\n").arg(CliText::tr("What to do: %1").arg(text.action));
            }
            for (const auto& id : f.remediations) {
                out += QStringLiteral("    %1\n")
                           .arg(CliText::tr("Fix: ipsecdoctor-cli fix %1  (%2)")
                                    .arg(qs(id), Catalogue::remediationLabel(qs(id))));
            }
        }
    }
    const Severity worst = worstSeverity(findings);
    out += QLatin1Char('\n');
    out += worst <= Severity::Info
               ? CliText::tr("No problem found.")
               : CliText::tr("Problems found: the worst is \"%1\".").arg(Catalogue::severity(worst));
    out += QLatin1Char('\n');
    return out;
}

QString journalEntryToText(const JournalEntry& e, bool undone) {
    if (e.certificate) {
        return certificateJournalEntryText(e, undone);
    }
    if (isLogsRemediationId(e.remediationId)) {
        return logsJournalEntryText(e, undone);
    }
    if (!e.settings.empty()) {
        return settingJournalEntryText(e, undone);
    }
    const QString name = Catalogue::serviceDisplayName(qs(e.service));
    const QString state = CliText::tr("%1 is now: %2, %3.")
                              .arg(name, Catalogue::serviceState(e.after.state),
                                   Catalogue::startType(e.after.startType, e.after.delayedAutoStart));
    if (undone) {
        return CliText::tr("Undone: %1 (journal entry %2).")
                   .arg(Catalogue::remediationLabel(qs(e.remediationId)), qs(e.id)) +
               QLatin1Char(' ') + state + QLatin1Char('\n');
    }
    QString out = CliText::tr("Applied: %1 on %2 (journal entry %3).")
                      .arg(Catalogue::remediationLabel(qs(e.remediationId)), name, qs(e.id)) +
                  QLatin1Char(' ') + state + QLatin1Char('\n');
    if (e.reversible) {
        out += CliText::tr("To undo it: ipsecdoctor-cli undo %1").arg(qs(e.id)) + QLatin1Char('\n');
    }
    return out;
}

QString errorToText(const Error& error) {
    QString out = CliText::tr("Error: %1").arg(Catalogue::errorMessage(error));
    if (!error.detail.empty()) {
        out += QStringLiteral(" (%1").arg(untrusted(error.detail));
        out += error.native != 0 ? QStringLiteral(", %1)").arg(error.native) : QStringLiteral(")");
    }
    return out + QLatin1Char('\n');
}

/// --result: the same JSON document, for a caller that cannot read our output (UAC).
void writeResultFile(const CliOptions& o, const json& document) {
    if (o.resultPath.empty()) {
        return;
    }
    // Never through a link: the folder is the caller's, the writer may be an administrator.
    if (auto written = writeFileNoFollow(utf8Path(o.resultPath), dumpJson(document) + "\n"); !written) {
        logger()->warn("cannot write the result file: {}", written.error().detail);
    }
}

int failWithResult(const CliOptions& o, std::ostream& out, std::ostream& err, const Error& e) {
    logger()->error("command failed: {} (native {})", e.detail, e.native);
    writeResultFile(o, errorToJson(e));
    if (o.json) {
        out << dumpJson(errorToJson(e)) << "\n";
    } else {
        err << errorToText(e).toStdString();
    }
    return kExitRuntimeError;
}

} // namespace ipsecdoctor::app
