#pragma once
// One certificate on the Certificates page: its verdict (the worst finding about it), what it is
// and where it lives, and — folded until asked for — the details support staff need: a copyable
// thumbprint, the chain drawn as a short path, usages, names, key, revocation.

#include "CardFrame.h"

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/model/finding.h"

#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QWidget;

namespace ipsecdoctor::gui {

class CertificateCard : public CardFrame {
    Q_OBJECT

public:
    /// `findings`: those whose evidence names this certificate's thumbprint, worst first.
    CertificateCard(CertificateRecord record, std::vector<Finding> findings, std::int64_t now,
                    QWidget* parent = nullptr);

    const CertificateRecord& record() const { return m_record; }
    bool detailsShown() const;
    /// Severity of the worst finding about it; Ok when none.
    Severity findingsSeverity() const {
        return m_findings.empty() ? Severity::Ok : m_findings.front().severity;
    }
    void setDetailsShown(bool shown);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    CertificateRecord m_record;
    std::vector<Finding> m_findings;
    std::int64_t m_now;
    bool m_detailsShown = false;
    QLabel* m_iconLabel;
    QLabel* m_titleLabel;
    QLabel* m_subjectLabel;
    QLabel* m_explanationLabel;
    QToolButton* m_detailsButton;
    QWidget* m_detailsBox;
    QFormLayout* m_detailsLayout;
    QPushButton* m_copyButton;
};

} // namespace ipsecdoctor::gui
