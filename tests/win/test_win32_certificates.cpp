// The Certificates step through the real Win32 code path on Wine's crypt32: the test PKI
// (tests/support/pki) goes into the throwaway prefix's LocalMachine stores — CA certificates
// through Win32CertificateStore::add, machine certificates with their keys from PKCS#12 files
// (set-up only: the product never imports a private key) — then collectCertificates +
// checkCertificates must report each problem, and the CA import must undo exactly.
// Wine only: on a real machine these would change the trusted roots. README.md lists what
// Wine's crypt32 does and does not do here.

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/collect/certificate_collector.h"
#include "ipsecdoctor/remediation/certificate_record.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "platform/win/win32_certificate_store.h"
#include "platform/win/win32_registry.h"
#include "scm_test_support.h"
#include "test_pki.h"

#include <gtest/gtest.h>

#include <wincrypt.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <set>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;
using testing::pkiFile;

constexpr DWORD kEncoding = X509_ASN_ENCODING | PKCS_7_ASN_ENCODING;

const std::vector<std::string> kMachineCerts = {"machine-good",     "machine-server-eku", "machine-expired",
                                                "machine-future",   "machine-soon",       "machine-orphan",
                                                "machine-untrusted"};

HCERTSTORE rawOpen(CertStore s) {
    const bool machine = isMachineStore(s);
    const wchar_t* name = (s == CertStore::MachineMy || s == CertStore::UserMy) ? L"MY"
                          : (s == CertStore::MachineCa)                         ? L"CA"
                                                                                : L"ROOT";
    return CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
                         machine ? CERT_SYSTEM_STORE_LOCAL_MACHINE : CERT_SYSTEM_STORE_CURRENT_USER, name);
}

/// Thumbprints in a store, read with the raw API (CERT_SHA1_HASH_PROP_ID), not the code under test.
std::set<std::string> rawThumbprints(CertStore s) {
    std::set<std::string> out;
    HCERTSTORE store = rawOpen(s);
    if (!store) {
        return out;
    }
    PCCERT_CONTEXT c = nullptr;
    while ((c = CertEnumCertificatesInStore(store, c)) != nullptr) {
        BYTE hash[20];
        DWORD size = sizeof hash;
        if (CertGetCertificateContextProperty(c, CERT_SHA1_HASH_PROP_ID, hash, &size)) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            std::string hex;
            for (DWORD i = 0; i < size; ++i) {
                hex += kHex[hash[i] >> 4];
                hex += kHex[hash[i] & 15];
            }
            out.insert(hex);
        }
    }
    CertCloseStore(store, 0);
    return out;
}

void rawRemove(CertStore s, const std::string& thumbprint) {
    // The registry store: under Wine a delete through LocalMachine\Root's collection does not last.
    HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_REGISTRY_W, 0, 0,
                                     CERT_SYSTEM_STORE_LOCAL_MACHINE | CERT_STORE_OPEN_EXISTING_FLAG,
                                     s == CertStore::MachineMy   ? L"MY"
                                     : s == CertStore::MachineCa ? L"CA"
                                                                 : L"ROOT");
    if (!store) {
        return;
    }
    BYTE hash[20];
    for (int i = 0; i < 20; ++i) {
        hash[i] =
            static_cast<BYTE>(std::stoi(thumbprint.substr(static_cast<std::size_t>(2 * i), 2), nullptr, 16));
    }
    CRYPT_HASH_BLOB blob{20, hash};
    while (PCCERT_CONTEXT c =
               CertFindCertificateInStore(store, kEncoding, 0, CERT_FIND_SHA1_HASH, &blob, nullptr)) {
        CertDeleteCertificateFromStore(c);
    }
    CertCloseStore(store, 0);
}

/// Set-up only: a machine certificate with its private key, as an administrator would install it.
void importPfx(const std::string& name) {
    std::string pfx = pkiFile(name + ".pfx");
    CRYPT_DATA_BLOB blob{static_cast<DWORD>(pfx.size()), reinterpret_cast<BYTE*>(pfx.data())};
    // User key set: Wine 8 cannot open a key PFXImportCertStore put in the machine key set
    // (CRYPT_E_NO_KEY_PROPERTY, see README.md); which key set is not what these tests are about.
    HCERTSTORE temp = PFXImportCertStore(&blob, L"test", CRYPT_EXPORTABLE);
    ASSERT_NE(temp, nullptr) << name << ": PFXImportCertStore failed, 0x" << std::hex << GetLastError();
    HCERTSTORE my = rawOpen(CertStore::MachineMy);
    ASSERT_NE(my, nullptr);
    PCCERT_CONTEXT c = nullptr;
    while ((c = CertEnumCertificatesInStore(temp, c)) != nullptr) {
        EXPECT_TRUE(CertAddCertificateContextToStore(my, c, CERT_STORE_ADD_REPLACE_EXISTING, nullptr))
            << name << ": 0x" << std::hex << GetLastError();
    }
    CertCloseStore(my, 0);
    CertCloseStore(temp, 0);
}

const CaImportConsent yes = [](const CaCandidate&, CertStore) {
    return true;
};

/// The OIDs of the CERT_ENHKEY_USAGE_PROP_ID property of a certificate in a store, read with the
/// raw API; nullopt when the certificate is not there or has no such property.
std::optional<std::vector<std::string>> rawPurposeProperty(CertStore s, const std::string& thumbprint) {
    HCERTSTORE store = rawOpen(s);
    if (!store) {
        return std::nullopt;
    }
    std::optional<std::vector<std::string>> out;
    BYTE hash[20];
    for (int i = 0; i < 20; ++i) {
        hash[i] =
            static_cast<BYTE>(std::stoi(thumbprint.substr(static_cast<std::size_t>(2 * i), 2), nullptr, 16));
    }
    CRYPT_HASH_BLOB blob{20, hash};
    PCCERT_CONTEXT c = CertFindCertificateInStore(store, kEncoding, 0, CERT_FIND_SHA1_HASH, &blob, nullptr);
    DWORD size = 0;
    if (c && CertGetCertificateContextProperty(c, CERT_ENHKEY_USAGE_PROP_ID, nullptr, &size)) {
        std::vector<BYTE> encoded(size);
        CERT_ENHKEY_USAGE* usage = nullptr;
        DWORD usageSize = 0;
        if (CertGetCertificateContextProperty(c, CERT_ENHKEY_USAGE_PROP_ID, encoded.data(), &size) &&
            CryptDecodeObjectEx(X509_ASN_ENCODING, X509_ENHANCED_KEY_USAGE, encoded.data(), size,
                                CRYPT_DECODE_ALLOC_FLAG, nullptr, &usage, &usageSize)) {
            out.emplace();
            for (DWORD i = 0; i < usage->cUsageIdentifier; ++i) {
                out->push_back(usage->rgpszUsageIdentifier[i]);
            }
            LocalFree(usage);
        }
    }
    if (c) {
        CertFreeCertificateContext(c);
    }
    CertCloseStore(store, 0);
    return out;
}

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

class WineCertificates : public ::testing::Test {
protected:
    void SetUp() override {
        if (!wintest::runningUnderWine()) {
            GTEST_SKIP() << "adds test roots to LocalMachine\\Root: only in a throwaway Wine prefix";
        }
        removeTestCertificates(); // leftovers of an interrupted run
        m_dir = fs::temp_directory_path() / wintest::uniqueServiceName("certjournal");
        fs::create_directories(m_dir);
    }
    void TearDown() override {
        if (wintest::runningUnderWine()) {
            removeTestCertificates();
        }
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    static void removeTestCertificates() {
        for (const auto& [name, values] : testing::pkiExpected()) {
            for (CertStore s : {CertStore::MachineMy, CertStore::MachineRoot, CertStore::MachineCa}) {
                rawRemove(s, values.at("thumbprint"));
            }
        }
    }
    static std::string thumb(const std::string& name) {
        return testing::pkiExpected().at(name).at("thumbprint");
    }

    /// CA certificates through the code under test, machine certificates from PKCS#12.
    void installPki(win::Win32CertificateStore& store) {
        ASSERT_TRUE(store.add(CertStore::MachineRoot, pkiFile("root.der"), {}).hasValue());
        ASSERT_TRUE(store.add(CertStore::MachineCa, pkiFile("intermediate.der"), {}).hasValue());
        // A root put in the wrong store: the chain reaches it, but it is not trusted.
        ASSERT_TRUE(store.add(CertStore::MachineCa, pkiFile("other-root.der"), {}).hasValue());
        for (const auto& name : kMachineCerts) {
            importPfx(name);
        }
        ASSERT_TRUE(store.add(CertStore::MachineMy, pkiFile("machine-nokey.der"), {}).hasValue());
    }

    fs::path m_dir;
};

const CertificateRecord* recordOf(const CertificateInventory& inv, const std::string& thumbprint) {
    for (const auto& c : inv.certificates) {
        if (c.store == CertStore::MachineMy && c.facts.thumbprint == thumbprint) {
            return &c;
        }
    }
    return nullptr;
}

std::set<std::string> idsFor(const std::vector<Finding>& fs, const std::string& thumbprint) {
    std::set<std::string> out;
    for (const auto& f : fs) {
        auto it = f.evidence.find("thumbprint");
        if (it != f.evidence.end() && it->second == thumbprint) {
            out.insert(f.id);
        }
    }
    return out;
}

} // namespace

TEST_F(WineCertificates, AddListRemoveThroughCryptoApi) {
    win::Win32CertificateStore store;
    const auto before = rawThumbprints(CertStore::MachineRoot);
    auto added = store.add(CertStore::MachineRoot, pkiFile("root.der"), {});
    ASSERT_TRUE(added) << added.error().detail;
    EXPECT_TRUE(*added);
    auto again = store.add(CertStore::MachineRoot, pkiFile("root.der"), {});
    ASSERT_TRUE(again);
    EXPECT_FALSE(*again); // CRYPT_E_EXISTS: already there, nothing changed
    EXPECT_TRUE(rawThumbprints(CertStore::MachineRoot).count(thumb("root")));

    auto listed = store.list(CertStore::MachineRoot);
    ASSERT_TRUE(listed) << listed.error().detail;
    auto it = std::find_if(listed->begin(), listed->end(),
                           [&](const CertificateRecord& r) { return r.facts.thumbprint == thumb("root"); });
    ASSERT_NE(it, listed->end());
    EXPECT_EQ(it->facts.subjectCommonName, "IPsec Doctor Test Root CA");
    EXPECT_EQ(it->privateKey, PrivateKeyState::NotChecked); // CA stores: no key question

    ASSERT_TRUE(store.remove(CertStore::MachineRoot, thumb("root")));
    EXPECT_EQ(rawThumbprints(CertStore::MachineRoot), before);
    auto missing = store.remove(CertStore::MachineRoot, thumb("root"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(store.remove(CertStore::MachineRoot, "XYZ").error().code, ErrorCode::InvalidArgument);
}

TEST_F(WineCertificates, ImportRootThenUndoLeavesTheStoreExactlyAsBefore) {
    win::Win32CertificateStore store;
    win::Win32Registry registry;
    Journal journal(m_dir / "journal.json");
    CertificateRemediator remediator(store, &registry, journal, "wine-test");
    const auto before = rawThumbprints(CertStore::MachineRoot);
    ASSERT_FALSE(before.count(thumb("root")));
    auto entry = remediator.importCa(fix::kImportRootCa, pkiFile("root.pem"), thumb("root"), yes);
    ASSERT_TRUE(entry) << entry.error().detail;
    auto during = rawThumbprints(CertStore::MachineRoot);
    EXPECT_TRUE(during.count(thumb("root")));
    EXPECT_EQ(during.size(), before.size() + 1);
    // The record undo requires, in the real HKLM.
    EXPECT_TRUE(*isRecordedImport(registry, CertStore::MachineRoot, thumb("root")));
    auto undone = remediator.undo(entry->id);
    ASSERT_TRUE(undone) << undone.error().detail;
    EXPECT_EQ(rawThumbprints(CertStore::MachineRoot), before);
    EXPECT_FALSE(*isRecordedImport(registry, CertStore::MachineRoot, thumb("root")));
}

TEST_F(WineCertificates, ACraftedEntryForAnUnrecordedCertificateRemovesNothing) {
    // The company's root (here the test root), put there by someone else: a journal entry that
    // names it is not a record of an import of ours.
    win::Win32CertificateStore store;
    win::Win32Registry registry;
    ASSERT_TRUE(store.add(CertStore::MachineRoot, pkiFile("root.der"), {}).hasValue());
    ASSERT_TRUE(forgetImportedCertificate(registry, CertStore::MachineRoot, thumb("root")));
    const auto before = rawThumbprints(CertStore::MachineRoot);
    JournalEntry crafted;
    crafted.id = "20261127T101500Z-aaaaaa";
    crafted.remediationId = std::string(fix::kImportRootCa);
    crafted.appliedAt = "2026-11-27T10:15:00Z";
    crafted.certificate = CertificateChangeRecord{
        "machine-root", thumb("root"), "CN=IPsec Doctor Test Root CA", "2030-01-01T00:00:00Z", true};
    Journal journal(m_dir / "journal.json");
    ASSERT_TRUE(journal.append(crafted));
    CertificateRemediator remediator(store, &registry, journal, "wine-test");
    auto undone = remediator.undo(crafted.id);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::JournalEntryInvalid) << undone.error().detail;
    EXPECT_EQ(undone.error().evidence.at("field"), "certificate.thumbprint");
    EXPECT_EQ(rawThumbprints(CertStore::MachineRoot), before);
    EXPECT_TRUE(before.count(thumb("root")));
}

TEST_F(WineCertificates, ImportedCaIsTrustedForIkePurposesOnly) {
    win::Win32CertificateStore store;
    win::Win32Registry registry;
    Journal journal(m_dir / "journal.json");
    CertificateRemediator remediator(store, &registry, journal, "wine-test");
    auto entry = remediator.importCa(fix::kImportRootCa, pkiFile("root.der"), thumb("root"), yes);
    ASSERT_TRUE(entry) << entry.error().detail;
    const auto purposes = rawPurposeProperty(CertStore::MachineRoot, thumb("root"));
    ASSERT_TRUE(purposes.has_value()) << "no CERT_ENHKEY_USAGE_PROP_ID on the imported root";
    EXPECT_EQ(*purposes, (std::vector<std::string>{"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.8.2.2"}));
    // Added without a restriction (the test set-up path): no property, so the check above can fail.
    ASSERT_TRUE(store.add(CertStore::MachineCa, pkiFile("intermediate.der"), {}).hasValue());
    EXPECT_FALSE(rawPurposeProperty(CertStore::MachineCa, thumb("intermediate")).has_value());
    EXPECT_TRUE(remediator.undo(entry->id)) << "the prefix is shared: leave the store as it was";
    EXPECT_TRUE(store.remove(CertStore::MachineCa, thumb("intermediate")));
}

TEST_F(WineCertificates, DeclinedImportChangesNothing) {
    win::Win32CertificateStore store;
    win::Win32Registry registry;
    Journal journal(m_dir / "journal.json");
    CertificateRemediator remediator(store, &registry, journal, "wine-test");
    const auto before = rawThumbprints(CertStore::MachineRoot);
    auto entry = remediator.importCa(fix::kImportRootCa, pkiFile("root.der"), thumb("root"),
                                     [](const CaCandidate&, CertStore) { return false; });
    ASSERT_FALSE(entry);
    EXPECT_EQ(entry.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(rawThumbprints(CertStore::MachineRoot), before);
}

TEST_F(WineCertificates, EachMachineCertificateProblemIsFound) {
    win::Win32CertificateStore store;
    installPki(store);
    if (HasFatalFailure()) {
        return;
    }
    std::vector<CollectionError> errors;
    SystemSnapshot snapshot;
    snapshot.machine.elevated = true; // Wine's token is a full administrator's
    snapshot.certificates = collectCertificates(store, errors);
    EXPECT_TRUE(errors.empty()) << errors.front().target << " " << errors.front().code;
    CertificateCheckInput input;
    input.authMethod = AuthMethod::MachineCertificate;
    input.now = nowSeconds();
    const auto fs = checkCertificates(snapshot, input);

    // What Windows reported for each, for the README and for failures.
    for (const auto& name : kMachineCerts) {
        const auto* r = recordOf(snapshot.certificates, thumb(name));
        ASSERT_NE(r, nullptr) << name << " not listed";
        std::string ids;
        for (const auto& id : idsFor(fs, thumb(name))) {
            ids += id + " ";
        }
        std::printf("%-20s key=%s chain: evaluated=%d status=0x%08x elements=%zu revocation=%s | %s\n",
                    name.c_str(), std::string(privateKeyStateId(r->privateKey)).c_str(), r->chain.evaluated,
                    r->chain.errorStatus, r->chain.elements.size(),
                    std::string(revocationStatusId(r->chain.revocation)).c_str(), ids.c_str());
    }

    const auto good = idsFor(fs, thumb("machine-good"));
    EXPECT_TRUE(good.count("certificate.machine.usable"));
    const CertificateRecord* goodRecord = recordOf(snapshot.certificates, thumb("machine-good"));
    ASSERT_NE(goodRecord, nullptr);
    EXPECT_EQ(goodRecord->privateKey, PrivateKeyState::Accessible);
    const ChainStatus* goodChain = &goodRecord->chain;
    ASSERT_TRUE(goodChain->evaluated);
    EXPECT_TRUE(goodChain->trusted);
    ASSERT_EQ(goodChain->elements.size(), 3u);
    EXPECT_EQ(goodChain->elements[1].thumbprint, thumb("intermediate"));
    EXPECT_EQ(goodChain->elements[2].thumbprint, thumb("root"));

    EXPECT_TRUE(idsFor(fs, thumb("machine-expired")).count("certificate.machine.expired"));
    EXPECT_TRUE(idsFor(fs, thumb("machine-future")).count("certificate.machine.not-yet-valid"));
    EXPECT_TRUE(idsFor(fs, thumb("machine-server-eku")).count("certificate.machine.eku-missing"));
    EXPECT_TRUE(idsFor(fs, thumb("machine-nokey")).count("certificate.machine.no-private-key"));
    EXPECT_TRUE(idsFor(fs, thumb("machine-soon")).count("certificate.machine.expiring-soon"));
    EXPECT_TRUE(idsFor(fs, thumb("machine-orphan")).count("certificate.chain.incomplete"));
    EXPECT_TRUE(idsFor(fs, thumb("machine-untrusted")).count("certificate.chain.untrusted-root"));
    EXPECT_TRUE(
        std::any_of(fs.begin(), fs.end(), [](const Finding& f) { return f.id == "certificate.clock-skew"; }));
}

TEST_F(WineCertificates, CertreqMatchesWhatIsReallyInstalled) {
    win::Win32CertificateStore store;
    installPki(store);
    if (HasFatalFailure()) {
        return;
    }
    std::vector<CollectionError> errors;
    SystemSnapshot snapshot;
    snapshot.machine.elevated = true;
    snapshot.certificates = collectCertificates(store, errors);
    CertificateCheckInput input;
    input.authMethod = AuthMethod::MachineCertificate;
    input.now = nowSeconds();
    const auto root = testing::pkiExpected().at("root").at("spki_sha1");
    // A CA the prefix has nowhere (the other root sits in LocalMachine\CA for the chain test).
    const auto other = testing::pkiExpected().at("orphan-intermediate").at("spki_sha1");
    auto has = [](const std::vector<Finding>& fs, const char* id) {
        return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.id == id; });
    };
    input.certreqCaSha1 = std::vector<std::string>{root};
    auto fs = checkCertificates(snapshot, input);
    EXPECT_FALSE(has(fs, "certificate.server-ca.not-installed"));
    EXPECT_FALSE(has(fs, "certificate.server-ca.not-requested"));
    input.certreqCaSha1 = std::vector<std::string>{other};
    fs = checkCertificates(snapshot, input);
    EXPECT_TRUE(has(fs, "certificate.server-ca.not-installed"));
    EXPECT_TRUE(has(fs, "certificate.server-ca.not-requested"));
}

} // namespace ipsecdoctor
