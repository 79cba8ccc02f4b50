#include "FindingWidget.h"

#include "Catalogue.h"
#include "PlainLabel.h"
#include "StatusIcon.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipsecdoctor::gui {
namespace {

constexpr int kIconSize = 24;

} // namespace

FindingWidget::FindingWidget(Finding finding, QWidget* parent)
    : CardFrame(parent), m_finding(std::move(finding)), m_iconLabel(new QLabel(this)),
      m_titleLabel(plainLabel(this, "findingTitleLabel")),
      m_severityLabel(plainLabel(this, "findingSeverityLabel")),
      m_explanationLabel(plainLabel(this, "findingExplanationLabel")),
      m_actionLabel(plainLabel(this, "findingActionLabel")), m_evidenceButton(new QToolButton(this)),
      m_evidenceBox(new QWidget(this)), m_evidenceLayout(new QFormLayout(m_evidenceBox)) {
    setObjectName(QStringLiteral("findingWidget_") + QString::fromStdString(m_finding.id));
    m_iconLabel->setFixedSize(kIconSize, kIconSize);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_severityLabel->setFont(bold);
    m_severityLabel->setWordWrap(false);

    m_evidenceButton->setObjectName(QStringLiteral("evidenceToolButton"));
    m_evidenceButton->setAutoRaise(true);
    m_evidenceButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_evidenceButton->setArrowType(Qt::RightArrow);
    m_evidenceBox->setObjectName(QStringLiteral("evidenceWidget"));
    m_evidenceLayout->setContentsMargins(18, 0, 0, 0);
    m_evidenceLayout->setLabelAlignment(Qt::AlignLeft);
    m_evidenceBox->hide();
    connect(m_evidenceButton, &QToolButton::clicked, this, [this] { setEvidenceShown(!m_evidenceShown); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_severityLabel, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    text->addLayout(header);
    text->addWidget(m_explanationLabel);
    text->addWidget(m_actionLabel);
    text->addWidget(m_evidenceButton, 0, Qt::AlignLeft);
    text->addWidget(m_evidenceBox);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->addWidget(m_iconLabel, 0, 0, Qt::AlignTop);
    grid->addLayout(text, 0, 1);
    grid->setColumnStretch(1, 1);
    render();
}

bool FindingWidget::evidenceShown() const {
    return m_evidenceShown;
}

void FindingWidget::setEvidenceShown(bool shown) {
    m_evidenceShown = shown;
    m_evidenceButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_evidenceButton->setText(shown ? tr("Hide the details") : tr("Show the details"));
    m_evidenceBox->setVisible(shown);
}

void FindingWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    CardFrame::changeEvent(event);
}

void FindingWidget::render() {
    const Severity severity = m_finding.severity;
    setAccent(StatusIcon::color(severity));
    m_iconLabel->setPixmap(StatusIcon::forSeverity(severity).pixmap(QSize(kIconSize, kIconSize)));
    const app::FindingText text = app::Catalogue::finding(m_finding);
    m_titleLabel->setText(text.title);
    m_severityLabel->setText(app::Catalogue::severity(severity));
    QPalette palette = m_severityLabel->palette();
    palette.setColor(QPalette::WindowText, StatusIcon::textColor(severity));
    m_severityLabel->setPalette(palette);
    m_explanationLabel->setText(text.explanation);
    m_explanationLabel->setVisible(!text.explanation.isEmpty());
    m_actionLabel->setText(text.action.isEmpty() ? QString() : tr("What to do: %1").arg(text.action));
    m_actionLabel->setVisible(!text.action.isEmpty());

    while (m_evidenceLayout->rowCount() > 0) {
        m_evidenceLayout->removeRow(0);
    }
    for (const auto& [key, value] : m_finding.evidence) {
        const QString qKey = QString::fromStdString(key);
        auto* name = new QLabel(tr("%1:").arg(app::Catalogue::evidenceKey(qKey)), m_evidenceBox);
        auto* shown =
            new QLabel(app::Catalogue::evidenceValue(qKey, QString::fromStdString(value)), m_evidenceBox);
        shown->setObjectName(QStringLiteral("evidenceValueLabel_") + qKey);
        shown->setTextFormat(Qt::PlainText);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_evidenceLayout->addRow(name, shown);
    }
    m_evidenceButton->setVisible(!m_finding.evidence.empty());
    setEvidenceShown(evidenceShown());
}

} // namespace ipsecdoctor::gui
