#include "ServicesPage.h"

#include "../Presentation.h"
#include "../ServiceView.h"
#include "../widgets/ServiceRowWidget.h"
#include "../widgets/StatusIcon.h"
#include "Catalogue.h"

#include "ipsecdoctor/knowledge/known_services.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace ipsecdoctor::gui {
namespace {

void setTextColour(QLabel* label, const QColor& colour) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QString fixLabel(const std::string& remediationId) {
    return app::Catalogue::remediationLabel(QString::fromStdString(remediationId));
}

} // namespace

ServicesPage::ServicesPage(Session& session, UiPrompts prompts, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_prompts(std::move(prompts)), m_bannerLabel(new QLabel(this)),
      m_statusLabel(new QLabel(this)), m_progressBar(new QProgressBar(this)),
      m_cancelButton(new QPushButton(this)), m_recheckButton(new QPushButton(this)),
      m_undoLastButton(new QPushButton(this)), m_actionLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("servicesPage"));
    m_bannerLabel->setObjectName(QStringLiteral("readOnlyBannerLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setMargin(8);
    m_bannerLabel->setAutoFillBackground(true);
    QPalette banner = m_bannerLabel->palette();
    banner.setColor(QPalette::Window, QColor(0xe3, 0xf0, 0xfc));
    banner.setColor(QPalette::WindowText, QColor(0x0d, 0x3c, 0x70));
    m_bannerLabel->setPalette(banner);
    m_statusLabel->setObjectName(QStringLiteral("checkStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("checkProgressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(160);
    m_cancelButton->setObjectName(QStringLiteral("cancelCheckPushButton"));
    m_recheckButton->setObjectName(QStringLiteral("recheckPushButton"));
    m_undoLastButton->setObjectName(QStringLiteral("undoLastPushButton"));
    m_actionLabel->setObjectName(QStringLiteral("actionResultLabel"));
    m_actionLabel->setWordWrap(true);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_progressBar);
    statusRow->addWidget(m_cancelButton);
    statusRow->addWidget(m_recheckButton);

    auto* rowsWidget = new QWidget;
    auto* rowsLayout = new QVBoxLayout(rowsWidget);
    rowsLayout->setContentsMargins(0, 0, 4, 0);
    rowsLayout->setSpacing(8);
    for (const auto& known : knownServices()) {
        auto* row = new ServiceRowWidget(
            QString::fromUtf8(known.name.data(), static_cast<qsizetype>(known.name.size())));
        connect(row, &ServiceRowWidget::fixRequested, this, &ServicesPage::requestFix);
        connect(row, &ServiceRowWidget::undoRequested, &m_session, &Session::undo);
        rowsLayout->addWidget(row);
        m_rows.push_back(row);
    }
    rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("servicesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rowsWidget);
    scroll->viewport()->setAutoFillBackground(false);
    rowsWidget->setAutoFillBackground(false);

    auto* bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_undoLastButton);
    bottomRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bannerLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_actionLabel);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottomRow);

    connect(m_cancelButton, &QPushButton::clicked, &m_session, &Session::cancelCheck);
    connect(m_recheckButton, &QPushButton::clicked, &m_session, &Session::startCheck);
    connect(m_undoLastButton, &QPushButton::clicked, &m_session, &Session::undoLast);
    connect(&m_session, &Session::checkStarted, this, [this] {
        m_checkError.reset();
        m_progressDone = 0;
        m_progressTotal = 0;
        render();
    });
    connect(&m_session, &Session::checkProgress, this, [this](int done, int total) {
        m_progressDone = done;
        m_progressTotal = total;
        renderStatus();
    });
    connect(&m_session, &Session::checkFailed, this, [this](const Error& error) {
        m_checkError = error;
        render();
    });
    connect(&m_session, &Session::actionFinished, this, [this](const ActionResult& result) {
        m_shownAction = result;
        render();
    });
    connect(&m_session, &Session::resultsChanged, this, &ServicesPage::render);
    connect(&m_session, &Session::modeChanged, this, &ServicesPage::render);
    connect(&m_session, &Session::activityChanged, this, [this] {
        render();
        emit completeChanged();
    });
    retranslate();
}

void ServicesPage::initializePage() {
    m_shownAction.reset();
    m_checkError.reset();
    if (m_session.mode() == SessionMode::Live) {
        m_session.startCheck();
    }
    render();
}

void ServicesPage::cleanupPage() {
    m_session.cancelCheck();
    QWizardPage::cleanupPage();
}

bool ServicesPage::isComplete() const {
    return !m_session.busy();
}

void ServicesPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ServicesPage::retranslate() {
    setTitle(tr("Windows services"));
    setSubTitle(tr("A VPN connection needs these services to be allowed to run. Each one is checked and "
                   "explained below."));
    m_cancelButton->setText(tr("Cancel the check"));
    m_recheckButton->setText(tr("Check &again"));
    m_undoLastButton->setText(tr("&Undo the last fix"));
    m_undoLastButton->setToolTip(
        tr("Put back the service changed by the most recent fix that is not undone yet, "
           "including one made in an earlier session."));
    render();
}

QString ServicesPage::readOnlyReason() const {
    if (m_session.canModify()) {
        return {};
    }
    return m_session.mode() == SessionMode::Bundle ? tr("This is a diagnostic bundle from another computer: "
                                                        "it can be read here, but nothing can be "
                                                        "changed.")
                                                   : tr("Nothing can be changed from here.");
}

void ServicesPage::render() {
    const auto views = ServiceView::build(m_session.snapshot(), m_session.findings());
    const QString readOnly = readOnlyReason();
    for (std::size_t i = 0; i < views.size() && i < m_rows.size(); ++i) {
        ServiceRowActions actions;
        if (views[i].verdict) {
            for (const auto& id : views[i].verdict->remediations) {
                const QString qId = QString::fromStdString(id);
                actions.fixes.push_back({qId, m_session.needsElevationPrompt(qId)});
            }
        }
        actions.undoable = m_session.undoableEntryFor(m_rows[i]->serviceName());
        if (actions.undoable) {
            actions.undoNeedsElevation =
                m_session.needsElevationPrompt(QString::fromStdString(actions.undoable->remediationId));
        }
        actions.enabled = !m_session.busy();
        actions.disabledReason = readOnly;
        m_rows[i]->setContent(views[i], actions);
    }

    const bool bundle = m_session.mode() == SessionMode::Bundle;
    m_bannerLabel->setVisible(bundle);
    if (bundle) {
        const BundleInfo& info = m_session.bundleInfo();
        m_bannerLabel->setText(
            tr("Read-only: this diagnostic bundle comes from %1 and was collected %2. Nothing "
               "can be changed from here.")
                .arg(info.hostname, Presentation::timestamp(info.collectedAt)));
    }

    const bool live = m_session.canModify();
    m_undoLastButton->setVisible(live);
    m_undoLastButton->setEnabled(live && !m_session.busy() && m_session.canUndoLast());
    m_undoLastButton->setIcon(live && !m_session.isElevated() ? StatusIcon::shield() : QIcon());

    if (m_shownAction) {
        m_actionLabel->setText(actionMessage(*m_shownAction));
        setTextColour(m_actionLabel,
                      StatusIcon::textColor(m_shownAction->ok() ? Severity::Ok : Severity::Error));
    }
    m_actionLabel->setVisible(m_shownAction.has_value());
    renderStatus();
}

void ServicesPage::renderStatus() {
    const Session::Activity activity = m_session.activity();
    const bool checking = activity == Session::Activity::Checking;
    m_progressBar->setVisible(checking);
    m_cancelButton->setVisible(checking);
    m_cancelButton->setEnabled(checking);
    // A bundle's snapshot never changes: the banner says where it comes from, nothing to re-run.
    const bool bundle = m_session.mode() == SessionMode::Bundle;
    m_recheckButton->setVisible(!checking && !bundle);
    m_statusLabel->setVisible(!bundle || checking);
    m_recheckButton->setEnabled(!m_session.busy() && m_session.mode() != SessionMode::Unavailable);
    m_progressBar->setRange(0, m_progressTotal); // 0..0: busy indicator until the first item
    m_progressBar->setValue(m_progressDone);

    QString status;
    if (checking) {
        status =
            m_progressTotal > 0
                ? tr("Checking the Windows services… (%1 of %2)").arg(m_progressDone).arg(m_progressTotal)
                : tr("Checking the Windows services…");
    } else if (activity == Session::Activity::Acting) {
        status = tr("Applying the change…");
    } else if (m_checkError && m_checkError->code == ErrorCode::Cancelled) {
        status = tr("The check was cancelled. Press “Check again” to run it again.");
    } else if (m_checkError) {
        status = tr("The check could not be completed: %1").arg(app::Catalogue::errorMessage(*m_checkError));
    } else if (const auto& snapshot = m_session.snapshot()) {
        const QString when = Presentation::timestamp(QString::fromStdString(snapshot->collectedAt));
        status = tr("Checked %1.").arg(when);
    } else {
        status = tr("The services have not been checked yet.");
    }
    m_statusLabel->setText(status);
}

void ServicesPage::requestFix(const QString& remediationId) {
    if (!Session::isReversible(remediationId) &&
        !m_prompts.confirm(this, app::Catalogue::remediationLabel(remediationId),
                           tr("%1\n\nThis cannot be undone afterwards. Do you want to go ahead?")
                               .arg(app::Catalogue::remediationDescription(remediationId)))) {
        return;
    }
    m_shownAction.reset();
    m_session.applyFix(remediationId);
}

QString ServicesPage::actionMessage(const ActionResult& result) const {
    const bool fix = result.kind == ActionKind::Fix;
    const QString label = fix            ? fixLabel(result.target)
                          : result.entry ? fixLabel(result.entry->remediationId)
                                         : QString();
    if (result.error) {
        if (result.error->code == ErrorCode::Cancelled) {
            return tr("Nothing was changed: the request was cancelled.");
        }
        const QString why = app::Catalogue::errorMessage(*result.error);
        return fix ? tr("“%1” could not be applied: %2").arg(label, why)
                   : tr("The change could not be undone: %1").arg(why);
    }
    if (!fix) {
        return label.isEmpty() ? tr("The change was undone. The services were checked again.")
                               : tr("“%1” was undone. The services were checked again.").arg(label);
    }
    return result.problemsRemain
               ? tr("“%1” was applied, but a problem remains. The services were checked again.").arg(label)
               : tr("“%1” was applied. The services were checked again.").arg(label);
}

} // namespace ipsecdoctor::gui
