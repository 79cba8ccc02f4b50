// `explain CODE`: what an error code or an event id means, and what to do about it.
#include "Commands.h"
#include "LogsCommands.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class ExplainCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)

public:
    CliCommand id() const override { return CliCommand::Explain; }
    std::vector<std::string_view> words() const override { return {"explain"}; }
    QString arguments() const override { return tr("CODE"); }
    QString summary() const override {
        return tr("what an error code or event id means (809, 0x800B0109, 4653)");
    }
    std::vector<std::string_view> options() const override { return {}; }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments,
                                     CliOptions& o) const override {
        if (arguments.empty()) {
            return UsageError{UsageProblem::MissingArgument, "explain"};
        }
        o.code = arguments.front();
        return atMostArguments(arguments, 1);
    }
    int run(const CliOptions& o, CliEnvironment&, std::ostream& out, std::ostream& err) const override {
        return explainCommand(o, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeExplainCommand() {
    return std::make_unique<ExplainCommand>();
}

} // namespace ipsecdoctor::app
