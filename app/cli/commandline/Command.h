#pragma once
// One class per ipsecdoctor-cli command (KeePassXC's Command pattern): it names itself, lists the
// options it takes (OptionTable.h), checks its arguments and runs. The parser, the dispatcher
// and --help are generated from these declarations (CommandLine.cpp, CommandHelp.cpp), so a
// command is added by writing one class and listing it in Commands.cpp.

#include "CliEnvironment.h"
#include "CliOptions.h"

#include <QString>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::app {

class Command {
public:
    virtual ~Command() = default;

    virtual CliCommand id() const = 0;
    /// The words that name it on the command line: {"check"}, {"bundle", "export"}.
    virtual std::vector<std::string_view> words() const = 0;
    /// Its arguments after the words, as the synopsis shows them ("<fix-id>", "HOST", "FILE.zip").
    virtual QString arguments() const { return {}; }
    /// One translated line for the list of commands.
    virtual QString summary() const = 0;
    /// More translated text for its own --help (forms, examples, lists); may be empty.
    virtual QString details() const { return {}; }
    /// The options it takes besides the global ones, by OptionTable name, in --help order.
    virtual std::vector<std::string_view> options() const = 0;
    /// Takes the positional arguments after the words and checks the options as a whole (which
    /// combinations make sense). Called after every option value was validated and stored.
    virtual std::optional<UsageError> finish(const std::vector<std::string>& arguments,
                                             CliOptions& o) const = 0;
    virtual int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const = 0;
};

/// UnexpectedArgument for the first of `arguments` beyond `count`.
std::optional<UsageError> atMostArguments(const std::vector<std::string>& arguments, std::size_t count);

/// Every command, in --help order.
const std::vector<std::unique_ptr<Command>>& commands();
const Command* findCommand(CliCommand id);

/// The generated, translated help: of one command, and of the whole tool.
QString commandHelp(const Command& command);
QString toolHelp();

} // namespace ipsecdoctor::app
