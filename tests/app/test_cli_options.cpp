#include "CliOptions.h"

#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

namespace {

CliOptions ok(std::vector<std::string> args) {
    auto parsed = parseCli(args);
    EXPECT_TRUE(std::holds_alternative<CliOptions>(parsed));
    return std::holds_alternative<CliOptions>(parsed) ? std::get<CliOptions>(parsed) : CliOptions{};
}

UsageProblem problem(std::vector<std::string> args) {
    auto parsed = parseCli(args);
    EXPECT_TRUE(std::holds_alternative<UsageError>(parsed));
    return std::holds_alternative<UsageError>(parsed) ? std::get<UsageError>(parsed).problem
                                                      : UsageProblem::MissingCommand;
}

} // namespace

TEST(CliOptions, Check) {
    auto o = ok({"check", "--step", "services", "--bundle", "x.zip", "--json", "--lang", "fr"});
    EXPECT_EQ(o.command, CliCommand::Check);
    EXPECT_EQ(o.step, Step::Services);
    EXPECT_EQ(o.bundlePath, "x.zip");
    EXPECT_TRUE(o.json);
    EXPECT_EQ(o.lang, "fr");
    EXPECT_EQ(problem({"check", "--step", "everything"}), UsageProblem::BadStep);
    EXPECT_EQ(problem({"check", "--lang", "de"}), UsageProblem::BadLanguage);
    EXPECT_EQ(problem({"check", "--bundle"}), UsageProblem::MissingValue);
    EXPECT_EQ(problem({"check", "extra"}), UsageProblem::UnexpectedArgument);
}

TEST(CliOptions, FixAcceptsOnlyAllowListedIds) {
    EXPECT_EQ(ok({"fix", "service.ikeext.restart"}).remediationId, "service.ikeext.restart");
    EXPECT_EQ(problem({"fix"}), UsageProblem::MissingArgument);
    EXPECT_EQ(problem({"fix", "service.spooler.start"}), UsageProblem::BadRemediationId);
    EXPECT_EQ(problem({"fix", "service.ikeext.start", "C:\\evil.exe"}), UsageProblem::UnexpectedArgument);
    EXPECT_EQ(problem({"fix", "service.ikeext.start", "--bundle", "x.zip"}), UsageProblem::UnknownOption);
    EXPECT_EQ(problem({"fix", "service.ikeext.start", "--force"}), UsageProblem::UnknownOption);
}

TEST(CliOptions, UndoNeedsExactlyOneOfIdOrLast) {
    EXPECT_EQ(ok({"undo", "20261127T101500Z-3f2a9c"}).journalId, "20261127T101500Z-3f2a9c");
    EXPECT_TRUE(ok({"undo", "--last"}).undoLast);
    EXPECT_EQ(problem({"undo"}), UsageProblem::MissingArgument);
    EXPECT_EQ(problem({"undo", "20261127T101500Z-3f2a9c", "--last"}), UsageProblem::MissingArgument);
    EXPECT_EQ(problem({"undo", "../../etc"}), UsageProblem::BadJournalId);
    EXPECT_EQ(problem({"check", "--last"}), UsageProblem::UnknownOption);
}

TEST(CliOptions, JournalAndResultPathsAreConfinedToTheDataFolder) {
    // The elevated helper must not be usable to overwrite arbitrary files: only journal.json and
    // helper-result.json in an existing folder named IPsecDoctor.
    ipsecdoctor::testing::TempDir dir;
    const auto data = dir.path() / "IPsecDoctor";
    std::filesystem::create_directories(data);
    const std::string journal = (data / "journal.json").string();
    const std::string result = (data / "helper-result.json").string();
    auto o = ok({"fix", "service.ikeext.start", "--journal", journal, "--result", result});
    EXPECT_EQ(o.journalPath, journal);
    EXPECT_EQ(o.resultPath, result);
    const auto journalProblem = [](const std::filesystem::path& p) {
        return problem({"fix", "service.ikeext.start", "--journal", p.string()});
    };
    EXPECT_EQ(journalProblem("journal.json"), UsageProblem::BadJournalPath);              // relative
    EXPECT_EQ(journalProblem(data / "other.json"), UsageProblem::BadJournalPath);         // other name
    EXPECT_EQ(journalProblem(dir.path() / "journal.json"), UsageProblem::BadJournalPath); // other folder
    EXPECT_EQ(journalProblem(dir.path() / "nope" / "IPsecDoctor" / "journal.json"),
              UsageProblem::BadJournalPath);
    EXPECT_EQ(journalProblem(data / ".." / "IPsecDoctor" / "journal.json"), UsageProblem::BadJournalPath);
    EXPECT_EQ(problem({"undo", "--last", "--result", (data / "journal.json").string()}),
              UsageProblem::BadResultPath);
    EXPECT_EQ(problem({"undo", "--last", "--result", journal}), UsageProblem::BadResultPath);
}

TEST(CliOptions, BundleExportHelpVersion) {
    EXPECT_EQ(ok({"bundle", "export", "out.zip"}).exportPath, "out.zip");
    EXPECT_EQ(problem({"bundle"}), UsageProblem::MissingArgument);
    EXPECT_EQ(problem({"bundle", "import", "x"}), UsageProblem::UnknownCommand);
    EXPECT_EQ(problem({"bundle", "export"}), UsageProblem::MissingArgument);
    EXPECT_EQ(ok({"--help"}).command, CliCommand::Help);
    EXPECT_EQ(ok({"check", "--version"}).command, CliCommand::Version);
    EXPECT_EQ(problem({}), UsageProblem::MissingCommand);
    EXPECT_EQ(problem({"frobnicate"}), UsageProblem::UnknownCommand);
    EXPECT_TRUE(isValidJournalId("20261127T101500Z-3f2a9c"));
    EXPECT_FALSE(isValidJournalId("20261127T101500Z-3F2A9C"));
}
