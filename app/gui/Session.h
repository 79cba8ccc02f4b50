#pragma once
// The model every wizard page shares: where the data comes from (this PC, a bundle, or nothing
// yet), the latest snapshot and findings, and the fixes applied in this session. Every core call
// runs off the GUI thread through AsyncRunner; results arrive as signals. One operation at a time.

#include "RemediationRunner.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/platform/phonebook_locations.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/error.h"
#include "ipsecdoctor/util/expected.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ipsecdoctor::gui {

enum class SessionMode {
    Live,       // checking this computer
    Bundle,     // analysing a diagnostic bundle: read-only
    Unavailable // no live backend on this OS and no bundle open yet
};

struct SessionOptions {
    QString journalFile;        // AppPaths::journalFile(): the user's
    QString machineJournalFile; // AppPaths::machineJournalFile(): the elevated helper's (Windows)
    QString cliPath;            // the elevated helper (ipsecdoctor-cli[.exe] beside the GUI)
    QString logFile;            // the GUI log, included in exported bundles
    /// The phonebooks live checks read VPN profiles from (tests point them at a folder).
    std::function<std::vector<PhonebookLocation>()> phonebooks = systemPhonebooks;

    /// The product's files: AppPaths' journal and GUI log, the CLI beside this executable.
    static SessionOptions forThisInstallation();
};

struct BundleInfo {
    QString path;
    QString hostname;
    QString osName;
    QString osBuild;
    QString collectedAt; // ISO 8601 UTC, from the snapshot
    QString appVersion;
    std::vector<BundleChange> changedAfterExport; // files not as exported (shown as a warning)
};

class Session : public QObject {
    Q_OBJECT

public:
    enum class Activity { Idle, Checking, Acting, OpeningBundle, Exporting };

    /// `live` is makeLivePlatform() in the product and a simulated backend in tests; an error
    /// (NotSupported off Windows) leaves the session Unavailable until a bundle is opened.
    Session(Expected<LivePlatform> live, SessionOptions options, QObject* parent = nullptr);
    ~Session() override;

    SessionMode mode() const { return m_mode; }
    bool liveAvailable() const { return m_platform != nullptr; }
    /// This PC's backends (nullptr without live checks): the one composition root, shared with the
    /// Proposals page's setting fixes.
    std::shared_ptr<LivePlatform> platform() const { return m_platform; }
    /// The language of the message for the VPN provider ("fr" | "en"; empty: the interface's), as
    /// chosen on the Summary page; an exported bundle carries the message in it.
    void setProviderLanguage(const QString& code) { m_providerLanguage = code; }
    QString providerLanguage() const { return m_providerLanguage; }
    /// Why live checks are unavailable (meaningful when !liveAvailable()).
    const Error& liveError() const { return m_liveError; }
    bool isElevated() const { return m_elevated; }
    /// True in live mode: fixes can be applied (bundles are read-only).
    bool canModify() const;
    /// True when this fix would show a UAC prompt (live, not elevated).
    bool needsElevationPrompt(const QString& remediationId) const;
    /// False for a remediation that changes no setting (a restart): undo has nothing to restore.
    static bool isReversible(const QString& remediationId);

    Activity activity() const { return m_activity; }
    bool busy() const { return m_activity != Activity::Idle; }
    const SessionOptions& options() const { return m_options; }

    const std::optional<SystemSnapshot>& snapshot() const { return m_snapshot; }
    const std::vector<Finding>& findings() const { return m_findings; }
    /// The diagnosis of the latest results, for the connection under diagnosis (the analysis
    /// service's, the same the CLI's diagnose gives for the same snapshot).
    const Diagnosis& diagnosis() const { return m_diagnosis; }
    /// The connection the user chose (nullopt: the analysis chooses, see chooseConnection).
    const std::optional<Connection>& chosenConnection() const { return m_connection; }
    /// Judges the results again for another connection (pure, no collection).
    void setConnection(std::optional<Connection> connection);
    /// The VPN profiles the user can pick from: the bundle's, or this PC's phonebooks (read by
    /// refreshConnectionCandidates off the GUI thread).
    const std::vector<VpnProfile>& connectionCandidates() const { return m_candidates; }
    bool hasResults() const { return m_snapshot.has_value(); }
    const BundleInfo& bundleInfo() const { return m_bundle; }

    /// Journal entries of fixes applied during this session (undone ones keep status Undone).
    const std::vector<JournalEntry>& sessionEntries() const { return m_entries; }
    /// The newest entry of this session for `service` that can still be undone.
    std::optional<JournalEntry> undoableEntryFor(const QString& service) const;
    /// Whether the journal holds an applied, reversible fix (from this session or an earlier one).
    bool canUndoLast() const { return m_canUndoLast; }
    /// The result of the last fix or undo (nothing before the first).
    const std::optional<ActionResult>& lastAction() const { return m_lastAction; }

    /// What the certificate checks know about the connection (the Certificates page sets the
    /// authentication method; issue 4's profiles and issue 3's probe will fill the rest).
    const CertificateCheckInput& certificateInput() const { return m_certificateInput; }
    /// Replaces it and runs the checks again on the current snapshot (pure, no collection).
    void setCertificateInput(CertificateCheckInput input);
    /// Adds what the IKE probe learned to the live snapshot (so the Summary, the diagnosis and an
    /// exported bundle have it) and gives its CERTREQ list to the certificate checks.
    void setProbeResult(ProbeResult result);
    /// The newest certificate change of this session that can still be undone.
    std::optional<JournalEntry> undoableCertificateEntry() const;

public slots:
    /// Live: collect and check this PC. Bundle: run the checks on the bundle's snapshot again.
    void startCheck();
    void cancelCheck();
    void openBundle(const QString& path);
    /// Leaves bundle mode for live checks of this PC (when available).
    void closeBundle();
    void applyFix(const QString& remediationId);
    /// certificate.import-ca.*: imports `file` if its certificate still has `thumbprint`.
    void importCaCertificate(const QString& remediationId, const QString& file, const QString& thumbprint);
    void undo(const QString& journalId);
    void undoLast();
    /// `anonymize`: names and addresses replaced by pseudonyms (bundle export --anonymize).
    void exportBundle(const QString& path, bool anonymize = false);
    /// Reads a saved event log (.evtx or event XML) and analyses its events in place of the
    /// collected ones (Logs page); savedLogFailed on an unreadable file.
    void openSavedLog(const QString& path);
    /// Reads the profiles to offer again (connectionCandidatesChanged when they are known).
    void refreshConnectionCandidates();

signals:
    void modeChanged();
    void activityChanged();
    void checkStarted();
    void checkProgress(int done, int total);
    /// Findings replaced (after a check, a fix's re-check, or opening a bundle).
    void resultsChanged();
    /// A check ended without results (cancelled or failed); previous results are kept.
    void checkFailed(const ipsecdoctor::Error& error);
    void bundleFailed(const QString& path, const ipsecdoctor::Error& error);
    /// A fix or undo ended; a re-check follows (resultsChanged) when it changed something.
    void actionFinished(const ipsecdoctor::gui::ActionResult& result);
    void exportFinished(const QString& path, const std::optional<ipsecdoctor::Error>& error);
    void savedLogFailed(const QString& path, const ipsecdoctor::Error& error);
    void connectionCandidatesChanged();

private:
    struct CheckResult;
    void setActivity(Activity activity);
    void setMode(SessionMode mode);
    void runAction(ActionRequest request);
    void finishAction(const ActionResult& result);
    void refreshUndoState();
    AnalysisRequest analysisRequest() const;
    void setAnalysis(const Analysis& analysis);

    std::shared_ptr<LivePlatform> m_platform; // shared with running tasks, which may outlive us
    Error m_liveError;
    SessionOptions m_options;
    bool m_elevated = false;
    SessionMode m_mode = SessionMode::Unavailable;
    Activity m_activity = Activity::Idle;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<SystemSnapshot> m_snapshot;
    std::vector<Finding> m_findings;
    Diagnosis m_diagnosis;
    std::optional<Connection> m_connection;
    std::vector<VpnProfile> m_candidates;
    BundleInfo m_bundle;
    std::vector<JournalEntry> m_entries;
    bool m_canUndoLast = false;
    std::optional<ActionResult> m_lastAction;
    CertificateCheckInput m_certificateInput;
    QString m_providerLanguage;
};

} // namespace ipsecdoctor::gui
