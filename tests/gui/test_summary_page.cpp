// The Summary page: every finding worst first, expandable evidence, copy to the clipboard, and the
// diagnostic bundle export with the GUI log in it, anonymized on request.

#include "GuiTestSupport.h"
#include "pages/PageId.h"

#include "AppPaths.h"
#include "Catalogue.h"
#include "GuiLogging.h"
#include "widgets/FindingWidget.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/util/file_io.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLayout>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace ipsecdoctor::testing {
namespace {

class SummaryPageTest : public WizardTest {
protected:
    void reachSummary() { goToSummary(); }

    /// The finding widgets in the order the page lays them out.
    std::vector<gui::FindingWidget*> shownFindings() {
        std::vector<gui::FindingWidget*> out;
        auto* scroll = find<QScrollArea>(QStringLiteral("findingsScrollArea"));
        if (!scroll) {
            return out;
        }
        QLayout* layout = scroll->widget()->layout();
        for (int i = 0; i < layout->count(); ++i) {
            if (auto* widget = qobject_cast<gui::FindingWidget*>(layout->itemAt(i)->widget())) {
                out.push_back(widget);
            }
        }
        return out;
    }
};

TEST_F(SummaryPageTest, ListsEveryFindingWorstFirst) {
    disablePolicyAgent(scm());
    scm().at("BFE").state = ServiceState::Stopped;
    scm().at("BFE").win32ExitCode = kServiceNeverStarted;
    start();
    reachSummary();
    const auto shown = shownFindings();
    ASSERT_EQ(shown.size(), session().findings().size());
    ASSERT_GE(shown.size(), 5u);
    EXPECT_EQ(shown[0]->finding().id, "service.bfe.stopped");
    EXPECT_EQ(shown[0]->finding().severity, Severity::Critical);
    EXPECT_EQ(shown[1]->finding().id, "service.policyagent.disabled");
    for (std::size_t i = 1; i < shown.size(); ++i) {
        EXPECT_GE(shown[i - 1]->finding().severity, shown[i]->finding().severity) << i;
    }
    EXPECT_EQ(shown[0]->findChild<QLabel*>(QStringLiteral("findingTitleLabel"))->text(),
              app::Catalogue::finding(shown[0]->finding()).title);
    EXPECT_EQ(shown[0]->findChild<QLabel*>(QStringLiteral("findingSeverityLabel"))->text(),
              app::Catalogue::severity(Severity::Critical));
    EXPECT_TRUE(labelText(QStringLiteral("overallVerdictLabel")).contains(QStringLiteral("problem")));
    EXPECT_TRUE(labelText(QStringLiteral("contextLabel")).contains(QStringLiteral("PC-COMPTA-07")));
}

TEST_F(SummaryPageTest, HealthyComputerSaysSo) {
    start();
    reachSummary();
    EXPECT_TRUE(labelText(QStringLiteral("overallVerdictLabel")).contains(QStringLiteral("No problem")));
}

// The provider may not read the user's language: the message has its own, the page keeps the
// interface's.
TEST_F(SummaryPageTest, TheProvidersMessageHasItsOwnLanguage) {
    disablePolicyAgent(scm());
    start();
    reachSummary();
    auto* message = find<QPlainTextEdit>(QStringLiteral("providerMessageTextEdit"));
    auto* combo = find<QComboBox>(QStringLiteral("providerLanguageComboBox"));
    ASSERT_NE(message, nullptr);
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("en"));
    EXPECT_TRUE(message->toPlainText().contains(QStringLiteral("Hello,")));
    language().apply(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("fr"))
        << "it follows the interface until chosen";
    EXPECT_TRUE(message->toPlainText().contains(QStringLiteral("Bonjour,")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    emit combo->activated(combo->currentIndex());
    EXPECT_TRUE(message->toPlainText().contains(QStringLiteral("Hello,")))
        << message->toPlainText().toStdString();
    EXPECT_TRUE(
        labelText(QStringLiteral("providerLanguageLabel")).contains(QStringLiteral("Langue du message")));
    language().apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(message->toPlainText().contains(QStringLiteral("Hello,")));
}

TEST_F(SummaryPageTest, EvidenceUnfoldsOnRequest) {
    disablePolicyAgent(scm());
    start();
    reachSummary();
    auto shown = shownFindings();
    ASSERT_FALSE(shown.empty());
    gui::FindingWidget* first = shown[0];
    ASSERT_EQ(first->finding().id, "service.policyagent.disabled");
    auto* evidence = first->findChild<QWidget*>(QStringLiteral("evidenceWidget"));
    ASSERT_NE(evidence, nullptr);
    EXPECT_FALSE(evidence->isVisible());
    auto* toggle = first->findChild<QAbstractButton*>(QStringLiteral("evidenceToolButton"));
    ASSERT_NE(toggle, nullptr);
    toggle->click();
    EXPECT_TRUE(evidence->isVisible());
    auto* startType = first->findChild<QLabel*>(QStringLiteral("evidenceValueLabel_start_type"));
    ASSERT_NE(startType, nullptr);
    EXPECT_EQ(startType->text(),
              app::Catalogue::evidenceValue(QStringLiteral("start_type"), QStringLiteral("disabled")));
    toggle->click();
    EXPECT_FALSE(evidence->isVisible());
}

TEST_F(SummaryPageTest, CopiesTheSummaryToTheClipboard) {
    disablePolicyAgent(scm());
    start();
    reachSummary();
    QGuiApplication::clipboard()->clear();
    click(QStringLiteral("copySummaryPushButton"));
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("PC-COMPTA-07"))) << text.toStdString();
    EXPECT_TRUE(text.contains(app::Catalogue::finding(session().findings()[0]).title)) << text.toStdString();
    EXPECT_TRUE(labelText(QStringLiteral("summaryNoticeLabel")).contains(QStringLiteral("clipboard")));
}

TEST_F(SummaryPageTest, ExportsABundleWithTheGuiLog) {
    gui::LogForwarder forwarder;
    gui::GuiLogging logging(forwarder, app::AppPaths::logFile(QStringLiteral("gui")));
    ASSERT_TRUE(logging.fileOpen());
    disablePolicyAgent(scm());
    start();
    reachSummary();
    m_saveFileAnswer = dataDir() + QStringLiteral("/exported");
    click(QStringLiteral("exportBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    const QString path = m_saveFileAnswer + QStringLiteral(".zip");
    ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();
    EXPECT_TRUE(labelText(QStringLiteral("summaryNoticeLabel")).contains(QStringLiteral("exported.zip")));

    auto bundle = loadBundle(app::AppPaths::toPath(path));
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    EXPECT_EQ(bundle->snapshot.machine.hostname, "PC-COMPTA-07");
    ASSERT_FALSE(bundle->findings.empty());
    EXPECT_EQ(bundle->findings[0].id, "service.policyagent.disabled");
    EXPECT_NE(bundle->log.find("collected 5 services"), std::string::npos) << bundle->log;
}

TEST_F(SummaryPageTest, ExportsAnAnonymizedBundleWhenAsked) {
    disablePolicyAgent(scm());
    start();
    reachSummary();
    auto* anonymize = find<QCheckBox>(QStringLiteral("anonymizeBundleCheckBox"));
    ASSERT_NE(anonymize, nullptr);
    EXPECT_TRUE(anonymize->isEnabled());
    EXPECT_FALSE(anonymize->isChecked()); // the plain bundle is the default
    anonymize->setChecked(true);
    m_saveFileAnswer = dataDir() + QStringLiteral("/anonymized");
    click(QStringLiteral("exportBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_FALSE(m_saveFileSuggested.contains(QStringLiteral("PC-COMPTA-07")))
        << m_saveFileSuggested.toStdString();
    EXPECT_TRUE(labelText(QStringLiteral("summaryNoticeLabel")).contains(QStringLiteral("anonymized")));

    const QString path = m_saveFileAnswer + QStringLiteral(".zip");
    auto bundle = loadBundle(app::AppPaths::toPath(path));
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    EXPECT_TRUE(bundle->manifest.anonymized);
    EXPECT_EQ(bundle->snapshot.machine.hostname, "host-1");
    auto bytes = readFile(app::AppPaths::toPath(path), kMaxBundleFileBytes);
    ASSERT_TRUE(bytes.hasValue());
    const auto entries = readZip(*bytes); // kept: a range-for over *readZip(...) would dangle
    ASSERT_TRUE(entries.hasValue());
    for (const auto& e : *entries) {
        EXPECT_EQ(e.data.find("PC-COMPTA-07"), std::string::npos) << e.path;
    }
    ASSERT_FALSE(bundle->findings.empty());
    EXPECT_EQ(bundle->findings[0].id, "service.policyagent.disabled"); // the evidence stays
}

TEST_F(SummaryPageTest, ExportFailureIsShown) {
    start();
    reachSummary();
    m_saveFileAnswer = QStringLiteral("/proc/ipsecdoctor-forbidden/bundle.zip"); // nobody may write there
    click(QStringLiteral("exportBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(
        labelText(QStringLiteral("summaryNoticeLabel")).contains(QStringLiteral("could not be saved")))
        << labelText(QStringLiteral("summaryNoticeLabel")).toStdString();
}

} // namespace
} // namespace ipsecdoctor::testing
