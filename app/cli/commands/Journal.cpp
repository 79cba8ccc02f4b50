// `journal`: the fixes recorded on this computer (the machine's journal and the user's).
#include "Commands.h"
#include "JournalCommands.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class JournalCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(JournalCommand)

public:
    CliCommand id() const override { return CliCommand::Journal; }
    std::vector<std::string_view> words() const override { return {"journal"}; }
    QString summary() const override { return tr("list the fixes recorded in the journal"); }
    std::vector<std::string_view> options() const override { return {"journal"}; }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments, CliOptions&) const override {
        return atMostArguments(arguments, 0);
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        return listJournalCommand(o, env, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeJournalCommand() {
    return std::make_unique<JournalCommand>();
}

} // namespace ipsecdoctor::app
