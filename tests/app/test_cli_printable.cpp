// Text output never carries a control character from a bundle or a saved log to the terminal;
// JSON output keeps the exact strings (escaped by JSON itself).
#include "CliCommands.h"
#include "Language.h"
#include "PrintableStream.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"

#include "temp_dir.h"
#include "windows10_services.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

namespace {

const std::string kHostile = "PC-\x1B[31mRED\x1B[0m\r\nFAKE LINE\xE2\x80\xAE";

class CliPrintableTest : public ::testing::Test {
protected:
    void SetUp() override { language.apply(QStringLiteral("en")); }

    int run(std::vector<std::string> args) {
        out.str({});
        err.str({});
        auto parsed = parseCli(args);
        EXPECT_TRUE(std::holds_alternative<CliOptions>(parsed));
        return runCli(std::get<CliOptions>(parsed), env, out, err);
    }

    std::string hostileBundle() {
        auto snap = ipsecdoctor::testing::windows10Snapshot();
        snap.machine.hostname = kHostile;
        auto bytes = buildBundle(snap, runChecks(snap), "log\n");
        EXPECT_TRUE(bytes);
        const auto path = dir.path() / "hostile.zip";
        std::ofstream(path, std::ios::binary) << *bytes;
        return path.string();
    }

    ipsecdoctor::testing::TempDir dir;
    Language language;
    CliEnvironment env;
    std::ostringstream out;
    std::ostringstream err;
};

} // namespace

TEST_F(CliPrintableTest, BundleStringsAreEscapedInTextOutput) {
    const auto bundle = hostileBundle();
    ASSERT_EQ(run({"check", "--bundle", bundle}), kExitHealthy) << err.str();
    const std::string text = out.str();
    EXPECT_EQ(text.find('\x1B'), std::string::npos) << text;
    EXPECT_EQ(text.find('\r'), std::string::npos) << text;
    EXPECT_EQ(text.find("\xE2\x80\xAE"), std::string::npos) << text;
    // Shown, on the bundle's line, rather than hidden: the reader sees what the file holds.
    EXPECT_NE(text.find("from PC-\\x1B[31mRED\\x1B[0m\\x0D\\x0AFAKE LINE\\u{202E} (Windows build"),
              std::string::npos)
        << text;
}

TEST_F(CliPrintableTest, JsonOutputKeepsTheExactString) {
    const auto bundle = hostileBundle();
    ASSERT_EQ(run({"check", "--bundle", bundle, "--json"}), kExitHealthy) << err.str();
    EXPECT_EQ(out.str().find('\x1B'), std::string::npos); // JSON escapes it as \u001b
    EXPECT_EQ(nlohmann::json::parse(out.str())["source"]["hostname"], kHostile);
}

TEST_F(CliPrintableTest, ErrorDetailsAreEscapedToo) {
    const auto path = (dir.path() / "missing\x1B[2J.zip").string();
    ASSERT_EQ(run({"check", "--bundle", path}), kExitRuntimeError);
    EXPECT_EQ(err.str().find('\x1B'), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("missing\\x1B[2J.zip"), std::string::npos) << err.str();
}

TEST(PrintableStream, EscapesLineByLineAndFlushesTheRest) {
    std::ostringstream target;
    {
        PrintableStream stream(target);
        stream.stream() << "ok \xC3\xA9\n"
                        << "bell\x07";
        EXPECT_EQ(target.str(), "ok \xC3\xA9\n"); // whole lines go through at once
        stream.stream() << "\tend";
    }
    EXPECT_EQ(target.str(), "ok \xC3\xA9\nbell\\x07\tend");
}
