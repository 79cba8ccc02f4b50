#pragma once
// The summary: every finding so far, worst first, with what to do next and the evidence behind
// it; copy it as text, or (live) export a diagnostic bundle for support.

#include "../Session.h"
#include "../UiPrompts.h"

#include <QWizardPage>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ipsecdoctor::gui {

class FindingWidget;

class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    SummaryPage(Session& session, UiPrompts prompts, QWidget* parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Notice { None, Copied, Exporting, Exported, ExportFailed };

    void retranslate();
    void rebuildFindings();
    void renderHeader();
    void copySummary();
    void chooseExportFile();

    Session& m_session;
    UiPrompts m_prompts;
    QLabel* m_verdictIconLabel;
    QLabel* m_verdictLabel;
    QLabel* m_contextLabel;
    QVBoxLayout* m_findingsLayout;
    std::vector<FindingWidget*> m_findingWidgets;
    QPushButton* m_copyButton;
    QPushButton* m_exportButton;
    QLabel* m_noticeLabel;
    Notice m_notice = Notice::None;
    QString m_exportPath;
    std::optional<Error> m_exportError;
};

} // namespace ipsecdoctor::gui
