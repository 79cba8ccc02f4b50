#include "LogsPage.h"

#include "../EventTimeline.h"
#include "../Presentation.h"
#include "../widgets/FindingWidget.h"
#include "../widgets/RecordingPanel.h"
#include "../widgets/StatusIcon.h"
#include "Catalogue.h"
#include "LogsCatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ipsecdoctor::gui {

LogsPage::LogsPage(Session& session, UiPrompts prompts, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_prompts(std::move(prompts)), m_sourceLabel(new QLabel(this)),
      m_findingsLayout(new QVBoxLayout), m_timelineLabel(new QLabel(this)),
      m_filterCombo(new QComboBox(this)), m_timeline(new QTreeWidget(this)), m_rawCheck(new QCheckBox(this)),
      m_rawXml(new QPlainTextEdit(this)), m_openButton(new QPushButton(this)),
      m_noticeLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("logsPage"));
    m_sourceLabel->setObjectName(QStringLiteral("logsSourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_filterCombo->setObjectName(QStringLiteral("eventFilterComboBox"));
    m_timeline->setObjectName(QStringLiteral("eventsTreeWidget"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setColumnCount(3);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setWordWrap(false);
    m_timeline->header()->setStretchLastSection(true);
    m_rawCheck->setObjectName(QStringLiteral("showRawXmlCheckBox"));
    m_rawXml->setObjectName(QStringLiteral("rawXmlTextEdit"));
    m_rawXml->setReadOnly(true);
    m_rawXml->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_rawXml->setVisible(false);
    m_rawXml->setMaximumHeight(120);
    m_openButton->setObjectName(QStringLiteral("openSavedLogPushButton"));
    m_noticeLabel->setObjectName(QStringLiteral("logsNoticeLabel"));
    m_noticeLabel->setWordWrap(true);

    auto* findingsWidget = new QWidget;
    findingsWidget->setLayout(m_findingsLayout);
    m_findingsLayout->setContentsMargins(0, 0, 4, 0);
    m_findingsLayout->setSpacing(6);
    m_findingsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("logFindingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(findingsWidget);
    scroll->viewport()->setAutoFillBackground(false);
    findingsWidget->setAutoFillBackground(false);

    auto* timelineHeader = new QHBoxLayout;
    timelineHeader->addWidget(m_timelineLabel, 1);
    timelineHeader->addWidget(m_filterCombo);
    timelineHeader->addWidget(m_rawCheck);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_openButton);
    bottom->addWidget(m_noticeLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(scroll, 3);
    layout->addWidget(new RecordingPanel(m_session, m_prompts, this)); // auditing and tracing, Fix/Undo
    layout->addLayout(timelineHeader);
    layout->addWidget(m_timeline, 2);
    layout->addWidget(m_rawXml);
    layout->addLayout(bottom);

    connect(&m_session, &Session::resultsChanged, this, &LogsPage::rebuild);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &LogsPage::rebuildTimeline);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, &LogsPage::showSelectedXml);
    connect(m_rawCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_rawXml->setVisible(on);
        showSelectedXml();
    });
    connect(m_openButton, &QPushButton::clicked, this, &LogsPage::chooseSavedLog);
    connect(&m_session, &Session::savedLogFailed, this, [this](const QString&, const Error& error) {
        QPalette palette = m_noticeLabel->palette();
        palette.setColor(QPalette::WindowText, StatusIcon::textColor(Severity::Error));
        m_noticeLabel->setPalette(palette);
        m_noticeLabel->setText(
            tr("The log could not be opened: %1").arg(app::Catalogue::errorMessage(error)));
    });
    connect(&m_session, &Session::activityChanged, this,
            [this] { m_openButton->setEnabled(!m_session.busy()); });
    retranslate();
    rebuild();
}

void LogsPage::initializePage() {
    rebuild();
}

void LogsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void LogsPage::retranslate() {
    setTitle(tr("Event logs"));
    setSubTitle(tr("What Windows recorded about VPN connections and IPsec negotiations."));
    m_timelineLabel->setText(tr("Recent events:"));
    m_timeline->setHeaderLabels({tr("Time"), tr("Event"), tr("What it means")});
    const int index = m_filterCombo->currentIndex();
    m_filterCombo->blockSignals(true);
    m_filterCombo->clear();
    m_filterCombo->addItem(tr("Failures only"));
    m_filterCombo->addItem(tr("All VPN and IPsec events"));
    m_filterCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_filterCombo->blockSignals(false);
    m_rawCheck->setText(tr("Show the raw XML"));
    m_openButton->setText(tr("&Open a saved log (.evtx, .xml)…"));
    m_openButton->setToolTip(tr("Analyse events exported from Event Viewer on this or another computer."));
    rebuild();
}

void LogsPage::rebuild() {
    for (FindingWidget* widget : m_findingWidgets) {
        m_findingsLayout->removeWidget(widget);
        widget->hide();
        widget->setParent(nullptr);
        widget->deleteLater();
    }
    m_findingWidgets.clear();
    int position = 0;
    for (const Finding& finding : m_session.findings()) {
        if (finding.step != Step::Logs) {
            continue;
        }
        auto* widget = new FindingWidget(finding);
        m_findingsLayout->insertWidget(position++, widget);
        m_findingWidgets.push_back(widget);
    }
    const auto& snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->logs) {
        m_sourceLabel->setText(
            m_session.liveAvailable()
                ? tr("The logs have not been read yet: go back and run the checks.")
                : tr("No log to show: open a saved log, or a diagnostic bundle from the first "
                     "page."));
    } else {
        const auto& logs = *snapshot->logs;
        const int count = static_cast<int>(logs.events.size());
        if (logs.source == "file") {
            m_sourceLabel->setText(tr("Saved log %1: %n event(s) read.", nullptr, count)
                                       .arg(QString::fromStdString(logs.fileName)));
        } else if (logs.since.empty()) {
            m_sourceLabel->setText(tr("%n event(s) read from this computer's logs.", nullptr, count));
        } else {
            m_sourceLabel->setText(tr("%n event(s) read from this computer's logs since %1.", nullptr, count)
                                       .arg(Presentation::timestamp(QString::fromStdString(logs.since))));
        }
    }
    rebuildTimeline();
}

void LogsPage::rebuildTimeline() {
    m_timeline->clear();
    const auto& snapshot = m_session.snapshot();
    if (!snapshot) {
        return;
    }
    const auto filter = m_filterCombo->currentIndex() == 1 ? TimelineFilter::All : TimelineFilter::Problems;
    for (const auto& row : buildTimeline(*snapshot, filter)) {
        auto* item = new QTreeWidgetItem(m_timeline, {row.time, row.source, row.text});
        item->setIcon(0, StatusIcon::forSeverity(row.severity));
        item->setToolTip(2, row.text);
        item->setData(0, Qt::UserRole, row.xml);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    if (m_timeline->topLevelItemCount() > 0) {
        m_timeline->setCurrentItem(m_timeline->topLevelItem(0));
    }
    showSelectedXml();
}

void LogsPage::showSelectedXml() {
    const auto* item = m_timeline->currentItem();
    m_rawXml->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
}

void LogsPage::chooseSavedLog() {
    const QString path = m_prompts.openFile(this, tr("Open a saved event log"),
                                            tr("Event logs (*.evtx *.xml);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_noticeLabel->clear();
    m_session.openSavedLog(path);
}

} // namespace ipsecdoctor::gui
