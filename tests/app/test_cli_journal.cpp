// Which journal the CLI writes and shows (JournalLocation.h, JournalCommands.h), and the rules a
// run as root applies to files another user could have written. The CLI runs on the simulated
// platform; the journals and phonebooks are real files.
#include "CliCommands.h"
#include "JournalLocation.h"
#include "Language.h"

#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/file_io.h"

#include "simulated_platform.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#ifndef _WIN32
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string text(const fs::path& p) {
    const auto u8 = p.u8string();
    return std::string(u8.begin(), u8.end());
}

class CliJournalTest : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        scm.at("PolicyAgent").startType = StartType::Disabled;
        scm.at("PolicyAgent").state = ServiceState::Stopped;
        language.apply(QStringLiteral("en"));
        env.makePlatform = [this]() -> Expected<LivePlatform> {
            return ipsecdoctor::testing::simulatedPlatform(scm, elevated);
        };
        fs::create_directories(dir.path() / "user" / "IPsecDoctor");
        fs::create_directories(dir.path() / "ProgramData");
        userJournal = dir.path() / "user" / "IPsecDoctor" / "journal.json";
        machineJournal = dir.path() / "ProgramData" / "IPsecDoctor" / "journal.json";
        env.defaultJournalPath = text(userJournal);
        env.machineJournalPath = text(machineJournal);
    }

    int run(std::vector<std::string> args) {
        out.str({});
        err.str({});
        env.journal.reset(); // one run, one journal
        auto parsed = parseCli(args);
        EXPECT_TRUE(std::holds_alternative<CliOptions>(parsed));
        if (!std::holds_alternative<CliOptions>(parsed)) {
            return -1;
        }
        return runCli(std::get<CliOptions>(parsed), env, out, err);
    }

    static std::size_t entriesIn(const fs::path& file) {
        auto entries = Journal(file).load();
        EXPECT_TRUE(entries) << file;
        return entries ? entries->size() : 0;
    }

    ipsecdoctor::testing::TempDir dir;
    ipsecdoctor::testing::SimulatedScm scm;
    bool elevated = true;
    Language language;
    CliEnvironment env;
    fs::path userJournal;
    fs::path machineJournal;
    std::ostringstream out;
    std::ostringstream err;
};

} // namespace

TEST(JournalLocation, ElevatedRunsUseTheMachineJournalWhateverTheyAreTold) {
    EXPECT_EQ(journalForChanges(true, "/tmp/x/IPsecDoctor/journal.json", "/home/u/IPsecDoctor/journal.json",
                                "C:\\ProgramData\\IPsecDoctor\\journal.json"),
              "C:\\ProgramData\\IPsecDoctor\\journal.json");
    EXPECT_EQ(journalForChanges(false, "/tmp/x/IPsecDoctor/journal.json", "/home/u/IPsecDoctor/journal.json",
                                "C:\\ProgramData\\IPsecDoctor\\journal.json"),
              "/tmp/x/IPsecDoctor/journal.json");
    EXPECT_EQ(journalForChanges(false, "", "/home/u/IPsecDoctor/journal.json", "C:\\ProgramData\\j.json"),
              "/home/u/IPsecDoctor/journal.json");
    // No machine journal (Linux): the user's or the one named.
    EXPECT_EQ(journalForChanges(true, "", "/home/u/IPsecDoctor/journal.json", ""),
              "/home/u/IPsecDoctor/journal.json");
}

TEST_F(CliJournalTest, ElevatedFixAndUndoUseTheMachineJournalAndIgnoreJournal) {
    ASSERT_EQ(run({"fix", "service.policyagent.set-automatic", "--journal", text(userJournal), "--json"}),
              kExitHealthy)
        << out.str() << err.str();
    EXPECT_EQ(entriesIn(machineJournal), 1u);
    EXPECT_FALSE(fs::exists(userJournal));
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Automatic);
    // The folder is created as the machine's folder: writable by its owner only.
    EXPECT_EQ(fs::status(machineJournal.parent_path()).permissions() &
                  (fs::perms::group_write | fs::perms::others_write),
              fs::perms::none);

    const auto id = json::parse(out.str())["journal_entry"]["id"].get<std::string>();
    ASSERT_EQ(run({"undo", id, "--journal", text(userJournal), "--json"}), kExitHealthy) << out.str();
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Disabled);
    EXPECT_EQ(Journal(machineJournal).find(id)->status, JournalStatus::Undone);
}

TEST_F(CliJournalTest, JournalShowsTheMachinesAndTheUsersEntriesMerged) {
    ASSERT_EQ(run({"fix", "service.policyagent.set-automatic", "--json"}), kExitHealthy) << out.str();
    JournalEntry mine;
    mine.id = "20200101T000000Z-abcdef"; // older than the fix above
    mine.remediationId = "profile.tunnel-type.set";
    mine.service = "Corp";
    mine.appliedAt = "2020-01-01T00:00:00Z";
    ASSERT_TRUE(Journal(userJournal).append(mine));

    elevated = false;
    ASSERT_EQ(run({"journal", "--json"}), kExitHealthy) << err.str();
    const auto entries = json::parse(out.str())["entries"];
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0]["id"], mine.id);
    EXPECT_EQ(entries[1]["remediation_id"], "service.policyagent.set-automatic");
}

TEST_F(CliJournalTest, AnElevatedFixTakesOverOnlyTheValidMachineEntriesOfA01UserJournal) {
    JournalEntry legacy;
    legacy.id = "20250101T000000Z-000001";
    legacy.remediationId = "service.ikeext.set-default-start";
    legacy.service = "IKEEXT";
    legacy.appliedAt = "2025-01-01T00:00:00Z";
    legacy.before = {StartType::Disabled, false, ServiceState::Stopped};
    JournalEntry crafted = legacy; // another service than the id names
    crafted.id = "20250101T000000Z-000002";
    crafted.service = "MpsSvc";
    JournalEntry userBook; // the user's own phonebook stays in the user's journal
    userBook.id = "20250101T000000Z-000003";
    userBook.remediationId = "profile.tunnel-type.set";
    userBook.service = "Corp";
    userBook.appliedAt = "2025-01-01T00:00:00Z";
    const auto pbk = dir.path() / "user" / "rasphone.pbk";
    const auto pbkText = pbk.u8string();
    userBook.settings = {SettingChange{"phonebook", std::string(pbkText.begin(), pbkText.end()), "Corp",
                                       "VpnStrategy", "7", "3", ""}};
    env.phonebooks = [pbk] {
        return std::vector<PhonebookLocation>{{PhonebookScope::User, pbk}};
    };
    for (const auto& e : {legacy, crafted, userBook}) {
        ASSERT_TRUE(Journal(userJournal).append(e));
    }
    const auto userBefore = *readFile(userJournal, 1 << 20);

    ASSERT_EQ(run({"fix", "service.policyagent.set-automatic", "--journal", text(userJournal), "--json"}),
              kExitHealthy)
        << out.str();
    auto machine = Journal(machineJournal).load();
    ASSERT_TRUE(machine);
    ASSERT_EQ(machine->size(), 2u);
    EXPECT_EQ(machine->front(), legacy);
    EXPECT_EQ(machine->back().remediationId, "service.policyagent.set-automatic");
    EXPECT_EQ(*readFile(userJournal, 1 << 20), userBefore); // only read

    // Shown once, from the machine's journal, although the user's still holds it.
    elevated = false;
    ASSERT_EQ(run({"journal", "--json"}), kExitHealthy);
    EXPECT_EQ(json::parse(out.str())["entries"].size(), 4u);
}

TEST_F(CliJournalTest, TheReviewsCraftedPhonebookEntryIsRefusedAndTheFileKept) {
    // Security review, finding 1: an "undo" that rewrote an INI file named by the journal.
    elevated = false;
    env.makePlatform = []() -> Expected<LivePlatform> {
        return Error::make(ErrorCode::NotSupported, "live checks need Windows");
    };
    const auto victim = dir.path() / "victim" / "settings.ini";
    const std::string content = "; some unrelated config file owned by root\n[Startup]\n0CmdLine=legit.cmd\n";
    ASSERT_TRUE(writeFileAtomic(victim, content));
    const std::string journal = R"({"schema_version":1,"entries":[{"id":"20261127T101500Z-aaaaaa",
        "remediation_id":"profile.ipsec-policy.set","service":"Startup","applied_at":"2026-11-27T10:15:00Z",
        "status":"applied","reversible":true,
        "before":{"start_type":"manual","delayed_auto_start":false,"state":"stopped"},
        "after":{"start_type":"manual","delayed_auto_start":false,"state":"stopped"},
        "restarted_dependents":[],"hostname":"PC",
        "settings":[{"kind":"phonebook","location":")" +
                                text(victim) + R"(","entry":"Startup","name":"0CmdLine",
        "before":"C:\\Users\\Public\\evil.exe","after":"legit.cmd","backup":""}]}]})";
    ASSERT_TRUE(writeFileAtomic(userJournal, journal));

    EXPECT_EQ(run({"undo", "20261127T101500Z-aaaaaa", "--json"}), kExitRuntimeError);
    const auto error = json::parse(out.str())["error"];
    EXPECT_EQ(error["code"], "error.journal-entry-invalid");
    EXPECT_EQ(error["evidence"]["journal_entry"], "20261127T101500Z-aaaaaa");
    EXPECT_FALSE(error["message"].get<std::string>().empty());
    EXPECT_EQ(*readFile(victim, 4096), content);
    EXPECT_EQ(Journal(userJournal).load()->front().status, JournalStatus::Applied);
}

TEST_F(CliJournalTest, UndoIsRoutedByTheFixIdNotByTheFieldsAnEntryCarries) {
    // A service fix's entry that also carries a certificate record: undo goes to the service
    // family (the id's), which refuses an entry with fields its fix never writes.
    scm.at("PolicyAgent").startType = StartType::Manual;
    const std::string journal = R"({"schema_version":1,"entries":[{"id":"20261127T101500Z-bbbbbb",
        "remediation_id":"service.policyagent.set-automatic","service":"PolicyAgent",
        "applied_at":"2026-11-27T10:15:00Z","status":"applied","reversible":true,
        "before":{"start_type":"disabled","delayed_auto_start":false,"state":"stopped"},
        "after":{"start_type":"automatic","delayed_auto_start":false,"state":"running"},
        "restarted_dependents":[],"hostname":"PC",
        "certificate":{"store":"machine-root","thumbprint":")" +
                                std::string(40, 'A') +
                                R"(","subject":"CN=x","not_after":"2030-01-01T00:00:00Z","added":true}}]})";
    fs::create_directories(machineJournal.parent_path());
    ASSERT_TRUE(writeFileAtomic(machineJournal, journal));

    EXPECT_EQ(run({"undo", "20261127T101500Z-bbbbbb", "--json"}), kExitRuntimeError);
    const auto error = json::parse(out.str())["error"];
    EXPECT_EQ(error["code"], "error.invalid-argument") << out.str(); // the service family's refusal
    EXPECT_NE(error["detail"].get<std::string>().find("is a certificate change"), std::string::npos)
        << out.str();
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Manual) << "nothing was changed";
    EXPECT_EQ(Journal(machineJournal).load()->front().status, JournalStatus::Applied);
}

#ifndef _WIN32
namespace {

/// A phonebook fixed with --pbk, so that its undo needs no platform: the case a root run on
/// Linux can really reach.
class RootOverOthersFiles : public CliJournalTest {
protected:
    void SetUp() override {
        if (geteuid() != 0) {
            GTEST_SKIP() << "needs root to hand files to another user";
        }
        const passwd* nobody = getpwnam("nobody");
        if (!nobody) {
            GTEST_SKIP() << "no user 'nobody'";
        }
        m_nobody = nobody->pw_uid;
        CliJournalTest::SetUp();
        env.makePlatform = []() -> Expected<LivePlatform> {
            return Error::make(ErrorCode::NotSupported, "live checks need Windows");
        };
        env.machineJournalPath.clear(); // Linux: no machine journal
        pbk = dir.path() / "corp.pbk";
        ASSERT_TRUE(writeFileAtomic(pbk, "[Corp]\nVpnStrategy=7\n"));
        ASSERT_EQ(run({"fix", "profile.tunnel-type.set", "--profile", "Corp", "--pbk", text(pbk),
                       "--strategy", "l2tp-only", "--json"}),
                  kExitHealthy)
            << out.str() << err.str();
        id = json::parse(out.str())["journal_entry"]["id"].get<std::string>();
        fixed = *readFile(pbk, 4096);
        ASSERT_NE(fixed, "[Corp]\nVpnStrategy=7\n");
    }

    void expectRefusedAndUnchanged(const std::string& what) {
        EXPECT_EQ(run({"undo", id, "--json"}), kExitRuntimeError) << what;
        const auto error = json::parse(out.str())["error"];
        EXPECT_EQ(error["code"], "error.access-denied") << what;
        EXPECT_NE(error["detail"].get<std::string>().find("does not trust it"), std::string::npos) << what;
        EXPECT_EQ(*readFile(pbk, 4096), fixed) << what;
    }

    uid_t m_nobody = 0;
    fs::path pbk;
    std::string id;
    std::string fixed;
};

} // namespace

TEST_F(RootOverOthersFiles, AJournalOwnedByNobodyChangesNothing) {
    ASSERT_EQ(chown(userJournal.c_str(), m_nobody, static_cast<gid_t>(-1)), 0);
    expectRefusedAndUnchanged("journal owned by nobody");
    EXPECT_EQ(Journal(userJournal).find(id)->status, JournalStatus::Applied);
}

TEST_F(RootOverOthersFiles, AFolderOwnedByNobodyOrWritableByOthersChangesNothing) {
    ASSERT_EQ(chown(userJournal.parent_path().c_str(), m_nobody, static_cast<gid_t>(-1)), 0);
    expectRefusedAndUnchanged("data folder owned by nobody");
    ASSERT_EQ(chown(userJournal.parent_path().c_str(), 0, static_cast<gid_t>(-1)), 0);
    ASSERT_EQ(chmod(userJournal.c_str(), 0664), 0);
    expectRefusedAndUnchanged("journal writable by its group");
    ASSERT_EQ(chmod(userJournal.c_str(), 0644), 0);
    ASSERT_EQ(run({"undo", id, "--json"}), kExitHealthy) << out.str(); // root's own files: trusted
    EXPECT_EQ(*readFile(pbk, 4096), "[Corp]\nVpnStrategy=7\n");
}

TEST_F(RootOverOthersFiles, AResultFileOwnedByNobodyIsNeitherTrustedNorWritten) {
    const auto result = userJournal.parent_path() / "helper-result.json";
    ASSERT_TRUE(writeFileAtomic(result, "planted"));
    ASSERT_EQ(chown(result.c_str(), m_nobody, static_cast<gid_t>(-1)), 0);
    EXPECT_EQ(run({"undo", id, "--result", text(result), "--json"}), kExitRuntimeError);
    EXPECT_EQ(json::parse(out.str())["error"]["code"], "error.access-denied");
    EXPECT_EQ(*readFile(result, 4096), "planted");
    EXPECT_EQ(*readFile(pbk, 4096), fixed);
}
#endif
