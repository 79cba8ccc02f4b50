#include "ProbeCommand.h"
#include "ExitCodes.h"

#include "CliOutput.h"
#include "ProposalsCommand.h"

#include "ipsecdoctor/checks/probe_checks.h"
#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/json/probe_json.h"
#include "ipsecdoctor/proposals/probe_acceptance.h"
#include "ipsecdoctor/proposals/probe_recommendations.h"
#include "ipsecdoctor/util/json_dump.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class ProbeText {
    Q_DECLARE_TR_FUNCTIONS(ProbeText)
};

/// The enum value whose PowerShell name is `name` (case-insensitive), among [0, count).
template <class E>
std::optional<E> fromPowerShellName(const std::string& name, int count) {
    for (int i = 0; i < count; ++i) {
        const auto value = static_cast<E>(i);
        if (QString::fromStdString(name).compare(QString::fromUtf8(powerShellName(value).data()),
                                                 Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<VpnIpsecPolicy> parsePolicy(const std::vector<std::string>& v) {
    auto e = fromPowerShellName<EncryptionMethod>(v[0], 7);
    auto i = fromPowerShellName<IntegrityCheckMethod>(v[1], 4);
    auto d = fromPowerShellName<DhGroupSetting>(v[2], 7);
    auto c = fromPowerShellName<CipherTransform>(v[3], 9);
    auto a = fromPowerShellName<AuthenticationTransform>(v[4], 7);
    auto p = fromPowerShellName<PfsGroup>(v[5], 8);
    if (!e || !i || !d || !c || !a || !p) {
        return std::nullopt;
    }
    VpnIpsecPolicy policy{*e, *i, *d, *c, *a, *p};
    if (!validate(policy)) {
        return std::nullopt;
    }
    return policy;
}

int usageFailure(const CliOptions& o, std::ostream& out, std::ostream& err, const Error& e,
                 const QString& text) {
    if (o.json) {
        out << dumpJson(errorToJson(e)) << "\n";
    } else {
        err << text.toStdString() << "\n";
    }
    return e.code == ErrorCode::InvalidArgument ? kExitUsage : kExitRuntimeError;
}

/// The options that offer what Windows offers for --profile (read from --pbk or this machine).
Expected<ike::ProbeOptions> profileProbeOptions(const CliOptions& o, CliEnvironment& env, std::ostream& err) {
    CheckSource source;
    auto snapshot = loadVpnConfiguration(o, env, source, err);
    if (!snapshot) {
        return snapshot.error();
    }
    const VpnConfiguration config = snapshot->vpn.value_or(VpnConfiguration{});
    const auto* profile = config.findProfile(o.proposals.profile);
    if (!profile) {
        return Error::make(ErrorCode::NotFound, "no VPN profile named '" + o.proposals.profile + "'");
    }
    const auto inputs = proposals::offerInputs(*profile, config, snapshot->machine.osBuild);
    if (!proposals::windowsOffer(inputs)) {
        return Error::make(ErrorCode::NotSupported, "the profile '" + profile->name + "' uses " +
                                                        std::string(tunnelTypeId(profile->tunnel)) +
                                                        ", which does not use IKE");
    }
    const std::string host = o.probe.host.empty() ? profile->server : o.probe.host;
    if (!isValidProbeHost(host)) {
        return Error::make(ErrorCode::InvalidArgument,
                           "the profile's server '" + host + "' is not a name or address to probe");
    }
    return proposals::probeOptionsFor(host, inputs, profile->name, profile->auth);
}

} // namespace

int runProbeCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    const auto& p = o.probe;
    ike::ProbeOptions options;
    if (!o.proposals.profile.empty()) {
        auto fromProfile = profileProbeOptions(o, env, err);
        if (!fromProfile) {
            return usageFailure(o, out, err, fromProfile.error(),
                                ProbeText::tr("Cannot probe for this profile: %1")
                                    .arg(QString::fromStdString(fromProfile.error().detail)));
        }
        options = std::move(fromProfile).value();
    } else {
        options.host = p.host;
        options.windowsSet = *ike::windowsIkev2SetFromId(p.windowsSet);
    }
    options.port = p.port;
    options.versions = p.ike == "v1"   ? ike::IkeVersions::V1
                       : p.ike == "v2" ? ike::IkeVersions::V2
                                       : ike::IkeVersions::Both;
    options.discover = p.discover;
    options.aggressiveId = p.aggressiveId;
    options.deadline = std::chrono::seconds(p.timeoutSeconds);
    if (!p.policy.empty()) {
        options.customPolicy = parsePolicy(p.policy);
        if (!options.customPolicy) {
            const Error e =
                Error::make(ErrorCode::InvalidArgument, "--policy values are not a valid Windows policy");
            if (o.json) {
                out << dumpJson(errorToJson(e)) << "\n";
            } else {
                err << ProbeText::tr("The --policy values are not a policy Windows accepts (see --help).")
                           .toStdString()
                    << "\n";
            }
            return kExitUsage;
        }
    }
    auto transport = ike::makeSystemUdpTransport();
    const ProbeResult result = proposals::probeServer(options, *transport);
    const auto findings = checkProbe(result);
    if (o.json) {
        auto body = toJson(result);
        body["findings"] = toJson(findings);
        out << dumpJson(document(body)) << "\n";
    } else {
        out << probeToText(result).toStdString() << "\n";
        out << checkToText(CheckSource{"probe", {}, nullptr}, findings).toStdString();
    }
    if (result.transport == "error") {
        return kExitRuntimeError;
    }
    return worstSeverity(findings) <= Severity::Info ? kExitHealthy : kExitProblems;
}

} // namespace ipsecdoctor::app
