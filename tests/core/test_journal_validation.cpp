// Undo re-derives, never obeys: crafted journal entries that name something their fix cannot have
// changed are refused with error.journal-entry-invalid and nothing is changed (the service, the
// registry value, the file, the certificate store). The same entries against Wine's real SCM,
// registry and certificate store: tests/win/test_win32_journal_validation.cpp.
#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"
#include "ipsecdoctor/remediation/certificate_record.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/remediation/setting_remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include "remediation/registry_value_text.h"

#include "cert_test_support.h"
#include "memory_registry.h"
#include "pbk_test_support.h"
#include "simulated_platform.h"
#include "simulated_scm.h"
#include "temp_dir.h"
#include "windows10_services.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using ipsecdoctor::testing::MemoryCertificateStore;
using ipsecdoctor::testing::MemoryRegistry;
using ipsecdoctor::testing::TempDir;

namespace {

constexpr const char* kRasManKey = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RasMan\\Parameters";

void expectRefused(const Expected<JournalEntry>& undone, const std::string& field) {
    ASSERT_FALSE(undone) << "undo obeyed a crafted entry";
    EXPECT_EQ(undone.error().code, ErrorCode::JournalEntryInvalid) << undone.error().detail;
    EXPECT_EQ(errorCodeId(undone.error().code), "error.journal-entry-invalid");
    EXPECT_EQ(undone.error().evidence.at("field"), field) << undone.error().detail;
    EXPECT_FALSE(undone.error().evidence.at("reason").empty());
}

JournalEntry entryFor(const std::string& remediationId, const std::string& id = "20261127T101500Z-aaaaaa") {
    JournalEntry e;
    e.id = id;
    e.remediationId = remediationId;
    e.appliedAt = "2026-11-27T10:15:00Z";
    return e;
}

SettingChange registryChange(const std::string& location, const std::string& name,
                             std::optional<std::string> before) {
    return SettingChange{"registry", location, "", name, std::move(before), "4:01000000", ""};
}

/// Writes the entry into a journal file, as a crafted file would hold it.
void plant(const std::filesystem::path& file, const JournalEntry& entry) {
    Journal writer(file);
    ASSERT_TRUE(writer.append(entry));
}

class CraftedJournal : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        file = dir.path() / "IPsecDoctor" / "journal.json";
    }

    TempDir dir;
    std::filesystem::path file;
    ipsecdoctor::testing::SimulatedScm scm;
    MemoryRegistry registry;
};

} // namespace

TEST_F(CraftedJournal, AnotherServiceThanTheIdNamesIsRefusedAndLeftAlone) {
    // The review's example: a BFE fix id, the Windows Firewall's name.
    ServiceInfo firewall;
    firewall.name = "MpsSvc";
    firewall.present = true;
    firewall.startType = StartType::Automatic;
    firewall.state = ServiceState::Running;
    scm.add(firewall);
    auto e = entryFor("service.bfe.set-default-start");
    e.service = "MpsSvc";
    e.before = {StartType::Disabled, false, ServiceState::Stopped};
    plant(file, e);

    Journal journal(file);
    Remediator remediator(scm, journal, RemediatorOptions{std::chrono::milliseconds(100), "PC"});
    expectRefused(remediator.undo(e.id), "service");
    EXPECT_EQ(scm.at("MpsSvc").startType, StartType::Automatic);
    EXPECT_EQ(scm.at("MpsSvc").state, ServiceState::Running);
    EXPECT_TRUE(scm.calls.empty());
    EXPECT_EQ(Journal(file).load()->front().status, JournalStatus::Applied); // not marked undone
}

TEST_F(CraftedJournal, UndoOfAStartRestoresNoStartTypeWhateverTheEntrySays) {
    // A start changes no start type: an entry claiming "disabled before" cannot disable the service.
    scm.at("PolicyAgent").startType = StartType::Manual;
    scm.at("PolicyAgent").state = ServiceState::Running;
    auto e = entryFor("service.policyagent.start");
    e.service = "PolicyAgent";
    e.before = {StartType::Disabled, false, ServiceState::Stopped};
    plant(file, e);

    Journal journal(file);
    Remediator remediator(scm, journal, RemediatorOptions{std::chrono::milliseconds(100), "PC"});
    auto undone = remediator.undo(e.id);
    ASSERT_TRUE(undone) << undone.error().detail;
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Manual);
    EXPECT_EQ(scm.at("PolicyAgent").state, ServiceState::Stopped);
}

TEST_F(CraftedJournal, ARestartIsNeverUndoneEvenIfTheEntryClaimsSo) {
    auto e = entryFor("service.ikeext.restart");
    e.service = "IKEEXT";
    e.reversible = true;
    e.before = {StartType::Disabled, false, ServiceState::Stopped};
    plant(file, e);
    const auto before = scm.at("IKEEXT");
    Journal journal(file);
    Remediator remediator(scm, journal, RemediatorOptions{std::chrono::milliseconds(100), "PC"});
    auto undone = remediator.undo(e.id);
    ASSERT_FALSE(undone);
    EXPECT_EQ(undone.error().code, ErrorCode::NotSupported);
    EXPECT_EQ(scm.at("IKEEXT").startType, before.startType);
    EXPECT_EQ(scm.at("IKEEXT").state, before.state);
}

TEST_F(CraftedJournal, ARegistryValueOutsideTheFixIsRefused) {
    // DisableIKENameEkuCheck through a NegotiateDH2048 entry: same key, another value.
    auto e = entryFor(std::string(fix::kNegotiateDh2048));
    e.settings = {registryChange(kRasManKey, "DisableIKENameEkuCheck", "4:01000000")};
    plant(file, e);
    Journal journal(file);
    SettingRemediator remediator(&registry, journal, SettingRemediatorOptions{});
    expectRefused(remediator.undo(e.id), "settings[0].name");
    EXPECT_TRUE(registry.values.empty());
}

TEST_F(CraftedJournal, AnotherKeyOrAnExtraValueIsRefused) {
    auto otherKey = entryFor(std::string(fix::kAssumeUdpEncapsulation), "20261127T101500Z-bbbbbb");
    otherKey.settings = {registryChange(kRasManKey, "AssumeUDPEncapsulationContextOnSendRule", "4:02000000")};
    auto extra = entryFor(std::string(fix::kNegotiateDh2048), "20261127T101500Z-cccccc");
    extra.settings = {registryChange(kRasManKey, "NegotiateDH2048_AES256", std::nullopt),
                      registryChange(kRasManKey, "ProhibitIpSec", "4:01000000")};
    plant(file, otherKey);
    plant(file, extra);
    Journal journal(file);
    SettingRemediator remediator(&registry, journal, SettingRemediatorOptions{});
    expectRefused(remediator.undo(otherKey.id), "settings[0].location");
    expectRefused(remediator.undo(extra.id), "settings");
    EXPECT_TRUE(registry.values.empty());
}

TEST_F(CraftedJournal, AWrongTypeHexOrRangeIsRefused) {
    const std::vector<std::string> bad{"1:410042000000", "4:0100", "4:zz000000", "4:05000000", "3:01000000"};
    for (std::size_t i = 0; i < bad.size(); ++i) {
        auto e = entryFor(std::string(fix::kNegotiateDh2048), "20261127T101500Z-00000" + std::to_string(i));
        e.settings = {registryChange(kRasManKey, "NegotiateDH2048_AES256", bad[i])};
        plant(file, e);
        Journal journal(file);
        SettingRemediator remediator(&registry, journal, SettingRemediatorOptions{});
        expectRefused(remediator.undo(e.id), "settings[0].before");
    }
    EXPECT_TRUE(registry.values.empty());
}

TEST_F(CraftedJournal, UnparsableNumbersAreRefusedWithoutThrowing) {
    // "abc:00" made std::stoul throw; "4294967296:00" overflowed 32 bits.
    EXPECT_FALSE(decodeRegistryValue("abc:00"));
    EXPECT_FALSE(decodeRegistryValue("4294967296:00"));
    EXPECT_FALSE(decodeRegistryValue("-4:00"));
    EXPECT_FALSE(decodeRegistryValue("+4:00"));
    EXPECT_FALSE(decodeRegistryValue("4:0x"));
    EXPECT_EQ(decodeRegistryValue("4294967295:00ff")->type, 4294967295u);
    EXPECT_EQ(decodeRegistryValue("4:01000000"), RegistryValue::dword(1));
    EXPECT_EQ(encodeRegistryValue(RegistryValue::dword(2)), "4:02000000");

    const std::string tracingKey = "HKLM\\" + ipsecdoctor::tracingKey("RASMAN");
    int n = 0;
    for (const std::string before : {"abc:00", "4294967296:00"}) {
        auto dh =
            entryFor(std::string(fix::kNegotiateDh2048), "20261127T101500Z-1" + std::to_string(n) + "0000");
        dh.settings = {registryChange(kRasManKey, "NegotiateDH2048_AES256", before)};
        auto tracing = entryFor(std::string(fix::kRasTracingEnable),
                                "20261127T101500Z-2" + std::to_string(n++) + "0000");
        tracing.settings = {registryChange(tracingKey, "EnableFileTracing", before)};
        plant(file, dh);
        plant(file, tracing);
        Journal journal(file);
        SettingRemediator settings(&registry, journal, SettingRemediatorOptions{});
        LogsRemediator logs(nullptr, &registry, journal, "PC");
        expectRefused(settings.undo(dh.id), "settings[0].before");
        expectRefused(logs.undo(tracing.id), "settings[0].before");
    }
    EXPECT_TRUE(registry.values.empty());
}

TEST_F(CraftedJournal, TracingUndoTouchesOnlyTheRasComponents) {
    auto e = entryFor(std::string(fix::kRasTracingEnable));
    e.settings = {registryChange(kRasManKey, "EnableFileTracing", std::nullopt)};
    plant(file, e);
    Journal journal(file);
    LogsRemediator logs(nullptr, &registry, journal, "PC");
    expectRefused(logs.undo(e.id), "settings[0].location");
    EXPECT_TRUE(registry.values.empty());
}

TEST_F(CraftedJournal, AnotherFileThanTheWindowsPhonebookIsRefusedAndLeftUnchanged) {
    // The review's reproduction: an INI-like file rewritten as if it were a phonebook.
    const auto victim = dir.path() / "victim" / "settings.ini";
    const std::string content = "; some unrelated config file owned by root\n[Startup]\n0CmdLine=legit.cmd\n";
    ASSERT_TRUE(writeFileAtomic(victim, content));
    const auto userBook = dir.path() / "Pbk" / "rasphone.pbk";
    auto e = entryFor(std::string(fix::kProfileTunnelType));
    const auto v = victim.u8string();
    e.settings = {SettingChange{"phonebook", std::string(v.begin(), v.end()), "Startup", "VpnStrategy",
                                "C:\\Users\\Public\\evil.exe", "14", ""}};
    plant(file, e);
    SettingRemediatorOptions options;
    options.phonebookPath = [&](PhonebookScope) -> Expected<std::filesystem::path> {
        return userBook;
    };
    Journal journal(file);
    SettingRemediator remediator(nullptr, journal, options);
    expectRefused(remediator.undo(e.id), "settings[0].location");
    EXPECT_EQ(*readFile(victim, 1024), content);

    // Even a key of the fix, in the real phonebook, cannot carry a value the fix never wrote.
    e.id = "20261127T101500Z-dddddd";
    const auto b = userBook.u8string();
    e.settings = {SettingChange{"phonebook", std::string(b.begin(), b.end()), "Corp", "VpnStrategy",
                                "C:\\evil.exe", "14", ""}};
    plant(file, e);
    Journal again(file);
    SettingRemediator second(nullptr, again, options);
    expectRefused(second.undo(e.id), "settings[0].before");
    // And a named file (--pbk) only when undo does not run elevated.
    e.id = "20261127T101500Z-eeeeee";
    e.settings = {
        SettingChange{"phonebook", std::string(v.begin(), v.end()), "Startup", "VpnStrategy", "7", "14", ""}};
    plant(file, e);
    Journal third(file);
    SettingRemediator elevated(nullptr, third, options);
    expectRefused(elevated.undo(e.id), "settings[0].location");
    EXPECT_EQ(*readFile(victim, 1024), content);
}

TEST_F(CraftedJournal, AnUnrecordedCertificateIsNeverRemoved) {
    MemoryCertificateStore store;
    store.records.push_back(ipsecdoctor::testing::pkiRecord("root", CertStore::MachineRoot));
    const auto thumbprint = store.records.front().facts.thumbprint;
    auto e = entryFor(std::string(fix::kImportRootCa));
    e.certificate =
        CertificateChangeRecord{"machine-root", thumbprint, "CN=Company Root", "2030-01-01T00:00:00Z", true};
    auto wrongStore = e;
    wrongStore.id = "20261127T101500Z-ffffff";
    wrongStore.certificate->store = "machine-my";
    auto notHex = e;
    notHex.id = "20261127T101500Z-000001";
    notHex.certificate->thumbprint = "CDD4EEAE6000AC7F40C3802C171E30148030C07Z";
    for (const auto& crafted : std::vector<JournalEntry>{e, wrongStore, notHex}) {
        plant(file, crafted);
    }
    Journal journal(file);
    CertificateRemediator remediator(store, &registry, journal, "PC");
    expectRefused(remediator.undo(e.id), "certificate.thumbprint");
    expectRefused(remediator.undo(wrongStore.id), "certificate.store");
    expectRefused(remediator.undo(notHex.id), "certificate.thumbprint");
    EXPECT_EQ(store.records.size(), 1u);

    // Recorded by an import (of another store), it is still not this store's.
    ASSERT_TRUE(recordImportedCertificate(registry, CertStore::MachineCa, thumbprint));
    expectRefused(remediator.undo(e.id), "certificate.thumbprint");
    EXPECT_EQ(store.records.size(), 1u);
}

TEST_F(CraftedJournal, AnUnknownFixIdIsRefused) {
    auto e = entryFor("registry.disable-ike-name-eku-check.enable");
    e.settings = {registryChange(kRasManKey, "DisableIKENameEkuCheck", std::nullopt)};
    const auto refused = validateJournalEntry(e, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().evidence.at("field"), "remediation_id");
}

TEST(JournalValidation, EntriesTheFixesWriteAreAccepted) {
    auto dh = entryFor(std::string(fix::kNegotiateDh2048));
    dh.settings = {registryChange(kRasManKey, "NegotiateDH2048_AES256", std::nullopt)};
    EXPECT_TRUE(validateJournalEntry(dh, {}));
    dh.settings.front().before = "4:02000000";
    EXPECT_TRUE(validateJournalEntry(dh, {}));

    auto service = entryFor("service.policyagent.set-automatic");
    service.service = "PolicyAgent";
    service.before = {StartType::Disabled, false, ServiceState::Stopped};
    EXPECT_TRUE(validateJournalEntry(service, {}));

    auto audit = entryFor(std::string(fix::kAuditIpsecEnable));
    for (const auto& sub : ipsecAuditSubcategories()) {
        audit.settings.push_back(SettingChange{"audit", std::string(sub.guid), "", std::string(sub.id),
                                               "none", "success,failure", ""});
    }
    EXPECT_TRUE(validateJournalEntry(audit, {}));
    audit.settings.push_back(audit.settings.front()); // the same subcategory twice
    EXPECT_FALSE(validateJournalEntry(audit, {}));
}
