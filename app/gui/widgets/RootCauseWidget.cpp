#include "RootCauseWidget.h"

#include "StatusIcon.h"

#include "Catalogue.h"
#include "DiagnosisCatalogue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipsecdoctor::gui {

RootCauseWidget::RootCauseWidget(int rank, RootCause cause, bool canFix, QWidget* parent)
    : CardFrame(parent), m_rank(rank), m_cause(std::move(cause)), m_titleLabel(new QLabel(this)),
      m_bodyLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("rootCause_%1").arg(QString::fromStdString(m_cause.id)));
    setAccent(
        StatusIcon::textColor(m_cause.certainty >= Certainty::Likely ? Severity::Error : Severity::Warning));
    m_titleLabel->setObjectName(QStringLiteral("causeTitleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_bodyLabel->setObjectName(QStringLiteral("causeBodyLabel"));
    m_bodyLabel->setWordWrap(true);
    m_bodyLabel->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_bodyLabel);
    if (canFix && !m_cause.remediations.empty()) {
        m_fixButton = new QPushButton(this);
        const QString id = QString::fromStdString(m_cause.remediations.front());
        m_fixButton->setObjectName(QStringLiteral("causeFixPushButton_%1").arg(id));
        connect(m_fixButton, &QPushButton::clicked, this, [this, id] { emit fixRequested(id); });
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_fixButton);
        layout->addLayout(row);
    }
    render();
}

void RootCauseWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    CardFrame::changeEvent(event);
}

void RootCauseWidget::render() {
    const auto text = app::DiagnosisCatalogue::cause(m_cause);
    m_titleLabel->setText(QStringLiteral("%1. %2 — %3")
                              .arg(m_rank)
                              .arg(text.title, app::DiagnosisCatalogue::certainty(m_cause.certainty)));
    QString body = text.explanation.toHtmlEscaped();
    const auto lines = app::DiagnosisCatalogue::evidenceLines(m_cause);
    if (!lines.isEmpty()) {
        body += QStringLiteral("<br><b>") + tr("Evidence:").toHtmlEscaped() +
                QStringLiteral("</b><ul style=\"margin:0\">");
        for (const auto& line : lines) {
            body += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        }
        body += QStringLiteral("</ul>");
    }
    if (!text.action.isEmpty()) {
        body += QStringLiteral("<b>") + tr("What to do:").toHtmlEscaped() + QStringLiteral("</b> ") +
                text.action.toHtmlEscaped();
    }
    m_bodyLabel->setText(body);
    if (m_fixButton) {
        const QString id = QString::fromStdString(m_cause.remediations.front());
        m_fixButton->setText(app::Catalogue::remediationLabel(id));
        m_fixButton->setToolTip(app::Catalogue::remediationDescription(id));
    }
}

} // namespace ipsecdoctor::gui
