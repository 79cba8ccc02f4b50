// The real ipsecdoctor-cli run as root (POSIX's privileged run; CI runs the tests as root): the
// review's attacks through the whole program, main() included. Skipped when not root.

#include "ipsecdoctor/util/file_io.h"

#include "file_text.h"
#include "temp_dir.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

#include <filesystem>
#include <iterator>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace fs = std::filesystem;
using ipsecdoctor::readFile;
using ipsecdoctor::writeFileAtomic;

namespace {

using ipsecdoctor::testing::fileText;

struct CliRun {
    int exitCode = -1;
    std::string err;
};

class RootCli : public ::testing::Test {
protected:
    void SetUp() override {
#ifdef _WIN32
        GTEST_SKIP() << "POSIX root only (Windows elevation: tests/win)";
#else
        if (::geteuid() != 0) {
            GTEST_SKIP() << "needs root: the privileged run is what is tested";
        }
#endif
        protectedDir = dir.path() / "protected";
        fs::create_directories(protectedDir);
        victim = protectedDir / "settings.ini";
        ASSERT_TRUE(writeFileAtomic(victim, "[Startup]\n0CmdLine=legit.cmd\n").hasValue());
    }
    CliRun run(const QStringList& args,
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(IPSECDOCTOR_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), process.readAllStandardError().toStdString()};
    }
    QString q(const fs::path& p) {
        return QString::fromStdString(p.string());
    }
    std::string victimText() {
        return fileText(victim);
    }

    ipsecdoctor::testing::TempDir dir;
    fs::path protectedDir;
    fs::path victim;
};

} // namespace

TEST_F(RootCli, BundleExportIsRefused) {
    const auto target = protectedDir / "hosts";
    auto r = run({QStringLiteral("bundle"), QStringLiteral("export"), q(target), QStringLiteral("--lang"),
                  QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("refused when ipsecdoctor-cli runs as administrator"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(target));
}

TEST_F(RootCli, PbkIsRefusedAndTheFileUntouched) {
    auto r = run({QStringLiteral("fix"), QStringLiteral("profile.tunnel-type.set"),
                  QStringLiteral("--profile"), QStringLiteral("Startup"), QStringLiteral("--pbk"), q(victim),
                  QStringLiteral("--strategy"), QStringLiteral("ikev2-only")});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_EQ(victimText(), "[Startup]\n0CmdLine=legit.cmd\n");
    EXPECT_EQ(std::distance(fs::directory_iterator(protectedDir), fs::directory_iterator()), 1)
        << "no .bak beside it either";
}

TEST_F(RootCli, ASymlinkedIpsecDoctorFolderGetsNoResultFile) {
    // The review's case: a folder named IPsecDoctor that is a link to a protected folder.
    const auto linked = dir.path() / "t2" / "IPsecDoctor";
    fs::create_directories(linked.parent_path());
    fs::create_directory_symlink(protectedDir, linked);
    auto r = run({QStringLiteral("fix"), QStringLiteral("service.policyagent.start"),
                  QStringLiteral("--result"), q(linked / "helper-result.json"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 3) << r.err; // off Windows the fix itself cannot run
    EXPECT_FALSE(fs::exists(protectedDir / "helper-result.json"));
    // The same through a real folder: the result file is written, so the check above can fail.
    const auto real = dir.path() / "t3" / "IPsecDoctor";
    fs::create_directories(real);
    run({QStringLiteral("fix"), QStringLiteral("service.policyagent.start"), QStringLiteral("--result"),
         q(real / "helper-result.json"), QStringLiteral("--json")});
    EXPECT_TRUE(fs::exists(real / "helper-result.json"));
}

TEST_F(RootCli, TheLogGoesToTheMachineFolderNotTheCallersDataDir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IPSECDOCTOR_DATA_DIR"), q(dir.path() / "caller"));
    auto r = run(
        {QStringLiteral("fix"), QStringLiteral("service.policyagent.start"), QStringLiteral("--json")}, env);
    EXPECT_EQ(r.exitCode, 3) << r.err;
    EXPECT_FALSE(fs::exists(dir.path() / "caller")) << "IPSECDOCTOR_DATA_DIR is ignored when privileged";
    auto log = readFile("/var/lib/IPsecDoctor/logs/ipsecdoctor-cli.log", 4u << 20);
    ASSERT_TRUE(log) << log.error().detail;
    EXPECT_NE(log->find("started (privileged): "), std::string::npos);
}
