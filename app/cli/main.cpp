// ipsecdoctor-cli: thin main. Parsing, commands and output live in ipsecdoctor_cli_lib.
#include "AppPaths.h"
#include "CliCommands.h"
#include "Language.h"
#include "PrivilegedCommandLine.h"

#include "ipsecdoctor/platform/elevation.h"
#include "ipsecdoctor/util/console.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <iostream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

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

    std::vector<std::string> args;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        args.push_back(arguments[i].toStdString());
    }
    auto parsed = parseCli(args, privileged ? RunAs::Privileged : RunAs::User);
    // The language is looked up on its own so that usage errors are in it too.
    Language language;
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

    CliEnvironment env;
    env.defaultJournalPath = AppPaths::journalFile().toStdString();
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
