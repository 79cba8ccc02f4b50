// The Certificates page on a live session whose certificate store holds the test PKI: verdicts
// per certificate, the authentication method deciding what is an error, details with a copyable
// thumbprint, the CA import confirmed then undone, and screenshots in English and French.

#include "GuiTestSupport.h"
#include "pages/PageId.h"
#include "widgets/CertificateCard.h"
#include "widgets/ServerNamePanel.h"

#include "cert_test_support.h"
#include "memory_registry.h"

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/util/file_io.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <algorithm>
#include <optional>

namespace ipsecdoctor::testing {
namespace {

class CertificatesPageTest : public WizardTest {
protected:
    void SetUp() override {
        WizardTest::SetUp();
        m_certificates = [this] {
            auto store = std::make_unique<MemoryCertificateStore>();
            store->records.push_back(pkiRecord("root", CertStore::MachineRoot, PrivateKeyState::NotChecked));
            store->records.push_back(
                pkiRecord("intermediate", CertStore::MachineCa, PrivateKeyState::NotChecked));
            store->records.push_back(pkiRecord("machine-good", CertStore::MachineMy,
                                               PrivateKeyState::Accessible,
                                               {"machine-good", "intermediate", "root"}));
            store->records.push_back(pkiRecord("machine-expired", CertStore::MachineMy,
                                               PrivateKeyState::Accessible,
                                               {"machine-expired", "intermediate", "root"}));
            auto orphan = pkiRecord("machine-orphan", CertStore::MachineMy, PrivateKeyState::Accessible,
                                    {"machine-orphan"});
            orphan.chain.trusted = false;
            orphan.chain.partial = true;
            store->records.push_back(orphan);
            m_store = store.get();
            return store;
        };
        // Where a CA import is recorded, which its undo requires (certificate_record.h).
        m_registry = [] {
            return std::make_unique<MemoryRegistry>();
        };
    }
    void reachCertificates() {
        goNext();
        goNext();
        ASSERT_EQ(wizard().currentId(), gui::CertificatesPageId);
    }
    void chooseAuth(AuthMethod m) {
        auto* combo = find<QComboBox>(QStringLiteral("authMethodComboBox"));
        ASSERT_NE(combo, nullptr);
        const int index = combo->findData(QString::fromStdString(std::string(authMethodId(m))));
        ASSERT_GE(index, 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCoreApplication::processEvents();
    }
    gui::CertificateCard* card(const std::string& pkiName) {
        return find<gui::CertificateCard>(QStringLiteral("certificateCard_") +
                                          QString::fromStdString(pkiFacts(pkiName).thumbprint));
    }

    MemoryCertificateStore* m_store = nullptr;
};

TEST_F(CertificatesPageTest, EachCertificateGetsItsVerdictForTheChosenMethod) {
    start(true, true);
    reachCertificates();
    // Unknown method: problems are context only.
    ASSERT_NE(card("machine-expired"), nullptr);
    EXPECT_EQ(card("machine-expired")->findingsSeverity(), Severity::Info);
    chooseAuth(AuthMethod::MachineCertificate);
    EXPECT_EQ(session().certificateInput().authMethod, AuthMethod::MachineCertificate);
    ASSERT_NE(card("machine-good"), nullptr);
    EXPECT_EQ(card("machine-good")->findingsSeverity(), Severity::Ok);
    // One certificate is usable, so the others' problems stay context, but the orphan's chain
    // is still shown for what it is.
    auto* orphan = card("machine-orphan");
    ASSERT_NE(orphan, nullptr);
    EXPECT_TRUE(orphan->findChild<QLabel*>(QStringLiteral("certificateTitleLabel"))
                    ->text()
                    .contains(QStringLiteral("incomplete")));
    chooseAuth(AuthMethod::PreSharedKey);
    EXPECT_LE(card("machine-expired")->findingsSeverity(), Severity::Info);
}

TEST_F(CertificatesPageTest, DetailsShowTheChainAndCopyTheThumbprint) {
    start(true, true);
    reachCertificates();
    auto* good = card("machine-good");
    ASSERT_NE(good, nullptr);
    EXPECT_FALSE(good->detailsShown());
    auto* toggle = good->findChild<QAbstractButton*>(QStringLiteral("certificateDetailsToolButton"));
    ASSERT_NE(toggle, nullptr);
    toggle->click();
    EXPECT_TRUE(good->detailsShown());
    auto* thumb = good->findChild<QLabel*>(QStringLiteral("thumbprintLabel"));
    ASSERT_NE(thumb, nullptr);
    EXPECT_EQ(thumb->text().toStdString(), pkiFacts("machine-good").thumbprint);
    bool chainShown = false;
    for (auto* l : good->findChildren<QLabel*>(QStringLiteral("certificateDetailValueLabel"))) {
        chainShown = chainShown || (l->text().contains(QStringLiteral("IPsec Doctor Test Root CA")) &&
                                    l->text().contains(QStringLiteral("IPsec Doctor Test Issuing CA")));
    }
    EXPECT_TRUE(chainShown);
    good->findChild<QAbstractButton*>(QStringLiteral("copyThumbprintPushButton"))->click();
    EXPECT_EQ(QApplication::clipboard()->text().toStdString(), pkiFacts("machine-good").thumbprint);
}

TEST_F(CertificatesPageTest, ImportRootAfterConfirmationThenUndoRemovesExactlyIt) {
    QString asked;
    prompts().confirm = [&](QWidget*, const QString&, const QString& text) { // the wizard copies prompts
        asked = text;
        return true;
    };
    start(true, true);
    reachCertificates();
    std::erase_if(m_store->records,
                  [](const CertificateRecord& r) { return r.store == CertStore::MachineRoot; });
    const auto before = m_store->records;
    m_openFileAnswer = QString::fromStdString((testPkiDir() / "root.pem").string());
    click(QStringLiteral("importRootCaPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(asked.contains(QString::fromStdString(pkiFacts("root").thumbprint))); // shown before
    ASSERT_EQ(m_store->records.size(), before.size() + 1);
    EXPECT_EQ(m_store->records.back().facts.thumbprint, pkiFacts("root").thumbprint);
    auto* undo = button(QStringLiteral("undoImportPushButton"));
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->isVisible());
    click(QStringLiteral("undoImportPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(m_store->records, before);
}

TEST_F(CertificatesPageTest, DecliningOrAWrongFileChangesNothing) {
    start(true, true);
    reachCertificates();
    const auto before = m_store->records;
    m_openFileAnswer = QString::fromStdString((testPkiDir() / "other-root.der").string());
    m_confirmAnswer = false;
    click(QStringLiteral("importRootCaPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(m_store->records, before);
    m_openFileAnswer = QString::fromStdString((testPkiDir() / "machine-good.der").string());
    m_confirmAnswer = true;
    click(QStringLiteral("importRootCaPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(
        labelText(QStringLiteral("certificateActionLabel")).contains(QStringLiteral("cannot be imported")));
    EXPECT_EQ(m_store->records, before);
}

TEST_F(CertificatesPageTest, NotElevatedImportGoesThroughTheHelperWithFileAndThumbprint) {
    start(true, false);
    reachCertificates();
    m_openFileAnswer = QString::fromStdString((testPkiDir() / "root.der").string());
    click(QStringLiteral("importRootCaPushButton"));
    ASSERT_TRUE(waitIdle());
    ASSERT_FALSE(elevation().calls.empty());
    const auto& args = elevation().calls.back();
    ASSERT_GE(args.size(), 2u);
    EXPECT_EQ(args[0], "fix");
    EXPECT_EQ(args[1], fix::kImportRootCa);
    auto at = [&](const std::string& option) {
        auto it = std::find(args.begin(), args.end(), option);
        return it == args.end() || it + 1 == args.end() ? std::string() : *(it + 1);
    };
    EXPECT_EQ(at("--thumbprint"), pkiFacts("root").thumbprint);
    EXPECT_EQ(QFileInfo(QString::fromStdString(at("--file"))).fileName(), QStringLiteral("root.der"));
}

/// A real phonebook (tests/data/real-world/pbk, an IKEv2 profile "BestBuy" created with
/// Add-VpnConnection: EAP-MSCHAPv2, DisableIKENameEkuCheck=0), optionally with the name check
/// turned off, as the live check's user phonebook.
class ServerNameTest : public CertificatesPageTest {
protected:
    void usePhonebook(bool nameCheckDisabled) {
        auto text = readFile(std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world" / "pbk" /
                                 "githlp69-a_rasphone_IKEv2-PowershellCreated.pbk",
                             1 << 20);
        ASSERT_TRUE(text.hasValue());
        std::string pbk = *text;
        if (nameCheckDisabled) {
            const auto at = pbk.find("DisableIKENameEkuCheck=0");
            ASSERT_NE(at, std::string::npos);
            pbk[at + std::string("DisableIKENameEkuCheck=").size()] = '1';
        }
        const auto folder = std::filesystem::path(dataDir().toStdString()) / "Pbk";
        std::filesystem::create_directories(folder);
        const auto path = folder / "rasphone.pbk";
        ASSERT_TRUE(writeFileAtomic(path, pbk).hasValue());
        m_phonebooks = [path] {
            return std::vector<PhonebookLocation>{{PhonebookScope::User, path}};
        };
    }
    void chooseConnection(const QString& startsWith) {
        auto* combo = find<QComboBox>(QStringLiteral("certificateConnectionComboBox"));
        ASSERT_NE(combo, nullptr);
        int index = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(startsWith)) {
                index = i;
            }
        }
        ASSERT_GE(index, 0) << startsWith.toStdString();
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCoreApplication::processEvents();
    }
    void typeServer(const QString& server) {
        auto* combo = find<QComboBox>(QStringLiteral("certificateConnectionComboBox"));
        ASSERT_NE(combo, nullptr);
        combo->setCurrentIndex(combo->count() - 1); // "Another server…"
        emit combo->activated(combo->count() - 1);
        auto* edit = find<QLineEdit>(QStringLiteral("certificateServerLineEdit"));
        ASSERT_NE(edit, nullptr);
        EXPECT_TRUE(edit->isVisibleTo(&wizard()));
        edit->setText(server);
        emit edit->editingFinished();
        QCoreApplication::processEvents();
    }
    void checkServerCertificate(const std::string& pkiName) {
        auto* panel = find<gui::ServerNamePanel>(QStringLiteral("serverNamePanel"));
        ASSERT_NE(panel, nullptr);
        m_openFileAnswer = QString::fromStdString((testPkiDir() / (pkiName + ".pem")).string());
        click(QStringLiteral("checkServerCertificatePushButton"));
        QCoreApplication::processEvents();
    }
    /// "Ask the server" with a server that answers `certreq` (or nothing, with nullopt). The real
    /// probe against a real strongSwan is tests/ike; here: what the page does with the answer.
    void askServer(std::optional<std::vector<std::string>> certreq) {
        auto* panel = find<gui::ServerNamePanel>(QStringLiteral("serverNamePanel"));
        ASSERT_NE(panel, nullptr);
        panel->setProbe([certreq](const ike::ProbeOptions& options) {
            ProbeResult r;
            r.host = options.host;
            r.transport = certreq ? "reachable" : "timeout";
            r.ikev2.probed = true;
            r.ikev2.answered = certreq.has_value();
            r.certreqCaSha1 = certreq.value_or(std::vector<std::string>{});
            return r;
        });
        click(QStringLiteral("askServerCertreqPushButton"));
        EXPECT_TRUE(QTest::qWaitFor([panel] { return !panel->asking(); }, 10000));
        QCoreApplication::processEvents();
    }
    bool hasFinding(const std::string& id) {
        const auto& fs = session().findings();
        return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.id == id; });
    }
};

TEST_F(ServerNameTest, TheProfileGivesTheNameTheMethodAndTheCheckState) {
    usePhonebook(false);
    start(true, true);
    reachCertificates();
    chooseConnection(QStringLiteral("BestBuy"));
    const auto& input = session().certificateInput();
    EXPECT_EQ(input.serverName, "newyorkcity.hideservers.net");
    EXPECT_EQ(input.authMethod, AuthMethod::EapMschapv2); // CustomAuthKey=26
    EXPECT_EQ(input.nameEkuCheckDisabled, false);
    EXPECT_TRUE(labelText(QStringLiteral("serverNameRuleLabel"))
                    .contains(QStringLiteral("newyorkcity.hideservers.net")));
    EXPECT_TRUE(labelText(QStringLiteral("nameEkuCheckStateLabel")).contains(QStringLiteral("is not set")));
    // The test PKI's server certificate is for vpn.example.test: wrong name for this profile.
    checkServerCertificate("server");
    const QString verdict = labelText(QStringLiteral("serverCertificateResultLabel"));
    EXPECT_TRUE(verdict.contains(QStringLiteral("fails"))) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QStringLiteral("neither one of its DNS names"))) << verdict.toStdString();
    EXPECT_FALSE(hasFinding("certificate.name-check.disabled"));
}

TEST_F(ServerNameTest, ATypedNameOrAddressIsCheckedAgainstTheCertificate) {
    start(true, true);
    reachCertificates();
    typeServer(QStringLiteral("vpn.example.test"));
    EXPECT_EQ(session().certificateInput().serverName, "vpn.example.test");
    EXPECT_FALSE(session().certificateInput().nameEkuCheckDisabled.has_value());
    checkServerCertificate("server");
    EXPECT_TRUE(labelText(QStringLiteral("serverCertificateResultLabel")).contains(QStringLiteral("passes")));
    // The certificate lists 192.0.2.10 only as an IP address entry: Windows wants a DNS name.
    typeServer(QStringLiteral("192.0.2.10"));
    EXPECT_TRUE(labelText(QStringLiteral("serverNameRuleLabel")).contains(QStringLiteral("IP address")));
    EXPECT_TRUE(labelText(QStringLiteral("serverCertificateResultLabel"))
                    .contains(QStringLiteral("only as an IP address entry")));
    EXPECT_TRUE(hasFinding("certificate.name-check.server-is-ip-address"));
    // A computer certificate has no Server Authentication usage.
    typeServer(QStringLiteral("pc1.example.test"));
    checkServerCertificate("machine-good");
    EXPECT_TRUE(labelText(QStringLiteral("serverCertificateResultLabel"))
                    .contains(QStringLiteral("Server Authentication")));
    // Not a certificate at all: said, nothing else.
    m_openFileAnswer = QString::fromStdString((testPkiDir() / "expected.txt").string());
    click(QStringLiteral("checkServerCertificatePushButton"));
    EXPECT_TRUE(labelText(QStringLiteral("serverCertificateResultLabel"))
                    .contains(QStringLiteral("not a certificate")));
}

TEST_F(ServerNameTest, AskingTheServerFillsWhatItAcceptsAndChecksAgain) {
    start(true, true);
    reachCertificates();
    chooseAuth(AuthMethod::MachineCertificate);
    typeServer(QStringLiteral("vpn.example.test"));
    EXPECT_FALSE(session().certificateInput().certreqCaSha1.has_value());
    askServer(std::vector<std::string>{pkiFacts("intermediate").spkiSha1});
    ASSERT_TRUE(session().certificateInput().certreqCaSha1.has_value());
    EXPECT_TRUE(hasFinding("certificate.server-ca.installed"));
    EXPECT_TRUE(labelText(QStringLiteral("certreqLabel")).contains(QStringLiteral("installed here")));
    EXPECT_TRUE(labelText(QStringLiteral("askServerResultLabel")).contains(QStringLiteral("named 1")));
    askServer(std::vector<std::string>{pkiFacts("orphan-intermediate").spkiSha1});
    EXPECT_TRUE(hasFinding("certificate.server-ca.not-installed"));
    EXPECT_TRUE(hasFinding("certificate.server-ca.not-requested"));
    askServer(std::nullopt);
    EXPECT_FALSE(session().certificateInput().certreqCaSha1.has_value());
    EXPECT_TRUE(labelText(QStringLiteral("askServerResultLabel")).contains(QStringLiteral("did not answer")));
    EXPECT_FALSE(hasFinding("certificate.server-ca.not-installed"));
    // Another server: what the first one asked for no longer applies.
    askServer(std::vector<std::string>{pkiFacts("orphan-intermediate").spkiSha1});
    typeServer(QStringLiteral("vpn2.example.test"));
    EXPECT_FALSE(session().certificateInput().certreqCaSha1.has_value());
    EXPECT_FALSE(hasFinding("certificate.server-ca.not-installed"));
}

TEST_F(ServerNameTest, AConnectionThatSkipsTheCheckSaysSoAndWarns) {
    usePhonebook(true);
    start(true, true);
    reachCertificates();
    chooseConnection(QStringLiteral("BestBuy"));
    EXPECT_EQ(session().certificateInput().nameEkuCheckDisabled, true);
    EXPECT_TRUE(labelText(QStringLiteral("nameEkuCheckStateLabel")).contains(QStringLiteral("turned off")));
    EXPECT_TRUE(hasFinding("certificate.name-check.disabled"));
    checkServerCertificate("server");
    EXPECT_TRUE(labelText(QStringLiteral("serverCertificateResultLabel"))
                    .contains(QStringLiteral("skips the check")));
}

class ServerNameScreenshots : public ServerNameTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(ServerNameScreenshots, ProfileWithTheNameCheckOff) {
    usePhonebook(true);
    start(true, false);
    language().apply(QString::fromUtf8(GetParam()));
    QCoreApplication::sendPostedEvents();
    reachCertificates();
    chooseConnection(QStringLiteral("BestBuy"));
    checkServerCertificate("server");
    askServer(std::vector<std::string>{pkiFacts("orphan-intermediate").spkiSha1});
    QCoreApplication::processEvents();
    EXPECT_TRUE(QFileInfo::exists(saveScreenshot(wizard(), QStringLiteral("certificates-server-name-") +
                                                               QString::fromUtf8(GetParam()))));
}

INSTANTIATE_TEST_SUITE_P(Languages, ServerNameScreenshots, ::testing::Values("en", "fr"));

class CertificatesScreenshots : public CertificatesPageTest,
                                public ::testing::WithParamInterface<const char*> {};

TEST_P(CertificatesScreenshots, MachineCertificateConnection) {
    start(true, false);
    language().apply(QString::fromUtf8(GetParam()));
    QCoreApplication::sendPostedEvents();
    reachCertificates();
    chooseAuth(AuthMethod::MachineCertificate);
    if (auto* good = card("machine-good")) {
        good->setDetailsShown(true);
    }
    QCoreApplication::processEvents();
    EXPECT_TRUE(QFileInfo::exists(
        saveScreenshot(wizard(), QStringLiteral("certificates-") + QString::fromUtf8(GetParam()))));
    std::erase_if(m_store->records,
                  [](const CertificateRecord& r) { return r.store == CertStore::MachineMy; });
    click(QStringLiteral("recheckCertificatesPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(QFileInfo::exists(
        saveScreenshot(wizard(), QStringLiteral("certificates-missing-") + QString::fromUtf8(GetParam()))));
}

INSTANTIATE_TEST_SUITE_P(Languages, CertificatesScreenshots, ::testing::Values("en", "fr"));

} // namespace
} // namespace ipsecdoctor::testing
