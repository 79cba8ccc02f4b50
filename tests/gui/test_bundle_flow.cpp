// Opening diagnostic bundles from the welcome page: the sample opens read-only with every fix
// disabled and explained; a malformed file shows an error and leaves the wizard usable.

#include "GuiTestSupport.h"
#include "pages/PageId.h"

#include "BundleText.h"
#include "Catalogue.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/util/file_io.h"

#include <QComboBox>
#include <QFile>
#include <QTest>

namespace ipsecdoctor::testing {
namespace {

class BundleFlowTest : public WizardTest {
protected:
    QString sample() { return sampleBundle(std::filesystem::path(dataDir().toStdString())); }

    void openBundle(const QString& path) {
        m_openFileAnswer = path;
        click(QStringLiteral("openBundlePushButton"));
        ASSERT_TRUE(waitIdle());
    }
};

TEST_F(BundleFlowTest, SampleBundleIsShownReadOnlyWithFixesDisabled) {
    start(false);
    openBundle(sample());
    ASSERT_EQ(session().mode(), gui::SessionMode::Bundle);
    goNext();
    ASSERT_EQ(wizard().currentId(), 1);

    auto* banner = find<QLabel>(QStringLiteral("readOnlyBannerLabel"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("PC-COMPTA-07")));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Read-only")));

    auto* row = find<QWidget>(QStringLiteral("serviceRow_PolicyAgent"));
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->findChild<QLabel*>(QStringLiteral("verdictIconLabel"))->toolTip(),
              app::Catalogue::severity(Severity::Error));
    auto* fix = button(QStringLiteral("fixPushButton_service.policyagent.set-default-start"));
    ASSERT_NE(fix, nullptr);
    EXPECT_FALSE(fix->isEnabled());
    EXPECT_TRUE(fix->toolTip().contains(QStringLiteral("diagnostic bundle")));
    EXPECT_FALSE(fix->property("requiresElevation").toBool());
    for (auto* any : wizard().findChildren<QAbstractButton*>()) {
        if (any->objectName().startsWith(QStringLiteral("fixPushButton_"))) {
            EXPECT_FALSE(any->isEnabled()) << any->objectName().toStdString();
        }
    }
    EXPECT_FALSE(button(QStringLiteral("undoLastPushButton"))->isVisible());

    goToSummary();
    EXPECT_FALSE(button(QStringLiteral("exportBundlePushButton"))->isEnabled());
    EXPECT_TRUE(labelText(QStringLiteral("contextLabel")).contains(QStringLiteral("PC-COMPTA-07")));
}

TEST_F(BundleFlowTest, ABundleChangedAfterExportOpensWithAWarningInEachLanguage) {
    // The sample with a file added by hand after export (a support ticket's "notes.txt").
    auto entries = readZip(*readFile(sample().toStdString(), kMaxBundleFileBytes));
    ASSERT_TRUE(entries);
    entries->push_back({"notes.txt", "called the user on Monday"});
    const QString edited = dataDir() + QStringLiteral("/edited.zip");
    ASSERT_TRUE(writeFileAtomic(edited.toStdString(), *writeZip(*entries, "2026-12-08T10:00:00Z")));
    for (const auto* lang : {"en", "fr"}) {
        start(false);
        language().apply(QString::fromUtf8(lang));
        QCoreApplication::processEvents();
        openBundle(edited);
        ASSERT_EQ(session().mode(), gui::SessionMode::Bundle) << lang;
        const QString expected = app::BundleText::changedAfterExport({{"notes.txt", "added"}});
        EXPECT_TRUE(expected.contains(QStringLiteral("notes.txt")));
        EXPECT_TRUE(labelText(QStringLiteral("modeLabel")).contains(expected))
            << labelText(QStringLiteral("modeLabel")).toStdString();
        EXPECT_EQ(find<QLabel>(QStringLiteral("modeIconLabel"))->toolTip(),
                  app::Catalogue::severity(Severity::Warning));
        saveScreenshot(wizard(), QStringLiteral("welcome-bundle-changed-%1").arg(QString::fromUtf8(lang)));
        goToSummary();
        EXPECT_TRUE(labelText(QStringLiteral("contextLabel")).contains(expected));
    }
}

TEST_F(BundleFlowTest, MalformedBundleShowsAnErrorAndKeepsTheWizardUsable) {
    start(false);
    const QString broken = dataDir() + QStringLiteral("/broken.zip");
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not really a zip archive");
    }
    openBundle(broken);
    EXPECT_EQ(session().mode(), gui::SessionMode::Unavailable);
    auto* error = find<QLabel>(QStringLiteral("bundleErrorLabel"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("broken.zip"))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(
        app::Catalogue::errorMessage(Error::make(ErrorCode::Malformed, {})).toHtmlEscaped()))
        << error->text().toStdString();
    EXPECT_FALSE(button(QStringLiteral("nextPushButton"))->isEnabled());
    EXPECT_TRUE(button(QStringLiteral("openBundlePushButton"))->isEnabled());

    // Still usable: the next bundle opens and the error goes away.
    openBundle(sample());
    EXPECT_EQ(session().mode(), gui::SessionMode::Bundle);
    EXPECT_FALSE(error->isVisible());
    EXPECT_TRUE(button(QStringLiteral("nextPushButton"))->isEnabled());
}

TEST_F(BundleFlowTest, MissingFileIsReported) {
    start(false);
    openBundle(dataDir() + QStringLiteral("/does-not-exist.zip"));
    EXPECT_TRUE(find<QLabel>(QStringLiteral("bundleErrorLabel"))->isVisible());
    EXPECT_EQ(session().mode(), gui::SessionMode::Unavailable);
}

TEST_F(BundleFlowTest, LiveSessionCanOpenABundleAndComeBack) {
    start(true, true);
    openBundle(sample());
    ASSERT_EQ(session().mode(), gui::SessionMode::Bundle);
    auto* back = button(QStringLiteral("checkThisComputerPushButton"));
    ASSERT_NE(back, nullptr);
    EXPECT_TRUE(back->isVisible());
    click(QStringLiteral("checkThisComputerPushButton"));
    EXPECT_EQ(session().mode(), gui::SessionMode::Live);
    EXPECT_FALSE(back->isVisible());
    goNext();
    // Live again: the fixes are enabled.
    EXPECT_TRUE(button(QStringLiteral("fixPushButton_service.policyagent.start"))->isEnabled());
}

TEST_F(BundleFlowTest, DatesFollowTheLanguage) {
    start(false);
    openBundle(sample());
    const QString english = labelText(QStringLiteral("modeLabel"));
    auto* combo = find<QComboBox>(QStringLiteral("languageComboBox"));
    ASSERT_NE(combo, nullptr);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    ASSERT_EQ(language().current(), QStringLiteral("fr"));
    // The collection date is written the French way (day first), so the text was rebuilt.
    EXPECT_NE(labelText(QStringLiteral("modeLabel")), english);
    EXPECT_TRUE(labelText(QStringLiteral("modeLabel")).contains(QStringLiteral("20/11/2026")))
        << labelText(QStringLiteral("modeLabel")).toStdString();
}

} // namespace
} // namespace ipsecdoctor::testing
