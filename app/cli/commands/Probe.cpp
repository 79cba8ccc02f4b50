// `probe [HOST]`: asks a VPN server what it accepts, with the packets Windows would send.
#include "Commands.h"
#include "ProbeCliOptions.h"
#include "ProbeCommand.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class ProbeServerCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProbeServerCommand)

public:
    CliCommand id() const override { return CliCommand::Probe; }
    std::vector<std::string_view> words() const override { return {"probe"}; }
    QString arguments() const override { return tr("HOST | [HOST] --profile NAME"); }
    QString summary() const override { return tr("ask a VPN server what it accepts"); }
    QString details() const override {
        return tr("The probe sends the IKE packets Windows would send, from an ephemeral UDP port, and\n"
                  "nothing secret. With --profile, it offers what Windows offers for that VPN profile, to\n"
                  "its server unless HOST is given.\n"
                  "Sets (--windows-set): windows10-default, windows11-default, dh2048-aes256-enabled\n"
                  "(Windows 11), windows10-dh2048-aes256-enabled, dh2048-aes256-enforced.\n"
                  "--policy takes the six Set-VpnConnectionIPsecConfiguration values of a custom policy,\n"
                  "e.g. AES256,SHA256,Group14,AES256,SHA256128,None.");
    }
    std::vector<std::string_view> options() const override {
        return {"profile", "pbk", "port", "ike", "windows-set", "policy", "timeout", "no-discovery", "id"};
    }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments,
                                     CliOptions& o) const override {
        auto& p = o.probe;
        // A profile decides what is offered (its custom policy, or Windows' set for this
        // machine) and, unless HOST is given, which server is asked.
        const bool profile = !o.proposals.profile.empty();
        if (profile && (p.windowsSetGiven || !p.policy.empty())) {
            return UsageError{UsageProblem::UnknownOption, p.policy.empty() ? "--windows-set" : "--policy"};
        }
        if (!profile && !o.proposals.pbkPath.empty()) {
            return UsageError{UsageProblem::MissingValue, "--profile"};
        }
        if (arguments.empty() && !profile) {
            return UsageError{UsageProblem::MissingArgument, "probe"};
        }
        if (auto e = atMostArguments(arguments, 1)) {
            return e;
        }
        if (!arguments.empty()) {
            if (!isValidProbeHost(arguments.front())) {
                return UsageError{UsageProblem::BadValue, arguments.front()};
            }
            p.host = arguments.front();
        }
        return std::nullopt;
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        return runProbeCommand(o, env, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeProbeCommand() {
    return std::make_unique<ProbeServerCommand>();
}

} // namespace ipsecdoctor::app
