// The CLI's certificate side: options and their placement, `check --step certificates` with an
// authentication method and a CERTREQ list, `certs`, the CA import fix and its undo through the
// journal, on a platform whose certificate store holds the test PKI.

#include "CliCommands.h"
#include "Language.h"

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/time_format.h"

#include "cert_test_support.h"
#include "memory_registry.h"
#include "simulated_platform.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
using ipsecdoctor::testing::MemoryCertificateStore;
using ipsecdoctor::testing::pkiFacts;
using ipsecdoctor::testing::pkiRecord;
using ipsecdoctor::testing::SimulatedScm;
using nlohmann::json;

namespace {

/// Forwards to a store the test keeps, so that it survives each command's platform.
class BorrowedStore final : public CertificateStore {
public:
    explicit BorrowedStore(CertificateStore& t) : m_t(t) {}
    Expected<std::vector<CertificateRecord>> list(CertStore s) override { return m_t.list(s); }
    Expected<bool> add(CertStore s, std::string_view d, const std::vector<std::string>& p) override {
        return m_t.add(s, d, p);
    }
    Expected<void> remove(CertStore s, std::string_view t) override { return m_t.remove(s, t); }
    bool canModify() const override { return m_t.canModify(); }

private:
    CertificateStore& m_t;
};

class CliCertificates : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        language.apply(QStringLiteral("en"));
        store.records.push_back(pkiRecord("intermediate", CertStore::MachineCa, PrivateKeyState::NotChecked));
        store.records.push_back(pkiRecord("machine-good", CertStore::MachineMy, PrivateKeyState::Accessible,
                                          {"machine-good", "intermediate", "root"}));
        env.makePlatform = [this]() -> Expected<LivePlatform> {
            auto p = ipsecdoctor::testing::simulatedPlatform(scm, elevated);
            p.certificates = std::make_unique<BorrowedStore>(store);
            p.registry = std::make_unique<ipsecdoctor::testing::BorrowedRegistry>(registry); // import records
            return p;
        };
        env.defaultJournalPath = (dir.path() / "journal.json").string();
        env.consent = [this](const ConsentText& text) {
            shown.push_back(text);
            return consentAnswer;
        };
    }
    int run(std::vector<std::string> args) {
        out.str({});
        err.str({});
        auto parsed = parseCli(args);
        if (!std::holds_alternative<CliOptions>(parsed)) {
            return -1;
        }
        return runCli(std::get<CliOptions>(parsed), env, out, err);
    }
    json outJson() { return json::parse(out.str()); }
    static bool hasFinding(const json& doc, const std::string& id) {
        for (const auto& f : doc["findings"]) {
            if (f["id"] == id) {
                return true;
            }
        }
        return false;
    }

    ipsecdoctor::testing::TempDir dir;
    SimulatedScm scm;
    MemoryCertificateStore store;
    ipsecdoctor::testing::MemoryRegistry registry;
    bool elevated = true;
    std::vector<ConsentText> shown; // what the helper's dialog showed
    bool consentAnswer = true;      // what the administrator answers
    Language language;
    CliEnvironment env;
    std::ostringstream out;
    std::ostringstream err;
};

} // namespace

TEST_F(CliCertificates, OptionsAreValidatedAndPlaced) {
    EXPECT_EQ(run({"check", "--auth", "kerberos"}), -1);
    EXPECT_EQ(run({"check", "--certreq", "1234"}), -1);
    EXPECT_EQ(run({"check", "--server", "vpn example"}), -1);
    EXPECT_EQ(run({"certs", "--store", "everything"}), -1);
    EXPECT_EQ(run({"check", "--store", "machine-my"}), -1);    // --store belongs to certs
    EXPECT_EQ(run({"certs", "--auth", "psk"}), -1);            // --auth belongs to check
    EXPECT_EQ(run({"fix", "certificate.import-ca.root"}), -1); // --file and --thumbprint needed
    EXPECT_EQ(run({"fix", "certificate.import-ca.root", "--file", "relative.cer", "--thumbprint",
                   pkiFacts("root").thumbprint}),
              -1);
    EXPECT_EQ(run({"fix", "service.policyagent.start", "--file", "/tmp/x.cer"}), -1);
    EXPECT_EQ(run({"fix", "certificate.import-ca.user"}), -1);
}

TEST_F(CliCertificates, CheckCertificatesFollowsTheAuthMethodAndCertreq) {
    // The server asks for a CA this computer has nowhere.
    const auto root = pkiFacts("orphan-intermediate").spkiSha1;
    EXPECT_EQ(run({"check", "--step", "certificates", "--auth", "machine-cert", "--certreq", root, "--json"}),
              kExitProblems);
    auto doc = outJson();
    EXPECT_TRUE(hasFinding(doc, "certificate.machine.usable"));
    EXPECT_TRUE(hasFinding(doc, "certificate.server-ca.not-installed"));
    EXPECT_TRUE(hasFinding(doc, "certificate.server-ca.not-requested"));
    for (const auto& f : doc["findings"]) {
        EXPECT_EQ(f["step"], "certificates");
    }
    EXPECT_EQ(run({"check", "--step", "certificates", "--auth", "psk", "--json"}), kExitHealthy);
    EXPECT_TRUE(hasFinding(outJson(), "certificate.machine.usable"));
}

TEST_F(CliCertificates, ServerIsAskedForItsCertreqWhenNoListIsGiven) {
    // The probe against a real strongSwan is tests/ike (certreq-*); here: what the CLI does
    // with its answer, and when it asks at all.
    std::vector<ike::ProbeOptions> asked;
    ProbeResult answer;
    answer.host = "vpn.example.test";
    answer.transport = "reachable";
    answer.ikev2.probed = true;
    answer.ikev2.answered = true;
    env.probe = [&](const ike::ProbeOptions& options) {
        asked.push_back(options);
        return answer;
    };
    std::string orphan = pkiFacts("orphan-intermediate").spkiSha1;
    std::transform(orphan.begin(), orphan.end(), orphan.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    }); // as the probe writes it
    answer.certreqCaSha1 = {orphan};
    EXPECT_EQ(run({"check", "--step", "certificates", "--auth", "machine-cert", "--server",
                   "vpn.example.test", "--json"}),
              kExitProblems);
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0].host, "vpn.example.test");
    EXPECT_EQ(asked[0].versions, ike::IkeVersions::V2);
    auto doc = outJson();
    ASSERT_TRUE(hasFinding(doc, "certificate.server-ca.not-installed"));
    for (const auto& f : doc["findings"]) {
        if (f["id"] == "certificate.server-ca.not-installed") {
            EXPECT_EQ(f["evidence"]["missing_ca_sha1"], pkiFacts("orphan-intermediate").spkiSha1);
        }
    }
    EXPECT_TRUE(hasFinding(doc, "certificate.server-ca.not-requested"));

    answer.certreqCaSha1 = {pkiFacts("intermediate").spkiSha1};
    EXPECT_EQ(run({"check", "--step", "certificates", "--auth", "machine-cert", "--server",
                   "vpn.example.test", "--json"}),
              kExitHealthy);
    doc = outJson();
    EXPECT_TRUE(hasFinding(doc, "certificate.server-ca.installed"));
    EXPECT_FALSE(hasFinding(doc, "certificate.server-ca.not-requested"));

    answer.ikev2.answered = false;
    answer.transport = "timeout";
    EXPECT_EQ(
        run({"check", "--step", "certificates", "--auth", "machine-cert", "--server", "vpn.example.test"}),
        kExitHealthy);
    EXPECT_NE(out.str().find("did not say which CAs it accepts"), std::string::npos) << out.str();

    // A list given by hand is not asked again; other steps never ask.
    asked.clear();
    EXPECT_EQ(run({"check", "--step", "certificates", "--server", "vpn.example.test", "--certreq",
                   pkiFacts("root").spkiSha1, "--json"}),
              kExitHealthy);
    EXPECT_EQ(run({"check", "--step", "services", "--server", "vpn.example.test", "--json"}), kExitHealthy);
    EXPECT_TRUE(asked.empty());
}

TEST_F(CliCertificates, ProfileGivesTheMethodTheServerAndTheNameCheck) {
    // A real phonebook (tests/data/real-world/pbk: "BestBuy", IKEv2, EAP-MSCHAPv2, dials
    // newyorkcity.hideservers.net), with the name check turned off for this test.
    auto text = readFile(std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world" / "pbk" /
                             "githlp69-a_rasphone_IKEv2-PowershellCreated.pbk",
                         1 << 20);
    ASSERT_TRUE(text.hasValue());
    std::string pbk = *text;
    const auto at = pbk.find("DisableIKENameEkuCheck=0");
    ASSERT_NE(at, std::string::npos);
    pbk[at + std::string("DisableIKENameEkuCheck=").size()] = '1';
    const auto path = dir.path() / "rasphone.pbk";
    ASSERT_TRUE(writeFileAtomic(path, pbk).hasValue());
    env.phonebooks = [path] {
        return std::vector<PhonebookLocation>{{PhonebookScope::User, path}};
    };
    std::vector<std::string> asked;
    env.probe = [&](const ike::ProbeOptions& options) {
        asked.push_back(options.host);
        ProbeResult r;
        r.host = options.host;
        r.transport = "timeout";
        return r;
    };
    EXPECT_EQ(run({"check", "--step", "certificates", "--profile", "BestBuy", "--json"}), kExitProblems);
    ASSERT_EQ(asked, std::vector<std::string>{"newyorkcity.hideservers.net"});
    auto doc = outJson();
    EXPECT_TRUE(hasFinding(doc, "certificate.name-check.disabled"));
    EXPECT_TRUE(hasFinding(doc, "certificate.server-ca.unknown"));
    EXPECT_FALSE(hasFinding(doc, "certificate.auth-method.unknown")); // EAP-MSCHAPv2 from the profile
    for (const auto& f : doc["findings"]) {
        if (f["id"] == "certificate.machine.usable") {
            EXPECT_EQ(f["evidence"]["needed"],
                      "false"); // a password connection needs no computer certificate
        }
    }
    // --server and --auth override the profile.
    EXPECT_EQ(run({"check", "--step", "certificates", "--profile", "BestBuy", "--server", "vpn.example.test",
                   "--auth", "machine-cert", "--json"}),
              kExitProblems);
    EXPECT_EQ(asked.back(), "vpn.example.test");
    EXPECT_FALSE(hasFinding(outJson(), "certificate.auth-method.unknown"));
    EXPECT_EQ(run({"check", "--step", "certificates", "--profile", "Nowhere", "--json"}), kExitRuntimeError);
    // The connection under diagnosis: every step is judged for it, and a profile that is not there
    // is an error whatever the step.
    EXPECT_NE(run({"check", "--step", "services", "--profile", "BestBuy"}), -1);
    EXPECT_EQ(run({"check", "--step", "services", "--profile", "Nowhere"}), kExitRuntimeError);
}

TEST_F(CliCertificates, CertsListsStoresAsTextAndJson) {
    EXPECT_EQ(run({"certs", "--store", "machine-my", "--json"}), kExitHealthy);
    auto doc = outJson();
    ASSERT_EQ(doc["certificates"].size(), 1u);
    EXPECT_EQ(doc["certificates"][0]["facts"]["thumbprint"], pkiFacts("machine-good").thumbprint);
    EXPECT_EQ(doc["certificates"][0]["private_key"], "accessible");
    EXPECT_EQ(run({"certs"}), kExitHealthy);
    const std::string text = out.str();
    EXPECT_NE(text.find(pkiFacts("machine-good").thumbprint), std::string::npos);
    EXPECT_NE(text.find("Client Authentication, IP security IKE intermediate"), std::string::npos);
    EXPECT_NE(text.find(pkiFacts("intermediate").spkiSha1), std::string::npos);
}

TEST_F(CliCertificates, ImportRootThenUndoThroughTheJournal) {
    const std::string file = (ipsecdoctor::testing::testPkiDir() / "root.pem").string();
    const auto thumbprint = pkiFacts("root").thumbprint;
    const auto before = store.records;
    EXPECT_EQ(run({"fix", "certificate.import-ca.root", "--file", file, "--thumbprint",
                   "00" + thumbprint.substr(2), "--json"}),
              kExitRuntimeError); // not the confirmed certificate
    EXPECT_EQ(store.records, before);
    ASSERT_EQ(
        run({"fix", "certificate.import-ca.root", "--file", file, "--thumbprint", thumbprint, "--json"}),
        kExitHealthy)
        << out.str();
    auto doc = outJson();
    EXPECT_EQ(doc["result"], "applied");
    EXPECT_EQ(doc["journal_entry"]["certificate"]["thumbprint"], thumbprint);
    EXPECT_EQ(store.records.size(), before.size() + 1);
    EXPECT_EQ(run({"journal"}), kExitHealthy);
    EXPECT_NE(out.str().find("IPsec Doctor Test Root CA"), std::string::npos);
    ASSERT_EQ(run({"undo", "--last"}), kExitHealthy) << out.str() << err.str();
    EXPECT_EQ(store.records, before);
    elevated = false;
    EXPECT_EQ(run({"fix", "certificate.import-ca.root", "--file", file, "--thumbprint", thumbprint}),
              kExitRuntimeError);
    EXPECT_EQ(store.records, before);
}

TEST_F(CliCertificates, TheHelperShowsTheCertificateBeforeImportingIt) {
    const std::string file = (ipsecdoctor::testing::testPkiDir() / "root.der").string();
    const auto facts = pkiFacts("root");
    ASSERT_EQ(run({"fix", "certificate.import-ca.root", "--file", file, "--thumbprint", facts.thumbprint}),
              kExitHealthy)
        << err.str();
    ASSERT_EQ(shown.size(), 1u);
    const std::string body = shown[0].body.toStdString();
    const std::string der = ipsecdoctor::testing::pkiFile("root.der");
    QString sha256 = QString::fromStdString(sha256Hex(der)).toUpper();
    EXPECT_NE(body.find(facts.subject), std::string::npos) << body;
    EXPECT_NE(body.find(facts.issuer), std::string::npos);
    EXPECT_NE(body.find(facts.thumbprint), std::string::npos);
    EXPECT_NE(body.find(sha256.toStdString()), std::string::npos);
    EXPECT_NE(body.find(isoFromUnix(facts.notAfter).substr(0, 10)), std::string::npos);
    EXPECT_NE(body.find("VPN server authentication"), std::string::npos);
    EXPECT_EQ(shown[0].heading.toStdString(), "Trust this root certification authority on this computer?");
    EXPECT_EQ(store.purposes[facts.thumbprint],
              (std::vector<std::string>{"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.8.2.2"}));
}

TEST_F(CliCertificates, CancelImportsNothingAndTellsTheGui) {
    const std::string file = (ipsecdoctor::testing::testPkiDir() / "root.der").string();
    const auto folder = dir.path() / "IPsecDoctor";
    std::filesystem::create_directories(folder);
    const auto result = folder / "helper-result.json";
    const auto before = store.records;
    consentAnswer = false;
    EXPECT_EQ(run({"fix", "certificate.import-ca.root", "--file", file, "--thumbprint",
                   pkiFacts("root").thumbprint, "--result", result.string(), "--json"}),
              kExitRuntimeError);
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(store.records, before);
    EXPECT_EQ(outJson()["error"]["code"], "error.cancelled");
    auto written = readFile(result, 1 << 16);
    ASSERT_TRUE(written) << written.error().detail;
    EXPECT_EQ(json::parse(*written)["error"]["code"], "error.cancelled");
    EXPECT_TRUE(Journal(dir.path() / "journal.json").load()->empty());
}

TEST_F(CliCertificates, ASelfSignedServerCertificateIsRefusedWithoutAsking) {
    const std::string file = (ipsecdoctor::testing::testPkiDir() / "selfsigned-server.der").string();
    const auto before = store.records;
    EXPECT_EQ(run({"fix", "certificate.import-ca.root", "--file", file, "--thumbprint",
                   pkiFacts("selfsigned-server").thumbprint, "--json"}),
              kExitRuntimeError);
    EXPECT_EQ(outJson()["error"]["code"], "error.invalid-argument");
    EXPECT_NE(outJson()["error"]["detail"].get<std::string>().find("not a CA certificate"),
              std::string::npos);
    EXPECT_TRUE(shown.empty());
    EXPECT_EQ(store.records, before);
}

TEST_F(CliCertificates, TheConsentTextIsFrenchWithLangFr) {
    ASSERT_TRUE(language.apply(QStringLiteral("fr")));
    CaCandidate candidate{ipsecdoctor::testing::pkiFile("intermediate.der"), pkiFacts("intermediate")};
    const ConsentText text = caImportConsentText(candidate, CertStore::MachineCa);
    EXPECT_EQ(text.heading.toStdString(),
              "Ajouter cette autorité de certification intermédiaire à cet ordinateur\u00a0?");
    EXPECT_NE(text.body.toStdString().find("authentification des serveurs VPN"), std::string::npos)
        << text.body.toStdString();
    EXPECT_NE(text.body.toStdString().find(pkiFacts("intermediate").thumbprint), std::string::npos);
}
