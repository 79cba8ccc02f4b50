#pragma once
// One finding on the Summary page: severity icon, title, explanation, what to do next, and the
// evidence behind it, folded away until asked for.

#include "CardFrame.h"

#include "ipsecdoctor/model/finding.h"

class QFormLayout;
class QLabel;
class QToolButton;
class QWidget;

namespace ipsecdoctor::gui {

class FindingWidget : public CardFrame {
    Q_OBJECT

public:
    explicit FindingWidget(Finding finding, QWidget* parent = nullptr);

    const Finding& finding() const { return m_finding; }
    bool evidenceShown() const;
    void setEvidenceShown(bool shown);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    Finding m_finding;
    bool m_evidenceShown = false;
    QLabel* m_iconLabel;
    QLabel* m_titleLabel;
    QLabel* m_severityLabel;
    QLabel* m_explanationLabel;
    QLabel* m_actionLabel;
    QToolButton* m_evidenceButton;
    QWidget* m_evidenceBox;
    QFormLayout* m_evidenceLayout;
};

} // namespace ipsecdoctor::gui
