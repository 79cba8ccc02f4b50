// ipsecdoctor-cli: thin main. Parsing, commands and output live in ipsecdoctor_cli_lib.
#include "AppPaths.h"
#include "CliCommands.h"
#include "CliOutput.h"
#include "JournalCommands.h"
#include "Language.h"

#include "ipsecdoctor/util/console.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <iostream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    initApplicationIdentity();
    prepareConsoleForUtf8();

    std::vector<std::string> args;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        args.push_back(arguments[i].toStdString());
    }
    auto parsed = parseCli(args);
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
