#pragma once
// One ranked root cause on the Summary page: title and certainty, what it means, the evidence
// chain, what to do, and the fix IPsec Doctor can apply for it.
#include "CardFrame.h"

#include "ipsecdoctor/diagnosis/diagnosis.h"

class QLabel;
class QPushButton;

namespace ipsecdoctor::gui {

class RootCauseWidget : public CardFrame {
    Q_OBJECT

public:
    RootCauseWidget(int rank, RootCause cause, bool canFix, QWidget* parent = nullptr);
    const RootCause& cause() const { return m_cause; }

signals:
    void fixRequested(const QString& remediationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    int m_rank;
    RootCause m_cause;
    QLabel* m_titleLabel;
    QLabel* m_bodyLabel;
    QPushButton* m_fixButton = nullptr;
};

} // namespace ipsecdoctor::gui
