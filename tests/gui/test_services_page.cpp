// The Services page against a simulated SCM: verdicts, fixes in-process (elevated) and through the
// elevated CLI helper (not elevated), undo, and cancelling a check.

#include "GuiTestSupport.h"

#include "Catalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QTest>

namespace ipsecdoctor::testing {
namespace {

const QString kSetAutomatic = QStringLiteral("fixPushButton_service.policyagent.set-automatic");

class ServicesPageTest : public WizardTest {
protected:
    QString verdictOf(const QString& service) {
        auto* row = find<QWidget>(QStringLiteral("serviceRow_") + service);
        if (!row) {
            return {};
        }
        return row->findChild<QLabel*>(QStringLiteral("verdictIconLabel"))->toolTip();
    }
    QString verdictText(const QString& service) {
        auto* row = find<QWidget>(QStringLiteral("serviceRow_") + service);
        return row ? row->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text() : QString();
    }
    void clickAndWait(const QString& objectName) {
        click(objectName);
        ASSERT_TRUE(waitIdle());
    }
    static QString severity(Severity s) { return app::Catalogue::severity(s); }
};

TEST_F(ServicesPageTest, ShowsEveryServiceWithItsVerdict) {
    disablePolicyAgent(scm());
    start();
    goNext();
    ASSERT_EQ(wizard().currentId(), 1);
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Error));
    EXPECT_EQ(verdictOf(QStringLiteral("BFE")), severity(Severity::Ok));
    EXPECT_EQ(verdictOf(QStringLiteral("IKEEXT")), severity(Severity::Ok));
    EXPECT_EQ(verdictOf(QStringLiteral("RasMan")), severity(Severity::Ok));
    EXPECT_EQ(verdictOf(QStringLiteral("SstpSvc")), severity(Severity::Ok));
    Finding disabled;
    disabled.id = "service.policyagent.disabled";
    disabled.subject = "PolicyAgent";
    disabled.severity = Severity::Error;
    EXPECT_TRUE(verdictText(QStringLiteral("PolicyAgent"))
                    .contains(app::Catalogue::finding(disabled).title.toHtmlEscaped()));
    auto* row = find<QWidget>(QStringLiteral("serviceRow_PolicyAgent"));
    const QString facts = row->findChild<QLabel*>(QStringLiteral("factsLabel"))->text();
    EXPECT_TRUE(facts.contains(app::Catalogue::startType(StartType::Disabled))) << facts.toStdString();
    EXPECT_TRUE(facts.contains(QStringLiteral("Tcpip"))) << facts.toStdString();
    EXPECT_TRUE(row->findChild<QLabel*>(QStringLiteral("serviceNameLabel"))
                    ->text()
                    .contains(QStringLiteral("PolicyAgent")));
    EXPECT_TRUE(button(QStringLiteral("fixPushButton_service.policyagent.set-default-start"))->isEnabled());
    EXPECT_TRUE(button(kSetAutomatic)->isEnabled());
    EXPECT_EQ(button(kSetAutomatic)->text(),
              app::Catalogue::remediationLabel(QStringLiteral("service.policyagent.set-automatic")));
    EXPECT_FALSE(button(kSetAutomatic)->property("requiresElevation").toBool());
    EXPECT_TRUE(button(QStringLiteral("nextPushButton"))->isEnabled());
}

TEST_F(ServicesPageTest, ElevatedFixThenUndoThroughTheSimulatedScm) {
    disablePolicyAgent(scm());
    start(true, true);
    goNext();
    ASSERT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Error));

    clickAndWait(kSetAutomatic);
    EXPECT_EQ(scm().at("PolicyAgent").startType, StartType::Automatic);
    EXPECT_EQ(scm().at("PolicyAgent").state, ServiceState::Running);
    EXPECT_TRUE(elevation().calls.empty()) << "an elevated session applies fixes in-process";
    // The page checked again and shows the new state.
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Ok));
    auto* result = find<QLabel>(QStringLiteral("actionResultLabel"));
    EXPECT_TRUE(result->isVisible());
    EXPECT_TRUE(result->text().contains(
        app::Catalogue::remediationLabel(QStringLiteral("service.policyagent.set-automatic"))));
    EXPECT_TRUE(button(QStringLiteral("undoLastPushButton"))->isEnabled());

    clickAndWait(QStringLiteral("undoPushButton_policyagent"));
    EXPECT_EQ(scm().at("PolicyAgent").startType, StartType::Disabled);
    EXPECT_EQ(scm().at("PolicyAgent").state, ServiceState::Stopped);
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Error));
    EXPECT_EQ(wizard().findChild<QAbstractButton*>(QStringLiteral("undoPushButton_policyagent")), nullptr);
    EXPECT_FALSE(button(QStringLiteral("undoLastPushButton"))->isEnabled());
}

TEST_F(ServicesPageTest, UndoLastFixRestoresTheNewestChange) {
    disablePolicyAgent(scm());
    start(true, true);
    goNext();
    clickAndWait(kSetAutomatic);
    ASSERT_EQ(scm().at("PolicyAgent").startType, StartType::Automatic);
    clickAndWait(QStringLiteral("undoLastPushButton"));
    EXPECT_EQ(scm().at("PolicyAgent").startType, StartType::Disabled);
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Error));
}

TEST_F(ServicesPageTest, WithoutElevationTheFixRunsTheCliHelperElevated) {
    disablePolicyAgent(scm());
    start(true, false);
    goNext();
    auto* fix = button(kSetAutomatic);
    ASSERT_NE(fix, nullptr);
    EXPECT_TRUE(fix->property("requiresElevation").toBool());
    EXPECT_FALSE(fix->icon().isNull()) << "the UAC shield";

    clickAndWait(kSetAutomatic);
    ASSERT_EQ(elevation().calls.size(), 1u);
    const QString resultFile = QFileInfo(journalFile()).dir().filePath(QStringLiteral("helper-result.json"));
    const std::vector<std::string> expected{"fix",
                                            "service.policyagent.set-automatic",
                                            "--json",
                                            "--journal",
                                            QDir::toNativeSeparators(journalFile()).toStdString(),
                                            "--result",
                                            QDir::toNativeSeparators(resultFile).toStdString()};
    EXPECT_EQ(elevation().calls[0], expected);
    EXPECT_EQ(elevation().lastProgram, "/opt/ipsecdoctor/ipsecdoctor-cli");
    EXPECT_EQ(scm().at("PolicyAgent").startType, StartType::Automatic);
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Ok));
    ASSERT_EQ(session().sessionEntries().size(), 1u);
    const std::string entryId = session().sessionEntries()[0].id;

    auto* undo = button(QStringLiteral("undoPushButton_policyagent"));
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->property("requiresElevation").toBool());
    clickAndWait(QStringLiteral("undoPushButton_policyagent"));
    ASSERT_EQ(elevation().calls.size(), 2u);
    const std::vector<std::string> undoArgs{"undo",
                                            entryId,
                                            "--json",
                                            "--journal",
                                            QDir::toNativeSeparators(journalFile()).toStdString(),
                                            "--result",
                                            QDir::toNativeSeparators(resultFile).toStdString()};
    EXPECT_EQ(elevation().calls[1], undoArgs);
    EXPECT_EQ(scm().at("PolicyAgent").startType, StartType::Disabled);
}

TEST_F(ServicesPageTest, DeclinedUacPromptChangesNothing) {
    disablePolicyAgent(scm());
    start(true, false);
    elevation().helper = nullptr; // the fake answers Cancelled, as when the user says No
    goNext();
    clickAndWait(kSetAutomatic);
    EXPECT_EQ(scm().at("PolicyAgent").startType, StartType::Disabled);
    EXPECT_TRUE(
        labelText(QStringLiteral("actionResultLabel")).contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Error));
    EXPECT_TRUE(button(kSetAutomatic)->isEnabled());
}

TEST_F(ServicesPageTest, HelperFailureIsReported) {
    disablePolicyAgent(scm());
    start(true, false);
    elevation().helper = [](const std::vector<std::string>&) -> Expected<int> {
        return 3;
    };
    goNext();
    clickAndWait(kSetAutomatic);
    const QString text = labelText(QStringLiteral("actionResultLabel"));
    EXPECT_TRUE(text.contains(QStringLiteral("could not be applied"))) << text.toStdString();
    EXPECT_EQ(scm().at("PolicyAgent").startType, StartType::Disabled);
}

TEST_F(ServicesPageTest, RestartAsksFirstBecauseItCannotBeUndone) {
    start(true, true);
    goNext();
    const QString restart = QStringLiteral("fixPushButton_service.ikeext.restart");
    m_confirmAnswer = false;
    clickAndWait(restart);
    EXPECT_TRUE(scm().calls.empty());
    // It says what the restart drops before the user agrees (expert review E8).
    EXPECT_TRUE(m_confirmText.contains(QStringLiteral("DirectAccess"))) << m_confirmText.toStdString();
    m_confirmAnswer = true;
    clickAndWait(restart);
    EXPECT_NE(std::find(scm().calls.begin(), scm().calls.end(), "stop:IKEEXT"), scm().calls.end());
    EXPECT_EQ(scm().at("IKEEXT").state, ServiceState::Running);
}

TEST_F(ServicesPageTest, BlockedDependencyMakesTheRowRed) {
    scm().at("BFE").startType = StartType::Disabled;
    scm().at("BFE").state = ServiceState::Stopped;
    scm().at("PolicyAgent").state = ServiceState::Stopped;
    start();
    goNext();
    EXPECT_EQ(verdictOf(QStringLiteral("BFE")), severity(Severity::Critical));
    // PolicyAgent itself is fine (stopped, starts on demand) but cannot start without BFE.
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Error));
    auto* row = find<QWidget>(QStringLiteral("serviceRow_PolicyAgent"));
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->findChild<QLabel*>(QStringLiteral("relatedLabel"))->isVisible());
    EXPECT_TRUE(button(QStringLiteral("fixPushButton_service.bfe.set-default-start"))->isEnabled());
}

TEST_F(ServicesPageTest, CheckCanBeCancelledAndRunAgain) {
    disablePolicyAgent(scm());
    start();
    gate().close();
    click(QStringLiteral("nextPushButton"));
    ASSERT_TRUE(gate().waitForBlockedQuery());
    QCoreApplication::processEvents();
    EXPECT_EQ(wizard().currentId(), 1);
    EXPECT_TRUE(session().busy());
    EXPECT_TRUE(find<QProgressBar>(QStringLiteral("checkProgressBar"))->isVisible());
    EXPECT_FALSE(button(QStringLiteral("nextPushButton"))->isEnabled());
    EXPECT_TRUE(labelText(QStringLiteral("checkStatusLabel")).contains(QStringLiteral("Checking")));

    click(QStringLiteral("cancelCheckPushButton"));
    gate().open();
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(labelText(QStringLiteral("checkStatusLabel")).contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(find<QProgressBar>(QStringLiteral("checkProgressBar"))->isVisible());
    EXPECT_FALSE(session().hasResults());
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), QStringLiteral("Not checked yet"));

    clickAndWait(QStringLiteral("recheckPushButton"));
    EXPECT_TRUE(session().hasResults());
    EXPECT_EQ(verdictOf(QStringLiteral("PolicyAgent")), severity(Severity::Error));
    EXPECT_TRUE(labelText(QStringLiteral("checkStatusLabel")).startsWith(QStringLiteral("Checked")));
}

TEST_F(ServicesPageTest, GoingBackCancelsARunningCheck) {
    start();
    gate().close();
    click(QStringLiteral("nextPushButton"));
    ASSERT_TRUE(gate().waitForBlockedQuery());
    click(QStringLiteral("backPushButton"));
    gate().open();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(wizard().currentId(), 0);
    EXPECT_FALSE(session().hasResults());
}

} // namespace
} // namespace ipsecdoctor::testing
