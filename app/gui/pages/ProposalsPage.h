#pragma once
// The Proposals step: pick a VPN profile (or type a server), see side by side what Windows offers
// and what the server accepts for phase 1 and phase 2, the verdict in one sentence, the
// recommended fix with Fix and Undo, and a "Why?" explanation. The comparison is the core's
// (proposals::checkProposals); file reads, fixes and the probe run off the GUI thread.

#include "../ProposalsEnvironment.h"
#include "../Session.h"
#include "../UiPrompts.h"

#include "ipsecdoctor/proposals/proposal_checks.h"

#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace ipsecdoctor::gui {

class ConnectivityPanel;
class ProposalsTable;

class ProposalsPage : public QWizardPage {
    Q_OBJECT

public:
    ProposalsPage(Session& session, UiPrompts prompts, QWidget* parent = nullptr);

    void setEnvironment(ProposalsEnvironment env) { m_env = std::move(env); }
    void initializePage() override;
    bool isComplete() const override;

    /// The comparison shown now (for tests): the subject, the offer inputs, the acceptance.
    const std::optional<proposals::ProposalContext>& context() const { return m_context; }
    const std::vector<Finding>& findings() const { return m_findings; }
    bool busy() const { return m_busy; }
    /// What the server accepts, as a probe found it (also used by tests and the CLI's --accepts).
    void setAcceptance(std::optional<proposals::ServerAcceptance> acceptance);

signals:
    void idle();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadProfiles();
    void fillPicker();
    void selectionChanged();
    void render();
    void startProbe();
    void applyFix();
    void undoFix();
    void setBusy(bool busy);
    std::optional<SettingSpec> recommendedSpec(const Finding& finding) const;

    Session& m_session;
    UiPrompts m_prompts;
    ProposalsEnvironment m_env;
    VpnConfiguration m_config;
    std::optional<proposals::ProposalContext> m_context;
    std::optional<proposals::ServerAcceptance> m_acceptance;
    std::optional<ProbeResult> m_probe; // what m_acceptance came from, when the probe asked
    std::vector<Finding> m_findings;
    std::optional<JournalEntry> m_lastEntry;
    QString m_message;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QLabel* m_pickLabel;
    QComboBox* m_profileCombo;
    QLineEdit* m_serverEdit;
    QComboBox* m_tunnelCombo;
    QPushButton* m_probeButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progressBar;
    QLabel* m_profileLabel;
    QLabel* m_verdictLabel;
    ProposalsTable* m_table;
    QLabel* m_otherFindingsLabel;
    QPushButton* m_fixButton;
    QLabel* m_fixLabel;
    QPushButton* m_undoButton;
    QLabel* m_messageLabel;
    QToolButton* m_whyButton;
    QLabel* m_whyLabel;
    ConnectivityPanel* m_connectivity;
};

} // namespace ipsecdoctor::gui
