// The welcome page: language switch (live, remembered), elevation and mode status, and Next
// staying disabled until there is something to check.

#include "GuiTestSupport.h"

#include "Language.h"

#include <QComboBox>
#include <QSettings>
#include <QTest>

namespace ipsecdoctor::testing {
namespace {

class WelcomePageTest : public WizardTest {
protected:
    void chooseLanguage(const QString& code) {
        auto* combo = find<QComboBox>(QStringLiteral("languageComboBox"));
        ASSERT_NE(combo, nullptr);
        const int target = combo->findData(code);
        ASSERT_GE(target, 0);
        combo->setFocus();
        // As a user would: arrow keys on the focused combo box (emits activated()).
        const auto key = target > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
        while (combo->currentIndex() != target) {
            QTest::keyClick(combo, key);
        }
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
};

TEST_F(WelcomePageTest, ShowsLiveModeAndElevationAndAllowsNext) {
    start(true, false);
    EXPECT_EQ(wizard().currentId(), 0);
    EXPECT_TRUE(find<QLabel>(QStringLiteral("elevationLabel"))->isVisible());
    EXPECT_TRUE(
        labelText(QStringLiteral("elevationLabel")).contains(QStringLiteral("without administrator rights")));
    EXPECT_TRUE(
        labelText(QStringLiteral("modeLabel")).contains(QStringLiteral("Ready to check this computer")));
    EXPECT_TRUE(button(QStringLiteral("nextPushButton"))->isEnabled());
    EXPECT_FALSE(button(QStringLiteral("checkThisComputerPushButton"))->isVisible());
}

TEST_F(WelcomePageTest, ElevatedSessionSaysSo) {
    start(true, true);
    EXPECT_TRUE(
        labelText(QStringLiteral("elevationLabel")).contains(QStringLiteral("with administrator rights")));
}

TEST_F(WelcomePageTest, SwitchesLanguageLiveAndRemembersIt) {
    start();
    auto* next = button(QStringLiteral("nextPushButton"));
    ASSERT_NE(next, nullptr);
    EXPECT_TRUE(next->text().contains(QStringLiteral("Next"))) << next->text().toStdString();
    const QString englishTitle = wizard().currentPage()->title();

    chooseLanguage(QStringLiteral("fr"));
    EXPECT_EQ(language().current(), QStringLiteral("fr"));
    // QWizard's own buttons come from Qt's French catalogue (qtbase_fr).
    EXPECT_TRUE(next->text().contains(QStringLiteral("Suivant"))) << next->text().toStdString();
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    EXPECT_EQ(app::Language::preferred(), QStringLiteral("fr"));
    // The page re-set its texts: the title is whatever the French catalogue says for it now.
    EXPECT_EQ(wizard().currentPage()->title(),
              QCoreApplication::translate("ipsecdoctor::gui::WelcomePage", "Welcome to IPsec Doctor"));

    chooseLanguage(QStringLiteral("en"));
    EXPECT_TRUE(next->text().contains(QStringLiteral("Next"))) << next->text().toStdString();
    EXPECT_EQ(wizard().currentPage()->title(), englishTitle);
    EXPECT_EQ(app::Language::preferred(), QStringLiteral("en"));
}

TEST_F(WelcomePageTest, FrenchCatalogueTranslatesTheWelcomeText) {
    start();
    const QString english = labelText(QStringLiteral("introLabel"));
    chooseLanguage(QStringLiteral("fr"));
    if (wizard().currentPage()->title() == QStringLiteral("Welcome to IPsec Doctor")) {
        // The GUI's strings reach the French catalogue with the translation pass (lupdate + fr.ts).
        GTEST_SKIP() << "the wizard's strings are not translated to French yet";
    }
    EXPECT_NE(labelText(QStringLiteral("introLabel")), english);
    EXPECT_NE(find<QLabel>(QStringLiteral("modeLabel"))->text(),
              QStringLiteral("Ready to check this computer. Press Next to start."));
}

TEST_F(WelcomePageTest, WithoutLiveChecksNextWaitsForABundle) {
    start(false);
    auto* next = button(QStringLiteral("nextPushButton"));
    ASSERT_NE(next, nullptr);
    EXPECT_FALSE(next->isEnabled());
    EXPECT_FALSE(find<QLabel>(QStringLiteral("elevationLabel"))->isVisible());
    EXPECT_TRUE(labelText(QStringLiteral("modeLabel")).contains(QStringLiteral("Live checks need Windows")));

    m_openFileAnswer = sampleBundle(std::filesystem::path(dataDir().toStdString()));
    click(QStringLiteral("openBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(next->isEnabled());
    EXPECT_TRUE(labelText(QStringLiteral("modeLabel")).contains(QStringLiteral("PC-COMPTA-07")));
    // No live backend to go back to.
    EXPECT_FALSE(button(QStringLiteral("checkThisComputerPushButton"))->isVisible());
}

TEST_F(WelcomePageTest, CancelledFileDialogChangesNothing) {
    start(false);
    m_openFileAnswer.clear();
    click(QStringLiteral("openBundlePushButton"));
    EXPECT_FALSE(session().busy());
    EXPECT_EQ(session().mode(), gui::SessionMode::Unavailable);
    EXPECT_FALSE(find<QLabel>(QStringLiteral("bundleErrorLabel"))->isVisible());
}

} // namespace
} // namespace ipsecdoctor::testing
