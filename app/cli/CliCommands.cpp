#include "CliCommands.h"
#include "CliText.h"

#include "CliOutput.h"
#include "Command.h"
#include "JournalCommands.h"
#include "PrintableStream.h"

#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/version.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {

std::string usageText(std::optional<CliCommand> command) {
    const auto* found = command ? findCommand(*command) : nullptr;
    return (found ? commandHelp(*found) : toolHelp()).toStdString();
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
        out << usageText(o.helpTopic);
        return kExitHealthy;
    case CliCommand::Version:
        out << "ipsecdoctor-cli " << appVersion() << "\n";
        return kExitHealthy;
    default:
        break;
    }
    if (const auto* command = findCommand(o.command)) {
        return command->run(o, env, out, err);
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
