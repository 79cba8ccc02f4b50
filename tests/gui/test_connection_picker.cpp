// The connection under diagnosis in the wizard: the Welcome page lists the bundle's IPsec
// profiles, the failure events decide when nobody chose, another choice judges the same results
// again, and the Summary ranks exactly what `ipsecdoctor-cli diagnose` ranks for the same bundle.
#include "GuiTestSupport.h"

#include "event_samples.h"
#include "windows10_services.h"

#include "pages/PageId.h"
#include "widgets/RootCauseWidget.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>

#include <filesystem>

namespace ipsecdoctor::testing {
namespace {

VpnProfile profile(const std::string& name, TunnelType tunnel, VpnAuthMethod auth,
                   const std::string& server) {
    VpnProfile p;
    p.name = name;
    p.tunnel = tunnel;
    p.auth = auth;
    p.server = server;
    p.preSharedKeyConfigured = auth == VpnAuthMethod::PreSharedKey;
    return p;
}

/// A Windows 10 PC with an IKEv2 profile and an L2TP/PSK one; the L2TP one fails with 789.
QString twoProfileBundle(const QString& dir) {
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:00:00Z";
    s.machine.hostname = "PC-COMPTA-07";
    s.machine.osName = "Windows 10 Pro";
    s.machine.osBuild = "19045";
    s.services = windows10Services();
    s.vpn = VpnConfiguration{};
    s.vpn->profiles = {
        profile("Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2, "vpn.example.com"),
        profile("Lab", TunnelType::L2tp, VpnAuthMethod::PreSharedKey, "lab.example.net")};
    LogsInfo logs;
    logs.source = "live";
    for (const char* t : {"2026-11-27T09:31:00Z", "2026-11-27T09:20:00Z"}) {
        logs.events.push_back(*parseEventXml(rasDialFailedXml(t, "789", "Lab")));
    }
    s.logs = logs;
    const auto path = std::filesystem::path(dir.toStdString()) / "two-profiles.zip";
    EXPECT_TRUE(exportBundle(path, s, {}, ""));
    return QString::fromStdString(path.string());
}

class ConnectionPickerTest : public WizardTest, public ::testing::WithParamInterface<const char*> {
protected:
    QString lang() const { return QString::fromUtf8(GetParam()); }

    void openBundle(const QString& path) {
        start(false);
        language().apply(lang());
        QCoreApplication::processEvents();
        m_openFileAnswer = path;
        click(QStringLiteral("openBundlePushButton"));
        ASSERT_TRUE(waitIdle());
        QCoreApplication::processEvents();
    }
    QStringList guiRanking() {
        QStringList ids;
        for (const auto& c : session().diagnosis().causes) {
            ids << QString::fromStdString(c.id);
        }
        return ids;
    }
    void shoot(const QString& page) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(QFileInfo::exists(saveScreenshot(wizard(), page + QLatin1Char('-') + lang())));
    }
};

TEST_P(ConnectionPickerTest, TheFailingConnectionIsJudgedAndAnotherChoiceJudgesAgain) {
    const QString bundle = twoProfileBundle(dataDir());
    openBundle(bundle);
    auto* combo = find<QComboBox>(QStringLiteral("connectionComboBox"));
    ASSERT_NE(combo, nullptr);
    EXPECT_TRUE(combo->isVisible());
    ASSERT_EQ(combo->count(), 4) << "automatic, the two IPsec profiles, a server typed in";
    EXPECT_EQ(combo->currentIndex(), 0) << "the bundle recorded no choice";
    EXPECT_TRUE(combo->itemText(2).contains(QLatin1String("Lab")));
    shoot(QStringLiteral("welcome-connection"));

    // Nobody chose: the events name "Lab" (L2TP, pre-shared key), so 789 is the key.
    ASSERT_TRUE(session().diagnosis().connectionKnown);
    EXPECT_EQ(session().diagnosis().connection.profile, "Lab");
    ASSERT_FALSE(session().diagnosis().causes.empty());
    EXPECT_EQ(session().diagnosis().causes.front().id, "cause.phase1.psk-mismatch");
    EXPECT_EQ(guiRanking(), cliRanking(bundle, dataDir())) << "the Summary and diagnose rank alike";

    // The connection drives the other steps: the Proposals page shows it first.
    for (int i = 0; i < 10 && wizard().currentId() != gui::ProposalsPageId; ++i) {
        goNext();
    }
    ASSERT_EQ(wizard().currentId(), gui::ProposalsPageId);
    ASSERT_TRUE(waitIdle());
    QCoreApplication::processEvents();
    auto* proposals = find<QComboBox>(QStringLiteral("profileComboBox"));
    ASSERT_NE(proposals, nullptr);
    EXPECT_TRUE(proposals->currentText().startsWith(QLatin1String("Lab")))
        << proposals->currentText().toStdString();

    goToSummary();
    EXPECT_NE(
        wizard().findChild<gui::RootCauseWidget*>(QStringLiteral("rootCause_cause.phase1.psk-mismatch")),
        nullptr);
    EXPECT_TRUE(labelText(QStringLiteral("contextLabel")).contains(QLatin1String("Lab")))
        << "the Summary names the connection it judged";
    shoot(QStringLiteral("summary-connection"));

    // The IKEv2 profile: the Lab failures say nothing of it, and nothing else fails.
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCoreApplication::processEvents();
    ASSERT_TRUE(session().chosenConnection().has_value());
    EXPECT_EQ(session().chosenConnection()->profile, "Office VPN");
    EXPECT_TRUE(session().diagnosis().causes.empty());
    EXPECT_EQ(
        wizard().findChild<gui::RootCauseWidget*>(QStringLiteral("rootCause_cause.phase1.psk-mismatch")),
        nullptr);
}

INSTANTIATE_TEST_SUITE_P(Languages, ConnectionPickerTest, ::testing::Values("en", "fr"),
                         [](const auto& p) { return std::string(p.param); });

} // namespace
} // namespace ipsecdoctor::testing
