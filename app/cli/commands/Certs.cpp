// `certs`: the certificates IKE uses, by store, on this computer or in a bundle.
#include "CertificateCommands.h"
#include "Commands.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class CertsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CertsCommand)

public:
    CliCommand id() const override { return CliCommand::Certs; }
    std::vector<std::string_view> words() const override { return {"certs"}; }
    QString summary() const override { return tr("list the certificates IKE uses"); }
    std::vector<std::string_view> options() const override { return {"store", "bundle"}; }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments, CliOptions&) const override {
        return atMostArguments(arguments, 0);
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        return listCertificates(o, env, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeCertsCommand() {
    return std::make_unique<CertsCommand>();
}

} // namespace ipsecdoctor::app
