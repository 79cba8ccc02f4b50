// The Certificates page on a live session whose certificate store holds the test PKI: verdicts
// per certificate, the authentication method deciding what is an error, details with a copyable
// thumbprint, the CA import confirmed then undone, and screenshots in English and French.

#include "GuiTestSupport.h"
#include "pages/PageId.h"
#include "widgets/CertificateCard.h"

#include "cert_test_support.h"

#include "ipsecdoctor/checks/certificate_checks.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QTest>

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
    EXPECT_EQ(args[1], kFixImportRootCa);
    auto at = [&](const std::string& option) {
        auto it = std::find(args.begin(), args.end(), option);
        return it == args.end() || it + 1 == args.end() ? std::string() : *(it + 1);
    };
    EXPECT_EQ(at("--thumbprint"), pkiFacts("root").thumbprint);
    EXPECT_EQ(QFileInfo(QString::fromStdString(at("--file"))).fileName(), QStringLiteral("root.der"));
}

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
