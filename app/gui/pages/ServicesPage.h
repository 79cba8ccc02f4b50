#pragma once
// The Services step: PolicyAgent, IKEEXT, BFE, RasMan and SstpSvc, each with its verdict, state,
// start type and dependencies, and the fixes that exist for it. Checks run in the background
// with progress and Cancel; after a fix or an undo the session checks again and the page
// re-renders. On a bundle everything is read-only.

#include "../Session.h"
#include "../UiPrompts.h"

#include <QWizardPage>

#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace ipsecdoctor::gui {

class ServiceRowWidget;

class ServicesPage : public QWizardPage {
    Q_OBJECT

public:
    ServicesPage(Session& session, UiPrompts prompts, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void renderStatus();
    void requestFix(const QString& remediationId);
    QString readOnlyReason() const;
    QString actionMessage(const ActionResult& result) const;

    Session& m_session;
    UiPrompts m_prompts;
    QLabel* m_bannerLabel;
    QLabel* m_statusLabel;
    QProgressBar* m_progressBar;
    QPushButton* m_cancelButton;
    QPushButton* m_recheckButton;
    QPushButton* m_undoLastButton;
    QLabel* m_actionLabel;
    std::vector<ServiceRowWidget*> m_rows;
    std::optional<Error> m_checkError; // the last check ended without results
    std::optional<ActionResult> m_shownAction;
    int m_progressDone = 0;
    int m_progressTotal = 0;
};

} // namespace ipsecdoctor::gui
