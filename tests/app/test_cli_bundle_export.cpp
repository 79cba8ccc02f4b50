// bundle export through the CLI: a planted secret in any place a bundle reads (event XML,
// phonebook fields, collection errors, the log, trace files in UTF-8 and UTF-16) never comes out,
// live (on a test platform: this runs on Linux) and re-exported from a bundle by the real binary;
// --anonymize gives a bundle that still opens.
#include "CliCommands.h"
#include "Language.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/time_format.h"

#include "planted_secrets.h"
#include "simulated_platform.h"
#include "temp_dir.h"
#include "windows10_services.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <QProcess>
#include <QProcessEnvironment>

#include <sstream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
using namespace ipsecdoctor::testing;
using nlohmann::json;

namespace {

std::vector<ZipEntry> entriesOf(const std::filesystem::path& zip) {
    auto bytes = readFile(zip, kMaxBundleFileBytes);
    EXPECT_TRUE(bytes.hasValue()) << zip;
    auto entries = bytes ? readZip(*bytes) : Expected<std::vector<ZipEntry>>(bytes.error());
    EXPECT_TRUE(entries.hasValue());
    return entries ? *entries : std::vector<ZipEntry>{};
}

/// No planted value in any entry, as UTF-8 or as UTF-16LE.
void expectNoPlantedSecret(const std::filesystem::path& zip) {
    const auto entries = entriesOf(zip);
    ASSERT_GE(entries.size(), 4u);
    auto values = plantedValues();
    values.emplace_back("PlantUtf16x23");
    for (const auto& e : entries) {
        for (const auto& v : values) {
            EXPECT_EQ(e.data.find(v), std::string::npos) << v << " in " << e.path;
            EXPECT_EQ(e.data.find(utf16le(v)), std::string::npos) << v << " (UTF-16) in " << e.path;
        }
    }
}

std::string entry(const std::vector<ZipEntry>& entries, const std::string& path) {
    for (const auto& e : entries) {
        if (e.path == path) {
            return e.data;
        }
    }
    ADD_FAILURE() << path << " missing";
    return {};
}

std::string plantedLog() {
    return plantedSecretLines() + utf16le("password=PlantUtf16x23") + "\n";
}

class CliBundleExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        fillWindows10(scm);
        language.apply(QStringLiteral("en"));
        env.defaultJournalPath = (dir.path() / "journal.json").string();
        env.readLog = [] {
            return plantedLog();
        };
        const auto pbk = dir.path() / "rasphone.pbk";
        ASSERT_TRUE(writeFileAtomic(pbk, plantedPhonebook()).hasValue());
        env.phonebooks = [pbk] {
            return std::vector<PhonebookLocation>{{PhonebookScope::User, pbk}};
        };
        const auto traces = dir.path() / "tracing";
        std::filesystem::create_directories(traces);
        ASSERT_TRUE(writeFileAtomic(traces / "RASPPP.LOG", plantedTrace()).hasValue());
        ASSERT_TRUE(writeFileAtomic(traces / "RASTLS.LOG", utf16le(plantedTrace())).hasValue()); // no BOM
        env.traceDirectory = [traces] {
            return std::optional<std::filesystem::path>(traces);
        };
        env.makePlatform = [this]() -> Expected<LivePlatform> {
            auto platform = simulatedPlatform(scm, false);
            LogsInfo logs;
            logs.events.push_back(*parseEventXml(plantedEventXml()));
            platform.eventLog = std::make_unique<OfflineEventLog>(logs);
            return platform;
        };
    }

    int run(std::vector<std::string> args) {
        out.str({});
        err.str({});
        auto parsed = parseCli(args);
        EXPECT_TRUE(std::holds_alternative<CliOptions>(parsed));
        return std::holds_alternative<CliOptions>(parsed)
                   ? runCli(std::get<CliOptions>(parsed), env, out, err)
                   : -1;
    }

    TempDir dir;
    SimulatedScm scm;
    Language language;
    CliEnvironment env;
    std::ostringstream out;
    std::ostringstream err;
};

/// A bundle as a careless or older writer would make it: every part holds planted secrets.
std::string hostileBundle() {
    SystemSnapshot s = windows10Snapshot();
    LogsInfo logs;
    logs.source = "live";
    logs.events.push_back(*parseEventXml(plantedEventXml()));
    s.logs = logs;
    VpnConfiguration vpn;
    VpnProfile p;
    p.name = "Office pwd=PlantProfile29";
    p.device = "WAN Miniport (IKEv2) password=PlantDevice30";
    p.server = "https://bob:PlantServer31@vpn.example.com";
    p.sources["PhoneNumber"] = "PreSharedKey=PlantPbkPsk32";
    vpn.profiles.push_back(p);
    s.vpn = vpn;
    s.errors.push_back({"logs", "Security password=PlantError33", "error.access-denied", 5});
    std::vector<Finding> findings{{"logs.ike-failure",
                                   "Office VPN",
                                   Severity::Error,
                                   Step::Logs,
                                   IkePhase::Local,
                                   {{"detail", plantedSecretLines()}},
                                   {}}};
    std::vector<ZipEntry> entries{
        {"snapshot.json", toJson(s).dump(2)},
        {"findings.json", toJson(findings).dump(2)},
        {"logs/ipsecdoctor.log", plantedLog()},
        {"diagnosis/tracing/RASPPP.LOG", plantedTrace()},
        {"diagnosis/tracing/RASTLS.LOG", utf16le(plantedTrace())},
        {"diagnosis/notes.txt", plantedSecretLines()},
    };
    json files = json::array();
    for (const auto& e : entries) {
        files.push_back({{"path", e.path}, {"size", e.data.size()}, {"sha256", sha256Hex(e.data)}});
    }
    const json manifest{{"format", "ipsecdoctor-bundle"},
                        {"bundle_version", 1},
                        {"created_at", "2026-11-27T10:00:00Z"},
                        {"app_version", "0.1.0"},
                        {"machine", {{"hostname", "PC-COMPTA-07"}}},
                        {"files", files}};
    entries.insert(entries.begin(), ZipEntry{"manifest.json", manifest.dump(2)});
    return *writeZip(entries, "2026-11-27T10:00:00Z");
}

/// Runs the built ipsecdoctor-cli; its exit code.
int runBinary(const std::filesystem::path& dataDir, const std::vector<std::string>& arguments,
              QString* output = nullptr) {
    QStringList args;
    for (const auto& a : arguments) {
        args << QString::fromStdString(a);
    }
    QProcess cli;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IPSECDOCTOR_DATA_DIR"), QString::fromStdString(dataDir.string()));
    cli.setProcessEnvironment(environment);
    QString program = QString::fromUtf8(IPSECDOCTOR_CLI_PATH);
    if (geteuid() == 0) {
        // As root the CLI does fix and undo only (its elevation boundary): run it as a support
        // technician would, as nobody, with the test's folder handed over.
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dataDir)) {
            std::filesystem::permissions(entry.path(), std::filesystem::perms::all,
                                         std::filesystem::perm_options::add);
        }
        std::filesystem::permissions(dataDir, std::filesystem::perms::all,
                                     std::filesystem::perm_options::add);
        args.prepend(program);
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), QStringLiteral("--")} +
               args;
        program = QStringLiteral("setpriv");
    }
    cli.start(program, args);
    EXPECT_TRUE(cli.waitForFinished(60000)) << args.join(QLatin1Char(' ')).toStdString();
    if (output) {
        *output = QString::fromUtf8(cli.readAllStandardOutput());
    }
    EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit);
    return cli.exitCode();
}

std::string q(const std::filesystem::path& p) {
    return p.string();
}

} // namespace

TEST_F(CliBundleExportTest, LiveExportOnATestPlatformCarriesNoPlantedSecret) {
    const auto file = dir.path() / "live.zip";
    ASSERT_EQ(run({"bundle", "export", file.string(), "--json"}), kExitHealthy) << out.str() << err.str();
    EXPECT_EQ(json::parse(out.str())["anonymized"], false);
    expectNoPlantedSecret(file);

    // What support staff need is still there.
    const auto entries = entriesOf(file);
    EXPECT_NE(entry(entries, "logs/ipsecdoctor.log").find("IKE negotiation failed with error 13801"),
              std::string::npos);
    const std::string tls = entry(entries, "diagnosis/tracing/RASTLS.LOG"); // decoded from UTF-16
    EXPECT_NE(tls.find("RasDial started for entry Office VPN"), std::string::npos) << tls;
    EXPECT_NE(tls.find("[packet bytes removed]"), std::string::npos) << tls;
    auto bundle = loadBundle(file);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    ASSERT_TRUE(bundle->snapshot.logs.has_value());
    ASSERT_EQ(bundle->snapshot.logs->events.size(), 1u);
    EXPECT_EQ(bundle->snapshot.logs->events[0].eventId, 20227u);
    EXPECT_EQ(*bundle->snapshot.logs->events[0].positional(3), "809");
    ASSERT_TRUE(bundle->snapshot.vpn.has_value());
    ASSERT_EQ(bundle->snapshot.vpn->profiles.size(), 1u);
    EXPECT_TRUE(bundle->snapshot.vpn->profiles[0].name.starts_with("Office pwd="))
        << bundle->snapshot.vpn->profiles[0].name;
}

// The Certificates step's choice is part of the bundle, as the GUI records its page's.
TEST_F(CliBundleExportTest, LiveExportRecordsTheCertificatesStepsChoice) {
    const auto file = dir.path() / "choice.zip";
    ASSERT_EQ(run({"bundle", "export", file.string(), "--auth", "user-cert", "--server", "vpn.example.org",
                   "--certreq", "E9FBED90AACDFE3700774930B4701BE0AC94EB97"}),
              kExitHealthy)
        << out.str() << err.str();
    auto bundle = loadBundle(file);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    ASSERT_TRUE(bundle->snapshot.certificateChoice.has_value());
    EXPECT_EQ(bundle->snapshot.certificateChoice->auth, "user-cert");
    EXPECT_EQ(bundle->snapshot.certificateChoice->server, "vpn.example.org");
    ASSERT_TRUE(bundle->snapshot.certificateChoice->certreqCaSha1.has_value());
    EXPECT_EQ(bundle->snapshot.certificateChoice->certreqCaSha1->front(),
              "E9FBED90AACDFE3700774930B4701BE0AC94EB97");
    // Nothing chosen, nothing recorded; and re-exporting a bundle does not take these options.
    const auto plain = dir.path() / "plain.zip";
    ASSERT_EQ(run({"bundle", "export", plain.string()}), kExitHealthy);
    EXPECT_FALSE(loadBundle(plain)->snapshot.certificateChoice.has_value());
    EXPECT_TRUE(std::holds_alternative<UsageError>(
        parseCli({"bundle", "export", "--bundle", file.string(), "--auth", "psk", "again.zip"})));
}

TEST_F(CliBundleExportTest, ReexportByTheBinaryRedactsEveryEntry) {
    const auto in = dir.path() / "hostile.zip";
    ASSERT_TRUE(writeFileAtomic(in, hostileBundle()).hasValue());
    ASSERT_TRUE(loadBundle(in).hasValue()); // a valid bundle, secrets and all
    const auto outFile = dir.path() / "forwarded.zip";
    ASSERT_EQ(runBinary(dir.path(), {"bundle", "export", "--bundle", q(in), q(outFile)}), kExitHealthy);
    expectNoPlantedSecret(outFile);
    auto bundle = loadBundle(outFile);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    EXPECT_EQ(bundle->snapshot.errors[0].target, "Security password= [redacted]");
    EXPECT_FALSE(bundle->manifest.anonymized);
    EXPECT_EQ(bundle->snapshot.machine.hostname, "PC-COMPTA-07");
}

TEST_F(CliBundleExportTest, ABundleWithoutFindingsIsForwardedComplete) {
    // Put together without findings.json (and without listing it): it opens, and forwarding it
    // writes the findings this version concludes from its snapshot.
    const auto snap = ipsecdoctor::testing::windows10Snapshot();
    auto entries = readZip(*buildBundle(snap, runChecks(snap), "log\n"));
    ASSERT_TRUE(entries);
    std::erase_if(*entries, [](const ZipEntry& e) { return e.path == "findings.json"; });
    for (auto& e : *entries) {
        if (e.path == "manifest.json") {
            auto m = json::parse(e.data);
            auto& files = m["files"];
            files.erase(std::remove_if(files.begin(), files.end(),
                                       [](const json& f) { return f["path"] == "findings.json"; }),
                        files.end());
            e.data = m.dump();
        }
    }
    const auto in = dir.path() / "no-findings.zip";
    ASSERT_TRUE(writeFileAtomic(in, *writeZip(*entries, "2026-12-08T10:00:00Z")).hasValue());
    const auto outFile = dir.path() / "complete.zip";
    ASSERT_EQ(runBinary(dir.path(), {"bundle", "export", "--bundle", q(in), q(outFile)}), kExitHealthy);
    auto bundle = loadBundle(outFile);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    EXPECT_FALSE(bundle->findingsMissing);
    EXPECT_FALSE(bundle->findings.empty());
}

TEST_F(CliBundleExportTest, ABundleChangedAfterExportIsReadWithAWarningAndNotForwarded) {
    const auto snap = ipsecdoctor::testing::windows10Snapshot();
    auto entries = readZip(*buildBundle(snap, runChecks(snap), "log\n"));
    ASSERT_TRUE(entries);
    for (auto& e : *entries) {
        if (e.path == "snapshot.json") {
            e.data += "\n"; // opened and saved in an editor
        }
    }
    const auto in = dir.path() / "edited.zip";
    ASSERT_TRUE(writeFileAtomic(in, *writeZip(*entries, "2026-12-08T10:00:00Z")).hasValue());
    const int rc = run({"check", "--bundle", q(in), "--json"});
    EXPECT_TRUE(rc == kExitHealthy || rc == kExitProblems) << err.str();
    const auto body = json::parse(out.str());
    ASSERT_TRUE(body["source"].contains("changed_after_export")) << out.str();
    EXPECT_EQ(body["source"]["changed_after_export"][0]["path"], "snapshot.json");
    EXPECT_EQ(body["source"]["changed_after_export"][0]["kind"], "changed");
    EXPECT_NE(err.str().find("snapshot.json (changed)"), std::string::npos) << err.str();
    out.str({});
    err.str({});
    EXPECT_NE(run({"bundle", "export", "--bundle", q(in), q(dir.path() / "forwarded.zip")}), kExitHealthy);
    EXPECT_NE(err.str().find("changed after export"), std::string::npos) << err.str();
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "forwarded.zip"));
}

TEST_F(CliBundleExportTest, AnonymizedExportReopensWithCheck) {
    const auto in = dir.path() / "hostile.zip";
    ASSERT_TRUE(writeFileAtomic(in, hostileBundle()).hasValue());
    const auto outFile = dir.path() / "anonymized.zip";
    QString output;
    ASSERT_EQ(runBinary(dir.path(),
                        {"bundle", "export", "--anonymize", "--bundle", q(in), q(outFile), "--json"},
                        &output),
              kExitHealthy);
    EXPECT_EQ(json::parse(output.toStdString())["anonymized"], true);
    expectNoPlantedSecret(outFile);
    for (const auto& e : entriesOf(outFile)) {
        for (const char* original : {"PC-COMPTA-07", "PC-TEST", "alice", "bob", "vpn.example.com"}) {
            EXPECT_EQ(e.data.find(original), std::string::npos) << original << " in " << e.path;
        }
    }
    const int rc = runBinary(dir.path(), {"check", "--bundle", q(outFile), "--json"}, &output);
    EXPECT_TRUE(rc == kExitHealthy || rc == kExitProblems) << rc << output.toStdString();
    EXPECT_EQ(json::parse(output.toStdString())["source"]["hostname"], "host-1");
    auto bundle = loadBundle(outFile);
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    EXPECT_TRUE(bundle->manifest.anonymized);

    // Forwarded again, it stays anonymized and its pseudonyms stay as they are.
    const auto again = dir.path() / "again.zip";
    ASSERT_EQ(runBinary(dir.path(), {"bundle", "export", "--bundle", q(outFile), q(again)}), kExitHealthy);
    auto reloaded = loadBundle(again);
    ASSERT_TRUE(reloaded.hasValue());
    EXPECT_TRUE(reloaded->manifest.anonymized);
    EXPECT_EQ(reloaded->snapshot, bundle->snapshot);
}

TEST_F(CliBundleExportTest, AnonymizeBelongsToBundleExportOnly) {
    auto parsed = parseCli({"check", "--anonymize"});
    ASSERT_TRUE(std::holds_alternative<UsageError>(parsed));
    EXPECT_EQ(std::get<UsageError>(parsed).argument, "--anonymize");
    parsed = parseCli({"bundle", "export", "--anonymize", "--bundle", "in.zip", "out.zip"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(parsed));
    EXPECT_TRUE(std::get<CliOptions>(parsed).anonymize);
    EXPECT_EQ(std::get<CliOptions>(parsed).bundlePath, "in.zip");
    EXPECT_EQ(std::get<CliOptions>(parsed).exportPath, "out.zip");
}

TEST_F(CliBundleExportTest, ReexportOfAMissingBundleIsAClearError) {
    EXPECT_EQ(run({"bundle", "export", "--bundle", (dir.path() / "none.zip").string(),
                   (dir.path() / "o.zip").string(), "--json"}),
              kExitRuntimeError);
    EXPECT_EQ(json::parse(out.str())["error"]["code"], "error.not-found");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "o.zip"));
}
