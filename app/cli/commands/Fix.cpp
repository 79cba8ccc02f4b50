// `fix <fix-id>`: applies one allow-listed fix and journals it. The fix's family (fix_ids.h)
// decides who applies it: the service remediator, the setting remediator (registry values and
// phonebooks), the logs remediator (auditing and tracing) or the certificate importer.
#include "CertificateCommands.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ExitCodes.h"
#include "JournalCommands.h"
#include "LogsFixCommand.h"
#include "SettingFixCommand.h"

#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/util/json_dump.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

using nlohmann::json;

/// A service fix: start, restart or set the start type of one watched service.
int serviceFix(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    auto platform = elevatedPlatform(env, "changing a service");
    if (!platform) {
        return failWithResult(o, out, err, platform.error());
    }
    auto journal = runJournal(o, env);
    if (!journal) {
        return failWithResult(o, out, err, journal.error());
    }
    Remediator remediator(
        *platform->services, **journal,
        RemediatorOptions{std::chrono::seconds(30), platform->machine->machineInfo().hostname});
    auto entry = remediator.apply(o.remediationId);
    if (!entry) {
        return failWithResult(o, out, err, entry.error());
    }
    const json result = document(json{{"result", "applied"}, {"journal_entry", toJson(*entry)}});
    writeResultFile(o, result);
    if (o.json) {
        out << dumpJson(result) << "\n";
    } else {
        out << journalEntryToText(*entry, false).toStdString();
    }
    return kExitHealthy;
}

class FixCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(FixCommand)

public:
    CliCommand id() const override { return CliCommand::Fix; }
    std::vector<std::string_view> words() const override { return {"fix"}; }
    QString arguments() const override { return tr("<fix-id>"); }
    QString summary() const override {
        return tr("apply a fix (administrator rights needed); undo reverses it");
    }
    QString details() const override {
        QString text =
            tr("Forms that need more than the id:\n"
               "  fix certificate.import-ca.root|intermediate --file FILE --thumbprint SHA1\n"
               "  fix profile.ipsec-policy.set --profile NAME --phonebook user|all-users --ipsec-policy P\n"
               "  fix profile.tunnel-type.set --profile NAME --phonebook user|all-users --strategy TYPE\n"
               "\n"
               "Fix ids:");
        for (const auto& fix : allFixIds()) {
            if (fixFamily(fix) != FixFamily::OpenConsole) { // starting a console is the GUI's
                text += QStringLiteral("\n  ") + QString::fromStdString(fix);
            }
        }
        return text;
    }
    std::vector<std::string_view> options() const override {
        return {"journal",   "result", "file",         "thumbprint", "profile",
                "phonebook", "pbk",    "ipsec-policy", "strategy"};
    }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments,
                                     CliOptions& o) const override {
        if (arguments.empty()) {
            return UsageError{UsageProblem::MissingArgument, "fix"};
        }
        if (auto e = atMostArguments(arguments, 1)) {
            return e;
        }
        const auto family = fixFamily(arguments.front());
        if (!family || *family == FixFamily::OpenConsole) {
            return UsageError{UsageProblem::BadRemediationId, arguments.front()};
        }
        o.remediationId = arguments.front();
        return std::nullopt;
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        switch (*fixFamily(o.remediationId)) {
        case FixFamily::Service:
            return serviceFix(o, env, out, err);
        case FixFamily::Setting:
            return settingFixCommand(o, env, out, err);
        case FixFamily::Logs:
            return runLogsRemediation(o, env, out, err).value_or(kExitRuntimeError);
        case FixFamily::CertificateImport:
            return runCertificateRemediation(o, env, out, err).value_or(kExitRuntimeError);
        case FixFamily::OpenConsole:
            break; // refused by finish()
        }
        return kExitUsage;
    }
};

} // namespace

std::unique_ptr<Command> makeFixCommand() {
    return std::make_unique<FixCommand>();
}

} // namespace ipsecdoctor::app
