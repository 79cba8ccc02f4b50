// Importing a CA and undoing it, on an in-memory store (CryptoAPI's behaviour for duplicates and
// removal by thumbprint); the same remediator against Wine's crypt32 is in tests/win.

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/platform/offline_certificate_store.h"
#include "ipsecdoctor/remediation/certificate_record.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/remediation/remediator.h"

#include "cert_test_support.h"
#include "memory_registry.h"
#include "simulated_scm.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <optional>

using namespace ipsecdoctor;
using ipsecdoctor::testing::MemoryCertificateStore;
using ipsecdoctor::testing::MemoryRegistry;
using ipsecdoctor::testing::pkiFacts;
using ipsecdoctor::testing::pkiFile;
using ipsecdoctor::testing::pkiRecord;
using ipsecdoctor::testing::TempDir;

namespace {

const CaImportConsent yes = [](const CaCandidate&, CertStore) {
    return true;
};

class CaImport : public ::testing::Test {
protected:
    void SetUp() override { store.records.push_back(pkiRecord("intermediate", CertStore::MachineCa)); }
    std::vector<std::string> thumbprints() {
        std::vector<std::string> out;
        for (const auto& r : store.records) {
            out.push_back(std::string(certStoreId(r.store)) + ":" + r.facts.thumbprint);
        }
        return out;
    }

    TempDir dir;
    MemoryCertificateStore store;
    MemoryRegistry record;
    Journal journal{dir.path() / "journal.json"};
    CertificateRemediator remediator{store, &record, journal, "PC1"};
};

} // namespace

TEST_F(CaImport, ImportRootThenUndoLeavesTheStoreExactlyAsBefore) {
    const auto before = thumbprints();
    const auto root = pkiFacts("root");
    auto entry = remediator.importCa(fix::kImportRootCa, pkiFile("root.pem"), root.thumbprint, yes);
    ASSERT_TRUE(entry) << entry.error().detail;
    ASSERT_TRUE(entry->certificate);
    EXPECT_TRUE(entry->certificate->added);
    EXPECT_EQ(entry->certificate->store, "machine-root");
    EXPECT_EQ(entry->certificate->thumbprint, root.thumbprint);
    EXPECT_EQ(entry->certificate->subject, root.subject);
    EXPECT_TRUE(entry->reversible);
    EXPECT_EQ(store.list(CertStore::MachineRoot)->size(), 1u);
    // The machine's own record of the import, which undo requires (journal_validation.h).
    EXPECT_TRUE(*isRecordedImport(record, CertStore::MachineRoot, root.thumbprint));
    EXPECT_FALSE(*isRecordedImport(record, CertStore::MachineCa, root.thumbprint));

    auto saved = journal.load();
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->size(), 1u);
    EXPECT_EQ(saved->front(), *entry); // the certificate record survives the JSON round trip

    auto undone = remediator.undo(entry->id);
    ASSERT_TRUE(undone) << undone.error().detail;
    EXPECT_EQ(undone->status, JournalStatus::Undone);
    EXPECT_EQ(thumbprints(), before);
    EXPECT_FALSE(*isRecordedImport(record, CertStore::MachineRoot, root.thumbprint));
    EXPECT_FALSE(remediator.undo(entry->id)); // twice is refused
}

TEST_F(CaImport, AnImportThatCannotBeRecordedIsTakenOutAgain) {
    const auto before = thumbprints();
    record.failWrites = true;
    auto entry =
        remediator.importCa(fix::kImportRootCa, pkiFile("root.der"), pkiFacts("root").thumbprint, yes);
    ASSERT_FALSE(entry);
    EXPECT_EQ(thumbprints(), before);
    EXPECT_TRUE(journal.load()->empty());
}

TEST_F(CaImport, AlreadyPresentCertificateIsNeverRemovedByUndo) {
    const auto inter = pkiFacts("intermediate");
    auto entry =
        remediator.importCa(fix::kImportIntermediateCa, pkiFile("intermediate.der"), inter.thumbprint, yes);
    ASSERT_TRUE(entry) << entry.error().detail;
    EXPECT_FALSE(entry->certificate->added);
    EXPECT_FALSE(entry->reversible);
    auto undone = remediator.undo(entry->id);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::NotSupported);
    EXPECT_EQ(store.records.size(), 1u);
}

TEST_F(CaImport, RefusesWhatIsNotTheConfirmedCaForThatStore) {
    const auto before = thumbprints();
    // Another file than the one the user confirmed.
    auto swapped =
        remediator.importCa(fix::kImportRootCa, pkiFile("other-root.der"), pkiFacts("root").thumbprint, yes);
    ASSERT_FALSE(swapped);
    EXPECT_EQ(swapped.error().code, ErrorCode::InvalidArgument);
    // An intermediate into Root, a root into CA, a machine certificate anywhere, not a certificate.
    EXPECT_FALSE(remediator.importCa(fix::kImportRootCa, pkiFile("intermediate.der"),
                                     pkiFacts("intermediate").thumbprint, yes));
    EXPECT_FALSE(remediator.importCa(fix::kImportIntermediateCa, pkiFile("root.der"),
                                     pkiFacts("root").thumbprint, yes));
    EXPECT_FALSE(remediator.importCa(fix::kImportIntermediateCa, pkiFile("machine-good.der"),
                                     pkiFacts("machine-good").thumbprint, yes));
    EXPECT_FALSE(
        remediator.importCa(fix::kImportRootCa, "not a certificate", pkiFacts("root").thumbprint, yes));
    EXPECT_FALSE(remediator.importCa("certificate.import-ca.user", pkiFile("root.der"),
                                     pkiFacts("root").thumbprint, yes));
    EXPECT_EQ(thumbprints(), before);
    EXPECT_TRUE(journal.load()->empty());
}

TEST_F(CaImport, ASelfSignedServerCertificateIsNoRoot) {
    // Self-issued, no basicConstraints, no keyUsage: trusting it as a root would let it vouch for
    // anything it signs.
    const auto facts = pkiFacts("selfsigned-server");
    ASSERT_TRUE(facts.selfIssued);
    ASSERT_FALSE(facts.isCa);
    bool asked = false;
    auto entry = remediator.importCa(fix::kImportRootCa, pkiFile("selfsigned-server.der"), facts.thumbprint,
                                     [&](const CaCandidate&, CertStore) { return asked = true; });
    ASSERT_FALSE(entry);
    EXPECT_EQ(entry.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(entry.error().detail.find("basicConstraints"), std::string::npos) << entry.error().detail;
    EXPECT_FALSE(asked) << "a certificate that is refused anyway is not shown for consent";
    EXPECT_TRUE(store.list(CertStore::MachineRoot)->empty());
    EXPECT_TRUE(journal.load()->empty());
}

TEST_F(CaImport, DeclinedConsentChangesNothing) {
    const auto before = thumbprints();
    std::optional<CaCandidate> shown;
    std::optional<CertStore> shownStore;
    auto entry = remediator.importCa(fix::kImportRootCa, pkiFile("root.der"), pkiFacts("root").thumbprint,
                                     [&](const CaCandidate& c, CertStore s) {
                                         shown = c;
                                         shownStore = s;
                                         return false;
                                     });
    ASSERT_FALSE(entry);
    EXPECT_EQ(entry.error().code, ErrorCode::Cancelled);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->facts.thumbprint, pkiFacts("root").thumbprint)
        << "the administrator saw this certificate";
    EXPECT_EQ(shownStore, CertStore::MachineRoot);
    EXPECT_EQ(thumbprints(), before);
    EXPECT_TRUE(journal.load()->empty());
}

TEST_F(CaImport, ImportedCaIsRestrictedToWhatIkeNeeds) {
    auto entry =
        remediator.importCa(fix::kImportRootCa, pkiFile("root.der"), pkiFacts("root").thumbprint, yes);
    ASSERT_TRUE(entry) << entry.error().detail;
    EXPECT_EQ(store.purposes[pkiFacts("root").thumbprint],
              (std::vector<std::string>{"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.8.2.2"}));
}

TEST_F(CaImport, FailedAddLeavesNoJournalEntry) {
    store.failAdd = true;
    auto entry =
        remediator.importCa(fix::kImportRootCa, pkiFile("root.der"), pkiFacts("root").thumbprint, yes);
    ASSERT_FALSE(entry);
    EXPECT_EQ(entry.error().code, ErrorCode::AccessDenied);
    EXPECT_TRUE(journal.load()->empty());
}

TEST_F(CaImport, ServiceRemediatorLeavesCertificateEntriesAlone) {
    auto entry =
        remediator.importCa(fix::kImportRootCa, pkiFile("root.der"), pkiFacts("root").thumbprint, yes);
    ASSERT_TRUE(entry);
    ipsecdoctor::testing::SimulatedScm scm;
    Remediator services(scm, journal);
    EXPECT_FALSE(services.undo(entry->id));
    EXPECT_EQ(services.undoLast().error().code, ErrorCode::NotFound);
    EXPECT_EQ(store.list(CertStore::MachineRoot)->size(), 1u);
}

TEST(OfflineCertificateStore, ListsTheBundleAndChangesNothing) {
    CertificateInventory inv;
    inv.collected = true;
    inv.certificates.push_back(pkiRecord("root", CertStore::MachineRoot));
    inv.certificates.push_back(pkiRecord("machine-good", CertStore::MachineMy));
    OfflineCertificateStore offline(inv);
    ASSERT_EQ(offline.list(CertStore::MachineRoot)->size(), 1u);
    EXPECT_TRUE(offline.list(CertStore::UserMy)->empty());
    EXPECT_FALSE(offline.canModify());
    EXPECT_EQ(offline.add(CertStore::MachineRoot, pkiFile("other-root.der"), {}).error().code,
              ErrorCode::ReadOnly);
    TempDir dir;
    Journal journal(dir.path() / "journal.json");
    MemoryRegistry record;
    CertificateRemediator r(offline, &record, journal, "PC1");
    EXPECT_EQ(
        r.importCa(fix::kImportRootCa, pkiFile("root.der"), pkiFacts("root").thumbprint, yes).error().code,
        ErrorCode::ReadOnly);
    EXPECT_FALSE(OfflineCertificateStore(CertificateInventory{}).list(CertStore::MachineMy));
}
