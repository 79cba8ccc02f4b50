#include "Catalogue.h"
#include "ProbeCatalogue.h"
#include "QtText.h"
#include "TransportCatalogue.h"

#include "CertificateCatalogue.h"
#include "LogsCatalogue.h"
#include "LogsFixCatalogue.h"

#include "ProposalsCatalogue.h"

#include "ipsecdoctor/knowledge/known_services.h"
#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/util/utf8.h"

namespace ipsecdoctor::app {
namespace {

/// "service.policyagent.disabled" → "disabled"
QString condition(const Finding& f) {
    const auto id = QString::fromStdString(f.id);
    return id.section(QLatin1Char('.'), 2);
}

} // namespace

QString Catalogue::serviceDisplayName(const QString& serviceName) {
    const QString key = serviceName.toLower();
    if (key == QLatin1String("bfe")) {
        return tr("Base Filtering Engine");
    }
    if (key == QLatin1String("ikeext")) {
        return tr("IKE and AuthIP IPsec Keying Modules");
    }
    if (key == QLatin1String("policyagent")) {
        return tr("IPsec Policy Agent");
    }
    if (key == QLatin1String("sstpsvc")) {
        return tr("Secure Socket Tunneling Protocol Service");
    }
    if (key == QLatin1String("rasman")) {
        return tr("Remote Access Connection Manager");
    }
    return serviceName;
}

/// What breaks for the VPN when the service cannot run (docs/ipsec-facts.md §3.1, §5).
static QString consequence(const QString& serviceName) {
    const QString key = serviceName.toLower();
    if (key == QLatin1String("bfe")) {
        return Catalogue::tr(
            "Every IPsec service and the firewall depend on it: no IKEv2 or L2TP/IPsec VPN can "
            "connect (error 827).");
    }
    if (key == QLatin1String("ikeext")) {
        return Catalogue::tr(
            "It negotiates the keys of every IPsec connection: IKEv2 and L2TP/IPsec VPNs fail "
            "(error 827).");
    }
    if (key == QLatin1String("policyagent")) {
        return Catalogue::tr(
            "It applies the IPsec policy: L2TP/IPsec connections fail with \"no IPsec policy\" "
            "(error 791).");
    }
    if (key == QLatin1String("sstpsvc")) {
        return Catalogue::tr(
            "The Remote Access Connection Manager depends on it: no VPN connection can be dialled "
            "(error 834).");
    }
    if (key == QLatin1String("rasman")) {
        return Catalogue::tr("It dials every VPN connection: without it Windows reports error 834.");
    }
    return {};
}

FindingText Catalogue::finding(const Finding& f) {
    if (CertificateCatalogue::handles(QString::fromStdString(f.id))) {
        return CertificateCatalogue::finding(f);
    }
    // The probe and the proposals comparison share some ids (proposal.ikev2.*): the comparison's
    // findings carry the profile's "tunnel" and both sides' values, the probe's the server's
    // address and port and only what the server answered, so each is worded by its own catalogue.
    if (f.evidence.count("tunnel") != 0 && f.evidence.count("port") == 0) {
        if (auto proposals = ProposalsCatalogue::finding(f)) {
            return *proposals;
        }
    }
    if (auto transport = TransportCatalogue::finding(f)) {
        return *transport;
    }
    if (auto probe = ProbeCatalogue::finding(f)) {
        return *probe;
    }
    if (auto proposals = ProposalsCatalogue::finding(f)) {
        return *proposals;
    }
    const QString service = QString::fromStdString(f.subject);
    const QString name = serviceDisplayName(service);
    const QString cond = condition(f);
    const bool isService =
        QString::fromStdString(f.id).startsWith(QLatin1String("service.")) && !service.isEmpty();
    if (QString::fromStdString(f.id).startsWith(QLatin1String("logs."))) {
        return LogsCatalogue::finding(f);
    }
    if (!isService) {
        return {tr("Unknown finding %1").arg(QString::fromStdString(f.id)),
                tr("This finding comes from a newer version of IPsec Doctor; its evidence is listed below."),
                {},
                false};
    }
    if (cond == QLatin1String("running")) {
        return {tr("%1 is running").arg(name), tr("The service is running as expected."), {}};
    }
    if (cond == QLatin1String("stopped-on-demand")) {
        return {
            tr("%1 is ready (starts when needed)").arg(name),
            tr("The service is stopped, which is normal: Windows starts it when a VPN connection needs it."),
            {}};
    }
    if (cond == QLatin1String("disabled")) {
        return {tr("%1 is disabled").arg(name),
                tr("The service is disabled, so Windows cannot start it.") + QLatin1Char(' ') +
                    consequence(service),
                tr("Restore its Windows default start type: IPsec Doctor sets it and starts the service.")};
    }
    if (cond == QLatin1String("failed")) {
        return {tr("%1 stopped after an error").arg(name),
                tr("The service stopped with error %1 (service code %2).")
                        .arg(ev(f, "win32_exit_code"), ev(f, "service_exit_code").isEmpty()
                                                           ? QStringLiteral("0")
                                                           : ev(f, "service_exit_code")) +
                    QLatin1Char(' ') + consequence(service),
                tr("Start it again. If it stops again, export a diagnostic bundle for your support team.")};
    }
    if (cond == QLatin1String("stopped")) {
        return {tr("%1 is stopped").arg(name),
                tr("This service must always run.") + QLatin1Char(' ') + consequence(service),
                tr("Start it.")};
    }
    if (cond == QLatin1String("paused")) {
        return {tr("%1 is paused").arg(name), tr("A paused service does not handle any request."),
                tr("Restart it.")};
    }
    if (cond == QLatin1String("pending")) {
        return {tr("%1 is stuck starting or stopping").arg(name),
                tr("The service has not finished changing state."), tr("Restart it.")};
    }
    if (cond == QLatin1String("not-automatic")) {
        return {
            tr("%1 does not start automatically").arg(name),
            tr("Windows starts this service at boot by default; with another start type it may be stopped "
               "when the VPN needs it."),
            tr("Set it back to Automatic, the Windows default.")};
    }
    if (cond == QLatin1String("missing")) {
        return {
            tr("%1 is not installed").arg(name),
            tr("Windows does not know this service: the Windows component is damaged or was removed.") +
                QLatin1Char(' ') + consequence(service),
            tr("Repair Windows (DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow), or ask your "
               "support team.")};
    }
    if (cond == QLatin1String("not-checked")) {
        return {tr("%1 could not be checked").arg(name),
                tr("IPsec Doctor could not read the state of this service (%1).")
                    .arg(ev(f, "error").isEmpty() ? tr("not in the diagnostic bundle")
                                                  : errorMessageForId(ev(f, "error"))),
                tr("Check again; if it persists, run IPsec Doctor as administrator.")};
    }
    if (cond == QLatin1String("dependency-unavailable")) {
        const QString dep = serviceDisplayName(ev(f, "dependency"));
        return {tr("%1 cannot start because %2 is unavailable").arg(name, dep),
                tr("%1 depends on %2, which is disabled or not installed.").arg(name, dep),
                tr("Fix %1 first.").arg(dep)};
    }
    return {tr("%1: %2").arg(name, cond),
            tr("This finding comes from a newer version of IPsec Doctor."),
            {},
            false};
}

QString Catalogue::remediationLabel(const QString& remediationId) {
    if (CertificateCatalogue::handles(remediationId)) {
        return CertificateCatalogue::remediationLabel(remediationId);
    }
    if (LogsFixCatalogue::handles(remediationId)) {
        return LogsFixCatalogue::remediationLabel(remediationId);
    }
    if (auto label = ProposalsCatalogue::remediationLabel(remediationId); !label.isEmpty()) {
        return label;
    }
    auto spec = parseRemediationId(remediationId.toStdString());
    if (!spec) {
        return remediationId;
    }
    switch (spec->action) {
    case ServiceAction::Start:
        return tr("Start");
    case ServiceAction::Restart:
        return tr("Restart");
    case ServiceAction::SetDefaultStart:
        return tr("Restore the default");
    case ServiceAction::SetAutomatic:
        return tr("Set to Automatic");
    }
    return remediationId;
}

QString Catalogue::remediationDescription(const QString& remediationId) {
    if (CertificateCatalogue::handles(remediationId)) {
        return CertificateCatalogue::remediationDescription(remediationId);
    }
    if (LogsFixCatalogue::handles(remediationId)) {
        return LogsFixCatalogue::remediationDescription(remediationId);
    }
    if (auto text = ProposalsCatalogue::remediationDescription(remediationId); !text.isEmpty()) {
        return text + QLatin1Char(' ') + ProposalsCatalogue::aftermath(remediationId);
    }
    auto spec = parseRemediationId(remediationId.toStdString());
    if (!spec) {
        return tr("Unknown fix %1: IPsec Doctor will not run it.").arg(remediationId);
    }
    const QString name = serviceDisplayName(qs(spec->service));
    switch (spec->action) {
    case ServiceAction::Start:
        return tr("Start %1 now. Undo stops it again.").arg(name);
    case ServiceAction::Restart: {
        // Expert review E8: a restart is not harmless; say what it drops before the user agrees.
        QString drops;
        const QString service = qs(spec->service).toLower();
        if (service == QLatin1String("rasman")) {
            drops = tr("Every VPN and dial-up connection of this PC is disconnected, including one a "
                       "technician may be using to help you.");
        } else if (service == QLatin1String("ikeext")) {
            drops = tr("Every IPsec connection of this PC drops: VPNs (IKEv2 and L2TP/IPsec), DirectAccess "
                       "and connection security rules.");
        } else if (service == QLatin1String("policyagent")) {
            drops = tr("Connected L2TP/IPsec VPNs drop.");
        } else if (service == QLatin1String("sstpsvc")) {
            drops = tr("Connected SSTP VPNs drop.");
        }
        QString text = tr("Stop and start %1 again; services that depend on it are restarted too.").arg(name);
        if (!drops.isEmpty()) {
            text += QLatin1Char(' ') + drops;
        }
        return text + QLatin1Char(' ') + tr("A restart changes no setting, so there is nothing to undo.");
    }
    case ServiceAction::SetDefaultStart: {
        const auto* known = findKnownService(spec->service);
        return tr("Set %1 back to its Windows default start type (%2) and start it. Undo restores the "
                  "previous "
                  "start type.")
            .arg(name, known ? startType(known->windowsDefault) : QString());
    }
    case ServiceAction::SetAutomatic:
        return tr("Set %1 to start automatically with Windows and start it now. Undo restores the previous "
                  "start "
                  "type.")
            .arg(name);
    }
    return {};
}

QString Catalogue::severity(Severity s) {
    switch (s) {
    case Severity::Ok:
        return tr("OK");
    case Severity::Info:
        return tr("Information");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Problem");
    case Severity::Critical:
        return tr("Critical problem");
    }
    return {};
}

QString Catalogue::serviceState(ServiceState s) {
    switch (s) {
    case ServiceState::Stopped:
        return tr("Stopped");
    case ServiceState::StartPending:
        return tr("Starting");
    case ServiceState::StopPending:
        return tr("Stopping");
    case ServiceState::Running:
        return tr("Running");
    case ServiceState::ContinuePending:
        return tr("Resuming");
    case ServiceState::PausePending:
        return tr("Pausing");
    case ServiceState::Paused:
        return tr("Paused");
    }
    return {};
}

QString Catalogue::startType(StartType t, bool delayed) {
    switch (t) {
    case StartType::Boot:
        return tr("Boot");
    case StartType::System:
        return tr("System");
    case StartType::Automatic:
        return delayed ? tr("Automatic (delayed start)") : tr("Automatic");
    case StartType::Manual:
        return tr("Manual");
    case StartType::Disabled:
        return tr("Disabled");
    }
    return {};
}

QString Catalogue::errorMessage(const Error& error) {
    if (const auto reason = error.evidence.find("reason");
        reason != error.evidence.end() && reason->second == "newer-bundle") {
        const auto version = error.evidence.find("app_version");
        const QString v = version == error.evidence.end() ? QString() : qs(printable(version->second));
        return v.isEmpty()
                   ? tr("This diagnostic bundle was made by a newer IPsec Doctor: update IPsec Doctor to "
                        "read it.")
                   : tr("This diagnostic bundle was made by a newer IPsec Doctor (%1): update IPsec "
                        "Doctor to read it.")
                         .arg(v);
    }
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("Not found.");
    case ErrorCode::AccessDenied:
        return tr("Windows refused: administrator rights are needed.");
    case ErrorCode::Timeout:
        return tr("The operation did not finish in time.");
    case ErrorCode::InvalidArgument:
        return tr("The request was refused as invalid.");
    case ErrorCode::NotSupported:
        return tr("Not available here.");
    case ErrorCode::ReadOnly:
        return tr("This is a diagnostic bundle: nothing can be changed.");
    case ErrorCode::Io:
        return tr("A file could not be read or written.");
    case ErrorCode::Malformed:
        return tr("The file is damaged or is not what it claims to be.");
    case ErrorCode::TooLarge:
        return tr("The file is too large.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Dependency:
        return tr("A service it depends on is not running.");
    case ErrorCode::JournalEntryInvalid:
        return tr("The journal entry names something its fix cannot have changed: nothing was undone.");
    case ErrorCode::Platform:
        return tr("Windows reported an error.");
    }
    return {};
}

QString Catalogue::errorMessageForId(const QString& errorId) {
    const auto code = errorCodeFromId(errorId.toStdString());
    return code ? errorMessage(Error{*code, 0, {}}) : errorId;
}

QString Catalogue::evidenceKey(const QString& key) {
    if (QString certificateKey = CertificateCatalogue::evidenceKey(key); !certificateKey.isEmpty()) {
        return certificateKey;
    }
    if (auto text = ProposalsCatalogue::evidenceKey(key); !text.isEmpty()) {
        return text;
    }
    if (key == QLatin1String("state")) {
        return tr("State");
    }
    if (key == QLatin1String("start_type")) {
        return tr("Start type");
    }
    if (key == QLatin1String("windows_default_start_type")) {
        return tr("Windows default start type");
    }
    if (key == QLatin1String("delayed_auto_start")) {
        return tr("Delayed start");
    }
    if (key == QLatin1String("trigger_start")) {
        return tr("Started by a trigger");
    }
    if (key == QLatin1String("dependencies")) {
        return tr("Depends on");
    }
    if (key == QLatin1String("dependents")) {
        return tr("Needed by");
    }
    if (key == QLatin1String("win32_exit_code")) {
        return tr("Windows exit code");
    }
    if (key == QLatin1String("service_exit_code")) {
        return tr("Service exit code");
    }
    if (key == QLatin1String("dependency")) {
        return tr("Unavailable dependency");
    }
    if (key == QLatin1String("dependency_present")) {
        return tr("Dependency installed");
    }
    if (key == QLatin1String("dependency_start_type")) {
        return tr("Dependency start type");
    }
    if (key == QLatin1String("error")) {
        return tr("Error");
    }
    if (key == QLatin1String("native_error")) {
        return tr("Windows error code");
    }
    return key;
}

QString Catalogue::evidenceValue(const QString& key, const QString& value) {
    const std::string v = value.toStdString();
    if (key == QLatin1String("state")) {
        if (auto s = serviceStateFromId(v)) {
            return serviceState(*s);
        }
    }
    if (key.endsWith(QLatin1String("start_type"))) {
        if (auto t = startTypeFromId(v)) {
            return startType(*t);
        }
    }
    if (value == QLatin1String("true")) {
        return tr("Yes");
    }
    if (value == QLatin1String("false")) {
        return tr("No");
    }
    if (key == QLatin1String("dependencies") || key == QLatin1String("dependents")) {
        return value.isEmpty() ? tr("(none)") : value.split(QLatin1Char(',')).join(QStringLiteral(", "));
    }
    return value;
}

} // namespace ipsecdoctor::app
