// The Certificates step on snapshots built from the test PKI, with the chain verdicts Windows
// gives (the Win32 backend producing them is tested under Wine in tests/win).

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/checks/run_checks.h"

#include "cert_test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;
using ipsecdoctor::testing::pkiFacts;
using ipsecdoctor::testing::pkiRecord;

namespace {

class CertificateChecks : public ::testing::Test {
protected:
    void SetUp() override {
        snapshot = {};
        snapshot.collectedAt = "2026-01-01T00:00:00Z"; // overridden by input.now
        snapshot.machine.hostname = "PC1";
        snapshot.machine.elevated = true;
        snapshot.certificates.collected = true;
        add(pkiRecord("root", CertStore::MachineRoot, PrivateKeyState::NotChecked));
        add(pkiRecord("intermediate", CertStore::MachineCa, PrivateKeyState::NotChecked));
        // "Now" is when the PKI was made: the root is valid from two days before.
        input.now = pkiFacts("root").notBefore + 2 * 86400;
        input.authMethod = AuthMethod::MachineCertificate;
    }
    void add(CertificateRecord r) { snapshot.certificates.certificates.push_back(std::move(r)); }
    CertificateRecord machine(const std::string& name, PrivateKeyState key = PrivateKeyState::Accessible) {
        return pkiRecord(name, CertStore::MachineMy, key, {name, "intermediate", "root"});
    }
    std::vector<Finding> run() { return checkCertificates(snapshot, input); }
    static const Finding* find(const std::vector<Finding>& fs, const std::string& id) {
        auto it = std::find_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.id == id; });
        return it == fs.end() ? nullptr : &*it;
    }

    SystemSnapshot snapshot;
    CertificateCheckInput input;
};

} // namespace

TEST_F(CertificateChecks, GoodMachineCertificateIsUsableAndNothingIsWrong) {
    add(machine("machine-good"));
    const auto fs = run();
    const auto* ok = find(fs, "certificate.machine.usable");
    ASSERT_NE(ok, nullptr);
    EXPECT_EQ(ok->severity, Severity::Ok);
    EXPECT_EQ(ok->evidence.at("thumbprint"), pkiFacts("machine-good").thumbprint);
    EXPECT_EQ(ok->evidence.at("ike_intermediate_eku"), "true");
    EXPECT_EQ(ok->step, Step::Certificates);
    EXPECT_LT(worstSeverity(fs), Severity::Warning);
}

TEST_F(CertificateChecks, NoMachineCertificateIsAnErrorOnlyForMachineCertAuth) {
    auto fs = run();
    const auto* missing = find(fs, "certificate.machine.missing");
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->severity, Severity::Error);
    EXPECT_EQ(missing->remediations, std::vector<std::string>{std::string(fix::kOpenCertlm)});
    input.authMethod = AuthMethod::PreSharedKey;
    EXPECT_EQ(find(run(), "certificate.machine.missing"), nullptr);
    input.authMethod = AuthMethod::UserCertificate;
    fs = run();
    EXPECT_EQ(find(fs, "certificate.machine.missing"), nullptr);
    ASSERT_NE(find(fs, "certificate.user.missing"), nullptr);
}

TEST_F(CertificateChecks, EachBrokenMachineCertificateGivesItsFinding) {
    struct Case {
        std::string name;
        PrivateKeyState key;
        std::string id;
    };
    for (const auto& c : std::vector<Case>{
             {"machine-expired", PrivateKeyState::Accessible, "certificate.machine.expired"},
             {"machine-future", PrivateKeyState::Accessible, "certificate.machine.not-yet-valid"},
             {"machine-server-eku", PrivateKeyState::Accessible, "certificate.machine.eku-missing"},
             {"machine-nokey", PrivateKeyState::None, "certificate.machine.no-private-key"},
             {"machine-good", PrivateKeyState::Inaccessible,
              "certificate.machine.private-key-inaccessible"}}) {
        SCOPED_TRACE(c.name);
        SetUp();
        add(machine(c.name, c.key));
        const auto fs = run();
        const auto* f = find(fs, c.id);
        ASSERT_NE(f, nullptr);
        EXPECT_EQ(f->severity, Severity::Error);
        EXPECT_EQ(f->evidence.at("thumbprint"), pkiFacts(c.name).thumbprint);
        EXPECT_EQ(f->evidence.at("role"), "machine");
        EXPECT_EQ(find(fs, "certificate.machine.usable"), nullptr);
    }
}

TEST_F(CertificateChecks, WrongEkuAloneMeansNoMachineCertificateAtAll) {
    add(machine("machine-server-eku"));
    const auto fs = run();
    ASSERT_NE(find(fs, "certificate.machine.eku-missing"), nullptr);
    EXPECT_EQ(find(fs, "certificate.machine.eku-missing")->evidence.at("ekus"), std::string(kEkuServerAuth));
    ASSERT_NE(find(fs, "certificate.machine.missing"), nullptr);
}

TEST_F(CertificateChecks, InaccessibleMachineKeyIsOnlyConclusiveWhenElevated) {
    snapshot.machine.elevated = false;
    add(machine("machine-good", PrivateKeyState::Inaccessible));
    const auto fs = run();
    const auto* f = find(fs, "certificate.machine.private-key-inaccessible");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Info);
    EXPECT_EQ(f->evidence.at("collected_elevated"), "false");
}

TEST_F(CertificateChecks, ProblemsOfExtraCertificatesAreContextWhenOneIsUsable) {
    add(machine("machine-expired"));
    add(machine("machine-good"));
    const auto fs = run();
    ASSERT_NE(find(fs, "certificate.machine.usable"), nullptr);
    ASSERT_NE(find(fs, "certificate.machine.expired"), nullptr);
    EXPECT_EQ(find(fs, "certificate.machine.expired")->severity, Severity::Info);
}

TEST_F(CertificateChecks, NothingIsAnErrorWhenTheMethodNeedsNoCertificate) {
    add(machine("machine-expired"));
    add(machine("machine-nokey", PrivateKeyState::None));
    for (auto m : {AuthMethod::PreSharedKey, AuthMethod::EapMschapv2}) {
        input.authMethod = m;
        const auto fs = run();
        EXPECT_LE(worstSeverity(fs), Severity::Info) << authMethodId(m);
        EXPECT_NE(find(fs, "certificate.machine.expired"), nullptr); // still shown as context
    }
    input.authMethod.reset();
    const auto fs = run();
    EXPECT_NE(find(fs, "certificate.auth-method.unknown"), nullptr);
    EXPECT_LE(worstSeverity(fs), Severity::Info);
}

TEST_F(CertificateChecks, ExpiringSoonIsAWarning) {
    add(machine("machine-soon"));
    const auto fs = run();
    ASSERT_NE(find(fs, "certificate.machine.usable"), nullptr);
    const auto* f = find(fs, "certificate.machine.expiring-soon");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_EQ(f->evidence.at("days_left"), "10");
}

TEST_F(CertificateChecks, NotYetValidCertificateRaisesClockSuspicion) {
    add(machine("machine-future"));
    const auto fs = run();
    const auto* f = find(fs, "certificate.clock-skew");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_EQ(f->evidence.at("thumbprint"), pkiFacts("machine-future").thumbprint);
    // A clock in 2019 is wrong whatever the certificates say.
    snapshot.certificates.certificates.resize(2);
    input.now = 1546300800;
    EXPECT_NE(find(run(), "certificate.clock-skew"), nullptr); // compared while run() lives
}

TEST_F(CertificateChecks, ChainVerdictsBecomeChainFindingsWithTheRightFix) {
    auto partial =
        pkiRecord("machine-orphan", CertStore::MachineMy, PrivateKeyState::Accessible, {"machine-orphan"});
    partial.chain.trusted = false;
    partial.chain.partial = true;
    add(partial);
    auto fs = run();
    auto* f = find(fs, "certificate.chain.incomplete");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_EQ(f->remediations.front(), fix::kImportIntermediateCa);
    EXPECT_EQ(f->evidence.at("chain"), pkiFacts("machine-orphan").subject);

    snapshot.certificates.certificates.resize(2);
    auto untrusted = pkiRecord("machine-untrusted", CertStore::MachineMy, PrivateKeyState::Accessible,
                               {"machine-untrusted", "other-root"});
    untrusted.chain.trusted = false;
    untrusted.chain.untrustedRoot = true;
    add(untrusted);
    fs = run();
    f = find(fs, "certificate.chain.untrusted-root");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->remediations.front(), fix::kImportRootCa);
    EXPECT_EQ(f->evidence.at("chain_top_thumbprint"), pkiFacts("other-root").thumbprint);
}

TEST_F(CertificateChecks, RevocationIsReportedApartFromTrust) {
    for (auto [status, severity] :
         std::vector<std::pair<RevocationStatus, Severity>>{{RevocationStatus::Revoked, Severity::Error},
                                                            {RevocationStatus::Offline, Severity::Warning},
                                                            {RevocationStatus::Unknown, Severity::Info}}) {
        SetUp();
        auto r = machine("machine-good");
        r.chain.revocation = status;
        add(r);
        const auto fs = run();
        const char* id = status == RevocationStatus::Revoked ? "certificate.chain.revoked"
                                                             : "certificate.chain.revocation-unknown";
        const auto* f = find(fs, id);
        ASSERT_NE(f, nullptr) << id;
        EXPECT_EQ(f->severity, severity);
        // Unknown revocation does not make the certificate unusable; revoked does.
        EXPECT_EQ(find(fs, "certificate.machine.usable") != nullptr, status != RevocationStatus::Revoked);
    }
}

TEST_F(CertificateChecks, CertreqMatchesInstalledCasBySpkiHash) {
    add(machine("machine-good"));
    const auto root = pkiFacts("root").spkiSha1;
    const auto other = pkiFacts("other-root").spkiSha1;
    const auto matches = matchCertreq({root, other}, snapshot.certificates);
    ASSERT_EQ(matches.size(), 2u);
    ASSERT_NE(matches[0].localCa, nullptr);
    EXPECT_EQ(matches[0].localCa->facts.subject, pkiFacts("root").subject);
    EXPECT_EQ(matches[1].localCa, nullptr);

    input.certreqCaSha1 = std::vector<std::string>{root};
    auto fs = run();
    EXPECT_EQ(find(fs, "certificate.server-ca.not-installed"), nullptr);
    EXPECT_EQ(find(fs, "certificate.server-ca.not-requested"), nullptr);
    const auto* installed = find(fs, "certificate.server-ca.installed");
    ASSERT_NE(installed, nullptr);
    EXPECT_EQ(installed->severity, Severity::Ok);
    EXPECT_EQ(installed->evidence.at("installed_ca_sha1"), root);

    // The intermediate is asked for: matched through LocalMachine\CA and the chain.
    input.certreqCaSha1 = std::vector<std::string>{pkiFacts("intermediate").spkiSha1};
    EXPECT_EQ(find(run(), "certificate.server-ca.not-requested"), nullptr);

    input.certreqCaSha1 = std::vector<std::string>{other};
    fs = run();
    const auto* notInstalled = find(fs, "certificate.server-ca.not-installed");
    ASSERT_NE(notInstalled, nullptr);
    EXPECT_EQ(notInstalled->severity, Severity::Error);
    EXPECT_EQ(notInstalled->evidence.at("missing_ca_sha1"), other);
    const auto* notRequested = find(fs, "certificate.server-ca.not-requested");
    ASSERT_NE(notRequested, nullptr);
    EXPECT_EQ(notRequested->evidence.at("local_certificates"), pkiFacts("machine-good").thumbprint);
    EXPECT_EQ(find(fs, "certificate.server-ca.installed"), nullptr);
    // CERTREQ is about this PC's certificate: with a password sign-in it only hints at the
    // server's own CA (a working EAP-MSCHAPv2 connection may trust it through another root).
    input.authMethod = AuthMethod::EapMschapv2;
    const auto password = run();
    ASSERT_NE(find(password, "certificate.server-ca.not-installed"), nullptr);
    EXPECT_EQ(find(password, "certificate.server-ca.not-installed")->severity, Severity::Warning);
}

// A chain that stops is missing the issuer of its top: above an intermediate, the root; right
// above the certificate, its issuing CA, unless the server asks for a CA this PC does not have.
TEST_F(CertificateChecks, AnIncompleteChainNamesTheMissingIssuerAndItsImport) {
    snapshot.certificates.certificates.clear(); // neither the root nor the intermediate here
    auto aboveIntermediate = pkiRecord("machine-good", CertStore::MachineMy, PrivateKeyState::Accessible,
                                       {"machine-good", "intermediate"});
    aboveIntermediate.chain.trusted = false;
    aboveIntermediate.chain.partial = true;
    add(aboveIntermediate);
    auto fs = run();
    auto* f = find(fs, "certificate.chain.incomplete");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->evidence.at("missing_issuer"), "root");
    EXPECT_EQ(f->remediations.front(), fix::kImportRootCa);

    snapshot.certificates.certificates.clear();
    auto atLeaf =
        pkiRecord("machine-good", CertStore::MachineMy, PrivateKeyState::Accessible, {"machine-good"});
    atLeaf.chain.trusted = false;
    atLeaf.chain.partial = true;
    add(atLeaf);
    f = find(fs = run(), "certificate.chain.incomplete");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->evidence.at("missing_issuer"), "issuer");
    EXPECT_EQ(f->remediations.front(), fix::kImportIntermediateCa);

    // The server's CERTREQ names the root, which is not here: that is the missing issuer. Which
    // CA issued the certificate is unknown, so "not from a CA the server accepts" is not claimed.
    input.certreqCaSha1 = std::vector<std::string>{pkiFacts("root").spkiSha1};
    fs = run();
    f = find(fs, "certificate.chain.incomplete");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->evidence.at("missing_issuer"), "requested-ca");
    EXPECT_EQ(f->remediations.front(), fix::kImportRootCa);
    EXPECT_NE(find(fs, "certificate.server-ca.not-installed"), nullptr);
    EXPECT_EQ(find(fs, "certificate.server-ca.not-requested"), nullptr);
}

// IKEEXT runs as the computer: a root double-clicked into the user's store does not count, even
// though the user's chain engine builds the user certificate's chain through it.
TEST_F(CertificateChecks, AServerCaOnlyInTheUsersRootStoreIsNotInstalled) {
    snapshot.certificates.certificates.clear();
    add(pkiRecord("root", CertStore::UserRoot, PrivateKeyState::NotChecked));
    add(pkiRecord("machine-good", CertStore::UserMy, PrivateKeyState::Accessible,
                  {"machine-good", "intermediate", "root"}));
    input.authMethod = AuthMethod::UserCertificate;
    input.certreqCaSha1 = std::vector<std::string>{pkiFacts("root").spkiSha1};
    const auto matches = matchCertreq(*input.certreqCaSha1, snapshot.certificates);
    ASSERT_EQ(matches.size(), 1u);
    EXPECT_EQ(matches[0].localCa, nullptr);
    ASSERT_NE(matches[0].userRootOnly, nullptr);

    auto fs = run();
    const auto* f = find(fs, "certificate.server-ca.user-store-only");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_EQ(f->evidence.at("user_root_thumbprint"), pkiFacts("root").thumbprint);
    EXPECT_EQ(f->remediations.front(), fix::kImportRootCa);
    EXPECT_EQ(find(fs, "certificate.server-ca.installed"), nullptr);

    // In both stores it is installed.
    add(pkiRecord("root", CertStore::MachineRoot, PrivateKeyState::NotChecked));
    fs = run();
    EXPECT_EQ(find(fs, "certificate.server-ca.user-store-only"), nullptr);
    EXPECT_NE(find(fs, "certificate.server-ca.installed"), nullptr);
}

TEST_F(CertificateChecks, CertreqWithoutPlatformChainFollowsKeyIdentifiers) {
    auto r = pkiRecord("machine-good", CertStore::MachineMy); // no chain verdict
    EXPECT_TRUE(chainsToRequestedCa(r, {pkiFacts("root").spkiSha1}, snapshot.certificates));
    EXPECT_TRUE(chainsToRequestedCa(r, {pkiFacts("intermediate").spkiSha1}, snapshot.certificates));
    EXPECT_FALSE(chainsToRequestedCa(r, {pkiFacts("other-root").spkiSha1}, snapshot.certificates));
    auto orphan = pkiRecord("machine-orphan", CertStore::MachineMy);
    EXPECT_FALSE(chainsToRequestedCa(orphan, {pkiFacts("root").spkiSha1}, snapshot.certificates));
}

TEST(CertreqList, ParsesTheFormsPeoplePaste) {
    const std::string a = "E9FBED90AACDFE3700774930B4701BE0AC94EB97";
    auto list = parseSha1List("e9fbed90aacdfe3700774930b4701be0ac94eb97, " + a);
    ASSERT_TRUE(list);
    EXPECT_EQ(*list, (std::vector<std::string>{a, a}));
    auto colons = parseSha1List("E9:FB:ED:90:AA:CD:FE:37:00:77:49:30:B4:70:1B:E0:AC:94:EB:97");
    ASSERT_TRUE(colons);
    EXPECT_EQ(colons->front(), a);
    EXPECT_FALSE(parseSha1List(""));
    EXPECT_FALSE(parseSha1List("E9FB"));
    EXPECT_FALSE(parseSha1List(a + "00"));
    EXPECT_FALSE(parseSha1List("zz" + a.substr(2)));
}

TEST(ServerCertificateNames, WindowsNameAndEkuRules) {
    const auto server = pkiFacts("server");
    EXPECT_TRUE(serverCertificateNameProblems(server, "vpn.example.test").empty());
    EXPECT_TRUE(serverCertificateNameProblems(server, "VPN.Example.Test").empty());
    EXPECT_EQ(serverCertificateNameProblems(server, "192.0.2.10"),
              std::vector<std::string>{"certificate.name-check.ip-address-not-dns-san"});
    EXPECT_EQ(serverCertificateNameProblems(server, "other.example.test"),
              std::vector<std::string>{"certificate.name-check.name-mismatch"});
    const auto client = pkiFacts("machine-good");
    EXPECT_EQ(serverCertificateNameProblems(client, "pc1.example.test"),
              std::vector<std::string>{"certificate.name-check.server-auth-eku-missing"});
}

TEST_F(CertificateChecks, ProfileNameCheckSettings) {
    input.authMethod = AuthMethod::EapMschapv2;
    input.serverName = "192.0.2.10";
    auto fs = run();
    ASSERT_NE(find(fs, "certificate.name-check.server-is-ip-address"), nullptr);
    input.nameEkuCheckDisabled = true;
    fs = run();
    ASSERT_NE(find(fs, "certificate.name-check.disabled"), nullptr);
    EXPECT_EQ(find(fs, "certificate.name-check.disabled")->severity, Severity::Warning);
    input.authMethod = AuthMethod::PreSharedKey;
    EXPECT_EQ(find(run(), "certificate.name-check.disabled"), nullptr);
}

TEST_F(CertificateChecks, UncollectedInventorySaysNothingAndStoreErrorsAreReported) {
    snapshot.certificates = {};
    EXPECT_TRUE(run().empty());
    snapshot.errors.push_back(CollectionError{"certificates", "machine-my", "error.access-denied", 5});
    const auto fs = run();
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(fs[0].id, "certificate.collection.failed");
    EXPECT_EQ(fs[0].evidence.at("native_error"), "5");
}

TEST_F(CertificateChecks, RunChecksSelectsTheCertificatesStep) {
    add(machine("machine-expired"));
    const auto fs = runChecks(snapshot, Step::Certificates, input);
    ASSERT_FALSE(fs.empty());
    EXPECT_TRUE(
        std::all_of(fs.begin(), fs.end(), [](const Finding& f) { return f.step == Step::Certificates; }));
    EXPECT_EQ(fs.front().severity, Severity::Error); // worst first
}
