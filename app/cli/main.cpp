// ipsecdoctor-cli: thin main. Parsing, commands and output live in ipsecdoctor_cli_lib.
#include "AppPaths.h"
#include "CliCommands.h"
#include "CliOutput.h"
#include "JournalCommands.h"
#include "Language.h"
#include "PrivilegedCommandLine.h"

#include "ipsecdoctor/platform/elevation.h"
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

int run(Language& language, bool privileged) {
    std::vector<std::string> args;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        args.push_back(arguments[i].toStdString());
    }
    auto parsed = parseCli(args, privileged ? RunAs::Privileged : RunAs::User);
    // The language is looked up on its own so that usage errors are in it too.
    const auto lang = std::find(args.begin(), args.end(), "--lang");
    if (lang == args.end() || lang + 1 == args.end() ||
        !language.apply(QString::fromStdString(*(lang + 1)))) {
        language.apply(Language::preferred());
    }
    const auto* options = std::get_if<CliOptions>(&parsed);
    if (!options) {
        const auto& error = std::get<UsageError>(parsed);
        std::cerr << usageErrorText(error) << "\n\n" << usageText(error.command);
        return kExitUsage;
    }

    CliEnvironment env;
    env.defaultJournalPath = AppPaths::journalFile().toStdString();
    env.machineJournalPath = QDir::toNativeSeparators(AppPaths::machineJournalFile()).toStdString();
    if (auto untrusted = untrustedRunFiles(*options, env)) { // before the log is written
        std::cerr << errorToText(*untrusted).toStdString();
        return kExitRuntimeError;
    }

    // Elevated, the log goes to the machine's admin-only folder, never the caller's profile.
    std::filesystem::path logFile = AppPaths::toPath(AppPaths::logFile(QStringLiteral("cli")));
    if (privileged) {
        auto machineLog = AppPaths::privilegedLogFile();
        logFile = machineLog ? *machineLog : std::filesystem::path();
    }
    configureLogging(LoggingConfig{logFile, 1 << 20, 3, {}});
    std::string commandLine = escapeForLog(arguments.value(0).toStdString());
    for (const auto& arg : args) {
        commandLine += ' ' + escapeForLog(arg);
    }
    logger()->info("ipsecdoctor-cli started{}: {}", privileged ? " (privileged)" : "", commandLine);

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
    // A privileged run (the GUI's elevated helper, or root) settles its DLL search order, working
    // folder and environment before Qt starts, so that nothing the caller chose gets loaded.
    const bool privileged = processIsPrivileged();
    if (privileged) {
        if (auto hardened = hardenPrivilegedProcess(); !hardened) {
            std::cerr << "ipsecdoctor-cli: " << hardened.error().detail << "\n";
            return kExitRuntimeError;
        }
        clearEnvironmentForPrivilegedRun();
    }
    QCoreApplication application(argc, argv);
    initApplicationIdentity();
    prepareConsoleForUtf8();
    Language language; // outlives run(), so the message below is in the user's language
    try {
        return run(language, privileged);
    } catch (const std::exception& e) {
        return unexpectedError(e.what());
    } catch (...) {
        return unexpectedError("unknown exception");
    }
}
