// ipsecdoctor-cli: thin main. Parsing, commands and output live in ipsecdoctor_cli_lib.
#include "AppPaths.h"
#include "CliCommands.h"
#include "CliOutput.h"
#include "JournalCommands.h"
#include "Language.h"

#include "ipsecdoctor/util/console.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/utf8.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <iostream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

namespace {

class CliMain {
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

int run(Language& language) {
    std::vector<std::string> args;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        args.push_back(arguments[i].toStdString());
    }
    auto parsed = parseCli(args);
    // The language is looked up on its own so that usage errors are in it too.
    const auto lang = std::find(args.begin(), args.end(), "--lang");
    if (lang == args.end() || lang + 1 == args.end() ||
        !language.apply(QString::fromStdString(*(lang + 1)))) {
        language.apply(Language::preferred());
    }
    const auto* options = std::get_if<CliOptions>(&parsed);
    if (!options) {
        std::cerr << usageErrorText(std::get<UsageError>(parsed)) << "\n\n" << usageText();
        return kExitUsage;
    }

    CliEnvironment env;
    env.defaultJournalPath = AppPaths::journalFile().toStdString();
    env.machineJournalPath = QDir::toNativeSeparators(AppPaths::machineJournalFile()).toStdString();
    if (auto untrusted = untrustedRunFiles(*options, env)) { // before the log is written
        std::cerr << errorToText(*untrusted).toStdString();
        return kExitRuntimeError;
    }

    configureLogging(
        LoggingConfig{AppPaths::toPath(AppPaths::logFile(QStringLiteral("cli"))), 1 << 20, 3, {}});
    logger()->info("ipsecdoctor-cli started: {}", arguments.join(QLatin1Char(' ')).toStdString());

    env.readLog = [] {
        // The GUI's log is the richer one; the CLI's own follows it.
        std::string log;
        for (const auto& component : {QStringLiteral("gui"), QStringLiteral("cli")}) {
            if (auto text = readFile(AppPaths::toPath(AppPaths::logFile(component)), 8u << 20)) {
                log += *text;
            }
        }
        return log;
    };
    return runCli(*options, env, std::cout, std::cerr);
}

/// Last line of defence: whatever escapes a command (a bug, memory exhausted) ends the process
/// with the runtime-error exit code and a message, never with abort() and a signal.
int unexpectedError(const std::string& what) {
    const std::string shown = printable(what);
    if (QCoreApplication::arguments().contains(QStringLiteral("--json"))) {
        std::cout << dumpJson(errorToJson(Error::make(ErrorCode::Platform, "unexpected error: " + shown)))
                  << "\n";
    }
    std::cerr << CliMain::tr("IPsec Doctor stopped on an unexpected error (%1). Nothing more was done; "
                             "please report it with the command you ran.")
                     .arg(QString::fromStdString(shown))
                     .toStdString()
              << "\n";
    logger()->critical("unexpected error: {}", shown);
    return kExitRuntimeError;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    initApplicationIdentity();
    prepareConsoleForUtf8();
    Language language; // outlives run(), so the message below is in the user's language
    try {
        return run(language);
    } catch (const std::exception& e) {
        return unexpectedError(e.what());
    } catch (...) {
        return unexpectedError("unknown exception");
    }
}
