#include "ipsecdoctor/analysis/analysis.h"

#include "connection_choice.h"

#include "ipsecdoctor/checks/certificate_probe.h"
#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/checks/probe_checks.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/checks/transport_checks.h"
#include "ipsecdoctor/proposals/probe_acceptance.h"
#include "ipsecdoctor/proposals/proposal_checks.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool sameHost(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lowerAscii(x) == lowerAscii(y); });
}

std::optional<AuthMethod> certificateAuthOf(VpnAuthMethod m) {
    switch (m) {
    case VpnAuthMethod::MachineCertificate:
        return AuthMethod::MachineCertificate;
    case VpnAuthMethod::EapTls:
        return AuthMethod::UserCertificate;
    case VpnAuthMethod::PreSharedKey:
        return AuthMethod::PreSharedKey;
    case VpnAuthMethod::EapMschapv2:
    case VpnAuthMethod::Peap: // PEAP without a smart card: the PC still validates the server
        return AuthMethod::EapMschapv2;
    case VpnAuthMethod::OtherEap:
    case VpnAuthMethod::Password:
    case VpnAuthMethod::Unknown:
        return std::nullopt;
    }
    return std::nullopt;
}

const VpnProfile* profileOf(const SystemSnapshot& snapshot, const std::optional<Connection>& c) {
    return c && !c->profile.empty() && snapshot.vpn ? snapshot.vpn->findProfile(c->profile) : nullptr;
}

/// The stored probe, when it asked the connection's server (or no server is known).
const ProbeResult* probeFor(const SystemSnapshot& snapshot, const std::optional<Connection>& c) {
    return storedProbeFor(snapshot, c ? c->server : std::string());
}

/// The Proposals step for the connection: its profile (or the typed server) against what the
/// stored probe learned; PC-wide facts once. Other profiles' findings are not about it.
std::vector<Finding> proposalFindings(const SystemSnapshot& snapshot, const std::optional<Connection>& c) {
    if (!c) {
        return proposals::checkProfiles(snapshot);
    }
    const VpnConfiguration config = snapshot.vpn.value_or(VpnConfiguration{});
    VpnProfile typed;
    const VpnProfile* profile = profileOf(snapshot, c);
    if (!profile) {
        typed.name = c->profile;
        typed.server = c->server;
        typed.tunnel = c->tunnel;
        typed.auth = c->auth;
        profile = &typed;
    }
    auto context = proposals::contextForProfile(*profile, config, snapshot.machine.osBuild);
    if (profile == &typed) {
        context.subject.profile.clear();
    }
    if (const auto* probe = probeFor(snapshot, c)) {
        context.server = proposals::acceptanceFromProbe(*probe);
    }
    auto findings = proposals::checkProposals(context);
    std::erase_if(findings, [](const Finding& f) { return f.id == finding::ProposalServerNotProbed.id; });
    return findings;
}

} // namespace

const ProbeResult* storedProbeFor(const SystemSnapshot& snapshot, const std::string& server) {
    if (!snapshot.probe) {
        return nullptr;
    }
    if (!server.empty() && !snapshot.probe->host.empty() && !sameHost(server, snapshot.probe->host)) {
        return nullptr;
    }
    return &*snapshot.probe;
}

CertificateCheckInput recordedCertificateInput(const SystemSnapshot& snapshot) {
    CertificateCheckInput input;
    if (!snapshot.certificateChoice) {
        return input;
    }
    const auto& choice = *snapshot.certificateChoice;
    input.authMethod = authMethodFromId(choice.auth);
    input.serverName = choice.server;
    input.certreqCaSha1 = choice.certreqCaSha1;
    return input;
}

std::optional<CertificateChoice> certificateChoiceOf(const CertificateCheckInput& input) {
    CertificateChoice c;
    if (input.authMethod) {
        c.auth = std::string(authMethodId(*input.authMethod));
    }
    c.server = input.serverName;
    c.certreqCaSha1 = input.certreqCaSha1;
    return c.empty() ? std::nullopt : std::optional<CertificateChoice>(std::move(c));
}

CertificateCheckInput certificateInputFor(const SystemSnapshot& snapshot, const std::optional<Connection>& c,
                                          const CertificateCheckInput& overrides) {
    CertificateCheckInput input = overrides;
    // What the Certificates page chose when the bundle was made, unless chosen again now, and only
    // for the connection it was chosen for (another connection has its own server and method).
    const bool sameConnection =
        !c || !snapshot.connection ||
        (c->profile == snapshot.connection->profile && c->server == snapshot.connection->server);
    const auto recorded = sameConnection ? recordedCertificateInput(snapshot) : CertificateCheckInput{};
    if (!input.authMethod) {
        input.authMethod = recorded.authMethod;
    }
    if (input.serverName.empty()) {
        input.serverName = recorded.serverName;
    }
    if (!input.certreqCaSha1) {
        input.certreqCaSha1 = recorded.certreqCaSha1;
    }
    if (!input.authMethod && c) {
        input.authMethod = certificateAuthOf(c->auth);
    }
    if (input.serverName.empty() && c) {
        input.serverName = c->server;
    }
    if (const auto* profile = profileOf(snapshot, c); profile && !input.nameEkuCheckDisabled) {
        input.nameEkuCheckDisabled = profile->ikeNameEkuCheckDisabled;
    }
    if (!input.certreqCaSha1) {
        if (const auto* probe = probeFor(snapshot, c)) {
            input.certreqCaSha1 = certreqFromProbe(*probe);
        }
    }
    return input;
}

Analysis analyze(const SystemSnapshot& snapshot, const AnalysisRequest& request) {
    Analysis a;
    auto logs = checkLogs(snapshot);
    a.connection =
        request.connection ? request.connection : analysis_detail::chooseConnection(snapshot, logs);
    const auto certificates = certificateInputFor(snapshot, a.connection, request.certificates);

    auto& all = a.allFindings;
    if (request.eventsOnly) {
        all = std::move(logs);
        a.findings = all;
        a.diagnosis = diagnose(all, a.connection ? &*a.connection : nullptr);
        return a;
    }
    auto services = checkServices(snapshot);
    auto certs = checkCertificates(snapshot, certificates);
    auto proposalsStep = proposalFindings(snapshot, a.connection);
    all.insert(all.end(), services.begin(), services.end());
    all.insert(all.end(), certs.begin(), certs.end());
    all.insert(all.end(), logs.begin(), logs.end());
    if (const auto* probe = probeFor(snapshot, a.connection)) {
        // A bare probe judged both tunnel types; this connection is judged for its own.
        ProbeJudgement judgement;
        if (a.connection) {
            judgement.tunnel = a.connection->tunnel;
            judgement.auth = a.connection->auth;
        }
        const auto* profile = profileOf(snapshot, a.connection);
        judgement.windowsFragmentation = windowsIkev2Fragmentation(
            snapshot.machine.osBuild, profile ? profile->ikev2FragmentationDisabled : std::nullopt);
        auto probed = checkProbe(*probe, judgement);
        all.insert(all.end(), probed.begin(), probed.end());
    }
    auto transport = checkTransportFacts(snapshot);
    all.insert(all.end(), transport.begin(), transport.end());
    all.insert(all.end(), proposalsStep.begin(), proposalsStep.end());
    // Worst first; the check order breaks ties (services in start order), so stable_sort.
    std::stable_sort(all.begin(), all.end(),
                     [](const Finding& x, const Finding& y) { return x.severity > y.severity; });
    if (request.step) {
        std::copy_if(all.begin(), all.end(), std::back_inserter(a.findings),
                     [&](const Finding& f) { return f.step == *request.step; });
    } else {
        a.findings = all;
    }
    a.diagnosis = diagnose(all, a.connection ? &*a.connection : nullptr);
    return a;
}

} // namespace ipsecdoctor
