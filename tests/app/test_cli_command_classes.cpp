// The command classes and the option table (app/cli/commandline): what --help shows is what the
// parser accepts, in both languages, and an option is accepted only by the commands that list it.
#include "CliCommands.h"
#include "Command.h"
#include "Language.h"
#include "OptionTable.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

namespace {

bool takes(const Command& command, std::string_view option) {
    const auto own = command.options();
    return std::find(own.begin(), own.end(), option) != own.end() ||
           std::find(std::begin(kGlobalOptions), std::end(kGlobalOptions), option) !=
               std::end(kGlobalOptions);
}

std::vector<std::string> wordsOf(const Command& command) {
    std::vector<std::string> args;
    for (const auto& w : command.words()) {
        args.emplace_back(w);
    }
    return args;
}

} // namespace

TEST(CliCommandClasses, EveryListedOptionIsDeclaredAndEveryDeclaredOptionIsTaken) {
    std::set<std::string_view> taken(std::begin(kGlobalOptions), std::end(kGlobalOptions));
    for (const auto& command : commands()) {
        for (const auto& name : command->options()) {
            EXPECT_NE(findOption(name), nullptr) << wordsOf(*command).front() << " lists --" << name;
            taken.insert(name);
        }
        EXPECT_EQ(findCommand(command->id()), command.get());
    }
    for (const auto& def : optionTable()) {
        EXPECT_TRUE(taken.count(def.name)) << "--" << def.name << " is declared but no command takes it";
    }
}

TEST(CliCommandClasses, AnOptionOfAnotherCommandIsRefusedWithTheHelpOfTheCommandGiven) {
    for (const auto& command : commands()) {
        for (const auto& def : optionTable()) {
            if (takes(*command, def.name)) {
                continue;
            }
            auto args = wordsOf(*command);
            args.push_back("--" + std::string(def.name));
            if (def.valueName) {
                args.push_back("x");
            }
            const auto parsed = parseCli(args);
            ASSERT_TRUE(std::holds_alternative<UsageError>(parsed)) << args.front() << " --" << def.name;
            const auto& error = std::get<UsageError>(parsed);
            EXPECT_EQ(error.problem, UsageProblem::UnknownOption) << args.front() << " --" << def.name;
            EXPECT_EQ(error.argument, "--" + std::string(def.name));
            EXPECT_EQ(error.command, command->id()) << "the usage error shows the help of the command given";
        }
    }
}

TEST(CliCommandClasses, HelpOfEachCommandListsItsOptionsInBothLanguages) {
    Language language;
    for (const auto& command : commands()) {
        ASSERT_TRUE(language.apply(QStringLiteral("en")));
        const QString english = commandHelp(*command);
        ASSERT_TRUE(language.apply(QStringLiteral("fr")));
        const QString french = commandHelp(*command);
        const QString name = QString::fromStdString(wordsOf(*command).back());
        EXPECT_TRUE(english.contains(QStringLiteral("ipsecdoctor-cli ") +
                                     QString::fromStdString(wordsOf(*command).front())));
        EXPECT_NE(english, french) << name.toStdString();
        for (const auto& option : command->options()) {
            const QString flag = QStringLiteral("--") +
                                 QString::fromUtf8(option.data(), static_cast<qsizetype>(option.size()));
            EXPECT_TRUE(english.contains(flag)) << name.toStdString() << " " << flag.toStdString();
            EXPECT_TRUE(french.contains(flag)) << name.toStdString() << " " << flag.toStdString();
            ASSERT_TRUE(language.apply(QStringLiteral("en")));
            const QString description = optionDescription(*findOption(option));
            ASSERT_TRUE(language.apply(QStringLiteral("fr")));
            EXPECT_NE(description, optionDescription(*findOption(option)))
                << flag.toStdString() << " has no French";
        }
        EXPECT_TRUE(french.contains(QStringLiteral("Codes de sortie")));
    }
    ASSERT_TRUE(language.apply(QStringLiteral("en")));
    const QString tool = toolHelp();
    for (const auto& command : commands()) {
        EXPECT_TRUE(tool.contains(command->summary())) << wordsOf(*command).front();
    }
}

TEST(CliCommandClasses, HelpAsksForTheCommandItFollows) {
    const auto parsed = parseCli({"probe", "--help"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(parsed));
    EXPECT_EQ(std::get<CliOptions>(parsed).command, CliCommand::Help);
    EXPECT_EQ(std::get<CliOptions>(parsed).helpTopic, CliCommand::Probe);
    const auto general = parseCli({"-h"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(general));
    EXPECT_FALSE(std::get<CliOptions>(general).helpTopic);
    EXPECT_NE(usageText(CliCommand::Fix), usageText());
    EXPECT_NE(usageText(CliCommand::Fix).find("service.ikeext.restart"), std::string::npos)
        << "the fix ids are in fix --help";
}

TEST(CliCommandClasses, ValuesAreCheckedWhateverTheSpelling) {
    // --name=value is the same option as "--name value": the same rules apply to it.
    const auto joined = parseCli({"check", "--step=logs", "--since=24h"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(joined));
    EXPECT_EQ(std::get<CliOptions>(joined).step, Step::Logs);
    EXPECT_EQ(std::get<CliOptions>(joined).sinceSeconds, 86400);
    const auto bad = parseCli({"check", "--step=everything"});
    ASSERT_TRUE(std::holds_alternative<UsageError>(bad));
    EXPECT_EQ(std::get<UsageError>(bad).problem, UsageProblem::BadStep);
    // A flag takes no value, and compact short options are not ours.
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"check", "--json=1"})));
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"check", "-jh"})));
    // An option's value may look like an option ("--bundle -x.zip"); a number is an argument.
    const auto dashValue = parseCli({"check", "--bundle", "-x.zip"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(dashValue));
    EXPECT_EQ(std::get<CliOptions>(dashValue).bundlePath, "-x.zip");
    const auto negative = parseCli({"explain", "-2147023436", "--json"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(negative));
    EXPECT_EQ(std::get<CliOptions>(negative).code, "-2147023436");
    EXPECT_TRUE(std::get<CliOptions>(negative).json);
    // A value missing at the end names its option.
    const auto missing = parseCli({"diagnose", "--provider-lang"});
    ASSERT_TRUE(std::holds_alternative<UsageError>(missing));
    EXPECT_EQ(std::get<UsageError>(missing).problem, UsageProblem::MissingValue);
    EXPECT_EQ(std::get<UsageError>(missing).argument, "--provider-lang");
    // Repeated values keep their order.
    const auto accepts =
        parseCli({"check", "--step", "proposals", "--server", "vpn.example.com", "--tunnel", "ikev2",
                  "--accepts", "aes256-sha256-modp2048", "--accepts=aes128-sha1-modp1024"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(accepts));
    EXPECT_EQ(std::get<CliOptions>(accepts).proposals.accepts,
              (std::vector<std::string>{"aes256-sha256-modp2048", "aes128-sha1-modp1024"}));
}
