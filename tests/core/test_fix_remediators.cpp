// The four fix families behind one interface (remediation/fix_remediator.h): every allow-listed
// fix that changes something belongs to exactly one family that describes it, applies it and
// undoes it; a family refuses to undo another family's entry, and undo is routed by the fix id
// alone, whatever fields a (possibly edited) journal entry carries.
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/remediation/fix_remediator.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/remediation/setting_remediator.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include "cert_test_support.h"
#include "memory_audit_policy.h"
#include "memory_registry.h"
#include "simulated_platform.h"
#include "simulated_scm.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using ipsecdoctor::testing::MemoryAuditPolicy;
using ipsecdoctor::testing::MemoryCertificateStore;
using ipsecdoctor::testing::MemoryRegistry;
using ipsecdoctor::testing::SimulatedScm;
using ipsecdoctor::testing::TempDir;

namespace {

FixRequest request(std::string_view fixId) {
    FixRequest r;
    r.fixId = std::string(fixId);
    return r;
}

class FixFamilies : public ::testing::Test {
protected:
    void SetUp() override { ipsecdoctor::testing::fillWindows10(scm); }

    SettingRemediatorOptions settingOptions() {
        SettingRemediatorOptions options;
        options.hostname = "PC";
        options.phonebookPath = [this](PhonebookScope) -> Expected<std::filesystem::path> {
            return dir.path() / "rasphone.pbk";
        };
        return options;
    }

    /// Applies one reversible fix of each family through the interface; the entries, in order.
    std::vector<JournalEntry> applyOneOfEach() {
        std::vector<JournalEntry> entries;
        FixRequest root = request(fix::kImportRootCa);
        root.caFileContents = ipsecdoctor::testing::pkiFile("root.pem");
        root.caThumbprint = ipsecdoctor::testing::pkiFacts("root").thumbprint;
        root.caConsent = [](const CaCandidate&, CertStore) {
            return true;
        };
        for (auto [family, fixRequest] : std::vector<std::pair<FixRemediator*, FixRequest>>{
                 {&services, request("service.policyagent.set-automatic")},
                 {&settings, request(fix::kNegotiateDh2048)},
                 {&logs, request(fix::kAuditIpsecEnable)},
                 {&certificates, root}}) {
            auto entry = family->apply(fixRequest);
            EXPECT_TRUE(entry) << fixRequest.fixId << ": " << entry.error().detail;
            if (entry) {
                entries.push_back(*entry);
            }
        }
        return entries;
    }

    TempDir dir;
    SimulatedScm scm;
    MemoryRegistry registry;
    MemoryAuditPolicy audit;
    MemoryCertificateStore store;
    MemoryRegistry importRecord;
    Journal journal{dir.path() / "journal.json"};
    Remediator services{scm, journal, RemediatorOptions{std::chrono::milliseconds(100), "PC"}};
    SettingRemediator settings{&registry, journal, settingOptions()};
    LogsRemediator logs{&audit, &registry, journal, "PC"};
    CertificateRemediator certificates{store, &importRecord, journal, "PC"};
    FixRemediator* const all[4] = {&services, &settings, &logs, &certificates};
};

} // namespace

TEST_F(FixFamilies, EveryFixThatChangesSomethingHasExactlyOneFamilyThatDescribesIt) {
    for (const auto& id : allFixIds()) {
        const auto family = fixFamily(id);
        ASSERT_TRUE(family) << id;
        int describedBy = 0;
        for (const auto* remediator : all) {
            const auto description = remediator->describe(id);
            if (description) {
                ++describedBy;
                EXPECT_EQ(remediator->family(), *family) << id;
                EXPECT_EQ(description->family, *family) << id;
            }
        }
        // Starting a console changes nothing: no family applies or undoes it.
        EXPECT_EQ(describedBy, *family == FixFamily::OpenConsole ? 0 : 1) << id;
    }
    EXPECT_FALSE(services.describe("service.ikeext.restart")->reversible); // a restart sets nothing
    EXPECT_TRUE(services.describe("service.ikeext.start")->reversible);    // undo stops it again
    EXPECT_TRUE(services.describe("service.ikeext.set-automatic")->reversible);
    EXPECT_EQ(settings.describe(fix::kProfileTunnelType)->rights, FixRights::PhonebookOwner);
    EXPECT_EQ(settings.describe(fix::kNegotiateDh2048)->rights, FixRights::Administrator);
    EXPECT_EQ(certificates.describe(fix::kImportRootCa)->rights, FixRights::Administrator);
}

TEST_F(FixFamilies, EachFamilyUndoesOnlyItsOwnEntries) {
    const auto entries = applyOneOfEach();
    ASSERT_EQ(entries.size(), 4u);
    for (std::size_t owner = 0; owner < 4; ++owner) {
        for (std::size_t other = 0; other < 4; ++other) {
            const auto valid = all[other]->validateUndo(entries[owner]);
            EXPECT_EQ(valid.hasValue(), owner == other)
                << entries[owner].remediationId << " by family " << fixFamilyId(all[other]->family());
            if (owner != other) {
                EXPECT_FALSE(all[other]->undo(entries[owner].id)) << entries[owner].remediationId;
            }
        }
    }
    // Nothing was undone by a refused family: every entry is still applied.
    const auto saved = journal.load(); // held: a range-for over *journal.load() would dangle
    ASSERT_TRUE(saved);
    for (const auto& e : *saved) {
        EXPECT_EQ(e.status, JournalStatus::Applied) << e.remediationId;
    }
}

TEST_F(FixFamilies, UndoIsRoutedByTheFixIdAndPutsEverythingBack) {
    const auto policyAgentBefore = scm.at("PolicyAgent").startType;
    const auto entries = applyOneOfEach();
    ASSERT_EQ(entries.size(), 4u);
    // Newest first, as `undo --last` walks the journal.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        auto undone = undoByFamily(journal, all, "");
        ASSERT_TRUE(undone) << undone.error().detail;
        EXPECT_EQ(undone->id, it->id);
        EXPECT_EQ(undone->status, JournalStatus::Undone);
    }
    EXPECT_EQ(scm.at("PolicyAgent").startType, policyAgentBefore);
    const MemoryRegistry::Key dh{RegistryRoot::LocalMachine, std::string(vpn::kRasManParameters),
                                 "NegotiateDH2048_AES256"};
    EXPECT_FALSE(registry.values.count(dh)) << "absent before, deleted again";
    EXPECT_TRUE(store.list(CertStore::MachineRoot)->empty());
    EXPECT_EQ(undoByFamily(journal, all, "").error().code, ErrorCode::NotFound);
}

TEST_F(FixFamilies, AnEntryDressedAsAnotherFamilyIsRoutedByItsIdAndRefused) {
    const auto entries = applyOneOfEach();
    ASSERT_EQ(entries.size(), 4u);
    // A user edits the journal: the registry fix's entry now claims to be a service fix. Undo
    // goes to the service family (the id's), which refuses an entry carrying setting changes.
    auto edited = entries[1];
    edited.remediationId = "service.policyagent.set-automatic";
    ASSERT_TRUE(journal.update(edited));
    EXPECT_FALSE(undoByFamily(journal, all, edited.id));
    const MemoryRegistry::Key dh{RegistryRoot::LocalMachine, std::string(vpn::kRasManParameters),
                                 "NegotiateDH2048_AES256"};
    EXPECT_EQ(registry.values.at(dh).asDword(), 1u) << "nothing was written back";
    // Without the family's remediator at hand, nothing is undone either.
    FixRemediator* const onlyServices[] = {&services};
    EXPECT_EQ(undoByFamily(journal, onlyServices, entries[3].id).error().code, ErrorCode::NotSupported);
    EXPECT_FALSE(store.list(CertStore::MachineRoot)->empty());
}
