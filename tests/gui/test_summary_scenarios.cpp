// The Summary of scenario bundles from tests/scenarios, in both languages: the top cause the
// scenario expects is the first one shown, with its first fix, and the page ranks exactly what
// `ipsecdoctor-cli diagnose` ranks for the same bundle. Each is photographed for review.
#include "GuiTestSupport.h"

#include "pages/PageId.h"
#include "widgets/RootCauseWidget.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/file_io.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLayout>

#include <filesystem>
#include <string>
#include <tuple>

namespace ipsecdoctor::testing {
namespace {

using ScenarioParam = std::tuple<const char*, const char*>; // folder, language

/// The scenario's snapshot written as a bundle the way the product writes one.
QString scenarioBundle(const std::string& folder, const QString& dir) {
    const auto root = std::filesystem::path(IPSECDOCTOR_SCENARIOS_DIR) / folder;
    auto text = readFile(root / "snapshot.json", 64 * 1024 * 1024);
    EXPECT_TRUE(text) << folder;
    auto snapshot = snapshotFromJson(nlohmann::json::parse(text ? *text : std::string("{}")));
    EXPECT_TRUE(snapshot) << folder << ": " << (snapshot ? "" : snapshot.error().detail);
    const auto path = std::filesystem::path(dir.toStdString()) / (folder + ".zip");
    if (snapshot) {
        EXPECT_TRUE(exportBundle(path, *snapshot, {}, ""));
    }
    return QString::fromStdString(path.string());
}

QJsonObject expected(const std::string& folder) {
    auto text =
        readFile(std::filesystem::path(IPSECDOCTOR_SCENARIOS_DIR) / folder / "expected.json", 1 << 20);
    return text ? QJsonDocument::fromJson(QByteArray::fromStdString(*text)).object() : QJsonObject{};
}

class SummaryScenarioTest : public WizardTest, public ::testing::WithParamInterface<ScenarioParam> {
protected:
    std::string folder() const { return std::get<0>(GetParam()); }
    QString lang() const { return QString::fromUtf8(std::get<1>(GetParam())); }
};

TEST_P(SummaryScenarioTest, TheSummaryShowsTheExpectedCauseFirstAndRanksAsTheCli) {
    const QString bundle = scenarioBundle(folder(), dataDir());
    start(false);
    language().apply(lang());
    QCoreApplication::processEvents();
    m_openFileAnswer = bundle;
    click(QStringLiteral("openBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    goToSummary();
    QCoreApplication::processEvents();

    const auto want = expected(folder());
    const auto& causes = session().diagnosis().causes;
    QStringList shown;
    for (auto* w : wizard().findChildren<gui::RootCauseWidget*>()) {
        if (w->isVisible()) {
            shown << w->objectName();
        }
    }
    if (want.value(QStringLiteral("top_cause")).isNull()) {
        EXPECT_TRUE(causes.empty()) << folder();
        EXPECT_TRUE(shown.isEmpty());
    } else {
        ASSERT_FALSE(causes.empty()) << folder();
        const QString top = want.value(QStringLiteral("top_cause")).toString();
        EXPECT_EQ(QString::fromStdString(causes.front().id), top);
        EXPECT_NE(wizard().findChild<gui::RootCauseWidget*>(QStringLiteral("rootCause_") + top), nullptr);
        const auto firstFix = want.value(QStringLiteral("first_fix"));
        if (!firstFix.isNull()) {
            ASSERT_FALSE(causes.front().remediations.empty());
            EXPECT_EQ(QString::fromStdString(causes.front().remediations.front()), firstFix.toString());
        }
    }
    // One problem per cause: consequences and configuration facts are not counted again.
    if (!causes.empty()) {
        EXPECT_TRUE(
            labelText(QStringLiteral("overallVerdictLabel")).startsWith(QString::number(causes.size())))
            << labelText(QStringLiteral("overallVerdictLabel")).toStdString();
    }
    // What explains no failure is shown apart, as notes.
    auto* notes = wizard().findChild<QLabel*>(QStringLiteral("notesLabel"));
    ASSERT_NE(notes, nullptr);
    EXPECT_EQ(notes->isVisible(), !session().diagnosis().notes.empty());
    EXPECT_EQ(notes->textFormat(), Qt::PlainText) << "titles carry bundle data";
    QStringList gui;
    for (const auto& c : causes) {
        gui << QString::fromStdString(c.id);
    }
    EXPECT_EQ(gui, cliRanking(bundle, dataDir())) << "the Summary and diagnose rank alike";
    EXPECT_TRUE(QFileInfo::exists(saveScreenshot(
        wizard(),
        QStringLiteral("summary-scenario-%1-%2").arg(QString::fromStdString(folder()).left(2), lang()))));
}

INSTANTIATE_TEST_SUITE_P(
    Scenarios, SummaryScenarioTest,
    ::testing::Combine(::testing::Values("01-healthy-ikev2-eap-mschapv2",
                                         "03-ikev2-machine-certificate-expired",
                                         "05-l2tp-both-behind-nat-809-registry-absent",
                                         "06-ikev2-server-requires-dh-group-14",
                                         "08-l2tp-wrong-psk-789-home-nat", "11-bfe-disabled",
                                         "31-ike-ports-taken-by-another-vpn-client",
                                         "32-l2tp-wrong-psk-with-other-programs-on-the-path"),
                       ::testing::Values("en", "fr")),
    [](const auto& p) {
        std::string name = std::string(std::get<0>(p.param)).substr(0, 2) + "_" + std::get<1>(p.param);
        return name;
    });

class LocalFactsScenarioTest : public WizardTest, public ::testing::WithParamInterface<const char*> {};

// Scenario 31 on the Proposals page: the connectivity panel names the program on the IKE ports
// from the bundle, without asking the server again.
TEST_P(LocalFactsScenarioTest, TheConnectivityPanelNamesWhoHoldsTheIkePorts) {
    const QString bundle = scenarioBundle("31-ike-ports-taken-by-another-vpn-client", dataDir());
    start(false);
    language().apply(QString::fromUtf8(GetParam()));
    QCoreApplication::processEvents();
    m_openFileAnswer = bundle;
    click(QStringLiteral("openBundlePushButton"));
    ASSERT_TRUE(waitIdle());
    for (int i = 0; i < 5 && wizard().currentId() != gui::ProposalsPageId; ++i) {
        goNext();
    }
    ASSERT_EQ(wizard().currentId(), gui::ProposalsPageId);
    QCoreApplication::processEvents();
    auto* panel = find<QWidget>(QStringLiteral("connectivityPanel"));
    ASSERT_TRUE(panel && panel->isVisible());
    const QString text = labelText(QStringLiteral("connectivityLabel"));
    // Both ports, held by the other client's daemon with its pid (a fact line and a problem line
    // each); Windows' own firewall only.
    EXPECT_EQ(text.count(QStringLiteral("iked.exe")), 4) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("\u26a0")), 2) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2688"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(" 500")) && text.contains(QStringLiteral(" 4500")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("IKEEXT"))) << text.toStdString();
    const bool french = QString::fromUtf8(GetParam()) == QLatin1String("fr");
    EXPECT_EQ(text.contains(QStringLiteral("Cet ordinateur")), french) << text.toStdString();
    EXPECT_EQ(text.contains(QStringLiteral("This computer")), !french) << text.toStdString();
    EXPECT_TRUE(QFileInfo::exists(saveScreenshot(
        wizard(), QStringLiteral("proposals-local-facts-%1").arg(QString::fromUtf8(GetParam())))));
}

INSTANTIATE_TEST_SUITE_P(Languages, LocalFactsScenarioTest, ::testing::Values("en", "fr"));

} // namespace
} // namespace ipsecdoctor::testing
