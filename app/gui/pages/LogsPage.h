#pragma once
// The Logs step: what Windows recorded about VPN connections and IPsec negotiations — the
// findings (codes with their meaning, auditing status), a timeline of the events in plain words
// with their raw XML on demand, and opening a saved .evtx/XML log.
#include "../Session.h"
#include "../UiPrompts.h"

#include <QWizardPage>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace ipsecdoctor::gui {

class FindingWidget;

class LogsPage : public QWizardPage {
    Q_OBJECT

public:
    LogsPage(Session& session, UiPrompts prompts, QWidget* parent = nullptr);
    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void rebuildTimeline();
    void showSelectedXml();
    void chooseSavedLog();

    Session& m_session;
    UiPrompts m_prompts;
    QLabel* m_sourceLabel;
    QVBoxLayout* m_findingsLayout;
    std::vector<FindingWidget*> m_findingWidgets;
    QLabel* m_timelineLabel;
    QComboBox* m_filterCombo;
    QTreeWidget* m_timeline;
    QCheckBox* m_rawCheck;
    QPlainTextEdit* m_rawXml;
    QPushButton* m_openButton;
    QLabel* m_noticeLabel;
};

} // namespace ipsecdoctor::gui
