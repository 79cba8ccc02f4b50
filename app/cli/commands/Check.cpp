// `check`: the wizard's steps, on this computer, a bundle or a saved event log.
#include "BundleOpening.h"
#include "CertificateCommands.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ConnectionOption.h"
#include "ExitCodes.h"
#include "LogsCommands.h"
#include "ProposalsCommand.h"
#include "ProposalsOptions.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/util/json_dump.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class CheckCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CliCommand id() const override { return CliCommand::Check; }
    std::vector<std::string_view> words() const override { return {"check"}; }
    QString summary() const override { return tr("check this computer, or a diagnostic bundle"); }
    QString details() const override {
        return tr("Without --step, every step is checked. Exit code 1 when a warning or a problem is found.\n"
                  "Certificates: without --certreq, the server named by --server (or the profile) is asked\n"
                  "which CAs it accepts.\n"
                  "Proposals: --profile NAME, or --server HOST --tunnel ikev2|l2tp; the server named with\n"
                  "--server is asked what it accepts (--no-probe: not asked), --probe asks the profile's\n"
                  "server, --accepts says what the server is known to accept.");
    }
    std::vector<std::string_view> options() const override {
        return {"step", "bundle",  "profile", "server",   "auth",  "certreq", "tunnel",
                "pbk",  "accepts", "probe",   "no-probe", "since", "events"};
    }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments,
                                     CliOptions& o) const override {
        // One --server for both steps: the name the profile dials (certificates) is the host
        // whose proposals are compared.
        if (o.step == Step::Proposals && o.proposals.server.empty()) {
            o.proposals.server = o.serverName;
        }
        return atMostArguments(arguments, 0);
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override;
};

int CheckCommand::run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const {
    if (o.step == Step::Proposals) {
        return checkProposalsCommand(o, env, out, err);
    }
    SystemSnapshot snapshot;
    CheckSource source;
    if (!o.bundlePath.empty()) {
        auto bundle = openBundleForCommand(o.bundlePath, err);
        if (!bundle) {
            return failWithResult(o, out, err, bundle.error());
        }
        snapshot = std::move(bundle->snapshot);
        source = {"bundle", o.bundlePath, nullptr, bundle->changedAfterExport};
    } else if (!o.eventsPath.empty()) {
        source = {"file", o.eventsPath, nullptr}; // a saved log alone: only its events are analysed
    } else {
        auto platform = env.makePlatform();
        if (!platform) {
            return failWithResult(o, out, err, platform.error());
        }
        auto collected = collectSnapshot(collectContextFor(o, *platform, env));
        if (!collected) {
            return failWithResult(o, out, err, collected.error());
        }
        snapshot = std::move(collected).value();
        source = {"live", {}, nullptr};
    }
    if (auto attached = attachSavedEvents(o, snapshot); !attached) {
        return failWithResult(o, out, err, attached.error());
    }
    source.snapshot = &snapshot;
    std::vector<Finding> probeFindings; // asking the server for its CERTREQ (--server)
    const bool fileOnly = source.kind == "file";
    auto input = fileOnly ? Expected<CertificateCheckInput>(certificateCheckInput(o))
                          : certificateCheckInput(o, snapshot, env, probeFindings);
    if (!input) {
        return failWithResult(o, out, err, input.error());
    }
    auto connection = requestedConnection(o, snapshot);
    if (!connection) {
        return failWithResult(o, out, err, connection.error());
    }
    AnalysisRequest request;
    request.step = fileOnly ? std::optional<Step>(Step::Logs) : o.step;
    request.eventsOnly = fileOnly;
    request.connection = *connection;
    request.certificates = *input;
    auto findings = analyze(snapshot, request).findings;
    findings.insert(findings.end(), probeFindings.begin(), probeFindings.end());
    if (o.json) {
        out << dumpJson(checkToJson(source, findings)) << "\n";
    } else {
        out << checkToText(source, findings).toStdString();
    }
    return worstSeverity(findings) >= Severity::Warning ? kExitProblems : kExitHealthy;
}

} // namespace

std::unique_ptr<Command> makeCheckCommand() {
    return std::make_unique<CheckCommand>();
}

} // namespace ipsecdoctor::app
