#include "LogsCommands.h"
#include "BundleOpening.h"
#include "CliOutput.h"
#include "ExitCodes.h"

#include "ConnectionOption.h"

#include "CodeCatalogue.h"
#include "DiagnosisCatalogue.h"
#include "Language.h"
#include "LogsCatalogue.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/collect/saved_log.h"
#include "ipsecdoctor/diagnosis/diagnosis_json.h"
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

class LogsCliText {
    Q_DECLARE_TR_FUNCTIONS(LogsCliText)
};

int failWith(const CliOptions& o, std::ostream& out, std::ostream& err, const Error& e) {
    logger()->error("command failed: {} (native {})", e.detail, e.native);
    if (o.json) {
        out << dumpJson(errorToJson(e)) << "\n";
    } else {
        err << errorToText(e).toStdString();
    }
    return kExitRuntimeError;
}

json entryToJson(const CodeEntry& e) {
    const auto text = CodeCatalogue::text(e);
    json findings = json::array();
    for (auto f : e.findings) {
        findings.push_back(std::string(f));
    }
    json remediations = json::array();
    for (auto r : e.remediations) {
        remediations.push_back(std::string(r));
    }
    return json{{"code", formatCode(e.code)},
                {"kind", codeKindId(e.kind)},
                {"symbol", std::string(e.symbol)},
                {"stage", codeStageId(e.stage)},
                {"explanation", text ? text->explanation.toStdString() : std::string()},
                {"action", text ? text->action.toStdString() : std::string()},
                {"related_findings", findings},
                {"remediations", remediations}};
}

QString entryToText(const CodeEntry& e) {
    const auto text = CodeCatalogue::text(e);
    QString s = CodeCatalogue::codeLabel(e) + QStringLiteral(" — ") +
                QString::fromUtf8(e.symbol.data(), static_cast<qsizetype>(e.symbol.size())) +
                QStringLiteral(" (") + CodeCatalogue::kind(e.kind) + QStringLiteral(")\n");
    s += LogsCliText::tr("Stage: %1").arg(CodeCatalogue::stage(e.stage)) + QLatin1Char('\n');
    if (text) {
        s += LogsCliText::tr("What it means: %1").arg(text->explanation) + QLatin1Char('\n');
        s += LogsCliText::tr("What to do: %1").arg(text->action) + QLatin1Char('\n');
    }
    if (!e.remediations.empty()) {
        QStringList fixes;
        for (auto r : e.remediations) {
            fixes << QString::fromUtf8(r.data(), static_cast<qsizetype>(r.size()));
        }
        s += LogsCliText::tr("Fixes IPsec Doctor can apply: %1").arg(fixes.join(QStringLiteral(", "))) +
             QLatin1Char('\n');
    }
    return s;
}

/// The message for the VPN provider, in --provider-lang when given (the provider may not read
/// the user's language).
QString providerMessageFor(const CliOptions& o, const Diagnosis& d, const SystemSnapshot& snapshot) {
    const WrittenIn written(QString::fromStdString(o.providerLang));
    return DiagnosisCatalogue::providerMessage(d, &snapshot);
}

QString diagnosisToText(const CliOptions& o, const Diagnosis& d, const SystemSnapshot& snapshot) {
    QString s =
        LogsCliText::tr("Connection: %1").arg(DiagnosisCatalogue::connection(d)) + QStringLiteral("\n\n");
    if (d.causes.empty()) {
        s += LogsCliText::tr("No root cause found: no check and no log entry points to a problem.") +
             QLatin1Char('\n');
    }
    int rank = 0;
    for (const auto& c : d.causes) {
        const auto text = DiagnosisCatalogue::cause(c);
        s += QStringLiteral("%1. %2 — %3\n")
                 .arg(++rank)
                 .arg(text.title, DiagnosisCatalogue::certainty(c.certainty));
        s += QStringLiteral("   ") + text.explanation + QLatin1Char('\n');
        for (const auto& line : DiagnosisCatalogue::evidenceLines(c)) {
            s += QStringLiteral("   • ") + line + QLatin1Char('\n');
        }
        for (const auto& f : c.against) {
            s += QStringLiteral("   ") + LogsCliText::tr("Against: %1").arg(Catalogue::finding(f).title) +
                 QLatin1Char('\n');
        }
        for (const auto& f : c.consequences) {
            s += QStringLiteral("   ") + LogsCliText::tr("Consequence: %1").arg(Catalogue::finding(f).title) +
                 QLatin1Char('\n');
        }
        s += QStringLiteral("   → ") + text.action + QLatin1Char('\n');
        if (!c.remediations.empty()) {
            s += QStringLiteral("   ") +
                 LogsCliText::tr("Fix: ipsecdoctor-cli fix %1")
                     .arg(QString::fromStdString(c.remediations.front())) +
                 QLatin1Char('\n');
        }
    }
    if (!d.notes.empty()) {
        s +=
            QLatin1Char('\n') + LogsCliText::tr("Notes (not a cause of a failure here):") + QLatin1Char('\n');
        for (const auto& f : d.notes) {
            s += QStringLiteral("   • ") + Catalogue::finding(f).title + QLatin1Char('\n');
        }
    }
    if (d.provider.recommended) {
        s +=
            QLatin1Char('\n') +
            LogsCliText::tr("Nothing on this computer explains the failure. Message for your VPN provider:") +
            QStringLiteral("\n\n") + providerMessageFor(o, d, snapshot) + QLatin1Char('\n');
    }
    return s;
}

} // namespace

Expected<void> attachSavedEvents(const CliOptions& o, SystemSnapshot& snapshot) {
    if (o.eventsPath.empty()) {
        return {};
    }
    auto saved = readSavedLog(utf8Path(o.eventsPath));
    if (!saved) {
        return saved.error();
    }
    if (saved->skipped > 0) {
        logger()->warn("{}: {} records could not be read", o.eventsPath, saved->skipped);
    }
    snapshot.logs = std::move(saved->logs);
    return {};
}

int explainCommand(const CliOptions& o, std::ostream& out, std::ostream& err) {
    if (!parseCodeText(o.code)) {
        err << LogsCliText::tr("\"%1\" is not a code: write it as 809, 13801, 0x800B0109 or -2146762495.")
                   .arg(QString::fromStdString(o.code))
                   .toStdString()
            << "\n";
        return kExitUsage;
    }
    const auto entries = lookupCode(o.code);
    if (o.json) {
        json arr = json::array();
        for (const auto* e : entries) {
            arr.push_back(entryToJson(*e));
        }
        out << dumpJson(document(json{{"query", o.code}, {"entries", arr}})) << "\n";
        return entries.empty() ? kExitProblems : kExitHealthy;
    }
    if (entries.empty()) {
        out << LogsCliText::tr(
                   "IPsec Doctor does not know the code %1. Look at the codes logged at the same time.")
                   .arg(QString::fromStdString(o.code))
                   .toStdString()
            << "\n";
        return kExitProblems;
    }
    for (const auto* e : entries) {
        out << entryToText(*e).toStdString() << "\n";
    }
    return kExitHealthy;
}

int diagnoseCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    SystemSnapshot snapshot;
    if (!o.bundlePath.empty()) {
        auto bundle = openBundleForCommand(o.bundlePath, err);
        if (!bundle) {
            return failWith(o, out, err, bundle.error());
        }
        snapshot = std::move(bundle->snapshot);
    } else if (o.eventsPath.empty()) {
        auto platform = env.makePlatform();
        if (!platform) {
            return failWith(o, out, err, platform.error());
        }
        auto collected = collectSnapshot(collectContextFor(o, *platform, env));
        if (!collected) {
            return failWith(o, out, err, collected.error());
        }
        snapshot = std::move(collected).value();
    }
    if (auto attached = attachSavedEvents(o, snapshot); !attached) {
        return failWith(o, out, err, attached.error());
    }
    auto connection = requestedConnection(o, snapshot);
    if (!connection) {
        return failWith(o, out, err, connection.error());
    }
    AnalysisRequest request;
    // A saved log alone says nothing about this PC's services: analyse its events only.
    request.eventsOnly = o.bundlePath.empty() && !o.eventsPath.empty();
    request.connection = *connection;
    const auto d = analyze(snapshot, request).diagnosis;
    if (o.json) {
        auto j = toJson(d);
        j["provider"]["message"] = providerMessageFor(o, d, snapshot).toStdString();
        out << dumpJson(document(j)) << "\n";
    } else {
        out << diagnosisToText(o, d, snapshot).toStdString();
    }
    return d.causes.empty() ? kExitHealthy : kExitProblems;
}

} // namespace ipsecdoctor::app
