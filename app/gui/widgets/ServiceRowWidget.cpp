#include "ServiceRowWidget.h"

#include "../Presentation.h"
#include "Catalogue.h"
#include "StatusIcon.h"

#include "ipsecdoctor/knowledge/known_services.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ipsecdoctor::gui {
namespace {

constexpr int kIconSize = 32;

QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString coloured(const QString& text, const QColor& colour, bool bold) {
    const QString escaped = Presentation::escaped(text);
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(colour.name(), bold ? QStringLiteral("font-weight:600;") : QString(), escaped);
}

} // namespace

ServiceRowWidget::ServiceRowWidget(const QString& serviceName, QWidget* parent)
    : CardFrame(parent), m_name(serviceName), m_iconLabel(new QLabel(this)), m_nameLabel(wrappingLabel(this)),
      m_verdictLabel(wrappingLabel(this)), m_explanationLabel(wrappingLabel(this)),
      m_factsLabel(wrappingLabel(this)), m_relatedLabel(wrappingLabel(this)),
      m_buttonsLayout(new QVBoxLayout) {
    setObjectName(QStringLiteral("serviceRow_") + serviceName);
    m_iconLabel->setObjectName(QStringLiteral("verdictIconLabel"));
    m_iconLabel->setFixedSize(kIconSize, kIconSize);
    m_nameLabel->setObjectName(QStringLiteral("serviceNameLabel"));
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_explanationLabel->setObjectName(QStringLiteral("explanationLabel"));
    m_factsLabel->setObjectName(QStringLiteral("factsLabel"));
    m_relatedLabel->setObjectName(QStringLiteral("relatedLabel"));

    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_nameLabel);
    text->addWidget(m_verdictLabel);
    text->addWidget(m_explanationLabel);
    text->addWidget(m_factsLabel);
    text->addWidget(m_relatedLabel);

    m_buttonsLayout->setSpacing(4);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(m_iconLabel, 0, 0, Qt::AlignTop);
    grid->addLayout(text, 0, 1);
    grid->addLayout(m_buttonsLayout, 0, 2, Qt::AlignTop);
    grid->setColumnStretch(1, 1);

    m_view.name = serviceName.toStdString();
    render();
}

void ServiceRowWidget::setContent(const ServiceView& view, const ServiceRowActions& actions) {
    m_view = view;
    m_actions = actions;
    render();
    rebuildButtons();
}

void ServiceRowWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        render();
        rebuildButtons();
    }
    CardFrame::changeEvent(event);
}

void ServiceRowWidget::render() {
    // The headline is the worst thing known about the service: a service that is fine by itself
    // but waits on a disabled dependency is shown as blocked, with its own status underneath.
    std::vector<const Finding*> findings;
    if (m_view.verdict) {
        findings.push_back(&*m_view.verdict);
    }
    for (const auto& finding : m_view.related) {
        findings.push_back(&finding);
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
    const Finding* headline = findings.empty() ? nullptr : findings.front();
    const std::optional<Severity> severity =
        headline ? std::optional<Severity>(headline->severity) : std::nullopt;
    setAccent(StatusIcon::color(severity));
    m_iconLabel->setPixmap(StatusIcon::forSeverity(severity).pixmap(QSize(kIconSize, kIconSize)));
    m_iconLabel->setToolTip(severity ? app::Catalogue::severity(*severity) : tr("Not checked yet"));

    const QColor grey = palette().color(QPalette::PlaceholderText);
    m_nameLabel->setText(QStringLiteral("<span style=\"font-size:large;font-weight:600;\">%1</span>"
                                        "&nbsp;&nbsp;<span style=\"color:%2;\">%3</span>")
                             .arg(Presentation::escaped(app::Catalogue::serviceDisplayName(m_name)),
                                  grey.name(), Presentation::escaped(m_name)));

    if (!headline) {
        m_verdictLabel->setText(coloured(tr("Not checked yet"), grey, true));
        m_explanationLabel->clear();
        m_explanationLabel->hide();
    } else {
        const app::FindingText text = app::Catalogue::finding(*headline);
        m_verdictLabel->setText(coloured(text.title, StatusIcon::textColor(severity), true));
        QString explanation = Presentation::escaped(text.explanation);
        if (!text.action.isEmpty() && headline->severity >= Severity::Warning) {
            explanation +=
                QStringLiteral("<br>") + Presentation::escaped(tr("What to do: %1").arg(text.action));
        }
        m_explanationLabel->setText(explanation);
        m_explanationLabel->setVisible(!explanation.isEmpty());
    }

    const QString facts = factsText();
    m_factsLabel->setText(facts.isEmpty() ? QString() : coloured(facts, grey, false));
    m_factsLabel->setVisible(!facts.isEmpty());

    QStringList others;
    for (std::size_t i = 1; i < findings.size(); ++i) {
        others << coloured(app::Catalogue::finding(*findings[i]).title,
                           StatusIcon::textColor(findings[i]->severity), true);
    }
    m_relatedLabel->setText(others.join(QStringLiteral("<br>")));
    m_relatedLabel->setVisible(!others.isEmpty());
}

QString ServiceRowWidget::factsText() const {
    if (!m_view.info || !m_view.info->present) {
        return {};
    }
    const ServiceInfo& info = *m_view.info;
    const QString state = tr("State: %1").arg(app::Catalogue::serviceState(info.state));
    const QString startType = app::Catalogue::startType(info.startType, info.delayedAutoStart);
    QString start = tr("Start type: %1").arg(startType);
    if (const KnownService* known = findKnownService(m_view.name);
        known && known->windowsDefault != info.startType) {
        start = tr("Start type: %1 (Windows default: %2)")
                    .arg(startType, app::Catalogue::startType(known->windowsDefault, false));
    }
    const QString dependencies = info.dependencies.empty()
                                     ? tr("Depends on no other service")
                                     : tr("Depends on: %1").arg(Presentation::nameList(info.dependencies));
    return QStringList{state, start, dependencies}.join(QStringLiteral("  \u00b7  "));
}

void ServiceRowWidget::rebuildButtons() {
    for (QPushButton* button : m_buttons) {
        // This may run inside the button's own clicked(): detach it now, delete it later.
        m_buttonsLayout->removeWidget(button);
        button->hide();
        button->setObjectName(QString());
        button->setParent(nullptr);
        button->deleteLater();
    }
    m_buttons.clear();
    const bool readOnly = !m_actions.disabledReason.isEmpty();
    const QIcon shield = StatusIcon::uacShield(*style());
    auto addButton = [&](QPushButton* button, bool needsElevation) {
        button->setEnabled(m_actions.enabled && !readOnly);
        button->setProperty("requiresElevation", needsElevation && !readOnly);
        if (needsElevation && !readOnly) {
            button->setIcon(shield);
        }
        m_buttonsLayout->addWidget(button);
        m_buttons.push_back(button);
    };
    for (const auto& fix : m_actions.fixes) {
        auto* button = new QPushButton(app::Catalogue::remediationLabel(fix.remediationId), this);
        button->setObjectName(QStringLiteral("fixPushButton_") + fix.remediationId);
        button->setToolTip(readOnly ? m_actions.disabledReason
                                    : app::Catalogue::remediationDescription(fix.remediationId));
        connect(button, &QPushButton::clicked, this,
                [this, id = fix.remediationId] { emit fixRequested(id); });
        addButton(button, fix.needsElevation);
    }
    if (m_actions.undoable && !readOnly) {
        const QString journalId = QString::fromStdString(m_actions.undoable->id);
        const QString label =
            app::Catalogue::remediationLabel(QString::fromStdString(m_actions.undoable->remediationId));
        auto* button = new QPushButton(tr("Undo"), this);
        button->setObjectName(QStringLiteral("undoPushButton_") + m_name.toLower());
        button->setToolTip(tr("Undo “%1”: put the service back as it was before the fix.").arg(label));
        connect(button, &QPushButton::clicked, this, [this, journalId] { emit undoRequested(journalId); });
        addButton(button, m_actions.undoNeedsElevation);
    }
}

} // namespace ipsecdoctor::gui
