// The elevation boundary: what a privileged run of ipsecdoctor-cli (elevated on Windows, root
// elsewhere) accepts — the exact command lines the GUI passes — and what it refuses before
// anything is read, whatever a caller at the user's level puts on the command line.

#include "CliOptions.h"
#include "PrivilegedCommandLine.h"

#include "ipsecdoctor/util/file_io.h"

#include "file_text.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
namespace fs = std::filesystem;

namespace {

using ipsecdoctor::testing::fileText;

class PrivilegedRun : public ::testing::Test {
protected:
    void SetUp() override {
        folder = dir.path() / "IPsecDoctor";
        fs::create_directories(folder);
        journal = (folder / "journal.json").string();
        result = (folder / "helper-result.json").string();
    }
    std::optional<UsageError> refusal(const std::vector<std::string>& args) {
        auto parsed = parseCli(args, RunAs::Privileged);
        if (auto* e = std::get_if<UsageError>(&parsed)) {
            return *e;
        }
        return std::nullopt;
    }
    bool acceptedAsUser(const std::vector<std::string>& args) {
        return std::holds_alternative<CliOptions>(parseCli(args, RunAs::User));
    }

    ipsecdoctor::testing::TempDir dir;
    fs::path folder;
    std::string journal;
    std::string result;
};

} // namespace

TEST_F(PrivilegedRun, TheGuisCommandLinesAreAccepted) {
    // As app/gui/RemediationRunner.cpp and ProposalsEnvironment.cpp build them.
    const std::vector<std::vector<std::string>> gui = {
        {"fix", "service.policyagent.set-automatic", "--json", "--journal", journal, "--result", result},
        {"undo", "20261127T101500Z-3f2a9c", "--json", "--journal", journal, "--result", result},
        {"fix", "certificate.import-ca.root", "--json", "--journal", journal, "--result", result, "--file",
         (dir.path() / "ca.cer").string(), "--thumbprint", std::string(40, 'A')},
        {"fix", "profile.tunnel-type.set", "--profile", "Office VPN", "--phonebook", "all-users",
         "--strategy", "ikev2-only", "--journal", journal, "--result", result, "--json"},
        {"fix", "audit.ipsec.enable", "--lang", "fr", "--json"},
        {"undo", "--last", "--json"},
        {"--version"},
        {"--help"},
    };
    for (const auto& args : gui) {
        auto e = refusal(args);
        EXPECT_FALSE(e) << args[0] << " " << args[1] << ": " << static_cast<int>(e->problem) << " "
                        << e->argument;
    }
}

TEST_F(PrivilegedRun, ALiveCheckAsManagementAgentsRunItIsAllowed) {
    // Intune runs check --json as SYSTEM: it reads no file, path or server the caller names.
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"check"},
             {"check", "--json"},
             {"--json", "check", "--step", "services", "--lang", "fr", "--since", "7d"}}) {
        EXPECT_FALSE(refusal(args)) << args.size();
    }
    // Anything that names a file, a folder, a profile or a server is not.
    for (const std::string option : {"--bundle", "--events", "--pbk", "--profile", "--server", "--certreq",
                                     "--auth", "--journal", "--result", "--accepts"}) {
        auto e = refusal({"check", option, "/tmp/x"});
        ASSERT_TRUE(e) << option;
        EXPECT_EQ(e->problem, UsageProblem::RefusedWhenPrivileged) << option;
    }
    EXPECT_TRUE(refusal({"check", "--probe"}));
    EXPECT_TRUE(refusal({"check", "extra"}));
}

TEST_F(PrivilegedRun, EveryOtherCommandIsRefused) {
    const std::vector<std::vector<std::string>> others = {
        {"diagnose"},
        {"certs"},
        {"profiles"},
        {"journal"},
        {"explain", "809"},
        {"probe", "vpn.example.com"},
        {"bundle", "export", (dir.path() / "hosts").string()},
        {"--json", "bundle", "export", (dir.path() / "x.zip").string()},
    };
    for (const auto& args : others) {
        ASSERT_TRUE(acceptedAsUser(args)) << args[0] << ": the command line itself is valid";
        auto e = refusal(args);
        ASSERT_TRUE(e) << args[0] << " was accepted";
        EXPECT_EQ(e->problem, UsageProblem::RefusedWhenPrivileged) << args[0];
    }
    EXPECT_FALSE(fs::exists(dir.path() / "hosts"));
}

TEST_F(PrivilegedRun, FileOptionsAndUnknownOptionsAreRefused) {
    const std::string pbk = (dir.path() / "settings.ini").string();
    ASSERT_TRUE(writeFileAtomic(pbk, "[Startup]\n0CmdLine=legit.cmd\n").hasValue());
    // The review's --pbk case: as a user it is a valid command line (the user's own file).
    const std::vector<std::string> viaPbk = {"fix",        "profile.tunnel-type.set",
                                             "--profile",  "Startup",
                                             "--pbk",      pbk,
                                             "--strategy", "ikev2-only",
                                             "--journal",  journal};
    ASSERT_TRUE(acceptedAsUser(viaPbk));
    auto e = refusal(viaPbk);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->problem, UsageProblem::RefusedWhenPrivileged);
    EXPECT_EQ(e->argument, "--pbk");
    EXPECT_EQ(fileText(pbk), "[Startup]\n0CmdLine=legit.cmd\n");

    for (const std::string option :
         {"--bundle", "--events", "--since", "--store", "--server", "--frobnicate"}) {
        auto refused = refusal({"fix", "service.policyagent.start", option, "x"});
        ASSERT_TRUE(refused) << option;
        EXPECT_EQ(refused->problem, UsageProblem::RefusedWhenPrivileged) << option;
        EXPECT_EQ(refused->argument, option);
    }
}

TEST_F(PrivilegedRun, OnlyTheSpellingTheGuiUsesIsAccepted) {
    // The parser takes "--journal=FILE" and "--" from a user; elevated, the rules read the exact
    // words, so a path given with "=" or hidden after "--" is refused, not slipped past them.
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"fix", "service.policyagent.start", "--journal=" + journal},
             {"fix", "service.policyagent.start", "--result=" + result},
             {"fix", "service.policyagent.start", "--", "--journal", journal},
             {"undo", "-jh"},
         }) {
        auto e = refusal(args);
        ASSERT_TRUE(e) << args.back();
        EXPECT_EQ(e->problem, UsageProblem::RefusedWhenPrivileged) << args.back();
    }
    ASSERT_TRUE(acceptedAsUser({"fix", "service.policyagent.start", "--journal=" + journal}));
}

TEST_F(PrivilegedRun, PathsMustBeLocalAndAbsolute) {
    for (const std::string bad :
         {"IPsecDoctor/helper-result.json", "//server/share/IPsecDoctor/helper-result.json",
          "/a/../IPsecDoctor/helper-result.json", "./helper-result.json"}) {
        auto e = refusal({"fix", "service.policyagent.start", "--result", bad});
        ASSERT_TRUE(e) << bad;
        EXPECT_EQ(e->problem, UsageProblem::PathNotLocal) << bad;
        EXPECT_EQ(e->argument, "--result " + bad);
    }
    auto e = refusal(
        {"fix", "certificate.import-ca.root", "--file", "ca.cer", "--thumbprint", std::string(40, 'A')});
    ASSERT_TRUE(e);
    EXPECT_EQ(e->problem, UsageProblem::PathNotLocal);
}

TEST(LocalAbsolutePath, WindowsForms) {
    constexpr auto w = PathStyle::Windows;
    EXPECT_TRUE(isLocalAbsolutePath(R"(C:\Users\Alice\AppData\Local\IPsecDoctor\helper-result.json)", w));
    EXPECT_TRUE(isLocalAbsolutePath("d:/ca/root.cer", w));
    for (const char* bad :
         {R"(\\server\share\IPsecDoctor\journal.json)", R"(\\?\C:\IPsecDoctor\journal.json)",
          R"(\\.\C:\IPsecDoctor\journal.json)", R"(\??\C:\IPsecDoctor\journal.json)",
          R"(\\?\GLOBALROOT\Device\HarddiskVolumeShadowCopy1\x)", "//server/share/x", R"(C:relative\x)",
          R"(IPsecDoctor\journal.json)", R"(\IPsecDoctor\journal.json)",
          R"(C:\IPsecDoctor\journal.json:stream)", R"(C:\a\..\Windows\System32\x)", R"(C:\a\.\x)",
          R"(C:\a\\x)", "", "C:"}) {
        EXPECT_FALSE(isLocalAbsolutePath(bad, w)) << bad;
    }
    EXPECT_FALSE(isLocalAbsolutePath(std::string("C:\\a\nb"), w));
    EXPECT_FALSE(isLocalAbsolutePath("C:\\" + std::string(1100, 'a'), w));
}

TEST(LocalAbsolutePath, PosixForms) {
    constexpr auto p = PathStyle::Posix;
    EXPECT_TRUE(isLocalAbsolutePath("/home/alice/.local/share/IPsecDoctor/journal.json", p));
    for (const char* bad : {"relative/x", "//server/share", "/a/../etc/passwd", "/a/./b", "/a//b", ""}) {
        EXPECT_FALSE(isLocalAbsolutePath(bad, p)) << bad;
    }
    EXPECT_FALSE(isLocalAbsolutePath("C:\\x", p));
}

TEST(LogEscaping, ArgumentsCannotForgeLogLines) {
    // The review's injection: an argument with CR/LF that wrote "calc.exe" on a line of its own.
    EXPECT_EQ(escapeForLog("x.zip\r\ncalc.exe\r\nrem "), "x.zip\\r\\ncalc.exe\\r\\nrem ");
    EXPECT_EQ(escapeForLog(std::string("a\x1b[31mb\x7f\x00", 9)), "a\\x1b[31mb\\x7f\\x00");
    EXPECT_EQ(escapeForLog(R"(C:\Users\x)"), R"(C:\\Users\\x)");
    EXPECT_EQ(escapeForLog("Société VPN"), "Société VPN");
}

TEST(PrivilegedEnvironment, QtAndDataFolderVariablesAreCleared) {
    for (const char* name :
         {"QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "QT_LOGGING_RULES", "qt_plugin_path",
          "QML2_IMPORT_PATH", "QTWEBENGINE_CHROMIUM_FLAGS", "IPSECDOCTOR_DATA_DIR"}) {
        EXPECT_TRUE(isClearedWhenPrivileged(name)) << name;
    }
    for (const char* name : {"PATH", "SystemRoot", "LANG", "IPSECDOCTOR_DATA_DIRECTORY", "TEMP"}) {
        EXPECT_FALSE(isClearedWhenPrivileged(name)) << name;
    }
}
