// explain, diagnose and check --step logs through the CLI, on real samples and bundles.
#include "CliCommands.h"
#include "Language.h"

#include "event_samples.h"
#include "simulated_platform.h"
#include "temp_dir.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
using nlohmann::json;

namespace {

const std::string kRealWorld = std::string(IPSECDOCTOR_TEST_DATA_DIR) + "/real-world";

class LogsCommandsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        language.apply(QStringLiteral("en"));
        env.makePlatform = [this]() -> Expected<LivePlatform> {
            return ipsecdoctor::testing::simulatedPlatform(scm, true);
        };
    }
    int run(std::vector<std::string> args) {
        out.str({});
        err.str({});
        auto parsed = parseCli(args);
        EXPECT_TRUE(std::holds_alternative<CliOptions>(parsed));
        return runCli(std::get<CliOptions>(parsed), env, out, err);
    }
    ipsecdoctor::testing::TempDir dir;
    ipsecdoctor::testing::SimulatedScm scm;
    Language language;
    CliEnvironment env;
    std::ostringstream out;
    std::ostringstream err;
};

} // namespace

TEST(LogsCliOptions, SinceEventsExplainDiagnose) {
    auto parsed = parseCli({"check", "--step", "logs", "--since", "24h", "--events", "a.evtx"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(parsed));
    const auto& o = std::get<CliOptions>(parsed);
    EXPECT_EQ(o.step, Step::Logs);
    EXPECT_EQ(o.sinceSeconds, 86400);
    EXPECT_EQ(o.eventsPath, "a.evtx");
    auto explain = parseCli({"explain", "-2146762495"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(explain)) << "a negative code is not an option";
    EXPECT_EQ(std::get<CliOptions>(explain).code, "-2146762495");
    EXPECT_EQ(parseSince("7d"), 7 * 86400);
    EXPECT_EQ(parseSince("90m"), 5400);
    for (const char* bad : {"7", "d", "0d", "-1d", "366d", "7w", "1x0d"}) {
        EXPECT_FALSE(parseSince(bad)) << bad;
    }
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"check", "--since", "forever"})));
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"explain"})));
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"journal", "--events", "x.evtx"})));
    EXPECT_TRUE(std::holds_alternative<CliOptions>(parseCli({"diagnose", "--bundle", "x.zip", "--json"})));
    EXPECT_EQ(std::get<CliOptions>(parseCli({"diagnose", "--provider-lang", "fr"})).providerLang, "fr");
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"diagnose", "--provider-lang", "de"})));
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"check", "--provider-lang", "fr"})));
}

TEST_F(LogsCommandsTest, ExplainKnowsTheSeedsCodes) {
    EXPECT_EQ(run({"explain", "809"}), kExitHealthy);
    EXPECT_NE(out.str().find("ERROR_VPN_TIMEOUT"), std::string::npos);
    EXPECT_EQ(run({"explain", "0x80070329", "--json"}), kExitHealthy);
    auto j = json::parse(out.str());
    EXPECT_EQ(j["entries"][0]["code"], "809");
    EXPECT_EQ(j["entries"][0]["stage"], "transport");
    EXPECT_EQ(run({"explain", "4653", "--json"}), kExitHealthy);
    EXPECT_EQ(json::parse(out.str())["entries"][0]["kind"], "event");
    language.apply(QStringLiteral("fr"));
    EXPECT_EQ(run({"explain", "13868"}), kExitHealthy);
    EXPECT_NE(out.str().find("Erreur de correspondance"), std::string::npos) << out.str();
    EXPECT_EQ(run({"explain", "12345"}), kExitProblems);
    EXPECT_EQ(run({"explain", "hello"}), kExitUsage);
}

TEST_F(LogsCommandsTest, CheckLogsOfARealSavedEvent) {
    const auto file = kRealWorld + "/eventlog-xml/ipban_Security-4653_MM-failed_NegotiationTimedOut.xml";
    EXPECT_EQ(run({"check", "--step", "logs", "--events", file, "--json"}), kExitProblems);
    auto j = json::parse(out.str());
    EXPECT_EQ(j["source"]["kind"], "file");
    ASSERT_EQ(j["findings"].size(), 1u);
    EXPECT_EQ(j["findings"][0]["id"], "logs.ike.failure");
    EXPECT_EQ(j["findings"][0]["evidence"]["code"], "13805");
    const auto copy =
        kRealWorld +
        "/eventlog-xml/ipban-issue76_System-RemoteAccess-20271_EventViewer-copy-with-dash-prefixes.txt";
    EXPECT_EQ(run({"check", "--events", copy}), kExitRuntimeError);
    EXPECT_NE(err.str().find("Event Viewer"), std::string::npos);
}

TEST_F(LogsCommandsTest, DiagnoseABundleWithLogsAndExportTheMessage) {
    // A PC whose dial fails with 13801 three times, exported then diagnosed from the bundle.
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:00:00Z";
    s.machine.osName = "Windows 10 Pro";
    s.machine.osBuild = "19045";
    for (const auto& svc : {"BFE", "IKEEXT", "PolicyAgent", "SstpSvc", "RasMan"}) {
        auto info = scm.query(svc);
        ASSERT_TRUE(info);
        s.services.push_back(*info);
    }
    LogsInfo logs;
    logs.source = "live";
    for (const char* t : {"2026-11-27T09:12:00Z", "2026-11-27T09:20:00Z", "2026-11-27T09:31:00Z"}) {
        logs.events.push_back(*parseEventXml(ipsecdoctor::testing::rasDialFailedXml(t, "13801")));
    }
    s.logs = logs;
    const auto path = dir.path() / "pc.zip";
    ASSERT_TRUE(exportBundle(path, s, {}, ""));
    EXPECT_EQ(run({"diagnose", "--bundle", path.string(), "--json"}), kExitProblems);
    auto j = json::parse(out.str());
    // Microsoft's first reading of 13801: this PC rejects the server's certificate. A code alone does
    // not show which side to fix, so the provider is asked.
    EXPECT_EQ(j["causes"][0]["id"], "cause.certificate.untrusted");
    EXPECT_EQ(j["causes"][0]["certainty"], "likely");
    EXPECT_TRUE(j["provider"]["recommended"].get<bool>());
    const std::string message = j["provider"]["message"];
    EXPECT_NE(message.find("13801"), std::string::npos);
    EXPECT_NE(message.find("Windows 10 Pro"), std::string::npos);
    EXPECT_EQ(run({"diagnose", "--bundle", path.string()}), kExitProblems);
    EXPECT_NE(out.str().find("Message for your VPN provider"), std::string::npos);

    // The provider's message in its own language; the rest stays in the user's.
    language.apply(QStringLiteral("fr"));
    EXPECT_EQ(run({"diagnose", "--bundle", path.string(), "--provider-lang", "en"}), kExitProblems);
    const std::string text = out.str();
    EXPECT_NE(text.find("Message pour votre fournisseur VPN"), std::string::npos) << text;
    EXPECT_NE(text.find("My VPN connection fails."), std::string::npos) << text;
    EXPECT_EQ(text.find("Ma connexion VPN"), std::string::npos) << text;
    EXPECT_EQ(run({"diagnose", "--bundle", path.string(), "--json", "--provider-lang", "en"}), kExitProblems);
    EXPECT_NE(
        json::parse(out.str())["provider"]["message"].get<std::string>().find("My VPN connection fails."),
        std::string::npos);
    EXPECT_EQ(run({"diagnose", "--bundle", path.string()}), kExitProblems);
    EXPECT_EQ(out.str().find("My VPN connection fails."), std::string::npos) << "French when not asked";
    language.apply(QStringLiteral("en"));
    EXPECT_EQ(run({"diagnose", "--bundle", path.string(), "--provider-lang", "fr"}), kExitProblems);
    EXPECT_NE(out.str().find("Message for your VPN provider"), std::string::npos);
    EXPECT_EQ(out.str().find("My VPN connection fails."), std::string::npos);
}

TEST_F(LogsCommandsTest, ExportedBundleCarriesTheDiagnosis) {
    const auto path = (dir.path() / "export.zip").string();
    EXPECT_EQ(run({"bundle", "export", path}), kExitHealthy);
    auto bundle = loadBundle(path);
    ASSERT_TRUE(bundle) << bundle.error().detail;
    std::map<std::string, std::string> files(bundle->attachments.begin(), bundle->attachments.end());
    ASSERT_TRUE(files.contains("diagnosis/diagnosis.json"));
    ASSERT_TRUE(files.contains("diagnosis/message-for-vpn-provider.txt"));
    EXPECT_NE(files["diagnosis/message-for-vpn-provider.txt"].find("Hello,"), std::string::npos);
}
