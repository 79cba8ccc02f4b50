// `diagnose`: the ranked root causes and the message for the VPN provider.
#include "Commands.h"
#include "LogsCommands.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class DiagnoseCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)

public:
    CliCommand id() const override { return CliCommand::Diagnose; }
    std::vector<std::string_view> words() const override { return {"diagnose"}; }
    QString summary() const override {
        return tr("rank the root causes; write the message for the VPN provider");
    }
    std::vector<std::string_view> options() const override {
        return {"bundle", "profile", "provider-lang", "since", "events"};
    }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments, CliOptions&) const override {
        return atMostArguments(arguments, 0);
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        return diagnoseCommand(o, env, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeDiagnoseCommand() {
    return std::make_unique<DiagnoseCommand>();
}

} // namespace ipsecdoctor::app
