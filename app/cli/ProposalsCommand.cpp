#include "ProposalsCommand.h"
#include "BundleOpening.h"
#include "ExitCodes.h"
#include "QtText.h"

#include "CliOutput.h"
#include "ProposalsCatalogue.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/probe_checks.h"
#include "ipsecdoctor/checks/transport_checks.h"
#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/collect/vpn_collector.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/json/probe_json.h"
#include "ipsecdoctor/proposals/probe_acceptance.h"
#include "ipsecdoctor/proposals/probe_recommendations.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include <QCoreApplication>

#include <algorithm>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

class ProposalsText {
    Q_DECLARE_TR_FUNCTIONS(ProposalsText)
};

} // namespace

Expected<SystemSnapshot> loadVpnConfiguration(const CliOptions& o, CliEnvironment& env, CheckSource& source,
                                              std::ostream& err) {
    const auto& p = o.proposals;
    SystemSnapshot snapshot;
    if (!p.pbkPath.empty()) {
        auto profiles = readPhonebookProfiles(utf8Path(p.pbkPath), PhonebookScope::File);
        if (!profiles) {
            return profiles.error();
        }
        snapshot.vpn = VpnConfiguration{std::move(profiles).value(), {}, {}};
        source = {"phonebook", p.pbkPath, nullptr};
        return snapshot;
    }
    if (!o.bundlePath.empty()) {
        auto bundle = openBundleForCommand(o.bundlePath, err);
        if (!bundle) {
            return bundle.error();
        }
        source = {"bundle", o.bundlePath, nullptr};
        return std::move(bundle->snapshot);
    }
    auto platform = env.makePlatform();
    if (!platform) {
        if (!o.proposals.server.empty()) {
            return snapshot; // a server typed by hand needs nothing from this machine
        }
        return platform.error();
    }
    CollectContext context{*platform->services, *platform->machine};
    context.registry = platform->registry.get();
    context.phonebooks = env.phonebooks();
    context.transport = platform->transport.get();
    auto collected = collectSnapshot(context);
    if (!collected) {
        return collected.error();
    }
    source = {"live", {}, nullptr};
    return std::move(collected).value();
}

namespace {

QString fixCommandLine(const Finding& f, const std::string& id) {
    QString line = QStringLiteral("ipsecdoctor-cli fix %1").arg(qs(id));
    auto ev = [&](const char* k) {
        auto it = f.evidence.find(k);
        return it == f.evidence.end() ? std::string() : it->second;
    };
    if (id.rfind("profile.", 0) == 0) {
        line += ev("phonebook") == "file" ? QStringLiteral(" --profile \"%1\" --pbk \"%2\"")
                                                .arg(qs(ev("profile")), qs(ev("phonebook_path")))
                                          : QStringLiteral(" --profile \"%1\" --phonebook %2")
                                                .arg(qs(ev("profile")), qs(ev("phonebook")));
        line += id == fix::kProfileIpsecPolicy
                    ? QStringLiteral(" --ipsec-policy %1").arg(qs(ev("recommended_policy")))
                    : QStringLiteral(" --strategy %1").arg(qs(ev("recommended_strategy")));
    }
    return line;
}

QString findingsToText(const std::vector<Finding>& findings);

QString proposalsToText(const proposals::ProposalContext& c, const std::vector<Finding>& findings) {
    QString out;
    const QString subject = c.subject.profile.empty() ? qs(c.subject.server) : qs(c.subject.profile);
    out += ProposalsText::tr("VPN %1 — server %2, tunnel %3")
               .arg(subject, qs(c.subject.server), qs(std::string(tunnelTypeId(c.subject.tunnel))));
    out += QLatin1String("\n");
    // What the server accepts for this connection's tunnel type: IKEv1 Main Mode for L2TP/IPsec.
    const std::vector<ike::Proposal>* accepted = nullptr;
    if (c.server) {
        if (c.subject.tunnel == TunnelType::L2tp && c.server->ikev1) {
            accepted = &c.server->ikev1->mainModeAccepted;
        } else if (c.subject.tunnel != TunnelType::L2tp && c.server->ikev2) {
            accepted = &c.server->ikev2->accepted;
        }
    }
    if (auto offer = proposals::windowsOffer(c.inputs)) {
        out += ProposalsText::tr("Windows offers (%1):").arg(qs(offer->source)) + QLatin1Char('\n');
        for (const auto& p : offer->ike) {
            out += QStringLiteral("    %1%2\n")
                       .arg(qs(p.toString()), accepted && proposals::accepts(*accepted, p)
                                                  ? ProposalsText::tr("   <- accepted by the server")
                                                  : QString());
        }
        out += ProposalsText::tr("ESP: %1").arg(qs(proposals::describe(offer->esp))) + QLatin1Char('\n');
    }
    if (c.server) {
        out += ProposalsText::tr("Server accepts: %1")
                   .arg(accepted && !accepted->empty() ? qs(proposals::describe(*accepted))
                                                       : ProposalsText::tr("nothing found")) +
               QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    return out + findingsToText(findings);
}

QString findingsToText(const std::vector<Finding>& findings) {
    QString out;
    for (const auto& f : findings) {
        const FindingText text = Catalogue::finding(f);
        out += QStringLiteral("[%1] %2\n").arg(Catalogue::severity(f.severity).toUpper(), text.title);
        if (f.severity >= Severity::Warning) {
            out += QStringLiteral("    %1\n").arg(text.explanation);
            if (!text.action.isEmpty()) {
                out += QStringLiteral("    %1\n").arg(text.action);
            }
        }
        for (const auto& id : f.remediations) {
            out += QStringLiteral("    %1\n")
                       .arg(ProposalsText::tr("Fix (%1): %2")
                                .arg(ProposalsCatalogue::aftermath(qs(id)), fixCommandLine(f, id)));
        }
    }
    return out;
}

} // namespace

proposals::ServerAcceptance acceptanceFromOptions(const ProposalsOptions& p, TunnelType tunnel) {
    proposals::ServerAcceptance s;
    s.server = p.server;
    s.reachable = true;
    std::vector<ike::Proposal> accepted;
    for (const auto& text : p.accepts) {
        accepted.push_back(*ike::parseProposal(text, ike::Protocol::Ike));
    }
    if (tunnel == TunnelType::L2tp) {
        s.ikev1 = proposals::Ikev1Acceptance{true, accepted, false};
    } else {
        s.ikev2 = proposals::Ikev2Acceptance{true, accepted, std::nullopt, false};
    }
    return s;
}

int listProfilesCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    CheckSource source;
    auto snapshot = loadVpnConfiguration(o, env, source, err);
    if (!snapshot) {
        return failWithResult(o, out, err, snapshot.error());
    }
    const auto profiles = snapshot->vpn ? snapshot->vpn->profiles : std::vector<VpnProfile>{};
    if (o.json) {
        json arr = json::array();
        for (const auto& p : profiles) {
            arr.push_back(toJson(p));
        }
        json body{{"profiles", arr}};
        if (snapshot->vpn) {
            body["registry"] = toJson(*snapshot->vpn)["registry"];
        }
        out << dumpJson(document(body)) << "\n";
        return kExitHealthy;
    }
    if (profiles.empty()) {
        out << ProposalsText::tr("No VPN profile found.").toStdString() << "\n";
    }
    for (const auto& p : profiles) {
        out << ProposalsCatalogue::profileSummary(p).toStdString() << "\n";
    }
    return kExitHealthy;
}

int checkProposalsCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    CheckSource source;
    auto snapshot = loadVpnConfiguration(o, env, source, err);
    if (!snapshot) {
        return failWithResult(o, out, err, snapshot.error());
    }
    const VpnConfiguration config = snapshot->vpn.value_or(VpnConfiguration{});
    std::vector<proposals::ProposalContext> contexts;
    const auto& p = o.proposals;
    if (!p.server.empty()) {
        proposals::ProposalContext c;
        c.subject.server = p.server;
        c.subject.tunnel = p.tunnel == "l2tp" ? TunnelType::L2tp : TunnelType::Ikev2;
        c.inputs.tunnel = c.subject.tunnel;
        c.config = config;
        c.inputs.negotiateDh2048Aes256 = vpn::negotiateDh2048Aes256(config);
        contexts.push_back(std::move(c));
    } else if (!p.profile.empty()) {
        const auto* profile = config.findProfile(p.profile);
        if (!profile) {
            return failWithResult(
                o, out, err, Error::make(ErrorCode::NotFound, "no VPN profile named '" + p.profile + "'"));
        }
        contexts.push_back(proposals::contextForProfile(*profile, config, snapshot->machine.osBuild));
    } else {
        for (const auto& profile : config.profiles) {
            contexts.push_back(proposals::contextForProfile(profile, config, snapshot->machine.osBuild));
        }
    }
    std::vector<Finding> all;
    std::vector<ProbeResult> probes;
    QString text;
    for (auto& c : contexts) {
        std::vector<Finding> connectivity;
        // A server the user typed is asked, unless --no-probe or a bundle is read (the bundle's own
        // probe is about its server); a profile's server only with --probe.
        const bool ask = p.probe || (!p.server.empty() && !p.noProbe && source.kind != "bundle");
        if (!p.accepts.empty()) {
            c.server = acceptanceFromOptions(p, c.subject.tunnel);
            c.server->server = c.subject.server;
        } else if (ask && proposals::windowsOffer(c.inputs)) {
            if (!isValidProbeHost(c.subject.server)) {
                return failWithResult(
                    o, out, err,
                    Error::make(ErrorCode::InvalidArgument,
                                "the server '" + c.subject.server + "' is not a name or address to probe"));
            }
            probes.push_back(
                env.probe(proposals::probeOptionsFor(c.subject.server, c.inputs, c.subject.profile)));
            proposals::addRecommendations(probes.back());
            c.server = proposals::acceptanceFromProbe(probes.back());
            const auto* profile = c.subject.profile.empty() ? nullptr : config.findProfile(c.subject.profile);
            const ProbeJudgement judgement{
                c.subject.tunnel, profile ? profile->auth : VpnAuthMethod::Unknown,
                windowsIkev2Fragmentation(snapshot->machine.osBuild,
                                          profile ? profile->ikev2FragmentationDisabled : std::nullopt)};
            for (auto& f : checkProbe(probes.back(), judgement)) {
                if (f.step == Step::Connectivity) {
                    connectivity.push_back(std::move(f));
                }
            }
        } else if (source.kind == "bundle") {
            // What the bundle's probe learned of this server, as `check --bundle` and the GUI use it.
            if (const auto* stored = storedProbeFor(*snapshot, c.subject.server)) {
                c.server = proposals::acceptanceFromProbe(*stored);
            }
        }
        auto findings = proposals::checkProposals(c);
        findings.insert(findings.end(), connectivity.begin(), connectivity.end());
        std::stable_sort(findings.begin(), findings.end(),
                         [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
        all.insert(all.end(), findings.begin(), findings.end());
        text += proposalsToText(c, findings) + QLatin1Char('\n');
    }
    // This PC's side of the path (who holds the IKE ports, other vendors' filters): once, for
    // every connection; a server typed by hand reads nothing of this PC.
    if (!source.kind.empty()) {
        auto local = checkTransportFacts(*snapshot);
        if (!local.empty()) {
            std::stable_sort(local.begin(), local.end(),
                             [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
            text += ProposalsText::tr("This computer:") + QLatin1Char('\n') + findingsToText(local);
            all.insert(all.end(), local.begin(), local.end());
        }
    }
    source.snapshot = source.kind.empty() ? nullptr : &*snapshot;
    if (source.kind.empty()) {
        source.kind = "server";
    }
    if (o.json) {
        auto body = checkToJson(source, all);
        if (!probes.empty()) {
            body["probes"] = json::array();
            for (const auto& r : probes) {
                body["probes"].push_back(toJson(r));
            }
        }
        out << dumpJson(body) << "\n";
    } else {
        if (contexts.empty()) {
            text = ProposalsText::tr("No VPN profile found.") + QLatin1Char('\n');
        }
        out << text.toStdString();
    }
    return worstSeverity(all) >= Severity::Warning ? kExitProblems : kExitHealthy;
}

} // namespace ipsecdoctor::app
