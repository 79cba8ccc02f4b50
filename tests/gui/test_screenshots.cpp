// Screenshots of every page in English and French (build tree: screenshots/<page>-<lang>.png),
// to look at the wizard as a user would. They also check that each page renders at its size.

#include "GuiTestSupport.h"

#include "AppPaths.h"
#include "GuiLogging.h"
#include "widgets/FindingWidget.h"
#include "widgets/LogWindow.h"

#include <QComboBox>
#include <QFileInfo>
#include <QTest>

namespace ipsecdoctor::testing {
namespace {

class ScreenshotTest : public WizardTest, public ::testing::WithParamInterface<const char*> {
protected:
    QString lang() const { return QString::fromUtf8(GetParam()); }

    void applyLanguage() {
        language().apply(lang());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    void shoot(const QString& page) {
        QCoreApplication::processEvents();
        const QString path = saveScreenshot(wizard(), page + QLatin1Char('-') + lang());
        EXPECT_TRUE(QFileInfo::exists(path));
        std::cout << "screenshot: " << path.toStdString() << std::endl;
    }
};

TEST_P(ScreenshotTest, LiveWizardWithADisabledPolicyAgent) {
    disablePolicyAgent(scm());
    start(true, false);
    gui::GuiLogging logging(logForwarder(), app::AppPaths::logFile(QStringLiteral("gui")));
    applyLanguage();
    shoot(QStringLiteral("welcome"));
    goNext();
    shoot(QStringLiteral("services"));
    click(QStringLiteral("fixPushButton_service.policyagent.set-automatic"));
    ASSERT_TRUE(waitIdle());
    shoot(QStringLiteral("services-fixed"));
    click(QStringLiteral("undoPushButton_policyagent"));
    ASSERT_TRUE(waitIdle());
    goNext(); // Proposals (test_proposals_page.cpp shoots it with profiles)
    goNext();
    if (auto* first = wizard().findChild<gui::FindingWidget*>()) {
        first->setEvidenceShown(true);
    }
    shoot(QStringLiteral("summary"));
    wizard().toggleDetails();
    QCoreApplication::processEvents();
    saveScreenshot(*wizard().logWindow(), QStringLiteral("details-") + lang());
}

TEST_P(ScreenshotTest, BundleOpenedWithoutLiveChecks) {
    start(false);
    applyLanguage();
    m_openFileAnswer = dataDir() + QStringLiteral("/not-a-bundle.zip");
    click(QStringLiteral("openBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    shoot(QStringLiteral("welcome-error"));
    m_openFileAnswer = sampleBundle(std::filesystem::path(dataDir().toStdString()));
    click(QStringLiteral("openBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    shoot(QStringLiteral("welcome-bundle"));
    goNext();
    shoot(QStringLiteral("services-bundle"));
    goNext();
    goNext();
    shoot(QStringLiteral("summary-bundle"));
}

TEST_P(ScreenshotTest, CheckInProgress) {
    start(true, true);
    applyLanguage();
    gate().close();
    click(QStringLiteral("nextPushButton"));
    ASSERT_TRUE(gate().waitForBlockedQuery());
    QTest::qWait(50);
    shoot(QStringLiteral("services-checking"));
    gate().open();
    ASSERT_TRUE(waitIdle());
}

TEST_P(ScreenshotTest, DisabledBaseFilteringEngineBlocksTheOthers) {
    scm().at("BFE").startType = StartType::Disabled;
    scm().at("BFE").state = ServiceState::Stopped;
    scm().at("IKEEXT").state = ServiceState::Stopped;
    start(true, true);
    applyLanguage();
    goNext();
    shoot(QStringLiteral("services-bfe-disabled"));
    goNext();
    goNext();
    shoot(QStringLiteral("summary-bfe-disabled"));
}

TEST_P(ScreenshotTest, ModernStyleAsUnderWine) {
    disablePolicyAgent(scm());
    start(true, false);
    wizard().setWizardStyle(QWizard::ModernStyle);
    applyLanguage();
    shoot(QStringLiteral("welcome-modern"));
    goNext();
    shoot(QStringLiteral("services-modern"));
    EXPECT_TRUE(button(QStringLiteral("nextPushButton"))->isVisible());
}

INSTANTIATE_TEST_SUITE_P(Languages, ScreenshotTest, ::testing::Values("en", "fr"));

} // namespace
} // namespace ipsecdoctor::testing
