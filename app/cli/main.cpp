// ipsecdoctor-cli: thin main. Parsing, commands and output live in ipsecdoctor_cli_lib.
#include "AppPaths.h"
#include "CliCommands.h"
#include "Language.h"

#include "ipsecdoctor/util/console.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>

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
    Language language;
    const auto* options = std::get_if<CliOptions>(&parsed);
    language.apply(options && !options->lang.empty() ? QString::fromStdString(options->lang)
                                                     : Language::preferred());
    if (!options) {
        std::cerr << usageErrorText(std::get<UsageError>(parsed)) << "\n\n" << usageText();
        return kExitUsage;
    }

    configureLogging(
        LoggingConfig{AppPaths::toPath(AppPaths::logFile(QStringLiteral("cli"))), 1 << 20, 3, {}});
    logger()->info("ipsecdoctor-cli started: {}", arguments.join(QLatin1Char(' ')).toStdString());

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
