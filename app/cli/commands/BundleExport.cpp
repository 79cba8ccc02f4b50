// `bundle export FILE.zip`: the diagnostic bundle for support staff.
#include "BundleExportCommand.h"
#include "Commands.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class BundleExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(BundleExportCommand)

public:
    CliCommand id() const override { return CliCommand::BundleExport; }
    std::vector<std::string_view> words() const override { return {"bundle", "export"}; }
    QString arguments() const override { return tr("FILE.zip"); }
    QString summary() const override { return tr("write a diagnostic bundle for support staff"); }
    QString details() const override {
        return tr(
            "The bundle describes this computer, or the bundle given with --bundle again. It never holds\n"
            "a pre-shared key, a password or a private key.");
    }
    std::vector<std::string_view> options() const override {
        return {"bundle", "anonymize", "profile", "auth", "certreq", "server", "since"};
    }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments,
                                     CliOptions& o) const override {
        if (arguments.empty()) {
            return UsageError{UsageProblem::MissingArgument, "bundle export"};
        }
        o.exportPath = arguments.front();
        return atMostArguments(arguments, 1);
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        return exportBundleCommand(o, env, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeBundleExportCommand() {
    return std::make_unique<BundleExportCommand>();
}

} // namespace ipsecdoctor::app
