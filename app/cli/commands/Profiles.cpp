// `profiles`: the VPN profiles of the phonebooks, as the Proposals step reads them.
#include "Commands.h"
#include "ProposalsCommand.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class ProfilesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)

public:
    CliCommand id() const override { return CliCommand::Profiles; }
    std::vector<std::string_view> words() const override { return {"profiles"}; }
    QString summary() const override { return tr("list the VPN profiles of the phonebooks"); }
    std::vector<std::string_view> options() const override { return {"pbk"}; }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments, CliOptions&) const override {
        return atMostArguments(arguments, 0);
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        return listProfilesCommand(o, env, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeProfilesCommand() {
    return std::make_unique<ProfilesCommand>();
}

} // namespace ipsecdoctor::app
