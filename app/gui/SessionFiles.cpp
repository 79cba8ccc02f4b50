// The Session's files: diagnostic bundles opened and exported, and saved event logs, each read or
// written off the GUI thread.
#include "Session.h"

#include "AppPaths.h"
#include "AsyncRunner.h"
#include "DiagnosisCatalogue.h"
#include "Language.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/trace_files.h"
#include "ipsecdoctor/collect/saved_log.h"
#include "ipsecdoctor/platform/trace_folder.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"

namespace ipsecdoctor::gui {
namespace {

struct BundleResult {
    std::optional<Bundle> bundle;
    Analysis analysis;
    std::optional<Error> error;
};

struct ExportResult {
    std::optional<Error> error;
};

/// The GUI's own log goes into an exported bundle up to this size.
constexpr std::uintmax_t kMaxLogRead = 16u * 1024 * 1024;

} // namespace

void Session::openBundle(const QString& path) {
    if (busy()) {
        return;
    }
    setActivity(Activity::OpeningBundle);
    AsyncRunner::runThenCallback(
        this,
        [file = app::AppPaths::toPath(path)] {
            BundleResult result;
            auto bundle = loadBundle(file);
            if (bundle) {
                // Judged for what the bundle recorded, not for this PC's choices.
                result.analysis = analyze(bundle->snapshot, AnalysisRequest{});
                result.bundle = std::move(bundle).value();
            } else {
                result.error = bundle.error();
            }
            return result;
        },
        [this, path](const BundleResult& result) {
            if (!result.bundle) {
                const Error error = result.error.value_or(Error::make(ErrorCode::Malformed, "no bundle"));
                logger()->warn("cannot open the bundle: {}", error.detail);
                setActivity(Activity::Idle);
                emit bundleFailed(path, error);
                return;
            }
            const Bundle& bundle = *result.bundle;
            const MachineInfo& machine =
                bundle.manifest.machine.hostname.empty() ? bundle.snapshot.machine : bundle.manifest.machine;
            m_bundle = BundleInfo{path,
                                  QString::fromStdString(machine.hostname),
                                  QString::fromStdString(machine.osName),
                                  QString::fromStdString(machine.osBuild),
                                  QString::fromStdString(bundle.snapshot.collectedAt),
                                  QString::fromStdString(bundle.manifest.appVersion),
                                  bundle.changedAfterExport};
            if (!bundle.changedAfterExport.empty()) {
                logger()->warn("the bundle was changed after export ({} files)",
                               bundle.changedAfterExport.size());
            }
            m_snapshot = bundle.snapshot;
            m_connection = bundle.snapshot.connection;
            m_certificateInput = recordedCertificateInput(bundle.snapshot);
            setAnalysis(result.analysis);
            logger()->info("opened a diagnostic bundle from {} collected {} ({} findings)", machine.hostname,
                           bundle.snapshot.collectedAt, m_findings.size());
            setActivity(Activity::Idle);
            setMode(SessionMode::Bundle);
            emit resultsChanged();
            refreshConnectionCandidates();
        });
}

void Session::closeBundle() {
    if (busy() || m_mode != SessionMode::Bundle || !liveAvailable()) {
        return;
    }
    m_snapshot.reset();
    setAnalysis(Analysis{});
    m_bundle = BundleInfo{};
    m_connection.reset();
    m_certificateInput = {};
    setMode(SessionMode::Live);
    emit resultsChanged();
    refreshConnectionCandidates();
}

void Session::exportBundle(const QString& path, bool anonymize) {
    if (busy() || !m_snapshot || m_mode != SessionMode::Live) {
        return;
    }
    setActivity(Activity::Exporting);
    // The diagnosis and the message for the VPN provider, in the user's language, go with it.
    auto attachments = [&] {
        const app::WrittenIn written(m_providerLanguage); // the provider reads the message
        return app::DiagnosisCatalogue::bundleAttachments(m_diagnosis, *m_snapshot);
    }();
    SystemSnapshot recorded = *m_snapshot;
    recorded.connection = m_diagnosis.connectionKnown ? std::optional<Connection>(m_diagnosis.connection)
                                                      : std::nullopt; // reopened, it is judged the same way
    recorded.certificateChoice = certificateChoiceOf(m_certificateInput); // and so is the Certificates step
    AsyncRunner::runThenCallback(
        this,
        [file = app::AppPaths::toPath(path), logFile = app::AppPaths::toPath(m_options.logFile),
         snapshot = std::move(recorded), findings = m_findings, attachments = std::move(attachments),
         anonymize] {
            std::string log;
            if (auto text = readFile(logFile, kMaxLogRead)) {
                log = std::move(text).value();
            } else {
                logger()->warn("the log file could not be read for the bundle: {}", text.error().detail);
            }
            ExportResult result;
            auto withTraces = attachments;
            if (const auto traces = systemTraceDirectory()) { // RAS trace files, bounded and scrubbed
                auto files = collectTraceFiles(*traces);
                withTraces.insert(withTraces.end(), files.begin(), files.end());
            }
            if (auto written = ipsecdoctor::exportBundle(file, snapshot, findings, log, withTraces,
                                                         BundleOptions{anonymize});
                !written) {
                result.error = written.error();
            }
            return result;
        },
        [this, path](const ExportResult& result) {
            if (result.error) {
                logger()->warn("bundle export failed: {}", result.error->detail);
            } else {
                logger()->info("diagnostic bundle exported");
            }
            setActivity(Activity::Idle);
            emit exportFinished(path, result.error);
        });
}

void Session::openSavedLog(const QString& path) {
    if (busy()) {
        return;
    }
    setActivity(Activity::OpeningBundle);
    struct SavedLogResult {
        std::optional<SavedLog> saved;
        std::optional<Error> error;
    };
    AsyncRunner::runThenCallback(
        this,
        [file = app::AppPaths::toPath(path)] {
            SavedLogResult result;
            auto saved = readSavedLog(file);
            if (saved) {
                result.saved = std::move(saved).value();
            } else {
                result.error = saved.error();
            }
            return result;
        },
        [this, path](const SavedLogResult& result) {
            setActivity(Activity::Idle);
            if (result.error) {
                logger()->warn("saved log {} could not be read: {}", path.toStdString(),
                               result.error->detail);
                emit savedLogFailed(path, *result.error);
                return;
            }
            logger()->info("analysing the saved log {} ({} events, {} unreadable)", path.toStdString(),
                           result.saved->logs.events.size(), result.saved->skipped);
            SystemSnapshot snapshot = m_snapshot.value_or(SystemSnapshot{});
            snapshot.logs = result.saved->logs;
            // A saved log alone says nothing about this PC's services: only its events are checked.
            auto request = analysisRequest();
            request.eventsOnly = snapshot.services.empty();
            setAnalysis(analyze(snapshot, request));
            m_snapshot = std::move(snapshot);
            emit resultsChanged();
        });
}

} // namespace ipsecdoctor::gui
