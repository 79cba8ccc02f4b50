#include "SummaryPage.h"

#include "BundleText.h"

#include "../Presentation.h"
#include "../SummaryText.h"
#include "../widgets/FindingWidget.h"
#include "../widgets/ProviderMessagePanel.h"
#include "../widgets/RootCauseWidget.h"
#include "../widgets/StatusIcon.h"
#include "Catalogue.h"
#include "DiagnosisCatalogue.h"

#include "ipsecdoctor/diagnosis/diagnosis.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

namespace ipsecdoctor::gui {
namespace {

constexpr int kVerdictIconSize = 32;

QLabel* sectionTitle(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

void clearWidgets(QVBoxLayout* layout, std::vector<QWidget*>& widgets) {
    for (QWidget* widget : widgets) {
        layout->removeWidget(widget);
        widget->hide();
        widget->setParent(nullptr);
        widget->deleteLater();
    }
    widgets.clear();
}

} // namespace

SummaryPage::SummaryPage(Session& session, UiPrompts prompts, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_prompts(std::move(prompts)),
      m_verdictIconLabel(new QLabel(this)), m_verdictLabel(new QLabel(this)),
      m_contextLabel(new QLabel(this)), m_causesTitle(sectionTitle(this, "causesTitleLabel")),
      m_causesLayout(new QVBoxLayout), m_notesTitle(sectionTitle(this, "notesTitleLabel")),
      m_notesLabel(new QLabel(this)), m_fixesTitle(sectionTitle(this, "fixesTitleLabel")),
      m_fixesLayout(new QVBoxLayout), m_provider(new ProviderMessagePanel(this)),
      m_findingsTitle(sectionTitle(this, "findingsTitleLabel")), m_findingsLayout(new QVBoxLayout),
      m_copyButton(new QPushButton(this)), m_exportButton(new QPushButton(this)),
      m_anonymizeCheck(new QCheckBox(this)), m_noticeLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("summaryPage"));
    m_verdictIconLabel->setObjectName(QStringLiteral("overallIconLabel"));
    m_verdictIconLabel->setFixedSize(kVerdictIconSize, kVerdictIconSize);
    m_verdictLabel->setObjectName(QStringLiteral("overallVerdictLabel"));
    m_verdictLabel->setWordWrap(true);
    QFont bold = m_verdictLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_verdictLabel->setFont(bold);
    m_contextLabel->setObjectName(QStringLiteral("contextLabel"));
    m_contextLabel->setWordWrap(true);
    m_contextLabel->setTextFormat(Qt::PlainText); // names and paths from a bundle
    m_copyButton->setObjectName(QStringLiteral("copySummaryPushButton"));
    m_exportButton->setObjectName(QStringLiteral("exportBundlePushButton"));
    m_anonymizeCheck->setObjectName(QStringLiteral("anonymizeBundleCheckBox"));
    m_noticeLabel->setObjectName(QStringLiteral("summaryNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* header = new QGridLayout;
    header->setHorizontalSpacing(10);
    header->addWidget(m_verdictIconLabel, 0, 0, 2, 1, Qt::AlignTop);
    header->addWidget(m_verdictLabel, 0, 1);
    header->addWidget(m_contextLabel, 1, 1);
    header->setColumnStretch(1, 1);

    auto* findingsWidget = new QWidget;
    findingsWidget->setLayout(m_findingsLayout);
    m_findingsLayout->setContentsMargins(0, 0, 4, 0);
    m_findingsLayout->setSpacing(6);
    m_causesLayout->setSpacing(6);
    m_fixesLayout->setSpacing(4);
    // Causes, fixes and the provider's message come first: they answer "why" and "what now".
    m_findingsLayout->addWidget(m_causesTitle);
    m_findingsLayout->addLayout(m_causesLayout);
    m_notesLabel->setObjectName(QStringLiteral("notesLabel"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::PlainText); // titles carry bundle data: never rich text
    m_findingsLayout->addWidget(m_notesTitle);
    m_findingsLayout->addWidget(m_notesLabel);
    m_findingsLayout->addWidget(m_fixesTitle);
    m_findingsLayout->addLayout(m_fixesLayout);
    m_findingsLayout->addWidget(m_provider);
    m_findingsLayout->addWidget(m_findingsTitle);
    m_findingsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("findingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(findingsWidget);
    scroll->viewport()->setAutoFillBackground(false);
    findingsWidget->setAutoFillBackground(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_anonymizeCheck);
    buttons->addWidget(m_noticeLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &SummaryPage::copySummary);
    connect(m_provider, &ProviderMessagePanel::copyRequested, this, &SummaryPage::copyProviderMessage);
    connect(m_provider, &ProviderMessagePanel::languageChosen, &m_session, &Session::setProviderLanguage);
    connect(&m_session, &Session::actionFinished, this, &SummaryPage::rebuildFixes);
    connect(m_exportButton, &QPushButton::clicked, this, &SummaryPage::chooseExportFile);
    connect(&m_session, &Session::resultsChanged, this, &SummaryPage::rebuildFindings);
    connect(&m_session, &Session::activityChanged, this, &SummaryPage::renderHeader);
    connect(&m_session, &Session::modeChanged, this, &SummaryPage::renderHeader);
    connect(&m_session, &Session::exportFinished, this,
            [this](const QString& path, const std::optional<Error>& error) {
                m_exportPath = path;
                m_exportError = error;
                m_notice = error ? Notice::ExportFailed : Notice::Exported;
                renderHeader();
            });
    retranslate();
    rebuildFindings();
}

void SummaryPage::initializePage() {
    m_notice = Notice::None;
    rebuildFindings();
}

void SummaryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslate() {
    rebuildDiagnosis(); // the provider's message is written in the current language
    setTitle(tr("Summary"));
    setSubTitle(
        tr("The most likely causes first, with the evidence and the fix; then everything that was found."));
    m_causesTitle->setText(tr("Most likely causes"));
    m_fixesTitle->setText(tr("Fixes applied"));
    m_notesTitle->setText(tr("Also noticed (not the cause of this failure)"));
    m_provider->retranslate();
    m_findingsTitle->setText(tr("Everything that was found"));
    m_copyButton->setText(tr("&Copy the summary"));
    m_exportButton->setText(tr("&Export a diagnostic bundle…"));
    m_anonymizeCheck->setText(tr("&Anonymize (replace names and addresses)"));
    m_anonymizeCheck->setToolTip(
        tr("User, computer and domain names, IP addresses, SIDs and certificate subjects "
           "are replaced in the bundle by pseudonyms such as user-1, host-1 or "
           "192.0.2.1, the same one for the same value."));
    renderHeader();
}

void SummaryPage::rebuildFindings() {
    for (FindingWidget* widget : m_findingWidgets) {
        m_findingsLayout->removeWidget(widget);
        widget->hide();
        widget->setParent(nullptr);
        widget->deleteLater();
    }
    m_findingWidgets.clear();
    // The core sorts findings worst first; the list keeps that order, after the other sections.
    int position = m_findingsLayout->indexOf(m_findingsTitle) + 1;
    for (const Finding& finding : m_session.findings()) {
        auto* widget = new FindingWidget(finding);
        m_findingsLayout->insertWidget(position++, widget);
        m_findingWidgets.push_back(widget);
    }
    m_findingsTitle->setVisible(!m_findingWidgets.empty());
    rebuildDiagnosis();
    rebuildFixes();
    renderHeader();
}

void SummaryPage::rebuildDiagnosis() {
    clearWidgets(m_causesLayout, m_causeWidgets);
    const auto& diagnosis = m_session.diagnosis();
    int rank = 0;
    for (const auto& cause : diagnosis.causes) {
        auto* widget = new RootCauseWidget(++rank, cause, m_session.canModify());
        connect(widget, &RootCauseWidget::fixRequested, this,
                [this](const QString& id) { m_session.applyFix(id); });
        m_causesLayout->addWidget(widget);
        m_causeWidgets.push_back(widget);
    }
    if (diagnosis.causes.empty()) {
        auto* none = new QLabel(
            m_session.hasResults() ? tr("No root cause found: no check and no log entry points to a problem.")
                                   : tr("Run the checks first."));
        none->setObjectName(QStringLiteral("noCauseLabel"));
        none->setWordWrap(true);
        m_causesLayout->addWidget(none);
        m_causeWidgets.push_back(none);
    }
    QStringList notes;
    for (const auto& f : diagnosis.notes) {
        const QString title = app::Catalogue::finding(f).title;
        if (!notes.contains(title)) {
            notes << title;
        }
    }
    m_notesLabel->setText(QStringLiteral("• ") + notes.join(QStringLiteral("\n• ")));
    m_notesTitle->setVisible(!notes.isEmpty());
    m_notesLabel->setVisible(!notes.isEmpty());
    const auto* snapshot = m_session.snapshot() ? &*m_session.snapshot() : nullptr;
    m_provider->setMessage(diagnosis, snapshot, m_session.hasResults());
}

void SummaryPage::rebuildFixes() {
    clearWidgets(m_fixesLayout, m_fixWidgets);
    for (const auto& entry : m_session.sessionEntries()) {
        auto* row = new QWidget;
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        const QString label = app::Catalogue::remediationLabel(QString::fromStdString(entry.remediationId));
        const QString service = app::Catalogue::serviceDisplayName(QString::fromStdString(entry.service));
        const bool undone = entry.status == JournalStatus::Undone;
        auto* text = new QLabel(undone ? tr("%1 — %2 (undone)").arg(label, service)
                                       : tr("%1 — %2").arg(label, service));
        text->setWordWrap(true);
        layout->addWidget(text, 1);
        if (!undone && entry.reversible && m_session.canModify()) {
            auto* undo = new QPushButton(tr("Undo"));
            undo->setObjectName(QStringLiteral("undoFixPushButton_%1").arg(QString::fromStdString(entry.id)));
            connect(undo, &QPushButton::clicked, this,
                    [this, id = QString::fromStdString(entry.id)] { m_session.undo(id); });
            layout->addWidget(undo);
        }
        m_fixesLayout->addWidget(row);
        m_fixWidgets.push_back(row);
    }
    m_fixesTitle->setVisible(!m_fixWidgets.empty());
}

void SummaryPage::copyProviderMessage() {
    QGuiApplication::clipboard()->setText(m_provider->text());
    m_notice = Notice::MessageCopied;
    renderHeader();
}

void SummaryPage::renderHeader() {
    const auto& findings = m_session.findings();
    const Diagnosis* diagnosis = m_session.hasResults() ? &m_session.diagnosis() : nullptr;
    std::optional<Severity> worst =
        findings.empty() ? std::nullopt : std::optional<Severity>(worstSeverity(findings));
    // Red only for a cause of the failure; findings that explain none deserve attention.
    if (diagnosis && diagnosis->causes.empty() && worst && *worst > Severity::Warning &&
        !diagnosis->provider.recommended) {
        worst = Severity::Warning;
    }
    m_verdictIconLabel->setPixmap(
        StatusIcon::forSeverity(worst).pixmap(QSize(kVerdictIconSize, kVerdictIconSize)));
    m_verdictLabel->setText(SummaryText::verdict(findings, diagnosis));

    const auto& snapshot = m_session.snapshot();
    const bool bundle = m_session.mode() == SessionMode::Bundle;
    if (snapshot) {
        const QString host = QString::fromStdString(snapshot->machine.hostname);
        const QString when = Presentation::timestamp(QString::fromStdString(snapshot->collectedAt));
        m_contextLabel->setText(
            (bundle ? tr("Diagnostic bundle from %1, collected %2. Read-only.").arg(host, when)
                    : tr("Computer %1, checked %2.").arg(host, when)) +
            QLatin1Char('\n') +
            tr("Connection: %1").arg(app::DiagnosisCatalogue::connection(m_session.diagnosis())) +
            (bundle && !m_session.bundleInfo().changedAfterExport.empty()
                 ? QLatin1Char('\n') +
                       app::BundleText::changedAfterExport(m_session.bundleInfo().changedAfterExport)
                 : QString()));
    } else {
        m_contextLabel->setText(tr("Go back to the previous pages to run the checks."));
    }

    const bool canExport = m_session.mode() == SessionMode::Live && snapshot.has_value();
    m_copyButton->setEnabled(!findings.empty());
    m_exportButton->setEnabled(canExport && !m_session.busy());
    m_anonymizeCheck->setEnabled(canExport && !m_session.busy());
    m_exportButton->setToolTip(
        m_session.mode() == SessionMode::Live
            ? tr("Save this computer's results and the IPsec Doctor log in a .zip file to send to support.")
            : tr("Only the computer being checked can export a bundle: this one shows a bundle that was "
                 "already "
                 "exported."));

    QString notice;
    std::optional<Severity> tone = Severity::Ok;
    switch (m_notice) {
    case Notice::None:
        break;
    case Notice::Copied:
        notice = tr("The summary was copied to the clipboard.");
        break;
    case Notice::MessageCopied:
        notice = tr("The message for your VPN provider was copied to the clipboard.");
        break;
    case Notice::Exporting:
        notice = tr("Saving the diagnostic bundle…");
        tone = std::nullopt;
        break;
    case Notice::Exported:
        notice =
            m_exportAnonymized
                ? tr("The anonymized diagnostic bundle was saved as %1.")
                      .arg(QDir::toNativeSeparators(m_exportPath))
                : tr("The diagnostic bundle was saved as %1.").arg(QDir::toNativeSeparators(m_exportPath));
        break;
    case Notice::ExportFailed:
        notice = tr("The diagnostic bundle could not be saved: %1")
                     .arg(m_exportError ? app::Catalogue::errorMessage(*m_exportError) : QString());
        tone = Severity::Error;
        break;
    }
    QPalette palette = m_noticeLabel->palette();
    palette.setColor(QPalette::WindowText, StatusIcon::textColor(tone));
    m_noticeLabel->setPalette(palette);
    m_noticeLabel->setText(notice);
}

void SummaryPage::copySummary() {
    QGuiApplication::clipboard()->setText(SummaryText::build(m_session.snapshot(), m_session.findings(),
                                                             m_session.mode() == SessionMode::Bundle,
                                                             &m_session.diagnosis()));
    m_notice = Notice::Copied;
    renderHeader();
}

void SummaryPage::chooseExportFile() {
    const auto& snapshot = m_session.snapshot();
    const bool anonymize = m_anonymizeCheck->isChecked();
    // An anonymized bundle does not carry the computer's name in its file name either.
    const QString host =
        snapshot && !anonymize ? QString::fromStdString(snapshot->machine.hostname) : QString();
    const QString suggested =
        QStringLiteral("ipsecdoctor-%1-%2.zip")
            .arg(anonymize        ? QStringLiteral("anonymized")
                 : host.isEmpty() ? QStringLiteral("pc")
                                  : host,
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString path = m_prompts.saveFile(this, tr("Export a diagnostic bundle"), suggested,
                                      tr("Diagnostic bundles (*.zip)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".zip");
    }
    m_notice = Notice::Exporting;
    m_exportAnonymized = anonymize;
    m_session.exportBundle(path, anonymize);
    renderHeader();
}

} // namespace ipsecdoctor::gui
