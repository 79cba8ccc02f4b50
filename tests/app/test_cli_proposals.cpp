// The CLI's Proposals step, profiles command and setting fixes, on real phonebooks from
// tests/data and the simulated platform (the Win32 registry is tested under Wine).
#include "CliCommands.h"
#include "Language.h"

#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/vpn/phonebook.h"

#include "simulated_platform.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
using nlohmann::json;

namespace {

std::string realPbk(const std::string& name) {
    return std::string(IPSECDOCTOR_TEST_DATA_DIR) + "/real-world/pbk/" + name;
}

class CliProposalsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        language.apply(QStringLiteral("en"));
        env.makePlatform = [this]() -> Expected<LivePlatform> {
            return ipsecdoctor::testing::simulatedPlatform(scm, elevated);
        };
        std::filesystem::create_directories(dir.path() / "IPsecDoctor");
        env.defaultJournalPath = (dir.path() / "IPsecDoctor" / "journal.json").string();
        userPbk = dir.path() / "rasphone.pbk";
        original =
            *readFile(realPbk("githlp69-a_rasphone_IKEv2-PowershellCreated.pbk"), vpn::kMaxPhonebookBytes);
        ASSERT_TRUE(writeFileAtomic(userPbk, original).hasValue());
        env.phonebooks = [this] {
            return std::vector<PhonebookLocation>{{PhonebookScope::User, userPbk}};
        };
        // No network in tests: the probe answers what the test says the server answers.
        env.probe = [this](const ike::ProbeOptions& options) {
            probed.push_back(options);
            ProbeResult r = serverAnswers;
            r.host = options.host;
            r.tunnels = options.tunnels;
            return r;
        };
        serverAnswers.transport = "dns-failed";
        serverAnswers.dns = "failed";
    }

    int run(std::vector<std::string> args) {
        out.str({});
        err.str({});
        auto parsed = parseCli(args);
        EXPECT_TRUE(std::holds_alternative<CliOptions>(parsed));
        if (!std::holds_alternative<CliOptions>(parsed)) {
            return -1;
        }
        return runCli(std::get<CliOptions>(parsed), env, out, err);
    }

    std::vector<ike::ProbeOptions> probed;
    ProbeResult serverAnswers;
    ipsecdoctor::testing::TempDir dir;
    ipsecdoctor::testing::SimulatedScm scm;
    bool elevated = false;
    Language language;
    CliEnvironment env;
    std::filesystem::path userPbk;
    std::string original;
    std::ostringstream out;
    std::ostringstream err;
};

bool usageError(std::vector<std::string> args) {
    return std::holds_alternative<UsageError>(parseCli(args));
}

} // namespace

TEST_F(CliProposalsTest, ProfilesOfARealPhonebook) {
    EXPECT_EQ(run({"profiles", "--pbk",
                   realPbk("lenoba-VPN-ImportExporter_rasphone_IKEv2-L2TP-PPTP_6entries.pbk"), "--json"}),
              kExitHealthy);
    const json j = json::parse(out.str());
    ASSERT_EQ(j["profiles"].size(), 6u);
    EXPECT_EQ(j["profiles"][0]["tunnel"], "ikev2");
    EXPECT_EQ(j["profiles"][1]["strategy"], "l2tp-only");
    EXPECT_EQ(j["profiles"][1]["scope"], "file");
    EXPECT_EQ(run({"profiles", "--pbk", realPbk("snwaters-test_rasphone_AlwaysOn-SSTP-NRPT.pbk")}),
              kExitHealthy);
    EXPECT_NE(out.str().find("Turner AlwaysOn VPN"), std::string::npos);
    EXPECT_NE(out.str().find("SSTP"), std::string::npos);
}

TEST_F(CliProposalsTest, CheckAProfileOfAFileAgainstWhatTheServerAccepts) {
    EXPECT_EQ(run({"check", "--step", "proposals", "--pbk",
                   realPbk("githlp69-a_rasphone_IKEv2-PowershellCreated.pbk"), "--profile", "BestBuy",
                   "--accepts", "aes256-sha256-modp2048", "--json"}),
              kExitProblems);
    const json j = json::parse(out.str());
    EXPECT_EQ(j["source"]["kind"], "phonebook");
    const auto& f = j["findings"][0];
    EXPECT_EQ(f["id"], "proposal.ikev2.dh-group-mismatch");
    EXPECT_EQ(f["evidence"]["recommended_policy"], "AES256,SHA256,Group14,AES256,SHA196,None");
    // The profile's own policy (in that file), or the machine-wide alternative.
    EXPECT_EQ(f["remediations"],
              json::array({"profile.ipsec-policy.set", "registry.negotiate-dh2048-aes256.enable"}));
    EXPECT_EQ(f["evidence"]["phonebook"], "file");
    EXPECT_EQ(f["evidence"]["phonebook_path"], realPbk("githlp69-a_rasphone_IKEv2-PowershellCreated.pbk"));

    EXPECT_EQ(run({"check", "--step", "proposals", "--pbk",
                   realPbk("githlp69-a_rasphone_IKEv2-PowershellCreated.pbk"), "--profile", "BestBuy",
                   "--accepts", "aes256-sha256-modp2048"}),
              kExitProblems);
    EXPECT_NE(out.str().find("aes256-sha256-modp2048"), std::string::npos);
    EXPECT_NE(out.str().find("refuses"), std::string::npos);
}

TEST_F(CliProposalsTest, CheckAServerTypedByHandWorksOffWindows) {
    EXPECT_EQ(run({"check", "--step", "proposals", "--server", "vpn.example.net", "--tunnel", "l2tp",
                   "--accepts", "aes256-sha1-modp2048", "--json"}),
              kExitProblems);
    const json j = json::parse(out.str());
    // Main mode works, with SHA-1 and no better: a security warning first, then the match.
    ASSERT_EQ(j["findings"].size(), 2u);
    EXPECT_EQ(j["findings"][0]["id"], "proposal.weak-crypto");
    EXPECT_EQ(j["findings"][0]["evidence"]["weak_algorithms"], "sha1");
    EXPECT_EQ(j["findings"][1]["id"], "proposal.ikev1.accepted");
    EXPECT_EQ(j["findings"][1]["evidence"]["server"], "vpn.example.net");
}

TEST_F(CliProposalsTest, AServerTypedByHandIsAskedForItsOwnTunnelTypeUnlessNoProbe) {
    // The IKEv1-only server: Windows' L2TP default (3DES) and AES-256 accepted.
    serverAnswers.transport = "reachable";
    serverAnswers.dns = "ok";
    serverAnswers.reachable = true;
    serverAnswers.ikev2.probed = true;
    serverAnswers.ikev2.answered = true;
    serverAnswers.ikev2.windowsDefaultAccepted = false;
    serverAnswers.ikev2.discoveryComplete = true;
    serverAnswers.ikev1.probed = true;
    serverAnswers.ikev1.mainModeAnswered = true;
    serverAnswers.ikev1.windowsDefaultAccepted = true;
    const auto proposal = [](const char* n) {
        return ike::toProbeProposal(*ike::parseProposal(n));
    };
    serverAnswers.ikev1.windowsDefaultChosen = proposal("3des-sha1-modp1024");
    serverAnswers.ikev1.mainModeAccepted = {proposal("aes256-sha1-modp1024"), proposal("3des-sha1-modp1024")};
    serverAnswers.ikev1.discoveryComplete = true;

    run({"check", "--step", "proposals", "--server", "vpn.example.net", "--tunnel", "l2tp"});
    ASSERT_EQ(probed.size(), 1u) << "the server the user named is asked";
    EXPECT_EQ(probed[0].host, "vpn.example.net");
    EXPECT_EQ(probed[0].tunnels, std::vector<std::string>{"l2tp"}) << "judged for its tunnel type only";
    const std::string text = out.str();
    EXPECT_NE(text.find("Server accepts: aes256-sha1-modp1024, 3des-sha1-modp1024"), std::string::npos)
        << text;
    EXPECT_NE(text.find("3des-sha1-modp1024   <- accepted by the server"), std::string::npos) << text;
    EXPECT_EQ(text.find("13868"), std::string::npos) << "no IKEv2 verdict for an L2TP connection: " << text;

    run({"check", "--step", "proposals", "--server", "vpn.example.net", "--tunnel", "l2tp", "--no-probe",
         "--json"});
    EXPECT_EQ(probed.size(), 1u) << "--no-probe stays offline";
    const auto findings = json::parse(out.str())["findings"];
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const json& f) {
        return f["id"] == "proposal.server.not-probed";
    })) << findings.dump();
}

TEST_F(CliProposalsTest, UserPhonebookFixNeedsNoElevationAndUndoRestoresTheFile) {
    elevated = false;
    EXPECT_EQ(run({"fix", "profile.ipsec-policy.set", "--profile", "BestBuy", "--phonebook", "user",
                   "--ipsec-policy", "AES256,SHA256,Group14,AES256,SHA256128,None", "--json"}),
              kExitHealthy)
        << out.str() << err.str();
    const json applied = json::parse(out.str());
    EXPECT_EQ(applied["result"], "applied");
    EXPECT_EQ(applied["aftermath"], "reconnect");
    // The live check now sees the custom policy and the server's proposal is accepted.
    EXPECT_EQ(run({"check", "--step", "proposals", "--profile", "BestBuy", "--accepts",
                   "aes256-sha256-modp2048", "--json"}),
              kExitHealthy)
        << out.str() << err.str();
    EXPECT_EQ(json::parse(out.str())["findings"][0]["id"], "proposal.ikev2.accepted");
    EXPECT_EQ(run({"undo", "--last", "--json"}), kExitHealthy) << out.str() << err.str();
    EXPECT_EQ(*readFile(userPbk, vpn::kMaxPhonebookBytes), original);
}

TEST_F(CliProposalsTest, PhonebookFileFixWorksWithoutWindowsAndUndoRestoresTheFile) {
    // A phonebook an administrator prepares for deployment, fixed on a machine without Windows.
    env.makePlatform = []() -> Expected<LivePlatform> {
        return Error::make(ErrorCode::NotSupported, "live checks need Windows");
    };
    const auto file = dir.path() / "deploy.pbk";
    ASSERT_TRUE(writeFileAtomic(file, original).hasValue());
    const std::string path = file.string();
    EXPECT_EQ(run({"check", "--step", "proposals", "--pbk", path, "--profile", "BestBuy", "--accepts",
                   "aes256-sha256-modp2048"}),
              kExitProblems);
    // The text names the exact command that fixes that file.
    EXPECT_NE(out.str().find("fix profile.ipsec-policy.set --profile \"BestBuy\" --pbk \"" + path + "\""),
              std::string::npos)
        << out.str();
    EXPECT_EQ(run({"fix", "profile.ipsec-policy.set", "--profile", "BestBuy", "--pbk", path, "--ipsec-policy",
                   "AES256,SHA256,Group14,AES256,SHA256128,None", "--json"}),
              kExitHealthy)
        << out.str() << err.str();
    EXPECT_NE(*readFile(file, vpn::kMaxPhonebookBytes), original);
    EXPECT_EQ(run({"check", "--step", "proposals", "--pbk", path, "--profile", "BestBuy", "--accepts",
                   "aes256-sha256-modp2048", "--json"}),
              kExitHealthy)
        << out.str();
    EXPECT_EQ(json::parse(out.str())["findings"][0]["id"], "proposal.ikev2.accepted");
    EXPECT_EQ(run({"undo", "--last", "--json"}), kExitHealthy) << out.str() << err.str();
    EXPECT_EQ(*readFile(file, vpn::kMaxPhonebookBytes), original);
    // Nothing left to undo, and without Windows a service entry could not be undone anyway.
    EXPECT_EQ(run({"undo", "--last", "--json"}), kExitRuntimeError);
}

TEST_F(CliProposalsTest, JournalListsASettingFixByWhatItChanged) {
    elevated = false;
    ASSERT_EQ(run({"fix", "profile.ipsec-policy.set", "--profile", "BestBuy", "--phonebook", "user",
                   "--ipsec-policy", "AES256,SHA256,Group14,AES256,SHA256128,None", "--json"}),
              kExitHealthy)
        << out.str() << err.str();
    const std::string id = json::parse(out.str())["journal_entry"]["id"];
    ASSERT_EQ(run({"journal"}), kExitHealthy);
    const std::string listed = out.str();
    EXPECT_NE(listed.find("Applied: "), std::string::npos) << listed;
    EXPECT_NE(listed.find("(journal entry " + id + ")"), std::string::npos) << listed;
    EXPECT_NE(listed.find("ipsecdoctor-cli undo " + id), std::string::npos) << listed;
    // Not the service template: a setting fix names no service and no start type.
    EXPECT_EQ(listed.find(" is now: "), std::string::npos) << listed;
    EXPECT_EQ(listed.find(" on  ("), std::string::npos) << listed;
    ASSERT_EQ(run({"undo", id}), kExitHealthy) << out.str() << err.str();
    EXPECT_EQ(out.str().rfind("Undone: ", 0), 0u) << out.str();
    ASSERT_EQ(run({"journal"}), kExitHealthy);
    EXPECT_NE(out.str().find("Undone: "), std::string::npos) << out.str();
    EXPECT_EQ(out.str().find(" is now: "), std::string::npos) << out.str();
}

TEST_F(CliProposalsTest, RegistryFixNeedsElevation) {
    elevated = false;
    EXPECT_EQ(run({"fix", "registry.negotiate-dh2048-aes256.enable", "--json"}), kExitRuntimeError);
    EXPECT_EQ(json::parse(out.str())["error"]["code"], "error.access-denied");
    elevated = true; // the simulated platform has no registry: not supported off Windows
    EXPECT_EQ(run({"fix", "registry.negotiate-dh2048-aes256.enable", "--json"}), kExitRuntimeError);
    EXPECT_EQ(json::parse(out.str())["error"]["code"], "error.not-supported");
}

TEST_F(CliProposalsTest, SettingFixErrorsReachTheElevatedHelpersResultFile) {
    // The GUI reads the elevated helper's outcome from --result only (UAC hides its output).
    elevated = false;
    const auto resultFile = dir.path() / "IPsecDoctor" / "helper-result.json";
    EXPECT_EQ(run({"fix", "registry.negotiate-dh2048-aes256.enable", "--result", resultFile.string()}),
              kExitRuntimeError);
    auto written = readFile(resultFile, 1 << 16);
    ASSERT_TRUE(written.hasValue()) << "no result file";
    EXPECT_EQ(json::parse(*written)["error"]["code"], "error.access-denied");
}

TEST(CliProposalsOptions, EveryValueIsValidated) {
    EXPECT_TRUE(usageError({"check", "--step", "proposals", "--server", "a b", "--tunnel", "ikev2"}));
    EXPECT_TRUE(
        usageError({"check", "--step", "proposals", "--server", "vpn.example.net", "--tunnel", "sstp"}));
    EXPECT_TRUE(usageError({"check", "--step", "proposals", "--server", "vpn.example.net"})); // no tunnel
    EXPECT_TRUE(
        usageError({"check", "--step", "proposals", "--profile", "A", "--server", "b", "--tunnel", "ikev2"}));
    EXPECT_TRUE(usageError(
        {"check", "--step", "proposals", "--server", "v", "--tunnel", "ikev2", "--accepts", "rot13"}));
    EXPECT_TRUE(usageError({"check", "--server", "v", "--tunnel", "ikev2"})); // only with --step proposals
    EXPECT_TRUE(usageError({"fix", "profile.ipsec-policy.set", "--profile", "A", "--phonebook", "user"}));
    EXPECT_TRUE(usageError({"fix", "profile.ipsec-policy.set", "--profile", "A", "--phonebook", "C:\\x.pbk",
                            "--ipsec-policy", "AES256,SHA256,Group14,AES256,SHA256128,None"}));
    EXPECT_TRUE(usageError({"fix", "profile.ipsec-policy.set", "--profile", "A]\n[B", "--phonebook", "user",
                            "--ipsec-policy", "AES256,SHA256,Group14,AES256,SHA256128,None"}));
    EXPECT_TRUE(usageError(
        {"fix", "profile.tunnel-type.set", "--profile", "A", "--phonebook", "user", "--strategy", "ikev3"}));
    EXPECT_TRUE(usageError({"fix", "registry.negotiate-dh2048-aes256.enable", "--profile", "A"}));
    EXPECT_TRUE(usageError({"fix", "registry.prohibit-ipsec.set"}));
    EXPECT_FALSE(usageError({"fix", "profile.tunnel-type.set", "--profile", "VPN de l'\xC3\xA9quipe",
                             "--phonebook", "all-users", "--strategy", "l2tp-only"}));
    EXPECT_FALSE(usageError({"profiles", "--pbk", "x.pbk", "--json"}));
    // --pbk names the file a profile fix edits, instead of --phonebook, never with it.
    const std::string policy = "AES256,SHA256,Group14,AES256,SHA256128,None";
    EXPECT_FALSE(usageError(
        {"fix", "profile.ipsec-policy.set", "--profile", "A", "--pbk", "x.pbk", "--ipsec-policy", policy}));
    EXPECT_TRUE(usageError({"fix", "profile.ipsec-policy.set", "--profile", "A", "--pbk", "x.pbk",
                            "--phonebook", "user", "--ipsec-policy", policy}));
    EXPECT_TRUE(usageError({"fix", "registry.negotiate-dh2048-aes256.enable", "--pbk", "x.pbk"}));
    // --probe asks one named server: with a profile or a server, never with --accepts.
    EXPECT_FALSE(usageError({"check", "--step", "proposals", "--profile", "A", "--probe"}));
    EXPECT_FALSE(usageError(
        {"check", "--step", "proposals", "--server", "vpn.example.net", "--tunnel", "l2tp", "--probe"}));
    EXPECT_TRUE(usageError({"check", "--step", "proposals", "--probe"}));
    EXPECT_TRUE(usageError({"check", "--step", "proposals", "--profile", "A", "--probe", "--accepts",
                            "aes256-sha256-modp2048"}));
    EXPECT_TRUE(usageError({"check", "--probe"}));
    EXPECT_TRUE(usageError({"check", "--step", "proposals", "--server", "vpn.example.net", "--tunnel", "l2tp",
                            "--probe", "--no-probe"}));
    EXPECT_TRUE(usageError({"check", "--step", "proposals", "--profile", "A", "--no-probe"}));
    EXPECT_TRUE(usageError({"check", "--step", "services", "--no-probe"}));
    // probe --profile: the profile decides what is offered and, without HOST, where.
    EXPECT_FALSE(usageError({"probe", "--profile", "A", "--pbk", "x.pbk"}));
    EXPECT_FALSE(usageError({"probe", "127.0.0.1", "--profile", "A"}));
    EXPECT_TRUE(usageError({"probe", "--profile", "A", "--policy", policy}));
    EXPECT_TRUE(usageError({"probe", "--profile", "A", "--windows-set", "windows11-default"}));
    EXPECT_TRUE(usageError({"probe", "--pbk", "x.pbk"}));
    EXPECT_TRUE(usageError({"probe", "--profile", "A]\n[B"}));
}
