#include "CliCommands.h"
#include "Language.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/remediation/journal.h"

#include "simulated_platform.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
using ipsecdoctor::testing::SimulatedScm;
using nlohmann::json;

namespace {

class CliCommandsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        language.apply(QStringLiteral("en"));
        env.makePlatform = [this]() -> Expected<LivePlatform> {
            return ipsecdoctor::testing::simulatedPlatform(scm, elevated);
        };
        std::filesystem::create_directories(dir.path() / "IPsecDoctor");
        env.defaultJournalPath = (dir.path() / "journal.json").string();
        env.readLog = [] {
            return std::string("2026-11-27 [info] started\nL2tpPsk=hunter2\n");
        };
    }

    int run(std::vector<std::string> args) {
        out.str({});
        err.str({});
        auto parsed = parseCli(args);
        EXPECT_TRUE(std::holds_alternative<CliOptions>(parsed));
        return runCli(std::get<CliOptions>(parsed), env, out, err);
    }

    json outJson() { return json::parse(out.str()); }

    ipsecdoctor::testing::TempDir dir;
    SimulatedScm scm;
    bool elevated = true;
    Language language;
    CliEnvironment env;
    std::ostringstream out;
    std::ostringstream err;
};

std::string sample() {
    return std::string(IPSECDOCTOR_SAMPLES_DIR) + "/policyagent-disabled.zip";
}

} // namespace

TEST_F(CliCommandsTest, CheckBundleJsonFollowsTheSchema) {
    EXPECT_EQ(run({"check", "--bundle", sample(), "--json"}), kExitProblems);
    const json j = outJson();
    EXPECT_EQ(j["schema_version"], 1);
    EXPECT_EQ(j["tool"]["name"], "ipsecdoctor-cli");
    EXPECT_EQ(j["source"]["kind"], "bundle");
    EXPECT_EQ(j["source"]["hostname"], "PC-COMPTA-07");
    EXPECT_EQ(j["summary"]["worst"], "error");
    EXPECT_EQ(j["summary"]["counts"]["error"], 1);
    const auto& f = j["findings"][0];
    EXPECT_EQ(f["id"], "service.policyagent.disabled");
    EXPECT_EQ(f["severity"], "error");
    EXPECT_EQ(f["step"], "services");
    EXPECT_EQ(f["phase"], "local");
    EXPECT_TRUE(f["evidence"].is_object());
    EXPECT_EQ(f["remediations"][0], "service.policyagent.set-default-start");
}

TEST_F(CliCommandsTest, CheckBundleTextNamesTheProblemAndTheFix) {
    EXPECT_EQ(run({"check", "--bundle", sample()}), kExitProblems);
    EXPECT_NE(out.str().find("IPsec Policy Agent is disabled"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find("ipsecdoctor-cli fix service.policyagent.set-default-start"), std::string::npos);
}

TEST_F(CliCommandsTest, CorruptBundleIsARuntimeErrorWithAClearMessage) {
    const auto bad = dir.path() / "bad.zip";
    { std::ofstream(bad) << "PK\x05\x06 definitely not a bundle"; }
    EXPECT_EQ(run({"check", "--bundle", bad.string(), "--json"}), kExitRuntimeError);
    EXPECT_EQ(outJson()["error"]["code"], "error.malformed");
    EXPECT_EQ(run({"check", "--bundle", (dir.path() / "none.zip").string()}), kExitRuntimeError);
    EXPECT_NE(err.str().find("Not found"), std::string::npos) << err.str();
}

TEST_F(CliCommandsTest, LiveCheckOfAHealthyMachineExitsZero) {
    EXPECT_EQ(run({"check", "--step", "services", "--json"}), kExitHealthy);
    EXPECT_EQ(outJson()["source"]["kind"], "live");
    EXPECT_EQ(outJson()["findings"].size(), 5u);
}

TEST_F(CliCommandsTest, FixThenUndoThroughTheJournal) {
    scm.at("PolicyAgent").startType = StartType::Disabled;
    EXPECT_EQ(run({"check"}), kExitProblems);

    ASSERT_EQ(run({"fix", "service.policyagent.set-automatic", "--json"}), kExitHealthy) << out.str();
    const json applied = outJson();
    EXPECT_EQ(applied["result"], "applied");
    EXPECT_EQ(applied["journal_entry"]["before"]["start_type"], "disabled");
    EXPECT_EQ(applied["journal_entry"]["after"]["state"], "running");
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Automatic);
    EXPECT_EQ(run({"check"}), kExitHealthy);

    const std::string id = applied["journal_entry"]["id"];
    ASSERT_EQ(run({"undo", id, "--json"}), kExitHealthy) << out.str();
    EXPECT_EQ(outJson()["result"], "undone");
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Disabled);
    EXPECT_EQ(scm.at("PolicyAgent").state, ServiceState::Stopped);

    EXPECT_EQ(run({"journal", "--json"}), kExitHealthy);
    EXPECT_EQ(outJson()["entries"][0]["status"], "undone");
    EXPECT_EQ(run({"undo", "--last"}), kExitRuntimeError); // nothing left to undo
}

TEST_F(CliCommandsTest, FixWithoutElevationChangesNothing) {
    elevated = false;
    scm.at("PolicyAgent").startType = StartType::Disabled;
    EXPECT_EQ(run({"fix", "service.policyagent.set-automatic", "--json"}), kExitRuntimeError);
    EXPECT_EQ(outJson()["error"]["code"], "error.access-denied");
    EXPECT_EQ(scm.at("PolicyAgent").startType, StartType::Disabled);
    EXPECT_TRUE(scm.calls.empty());
}

TEST_F(CliCommandsTest, FixUsesTheGivenJournalAndWritesTheResultFile) {
    const auto journalFile = dir.path() / "IPsecDoctor" / "journal.json";
    const auto resultFile = dir.path() / "IPsecDoctor" / "helper-result.json";
    ASSERT_EQ(run({"fix", "service.ikeext.start", "--journal", journalFile.string(), "--result",
                   resultFile.string()}),
              kExitHealthy);
    EXPECT_EQ(Journal(journalFile).load()->size(), 1u);
    EXPECT_TRUE(Journal(dir.path() / "journal.json").load()->empty());
    EXPECT_NE(out.str().find("ipsecdoctor-cli undo"), std::string::npos) << out.str();
    std::ifstream in(resultFile);
    const json written = json::parse(in);
    EXPECT_EQ(written["result"], "applied");
    EXPECT_EQ(written["journal_entry"]["service"], "IKEEXT");
}

TEST_F(CliCommandsTest, ErrorsReachTheResultFileToo) {
    // The GUI cannot read the elevated helper's output through UAC: the file carries the error.
    elevated = false;
    const auto resultFile = dir.path() / "IPsecDoctor" / "helper-result.json";
    EXPECT_EQ(run({"fix", "service.ikeext.start", "--result", resultFile.string()}), kExitRuntimeError);
    std::ifstream in(resultFile);
    const json written = json::parse(in);
    EXPECT_EQ(written["error"]["code"], "error.access-denied");
    EXPECT_FALSE(written["error"]["message"].get<std::string>().empty());
}

TEST_F(CliCommandsTest, BundleExportWritesAValidBundleWithoutSecrets) {
    const auto file = dir.path() / "support.zip";
    ASSERT_EQ(run({"bundle", "export", file.string()}), kExitHealthy) << err.str();
    auto bundle = loadBundle(file);
    ASSERT_TRUE(bundle) << bundle.error().detail;
    EXPECT_EQ(bundle->snapshot.services.size(), 5u);
    EXPECT_EQ(bundle->log.find("hunter2"), std::string::npos);
    EXPECT_NE(bundle->log.find("started"), std::string::npos);
}

TEST_F(CliCommandsTest, WithoutWindowsLiveCommandsSayWhy) {
    env.makePlatform = [] {
        return makeLivePlatform();
    };
    if (makeLivePlatform()) {
        GTEST_SKIP() << "running on Windows: the live platform exists";
    }
    EXPECT_EQ(run({"check", "--json"}), kExitRuntimeError);
    EXPECT_EQ(outJson()["error"]["code"], "error.not-supported");
}

TEST_F(CliCommandsTest, FrenchTextOutput) {
    language.apply(QStringLiteral("fr"));
    EXPECT_EQ(run({"check", "--bundle", sample()}), kExitProblems);
    EXPECT_NE(out.str().find("Agent de stratégie IPsec"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find("est désactivé"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find("Que faire"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find("[PROBLÈME]"), std::string::npos) << out.str();
    language.apply(QStringLiteral("en"));
}
