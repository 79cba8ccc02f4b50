// The Proposals page, offscreen: a real phonebook (tests/data) in a temporary user folder, the
// issue's scenario (Windows-default IKEv2 profile, a server accepting only AES-256/SHA-256/
// MODP2048), the fix written into the phonebook in this process, undo, the probe's progress and
// Cancel, and screenshots in French and English.
//
// The probe engine is not part of this branch yet: the page's probe is given here as a function
// that returns the acceptance such a server gives (issue 3 brings the probe engine).

#include "GuiTestSupport.h"
#include "ProbeCatalogue.h"

#include "pages/PageId.h"
#include "pages/ProposalsPage.h"

#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/remediation/setting_remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/vpn/phonebook.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include <thread>

namespace ipsecdoctor::testing {
namespace {

std::string realPhonebook() {
    auto text = readFile(std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world" / "pbk" /
                             "githlp69-a_rasphone_IKEv2-PowershellCreated.pbk",
                         vpn::kMaxPhonebookBytes);
    EXPECT_TRUE(text.hasValue());
    return text ? *text : std::string();
}

proposals::ServerAcceptance aes256Sha256Modp2048() {
    proposals::ServerAcceptance s;
    s.server = "newyorkcity.hideservers.net";
    s.reachable = true;
    s.ikev2 = proposals::Ikev2Acceptance{
        true, {*ike::parseProposal("aes256-sha256-modp2048")}, ike::DhGroup::Modp2048, false};
    return s;
}

/// What the real probe reports for such a server (the shape ike.charon.proposals-fix sees from
/// charon): Windows' set refused, discovery finds aes256-sha256-modp2048 after an INVALID_KE(14).
ProbeResult probeOfModp2048Server() {
    ProbeResult r;
    r.host = "newyorkcity.hideservers.net";
    r.address = "192.0.2.10";
    r.dns = "ok";
    r.transport = "reachable";
    r.reachable = true;
    r.rttMs = 23.4;
    r.attempts = 1;
    r.packetsSent = 7;
    r.packetsReceived = 7;
    r.ikev2.probed = true;
    r.ikev2.answered = true;
    r.ikev2.windowsSet = "windows10-default";
    r.ikev2.windowsDefaultAccepted = false;
    r.ikev2.accepted = {ike::toProbeProposal(*ike::parseProposal("aes256-sha256-modp2048"))};
    r.ikev2.discoveryComplete = true;
    r.ikev2.keGroupRequested = 14;
    r.ikev1.probed = true;
    r.ikev1.mainModeAnswered = true;
    r.ikev1.windowsDefaultAccepted = false;
    r.ikev1.discoveryComplete = true;
    r.ikev1.aggressiveMode = "rejected";
    r.tunnels = {"ikev2"}; // probed for the IKEv2 profile (proposals::probeOptionsFor)
    r.largePackets = ProbeLargePackets{"delivered", "not-tested", 2500};
    r.natDetected = false;
    r.natt = ProbeNatTraversal{"reachable", {}, 21.0, 1};
    r.serverFingerprint = "strongswan";
    r.exchanges = {{"ikev2-windows", 12, "no-proposal-chosen", {}, 1, 23.4},
                   {"ikev2-discovery", 167, "invalid-ke", "MODP_2048", 1, 20.0},
                   {"ikev2-discovery", 167, "accepted", "aes256-sha256-modp2048", 1, 22.0}};
    return r;
}

class ProposalsPageTest : public WizardTest, public ::testing::WithParamInterface<const char*> {
protected:
    void openPage(gui::ProposalsEnvironment env) {
        const auto folder = std::filesystem::path(dataDir().toStdString()) / "Pbk";
        std::filesystem::create_directories(folder);
        m_pbk = folder / "rasphone.pbk";
        m_original = realPhonebook();
        ASSERT_TRUE(writeFileAtomic(m_pbk, m_original).hasValue());
        start(true, false);
        language().apply(QString::fromUtf8(GetParam()));
        QCoreApplication::processEvents();
        m_page = wizard().findChild<gui::ProposalsPage*>(QStringLiteral("proposalsPage"));
        ASSERT_NE(m_page, nullptr);
        const auto pbk = m_pbk;
        const auto journal = std::filesystem::path(journalFile().toStdString());
        env.phonebooks = [pbk] {
            return std::vector<PhonebookLocation>{{PhonebookScope::User, pbk}};
        };
        auto remediator = [pbk, journal] {
            SettingRemediatorOptions options;
            options.phonebookPath = [pbk](PhonebookScope) -> Expected<std::filesystem::path> {
                return pbk;
            };
            return std::make_shared<std::pair<Journal, SettingRemediatorOptions>>(Journal(journal), options);
        };
        env.applyFix = [remediator](const SettingSpec& spec) {
            auto r = remediator();
            return SettingRemediator(nullptr, r->first, r->second).apply(spec);
        };
        env.undo = [remediator](const std::string& id) {
            auto r = remediator();
            return SettingRemediator(nullptr, r->first, r->second).undo(id);
        };
        m_page->setEnvironment(std::move(env));
        for (int i = 0; i < 5 && wizard().currentId() != gui::ProposalsPageId; ++i) {
            goNext(); // Welcome, Services, Certificates...
        }
        ASSERT_EQ(wizard().currentId(), gui::ProposalsPageId);
        ASSERT_TRUE(waitPage());
    }

    bool waitPage() {
        const bool idle = QTest::qWaitFor([this] { return !m_page->busy(); }, 10000);
        QCoreApplication::processEvents();
        return idle;
    }

    void shoot(const QString& name) {
        QCoreApplication::processEvents();
        const QString path =
            saveScreenshot(wizard(), name + QLatin1Char('-') + QString::fromUtf8(GetParam()));
        EXPECT_TRUE(QFileInfo::exists(path));
    }

    QString cell(int row, int column) {
        auto* table = find<QTableWidget>(QStringLiteral("proposalsTableWidget"));
        auto* item = table ? table->item(row, column) : nullptr;
        return item ? item->text() : QString();
    }

    std::filesystem::path m_pbk;
    std::string m_original;
    gui::ProposalsPage* m_page = nullptr;
};

TEST_P(ProposalsPageTest, WindowsDefaultProfileAgainstAModp2048ServerIsDiagnosedFixedAndUndone) {
    gui::ProposalsEnvironment env;
    env.probe = [](const gui::ProbeRequest& request, const std::atomic<bool>&,
                   const std::function<void(int, int)>& progress) -> Expected<ProbeResult> {
        EXPECT_EQ(request.server, "newyorkcity.hideservers.net");
        EXPECT_EQ(request.tunnel, TunnelType::Ikev2);
        EXPECT_FALSE(request.inputs.customPolicy.has_value()); // Windows' default set is what is offered
        EXPECT_EQ(request.signIn, VpnAuthMethod::EapMschapv2); // the profile's, recorded by the probe
        progress(1, 1);
        return probeOfModp2048Server();
    };
    openPage(env);
    auto* combo = find<QComboBox>(QStringLiteral("profileComboBox"));
    ASSERT_EQ(combo->count(), 2); // BestBuy + "another server"
    EXPECT_TRUE(combo->itemText(0).startsWith(QStringLiteral("BestBuy")));
    // Before asking the server: Windows' twelve IKE proposals and five ESP ones, nothing asked.
    auto* table = find<QTableWidget>(QStringLiteral("proposalsTableWidget"));
    EXPECT_EQ(table->rowCount(), 12 + 5);
    EXPECT_EQ(cell(0, 1), QStringLiteral("3des-sha1-modp1024"));
    EXPECT_EQ(m_page->findings().front().id, "proposal.server.not-probed");
    shoot(QStringLiteral("proposals-not-probed"));

    click(QStringLiteral("probePushButton"));
    ASSERT_TRUE(waitPage());
    ASSERT_EQ(m_page->findings().front().id, "proposal.ikev2.dh-group-mismatch");
    EXPECT_FALSE(labelText(QStringLiteral("verdictLabel")).isEmpty());
    // The path, as the probe saw it: UDP 500 and 4500 answer, no NAT, a strongSwan server.
    auto* connectivity = find<QWidget>(QStringLiteral("connectivityPanel"));
    ASSERT_TRUE(connectivity && connectivity->isVisible());
    const QString path = labelText(QStringLiteral("connectivityLabel"));
    EXPECT_TRUE(path.contains(QStringLiteral("23 ms")) || path.contains(QStringLiteral("23\u00a0ms")))
        << path.toStdString();
    EXPECT_TRUE(path.contains(QStringLiteral("4500"))) << path.toStdString();
    EXPECT_TRUE(path.contains(QStringLiteral("strongswan"))) << path.toStdString();
    // The verdict for the profile's own tunnel type only: IKEv2, not L2TP/IPsec.
    EXPECT_TRUE(path.contains(app::ProbeCatalogue::verdict(probeOfModp2048Server(), "ikev2")))
        << path.toStdString();
    EXPECT_FALSE(path.contains(app::ProbeCatalogue::tunnel("l2tp"))) << path.toStdString();
    EXPECT_TRUE(path.contains(QStringLiteral("2500"))) << path.toStdString(); // large packets: delivered
    EXPECT_EQ(cell(12, 2), QStringLiteral("aes256-sha256-modp2048"));         // accepted, not offered
    auto* fix = button(QStringLiteral("proposalsFixPushButton"));
    ASSERT_TRUE(fix->isVisible());
    EXPECT_TRUE(fix->isEnabled());
    EXPECT_TRUE(labelText(QStringLiteral("fixLabel"))
                    .contains(QStringLiteral("AES256,SHA256,Group14,AES256,SHA196,None")));
    click(QStringLiteral("whyToolButton"));
    shoot(QStringLiteral("proposals-mismatch"));
    click(QStringLiteral("whyToolButton"));

    click(QStringLiteral("proposalsFixPushButton"));
    ASSERT_TRUE(waitPage());
    auto book = vpn::parsePhonebook(*readFile(m_pbk, vpn::kMaxPhonebookBytes));
    ASSERT_TRUE(book.hasValue());
    EXPECT_EQ(book->find("BestBuy")->find("CustomIPSecPolicies")->value,
              "020000000400000003000000050000000100000000000000");
    // What Windows now offers is the one proposal the server accepts.
    EXPECT_EQ(m_page->findings().front().id, "proposal.ikev2.accepted");
    EXPECT_EQ(table->rowCount(), 2);
    EXPECT_EQ(cell(0, 1), QStringLiteral("aes256-sha256-modp2048"));
    EXPECT_EQ(cell(0, 2), QStringLiteral("aes256-sha256-modp2048"));
    EXPECT_FALSE(labelText(QStringLiteral("messageLabel")).isEmpty());
    shoot(QStringLiteral("proposals-fixed"));

    ASSERT_TRUE(button(QStringLiteral("proposalsUndoPushButton"))->isVisible());
    click(QStringLiteral("proposalsUndoPushButton"));
    ASSERT_TRUE(waitPage());
    EXPECT_EQ(*readFile(m_pbk, vpn::kMaxPhonebookBytes), m_original);
    EXPECT_EQ(m_page->findings().front().id, "proposal.ikev2.dh-group-mismatch");
    EXPECT_FALSE(button(QStringLiteral("proposalsUndoPushButton"))->isVisible());
}

TEST_P(ProposalsPageTest, ProbeShowsProgressAndCanBeCancelled) {
    gui::ProposalsEnvironment env;
    env.probe = [](const gui::ProbeRequest&, const std::atomic<bool>& cancel,
                   const std::function<void(int, int)>& progress) -> Expected<ProbeResult> {
        progress(0, 3);
        while (!cancel.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return Error::make(ErrorCode::Cancelled, "cancelled");
    };
    openPage(env);
    click(QStringLiteral("probePushButton"));
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return find<QWidget>(QStringLiteral("cancelProbePushButton"))->isVisible(); }));
    EXPECT_TRUE(m_page->busy());
    EXPECT_FALSE(m_page->isComplete()); // Next waits for the probe
    shoot(QStringLiteral("proposals-probing"));
    click(QStringLiteral("cancelProbePushButton"));
    ASSERT_TRUE(waitPage());
    EXPECT_EQ(m_page->findings().front().id, "proposal.server.not-probed");
    EXPECT_FALSE(labelText(QStringLiteral("messageLabel")).isEmpty());
}

TEST_P(ProposalsPageTest, ServerTypedByHand) {
    openPage({});
    auto* combo = find<QComboBox>(QStringLiteral("profileComboBox"));
    combo->setCurrentIndex(combo->count() - 1);
    auto* server = find<QLineEdit>(QStringLiteral("serverLineEdit"));
    ASSERT_TRUE(server->isVisible());
    server->setText(QStringLiteral("vpn.example.net"));
    emit server->editingFinished();
    ASSERT_TRUE(m_page->context().has_value());
    EXPECT_EQ(m_page->context()->subject.server, "vpn.example.net");
    m_page->setAcceptance(aes256Sha256Modp2048());
    EXPECT_EQ(m_page->findings().front().id, "proposal.ikev2.dh-group-mismatch");
    // No profile to change: the machine-wide fix is offered instead.
    EXPECT_EQ(m_page->findings().front().remediations.front(), fix::kNegotiateDh2048);
    EXPECT_FALSE(button(QStringLiteral("probePushButton"))->isEnabled()); // no probe in this environment
}

INSTANTIATE_TEST_SUITE_P(Languages, ProposalsPageTest, ::testing::Values("en", "fr"));

} // namespace
} // namespace ipsecdoctor::testing
