#include "Session.h"

#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/platform/event_log.h"

#include "AppPaths.h"
#include "AsyncRunner.h"
#include "JournalLocation.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/collect/vpn_collector.h"
#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <algorithm>

namespace ipsecdoctor::gui {

struct Session::CheckResult {
    std::optional<SystemSnapshot> snapshot;
    Analysis analysis;
    std::optional<Error> error;
};

namespace {

/// Stands in when a backend has no elevation support: never elevated, cannot prompt.
class NoElevation final : public Elevation {
public:
    bool isElevated() const override { return false; }
    Expected<int> runElevated(const std::string&, const std::vector<std::string>&) override {
        return Error::make(ErrorCode::NotSupported, "elevation is not available on this platform");
    }
};

struct ActionOutcome {
    ActionResult result;
    bool canUndoLast = false;
};

// The machine's journal and the user's: an undo of either is offered (JournalLocation.h).
bool journalHasUndoable(const std::filesystem::path& machineFile, const std::filesystem::path& userFile) {
    auto entries = app::journalHistory({machineFile, userFile});
    return entries && RemediationRunner::lastUndoable(*entries).has_value();
}

} // namespace

SessionOptions SessionOptions::forThisInstallation() {
    // No platform conditionals in app/: the product type names the OS the executable runs on.
    const QString suffix =
        QSysInfo::productType() == QLatin1String("windows") ? QStringLiteral(".exe") : QString();
    SessionOptions options;
    options.journalFile = app::AppPaths::journalFile();
    options.machineJournalFile = app::AppPaths::machineJournalFile();
    options.cliPath = QDir::toNativeSeparators(QCoreApplication::applicationDirPath() +
                                               QStringLiteral("/ipsecdoctor-cli") + suffix);
    options.logFile = app::AppPaths::logFile(QStringLiteral("gui"));
    return options;
}

Session::Session(Expected<LivePlatform> live, SessionOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_cancel(std::make_shared<std::atomic<bool>>(false)) {
    if (live && live->services && live->machine) {
        m_platform = std::make_shared<LivePlatform>(std::move(live).value());
        if (!m_platform->elevation) {
            m_platform->elevation = std::make_unique<NoElevation>();
        }
        m_elevated = m_platform->elevation->isElevated();
        m_mode = SessionMode::Live;
        m_canUndoLast = journalHasUndoable(app::AppPaths::toPath(m_options.machineJournalFile),
                                           app::AppPaths::toPath(m_options.journalFile));
        logger()->info("live checks available ({})", m_elevated ? "elevated" : "not elevated");
    } else {
        m_liveError = live ? Error::make(ErrorCode::NotSupported, "incomplete live backend") : live.error();
        logger()->info("live checks unavailable: {}", m_liveError.detail);
    }
}

Session::~Session() {
    m_cancel->store(true);
}

bool Session::canModify() const {
    return m_mode == SessionMode::Live && m_platform && m_platform->services->canModify();
}

bool Session::needsElevationPrompt(const QString& remediationId) const {
    return canModify() && RemediationRunner::needsElevationPrompt(remediationId.toStdString(), m_elevated);
}

bool Session::isReversible(const QString& remediationId) {
    if (isLogsRemediationId(remediationId.toStdString())) {
        return true; // journaled with the prior state (remediation/logs_remediation.h)
    }
    auto spec = parseRemediationId(remediationId.toStdString());
    return spec && spec->reversible;
}

std::optional<JournalEntry> Session::undoableEntryFor(const QString& service) const {
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (QString::fromStdString(it->service).compare(service, Qt::CaseInsensitive) == 0 &&
            it->status == JournalStatus::Applied && it->reversible) {
            return *it;
        }
    }
    return std::nullopt;
}

void Session::setActivity(Activity activity) {
    if (m_activity != activity) {
        m_activity = activity;
        emit activityChanged();
    }
}

void Session::setMode(SessionMode mode) {
    if (m_mode != mode) {
        m_mode = mode;
        emit modeChanged();
    }
}

void Session::startCheck() {
    if (busy() || m_mode == SessionMode::Unavailable || (m_mode == SessionMode::Bundle && !m_snapshot)) {
        return;
    }
    setActivity(Activity::Checking);
    emit checkStarted();
    auto deliver = [this](const CheckResult& result) {
        if (result.error || !result.snapshot) {
            setActivity(Activity::Idle);
            emit checkFailed(
                result.error.value_or(Error::make(ErrorCode::Platform, "the check ended without a result")));
            return;
        }
        m_snapshot = result.snapshot;
        setAnalysis(result.analysis);
        setActivity(Activity::Idle);
        emit resultsChanged();
    };
    if (m_mode == SessionMode::Bundle) {
        // Nothing to collect: the same checks again on the bundle's snapshot.
        AsyncRunner::runThenCallback(
            this,
            [snapshot = *m_snapshot, request = analysisRequest()] {
                return CheckResult{snapshot, analyze(snapshot, request), std::nullopt};
            },
            deliver);
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    AsyncRunner::runWithProgress<CheckResult>(
        this,
        [platform = m_platform, cancel = m_cancel, request = analysisRequest(),
         phonebooks = m_options.phonebooks ? m_options.phonebooks() : std::vector<PhonebookLocation>{}](
            QPromise<CheckResult>& promise) {
            CollectContext context{*platform->services, *platform->machine, cancel.get(),
                                   [&promise](int done, int total) {
                                       promise.setProgressRange(0, total);
                                       promise.setProgressValue(done);
                                   },
                                   platform->certificates.get()};
            context.eventLog = platform->eventLog.get();
            context.auditPolicy = platform->auditPolicy.get();
            context.registry = platform->registry.get(); // VPN profiles and registry facts too
            context.phonebooks = phonebooks;
            context.transport = platform->transport.get(); // IKE port owners, WFP providers
            auto snapshot = collectSnapshot(context);
            CheckResult result;
            if (snapshot) {
                result.analysis = analyze(*snapshot, request);
                result.snapshot = std::move(snapshot).value();
            } else {
                result.error = snapshot.error();
            }
            promise.addResult(std::move(result));
        },
        [this](int done, int total) { emit checkProgress(done, total); }, deliver);
}

void Session::cancelCheck() {
    if (m_activity == Activity::Checking) {
        logger()->info("check cancelled by the user");
        m_cancel->store(true);
    }
}

void Session::applyFix(const QString& remediationId) {
    ActionRequest request;
    request.kind = ActionKind::Fix;
    request.target = remediationId.toStdString();
    runAction(std::move(request));
}

void Session::importCaCertificate(const QString& remediationId, const QString& file,
                                  const QString& thumbprint) {
    ActionRequest request;
    request.kind = ActionKind::Fix;
    request.target = remediationId.toStdString();
    request.certFile = QDir::toNativeSeparators(file).toStdString();
    request.certThumbprint = thumbprint.toStdString();
    runAction(std::move(request));
}

AnalysisRequest Session::analysisRequest() const {
    AnalysisRequest request;
    request.connection = m_connection;
    request.certificates = m_certificateInput;
    return request;
}

void Session::setAnalysis(const Analysis& analysis) {
    m_findings = analysis.findings;
    m_diagnosis = analysis.diagnosis;
}

void Session::setConnection(std::optional<Connection> connection) {
    if (connection != m_connection) {
        m_certificateInput = {}; // the Certificates page's method and server were for the other one
    }
    m_connection = std::move(connection);
    if (m_snapshot && !busy()) {
        setAnalysis(analyze(*m_snapshot, analysisRequest()));
        emit resultsChanged();
    }
}

void Session::refreshConnectionCandidates() {
    if (m_mode == SessionMode::Bundle || !liveAvailable()) {
        m_candidates = m_snapshot && m_snapshot->vpn ? m_snapshot->vpn->profiles : std::vector<VpnProfile>{};
        if (m_mode == SessionMode::Bundle && m_snapshot) {
            m_connection = m_snapshot->connection; // the choice recorded in the bundle
        }
        emit connectionCandidatesChanged();
        return;
    }
    AsyncRunner::runThenCallback(
        this,
        [phonebooks = m_options.phonebooks ? m_options.phonebooks() : std::vector<PhonebookLocation>{}] {
            std::vector<CollectionError> errors; // an unreadable phonebook shows on the Proposals step
            return collectVpnConfiguration(nullptr, phonebooks, errors).profiles;
        },
        [this](const std::vector<VpnProfile>& profiles) {
            m_candidates = profiles;
            emit connectionCandidatesChanged();
        });
}

void Session::setCertificateInput(CertificateCheckInput input) {
    m_certificateInput = std::move(input);
    if (m_snapshot && !busy()) {
        setAnalysis(analyze(*m_snapshot, analysisRequest()));
        emit resultsChanged();
    }
}

void Session::setProbeResult(ProbeResult result) {
    if (!m_snapshot || busy() || m_mode == SessionMode::Bundle) {
        return;
    }
    // CERTREQ comes only with an accepted SA: without one, what the server asks is unknown.
    const bool acceptedSa = std::any_of(result.exchanges.begin(), result.exchanges.end(),
                                        [](const ProbeExchange& e) { return e.outcome == "accepted"; });
    if (acceptedSa) {
        m_certificateInput.certreqCaSha1 = result.certreqCaSha1;
    }
    if (m_certificateInput.serverName.empty()) {
        m_certificateInput.serverName = result.host;
    }
    m_snapshot->probe = std::move(result);
    setAnalysis(analyze(*m_snapshot, analysisRequest()));
    emit resultsChanged();
}

std::optional<JournalEntry> Session::undoableCertificateEntry() const {
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->certificate && it->status == JournalStatus::Applied && it->reversible) {
            return *it;
        }
    }
    return std::nullopt;
}

void Session::undo(const QString& journalId) {
    ActionRequest request;
    request.kind = ActionKind::Undo;
    request.target = journalId.toStdString();
    runAction(std::move(request));
}

void Session::undoLast() {
    ActionRequest request;
    request.kind = ActionKind::UndoLast;
    runAction(std::move(request));
}

void Session::runAction(ActionRequest request) {
    if (busy()) {
        return;
    }
    if (!canModify()) {
        ActionResult refused{
            request.kind, request.target, std::nullopt,
            Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed")};
        m_lastAction = refused;
        emit actionFinished(refused);
        return;
    }
    request.elevated = m_elevated;
    request.journalFile = app::AppPaths::toPath(m_options.journalFile);
    request.journalFileArgument = QDir::toNativeSeparators(m_options.journalFile).toStdString();
    request.machineJournalFile = app::AppPaths::toPath(m_options.machineJournalFile);
    // Beside the journal: the helper accepts result files only there (app/cli/CliOptions.h).
    const QString resultFile =
        QFileInfo(m_options.journalFile).dir().filePath(QLatin1String(app::kResultFileName));
    request.resultFile = app::AppPaths::toPath(resultFile);
    request.resultFileArgument = QDir::toNativeSeparators(resultFile).toStdString();
    request.cliPath = m_options.cliPath.toStdString();
    request.hostname = m_snapshot ? m_snapshot->machine.hostname : std::string();
    setActivity(Activity::Acting);
    AsyncRunner::runThenCallback(
        this,
        [platform = m_platform, request] {
            RemediationRunner runner(*platform->services, *platform->elevation, platform->certificates.get());
            runner.setLogsBackends(platform->auditPolicy.get(), platform->registry.get());
            ActionOutcome outcome;
            outcome.result = runner.run(request);
            outcome.canUndoLast = journalHasUndoable(request.machineJournalFile, request.journalFile);
            return outcome;
        },
        [this](const ActionOutcome& outcome) {
            m_canUndoLast = outcome.canUndoLast;
            finishAction(outcome.result);
        });
}

void Session::finishAction(const ActionResult& result) {
    m_lastAction = result;
    if (result.entry) {
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&](const JournalEntry& e) { return e.id == result.entry->id; });
        if (it != m_entries.end()) {
            *it = *result.entry;
        } else {
            m_entries.push_back(*result.entry);
        }
    }
    if (result.error) {
        logger()->warn("{} {} failed: {}", result.kind == ActionKind::Fix ? "fix" : "undo", result.target,
                       result.error->detail);
    }
    // Re-check whatever happened (a failed fix may have changed part of the state), unless the
    // user declined the UAC prompt. The activity goes straight from Acting to Checking.
    const bool recheck = !(result.error && result.error->code == ErrorCode::Cancelled);
    if (recheck) {
        m_activity = Activity::Idle;
        emit actionFinished(result);
        startCheck();
    } else {
        setActivity(Activity::Idle);
        emit actionFinished(result);
    }
}

} // namespace ipsecdoctor::gui
