// The Logs page (timeline, filters, raw XML, saved logs) and the diagnosis on the Summary page
// (ranked causes with evidence and fix, message for the VPN provider), on a bundle of a PC whose
// VPN fails: French and English screenshots.
#include "GuiTestSupport.h"

#include "event_samples.h"
#include "windows10_services.h"

#include "pages/PageId.h"
#include "widgets/RootCauseWidget.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace ipsecdoctor::testing {
namespace {

const QString kRealWorld = QStringLiteral(IPSECDOCTOR_TEST_DATA_DIR "/real-world");

/// A Windows 10 PC: PolicyAgent disabled (or not), its RasClient log holding the given dial
/// failures, plus an IPsec main-mode timeout and a successful connection a day earlier.
QString bundleWithLogs(const QString& dir, bool policyAgentDisabled, const std::string& code) {
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:00:00Z";
    s.machine.hostname = "PC-COMPTA-07";
    s.machine.osName = "Windows 10 Pro";
    s.machine.osBuild = "19045";
    s.services = windows10Services();
    for (auto& svc : s.services) {
        if (svc.name == "PolicyAgent" && policyAgentDisabled) {
            svc.startType = StartType::Disabled;
        }
    }
    LogsInfo logs;
    logs.source = "live";
    logs.since = "2026-11-20T10:00:00Z";
    for (const char* t : {"2026-11-27T09:31:00Z", "2026-11-27T09:20:00Z", "2026-11-27T09:12:00Z"}) {
        logs.events.push_back(*parseEventXml(rasDialFailedXml(t, code)));
    }
    logs.events.push_back(*parseEventXml(
        mainModeFailedXml("2026-11-27T09:11:58Z", "Negotiation timed out", "%%8222", "%%8199")));
    logs.events.push_back(*parseEventXml(
        classicEventXml("RasClient", "Application", 20225, "2026-11-26T08:00:00Z",
                        {"{00000000-0000-0000-0000-000000000001}", "PC\\alice", "Office VPN"})));
    s.logs = logs;
    const auto path = std::filesystem::path(dir.toStdString()) / ("logs-" + code + ".zip");
    EXPECT_TRUE(exportBundle(path, s, runChecks(s), ""));
    return QString::fromStdString(path.string());
}

class LogsPageTest : public WizardTest, public ::testing::WithParamInterface<const char*> {
protected:
    QString lang() const { return QString::fromUtf8(GetParam()); }

    void openBundle(const QString& path) {
        start(false);
        language().apply(lang());
        QCoreApplication::processEvents();
        m_openFileAnswer = path;
        click(QStringLiteral("openBundlePushButton"));
        ASSERT_TRUE(waitIdle());
    }
    void goToLogs() {
        for (int i = 0; i < 10 && wizard().currentId() != gui::LogsPageId; ++i) {
            goNext();
        }
        ASSERT_EQ(wizard().currentId(), gui::LogsPageId);
    }
    void shoot(const QString& page) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(QFileInfo::exists(saveScreenshot(wizard(), page + QLatin1Char('-') + lang())));
    }
};

TEST_P(LogsPageTest, TimelineFiltersAndRawXml) {
    openBundle(bundleWithLogs(dataDir(), true, "791"));
    goToLogs();
    auto* tree = find<QTreeWidget>(QStringLiteral("eventsTreeWidget"));
    ASSERT_NE(tree, nullptr);
    EXPECT_EQ(tree->topLevelItemCount(), 4) << "failures only: three dial failures and the IKE timeout";
    EXPECT_TRUE(tree->topLevelItem(0)->text(1).contains(QLatin1String("20227")));
    EXPECT_TRUE(tree->topLevelItem(0)->text(2).contains(QLatin1String("791")));
    shoot(QStringLiteral("logs"));
    find<QComboBox>(QStringLiteral("eventFilterComboBox"))->setCurrentIndex(1);
    EXPECT_EQ(tree->topLevelItemCount(), 5) << "all events: the successful connection too";
    find<QCheckBox>(QStringLiteral("showRawXmlCheckBox"))->setChecked(true);
    auto* raw = find<QPlainTextEdit>(QStringLiteral("rawXmlTextEdit"));
    EXPECT_TRUE(raw->isVisible());
    EXPECT_TRUE(raw->toPlainText().startsWith(QLatin1String("<Event")));
    shoot(QStringLiteral("logs-raw"));
}

TEST_P(LogsPageTest, SummaryNamesTheLocalCauseFirstWithItsFix) {
    openBundle(bundleWithLogs(dataDir(), true, "791"));
    goToSummary();
    const auto causes = wizard().findChildren<gui::RootCauseWidget*>();
    ASSERT_FALSE(causes.isEmpty());
    const auto* first = wizard().findChild<gui::RootCauseWidget*>(
        QStringLiteral("rootCause_cause.local.policyagent-unavailable"));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->cause().certainty, Certainty::Proven) << "the service is disabled and 791 confirms it";
    // A bundle is read-only: the cause names its fix but offers no button.
    EXPECT_EQ(wizard().findChild<QPushButton*>(
                  QStringLiteral("causeFixPushButton_service.policyagent.set-default-start")),
              nullptr);
    shoot(QStringLiteral("summary-diagnosis"));
}

TEST_P(LogsPageTest, MessageForTheProviderWhenNothingLocalExplainsIt) {
    openBundle(bundleWithLogs(dataDir(), false, "13801"));
    goToSummary();
    auto* message = find<QPlainTextEdit>(QStringLiteral("providerMessageTextEdit"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->toPlainText().contains(QLatin1String("13801")));
    EXPECT_TRUE(message->toPlainText().contains(QLatin1String("Windows 10 Pro")));
    click(QStringLiteral("copyProviderMessagePushButton"));
    EXPECT_EQ(QGuiApplication::clipboard()->text(), message->toPlainText());
    const QString greeting =
        lang() == QLatin1String("fr") ? QStringLiteral("Bonjour,") : QStringLiteral("Hello,");
    EXPECT_TRUE(message->toPlainText().startsWith(greeting));
    shoot(QStringLiteral("summary-provider"));
}

TEST_P(LogsPageTest, OpensASavedLogAndReportsABadOne) {
    start(true); // this PC (simulated, no event log of its own), then a log saved elsewhere
    language().apply(lang());
    goToLogs();
    m_openFileAnswer =
        kRealWorld +
        QStringLiteral(
            "/eventlog-xml/ipban-issue76_System-RemoteAccess-20271_EventViewer-copy-with-dash-prefixes.txt");
    click(QStringLiteral("openSavedLogPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_FALSE(labelText(QStringLiteral("logsNoticeLabel")).isEmpty());
    m_openFileAnswer =
        kRealWorld + QStringLiteral("/eventlog-xml/ipban_Security-4653_MM-failed_NegotiationTimedOut.xml");
    click(QStringLiteral("openSavedLogPushButton"));
    ASSERT_TRUE(waitIdle());
    auto* tree = find<QTreeWidget>(QStringLiteral("eventsTreeWidget"));
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_TRUE(tree->topLevelItem(0)->text(2).contains(QLatin1String("13805")));
    EXPECT_TRUE(labelText(QStringLiteral("logsSourceLabel")).contains(QLatin1String("ipban_Security-4653")));
    shoot(QStringLiteral("logs-saved-file"));
}

INSTANTIATE_TEST_SUITE_P(Languages, LogsPageTest, ::testing::Values("en", "fr"),
                         [](const auto& p) { return std::string(p.param); });

} // namespace
} // namespace ipsecdoctor::testing
