// The GUI and the elevated helper agree on the command line: the exact arguments the Services page
// passes to Elevation::runElevated are accepted by the real ipsecdoctor-cli (not a usage error).
// Off Windows the helper cannot change services, so it answers with a runtime error (exit 3).

#include "GuiTestSupport.h"

#include "HelperResult.h"
#include "ProposalsEnvironment.h"
#include "RemediationRunner.h"

#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/util/file_io.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace ipsecdoctor::testing {
namespace {

#ifdef IPSECDOCTOR_CLI_PATH
const QString kCli = QStringLiteral(IPSECDOCTOR_CLI_PATH);
#else
const QString kCli;
#endif

/// Runs the real CLI with the arguments (not elevated: the contract is about the arguments).
Expected<int> runCli(const std::vector<std::string>& arguments, QByteArray* output = nullptr) {
    QStringList list;
    for (const auto& argument : arguments) {
        list << QString::fromStdString(argument);
    }
    QProcess process;
    process.start(kCli, list);
    if (!process.waitForFinished(30000)) {
        return Error::make(ErrorCode::Timeout, "the CLI did not finish");
    }
    if (output) {
        *output = process.readAllStandardOutput();
    }
    return process.exitCode();
}

class CliContractTest : public WizardTest {
protected:
    void SetUp() override {
        if (kCli.isEmpty()) {
            GTEST_SKIP() << "ipsecdoctor-cli is not part of this build";
        }
        WizardTest::SetUp();
    }
};

TEST_F(CliContractTest, FixAndUndoArgumentsAreAccepted) {
    gui::ActionRequest request;
    request.journalFileArgument = QDir::toNativeSeparators(journalFile()).toStdString();
    request.resultFileArgument =
        QDir::toNativeSeparators(
            QFileInfo(journalFile()).dir().filePath(QStringLiteral("helper-result.json")))
            .toStdString();
    ASSERT_TRUE(QDir().mkpath(QFileInfo(journalFile()).path())); // as the runner does before the helper
    QByteArray output;
    // A service fix (Services page) and the Logs page's audit and tracing fixes.
    for (const char* id : {"service.policyagent.set-automatic", "audit.ipsec.enable", "tracing.ras.enable"}) {
        auto fixed = runCli(gui::RemediationRunner::cliArguments(request, id), &output);
        ASSERT_TRUE(fixed.hasValue());
        EXPECT_NE(*fixed, gui::kCliExitUsage) << id << ": " << output.toStdString();
    }
    request.kind = gui::ActionKind::Undo;
    auto undone = runCli(gui::RemediationRunner::cliArguments(request, "20261127T101500Z-3f2a9c"), &output);
    ASSERT_TRUE(undone.hasValue());
    EXPECT_NE(*undone, gui::kCliExitUsage) << output.toStdString();
    // And the CLI does refuse what it should, so the checks above can fail.
    auto refused = runCli(
        {"fix", "service.policyagent.format-disk", "--json", "--journal", request.journalFileArgument});
    ASSERT_TRUE(refused.hasValue());
    EXPECT_EQ(*refused, gui::kCliExitUsage);
}

TEST_F(CliContractTest, HelperRuntimeErrorReachesThePage) {
    disablePolicyAgent(scm());
    start(true, false);
    elevation().helper = [](const std::vector<std::string>& arguments) {
        return runCli(arguments);
    };
    goNext();
    click(QStringLiteral("fixPushButton_service.policyagent.set-automatic"));
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(elevation().calls.size(), 1u);
    // The helper's own error travels back through its result file: off Windows, "not available".
    EXPECT_TRUE(
        labelText(QStringLiteral("actionResultLabel")).contains(QStringLiteral("could not be applied")));
    EXPECT_TRUE(labelText(QStringLiteral("actionResultLabel")).contains(QStringLiteral("Not available here")))
        << labelText(QStringLiteral("actionResultLabel")).toStdString();
}

TEST_F(CliContractTest, ProposalsFixErrorComesBackThroughTheResultFile) {
    // The Proposals page's elevated path: the real CLI refuses (off Windows: not supported) and
    // the page reports that reason, read from --result, not just an exit code.
    SettingArguments args;
    auto spec = parseSettingRemediation(fix::kNegotiateDh2048, args);
    ASSERT_TRUE(spec.hasValue());
    ASSERT_TRUE(QDir().mkpath(QFileInfo(journalFile()).path()));
    const auto resultFile =
        std::filesystem::path(journalFile().toStdString()).parent_path() / "helper-result.json";
    gui::clearHelperResult(resultFile);
    auto code = runCli(gui::settingFixArguments(*spec, journalFile().toStdString(), resultFile.string()));
    ASSERT_TRUE(code.hasValue());
    EXPECT_EQ(*code, gui::kCliExitRuntimeError);
    const Error error = gui::elevatedHelperError(resultFile, *code);
    EXPECT_NE(error.code, ErrorCode::Platform) << "the helper's own error, not the exit-code fallback";
    EXPECT_TRUE(error.code == ErrorCode::NotSupported || error.code == ErrorCode::AccessDenied)
        << errorCodeId(error.code);
    gui::clearHelperResult(resultFile);
    EXPECT_FALSE(std::filesystem::exists(resultFile));
    EXPECT_EQ(gui::elevatedHelperError(resultFile, gui::kCliExitUsage).code, ErrorCode::InvalidArgument);
    EXPECT_EQ(gui::elevatedHelperError(resultFile, 3).code, ErrorCode::Platform);
    ASSERT_TRUE(writeFileAtomic(resultFile, "{\"error\": {\"code\": \"error.made-up\"}}").hasValue());
    EXPECT_EQ(gui::elevatedHelperError(resultFile, 3).code, ErrorCode::Platform)
        << "an unknown code is not trusted";
}

} // namespace
} // namespace ipsecdoctor::testing
