#pragma once
// The summary: the root causes ranked by the diagnosis with their evidence and fix, the fixes
// applied in this session (undoable), the message for the VPN provider, then every finding,
// worst first; copy it as text, or (live) export a diagnostic bundle for support, anonymized
// on request.

#include "../Session.h"
#include "../UiPrompts.h"

#include <QWizardPage>

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace ipsecdoctor::gui {

class FindingWidget;
class ProviderMessagePanel;
class RootCauseWidget;

class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    SummaryPage(Session& session, UiPrompts prompts, QWidget* parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Notice { None, Copied, Exporting, Exported, ExportFailed, MessageCopied };

    void retranslate();
    void rebuildFindings();
    void renderHeader();
    void copySummary();
    void chooseExportFile();
    void rebuildDiagnosis();
    void rebuildFixes();
    void copyProviderMessage();

    Session& m_session;
    UiPrompts m_prompts;
    QLabel* m_verdictIconLabel;
    QLabel* m_verdictLabel;
    QLabel* m_contextLabel;
    QLabel* m_causesTitle;
    QVBoxLayout* m_causesLayout;
    std::vector<QWidget*> m_causeWidgets;
    QLabel* m_notesTitle; // what was noticed but explains no failure of this connection
    QLabel* m_notesLabel;
    QLabel* m_fixesTitle;
    QVBoxLayout* m_fixesLayout;
    std::vector<QWidget*> m_fixWidgets;
    ProviderMessagePanel* m_provider;
    QLabel* m_findingsTitle;
    QVBoxLayout* m_findingsLayout;
    std::vector<FindingWidget*> m_findingWidgets;
    QPushButton* m_copyButton;
    QPushButton* m_exportButton;
    QCheckBox* m_anonymizeCheck;
    QLabel* m_noticeLabel;
    Notice m_notice = Notice::None;
    QString m_exportPath;
    bool m_exportAnonymized = false;
    std::optional<Error> m_exportError;
};

} // namespace ipsecdoctor::gui
