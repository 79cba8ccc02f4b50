#include "CliCommands.h"

#include "BundleExportCommand.h"
#include "CertificateCommands.h"
#include "CliOutput.h"
#include "ConnectionOption.h"
#include "DiagnosisCatalogue.h"
#include "JournalCommands.h"
#include "LogsCommands.h"
#include "LogsFixCommand.h"
#include "PrintableStream.h"
#include "ProbeCommand.h"
#include "ProposalsCommand.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/secure_file.h"
#include "ipsecdoctor/util/version.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int check(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    if (o.step == Step::Proposals) {
        return checkProposalsCommand(o, env, out, err);
    }
    SystemSnapshot snapshot;
    CheckSource source;
    if (!o.bundlePath.empty()) {
        auto bundle = loadBundle(utf8Path(o.bundlePath));
        if (!bundle) {
            return failWithResult(o, out, err, bundle.error());
        }
        snapshot = std::move(bundle->snapshot);
        source = {"bundle", o.bundlePath, nullptr};
    } else if (!o.eventsPath.empty()) {
        source = {"file", o.eventsPath, nullptr}; // a saved log alone: only its events are analysed
    } else {
        auto platform = env.makePlatform();
        if (!platform) {
            return failWithResult(o, out, err, platform.error());
        }
        auto collected = collectSnapshot(collectContextFor(o, *platform, env));
        if (!collected) {
            return failWithResult(o, out, err, collected.error());
        }
        snapshot = std::move(collected).value();
        source = {"live", {}, nullptr};
    }
    if (auto attached = attachSavedEvents(o, snapshot); !attached) {
        return failWithResult(o, out, err, attached.error());
    }
    source.snapshot = &snapshot;
    std::vector<Finding> probeFindings; // asking the server for its CERTREQ (--server)
    const bool fileOnly = source.kind == "file";
    auto input = fileOnly ? Expected<CertificateCheckInput>(certificateCheckInput(o))
                          : certificateCheckInput(o, snapshot, env, probeFindings);
    if (!input) {
        return failWithResult(o, out, err, input.error());
    }
    auto connection = requestedConnection(o, snapshot);
    if (!connection) {
        return failWithResult(o, out, err, connection.error());
    }
    AnalysisRequest request;
    request.step = fileOnly ? std::optional<Step>(Step::Logs) : o.step;
    request.eventsOnly = fileOnly;
    request.connection = *connection;
    request.certificates = *input;
    auto findings = analyze(snapshot, request).findings;
    findings.insert(findings.end(), probeFindings.begin(), probeFindings.end());
    if (o.json) {
        out << dumpJson(checkToJson(source, findings)) << "\n";
    } else {
        out << checkToText(source, findings).toStdString();
    }
    return worstSeverity(findings) >= Severity::Warning ? kExitProblems : kExitHealthy;
}

int remediate(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    if (auto certificate = runCertificateRemediation(o, env, out, err)) {
        return *certificate;
    }
    auto platform = env.makePlatform();
    if (!platform) {
        return failWithResult(o, out, err, platform.error());
    }
    if (!platform->elevation->isElevated()) {
        return failWithResult(
            o, out, err,
            Error::make(ErrorCode::AccessDenied,
                        "changing a service needs administrator rights: run from an elevated prompt"));
    }
    auto journal = runJournal(o, env);
    if (!journal) {
        return failWithResult(o, out, err, journal.error());
    }
    Remediator remediator(
        *platform->services, **journal,
        RemediatorOptions{std::chrono::seconds(30), platform->machine->machineInfo().hostname});
    const bool undoing = o.command == CliCommand::Undo;
    auto entry = !undoing     ? remediator.apply(o.remediationId)
                 : o.undoLast ? remediator.undoLast()
                              : remediator.undo(o.journalId);
    if (!entry) {
        return failWithResult(o, out, err, entry.error());
    }
    const json result =
        document(json{{"result", undoing ? "undone" : "applied"}, {"journal_entry", toJson(*entry)}});
    writeResultFile(o, result);
    if (o.json) {
        out << dumpJson(result) << "\n";
    } else {
        out << journalEntryToText(*entry, undoing).toStdString();
    }
    return kExitHealthy;
}

} // namespace

std::filesystem::path utf8Path(const std::string& s) {
    return std::filesystem::path(std::u8string(s.begin(), s.end()));
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

std::string usageText() {
    return CliText::tr(
               "Usage: ipsecdoctor-cli <command> [options]\n"
               "\n"
               "Commands:\n"
               "  check [--step services|certificates|proposals|logs] [--bundle FILE]\n"
               "                                            check this computer, or a diagnostic bundle\n"
               "    certificates: [--auth machine-cert|user-cert|psk|eap-mschapv2] [--certreq SHA1,...]\n"
               "                  [--profile NAME] [--server NAME]  (without --certreq: asks the server\n"
               "                  which CAs it accepts)\n"
               "    proposals:    [--profile NAME | --server HOST --tunnel ikev2|l2tp] [--pbk FILE]\n"
               "                  [--accepts PROPOSAL]...\n"
               "    logs:         [--since 7d] [--events FILE]\n"
               "  certs [--store machine-my|user-my|machine-root|machine-ca|user-root] [--bundle FILE]\n"
               "                                            list the certificates IKE uses\n"
               "  profiles [--pbk FILE]                     list the VPN profiles of the phonebooks\n"
               "  probe HOST [options]                      ask a VPN server what it accepts (see below)\n"
               "  explain CODE                              what an error code or event id means\n"
               "                                            (809, 0x800B0109, 4653)\n"
               "  diagnose [--bundle FILE]                  rank the root causes; message for the VPN\n"
               "           [--provider-lang fr|en]          provider (in its own language)\n"
               "  fix <fix-id>                              apply a fix (administrator rights needed)\n"
               "  fix certificate.import-ca.root|intermediate --file FILE --thumbprint SHA1\n"
               "                                            import a CA certificate (undo removes it)\n"
               "  undo <journal-id> | --last                undo a fix recorded in the journal\n"
               "  journal                                   list the fixes recorded in the journal\n"
               "  bundle export [--bundle FILE] [--anonymize] FILE.zip\n"
               "                                            write a diagnostic bundle for support staff (of\n"
               "                                            this computer, or FILE again); --anonymize "
               "replaces\n"
               "                                            names and addresses by pseudonyms\n"
               "\n"
               "Options:\n"
               "  --json           machine-readable output (documented schema, schema_version 1)\n"
               "  --lang fr|en     language of the text output\n"
               "  --journal FILE   journal to use (absolute path of ...\\IPsecDoctor\\journal.json)\n"
               "  --result FILE    also write the JSON result to ...\\IPsecDoctor\\helper-result.json\n"
               "  --version        print the version\n"
               "  --help           print this help\n"
               "\n"
               "Exit codes: 0 no problem, 1 problems found, 2 usage error, 3 runtime error.\n")
               .toStdString() +
           CliText::tr("Fix ids:").toStdString() + "\n" +
           [] {
               std::string ids;
               for (const auto& id : allFixIds()) {
                   if (fixFamily(id) != FixFamily::OpenConsole) {
                       ids += "  " + id + "\n";
                   }
               }
               return ids;
           }() +
           probeUsageText();
}

std::string usageErrorText(const UsageError& e) {
    const QString arg = QString::fromStdString(e.argument);
    QString text;
    switch (e.problem) {
    case UsageProblem::MissingCommand:
        text = CliText::tr("No command given.");
        break;
    case UsageProblem::UnknownCommand:
        text = CliText::tr("Unknown command \"%1\".").arg(arg);
        break;
    case UsageProblem::UnknownOption:
        text = CliText::tr("Unknown or misplaced option \"%1\".").arg(arg);
        break;
    case UsageProblem::MissingValue:
        text = CliText::tr("Option \"%1\" needs a value.").arg(arg);
        break;
    case UsageProblem::BadLanguage:
        text = CliText::tr("Unknown language \"%1\": use fr or en.").arg(arg);
        break;
    case UsageProblem::BadStep:
        text = CliText::tr("Unknown step \"%1\".").arg(arg);
        break;
    case UsageProblem::MissingArgument:
        text = CliText::tr("\"%1\" needs an argument.").arg(arg);
        break;
    case UsageProblem::UnexpectedArgument:
        text = CliText::tr("Unexpected argument \"%1\".").arg(arg);
        break;
    case UsageProblem::BadRemediationId:
        text = CliText::tr("\"%1\" is not a fix IPsec Doctor knows (see --help for the list).").arg(arg);
        break;
    case UsageProblem::BadJournalId:
        text = CliText::tr("\"%1\" is not a journal entry id (see the journal command).").arg(arg);
        break;
    case UsageProblem::BadJournalPath:
        text =
            CliText::tr(
                "\"%1\" is not the absolute path of a journal.json file in an existing IPsecDoctor folder.")
                .arg(arg);
        break;
    case UsageProblem::BadCertificateOption:
        text = CliText::tr("Invalid certificate option \"%1\" (see --help).").arg(arg);
        break;
    case UsageProblem::BadSince:
        text = CliText::tr("\"%1\" is not a duration: write it as 7d, 24h or 90m.").arg(arg);
        break;
    case UsageProblem::BadValue:
        text = CliText::tr("Invalid value \"%1\".").arg(arg);
        break;
    case UsageProblem::BadOptionValue:
        text = CliText::tr("Invalid value: \"%1\" (see --help).").arg(arg);
        break;
    case UsageProblem::BadResultPath:
        text = CliText::tr(
                   "\"%1\" is not the absolute path of a helper-result.json file in an existing IPsecDoctor "
                   "folder.")
                   .arg(arg);
        break;
    case UsageProblem::RefusedWhenPrivileged:
        text = CliText::tr("\"%1\" is refused when ipsecdoctor-cli runs as administrator: an elevated run "
                           "only applies or undoes a fix. Run other commands without elevation.")
                   .arg(arg);
        break;
    case UsageProblem::PathNotLocal:
        text = CliText::tr("\"%1\": when ipsecdoctor-cli runs as administrator, paths must be absolute, on a "
                           "local drive, without \".\" or \"..\".")
                   .arg(arg);
        break;
    }
    return text.toStdString();
}

CollectContext collectContextFor(const CliOptions& o, LivePlatform& platform, CliEnvironment& env) {
    CollectContext context{*platform.services, *platform.machine};
    context.registry = platform.registry.get(); // VPN profiles and registry facts
    context.phonebooks = env.phonebooks();
    if (!o.step || *o.step == Step::Certificates) {
        context.certificates = platform.certificates.get();
    }
    if (!o.step || *o.step == Step::Logs) {
        context.eventLog = platform.eventLog.get();
        context.auditPolicy = platform.auditPolicy.get();
        context.logOptions.windowSeconds = o.sinceSeconds;
    }
    return context;
}

namespace {

int runCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    if (auto untrusted = untrustedRunFiles(o, env)) {
        // Reported without the --result file: it is one of the files not trusted.
        logger()->error("refused: {}", untrusted->detail);
        CliOptions withoutResult = o;
        withoutResult.resultPath.clear();
        return failWithResult(withoutResult, out, err, *untrusted);
    }
    switch (o.command) {
    case CliCommand::Help:
        out << usageText();
        return kExitHealthy;
    case CliCommand::Version:
        out << "ipsecdoctor-cli " << appVersion() << "\n";
        return kExitHealthy;
    case CliCommand::Check:
        return check(o, env, out, err);
    case CliCommand::Fix:
        if (auto logs = runLogsRemediation(o, env, out, err)) {
            return *logs;
        }
        if (isSettingRemediationId(o.remediationId)) {
            return settingFixCommand(o, env, out, err);
        }
        return remediate(o, env, out, err);
    case CliCommand::Undo:
        // A certificate entry is undone by the certificate remediator; services and settings here.
        if (auto certificate = runCertificateRemediation(o, env, out, err)) {
            return *certificate;
        }
        if (auto logs = runLogsRemediation(o, env, out, err)) {
            return *logs;
        }
        return undoAnyCommand(o, env, out, err);
    case CliCommand::Profiles:
        return listProfilesCommand(o, env, out, err);
    case CliCommand::Journal:
        return listJournalCommand(o, env, out, err);
    case CliCommand::BundleExport:
        return exportBundleCommand(o, env, out, err);
    case CliCommand::Certs:
        return listCertificates(o, env, out, err);
    case CliCommand::Explain:
        return explainCommand(o, out, err);
    case CliCommand::Diagnose:
        return diagnoseCommand(o, env, out, err);
    case CliCommand::Probe:
        return runProbeCommand(o, env, out, err);
    }
    return kExitUsage;
}

} // namespace

int runCli(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    // Text for people never carries a control character from a bundle, a log or a phonebook to
    // the terminal; JSON escapes its own (and must stay byte-exact for scripts).
    PrintableStream textErr(err);
    if (o.json) {
        return runCommand(o, env, out, textErr.stream());
    }
    PrintableStream textOut(out);
    return runCommand(o, env, textOut.stream(), textErr.stream());
}

} // namespace ipsecdoctor::app
