// The CLI's Logs fixes: `fix tracing.ras.enable` / `fix audit.ipsec.enable`, `journal` and
// `undo --last` on the simulated platform with an in-memory registry (the Win32 registry and
// audit API run under Wine: tests/win/test_win32_logs_fixes.cpp).
#include "CliCommands.h"
#include "Language.h"

#include "ipsecdoctor/remediation/logs_remediation.h"

#include "memory_registry.h"
#include "simulated_platform.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;
using nlohmann::json;

using ipsecdoctor::testing::BorrowedRegistry;

namespace {

class CliLogsFixesTest : public ::testing::Test {
protected:
    void SetUp() override {
        ipsecdoctor::testing::fillWindows10(scm);
        language.apply(QStringLiteral("en"));
        env.makePlatform = [this]() -> Expected<LivePlatform> {
            auto p = ipsecdoctor::testing::simulatedPlatform(scm, elevated);
            p.registry = std::make_unique<BorrowedRegistry>(registry);
            return p;
        };
        std::filesystem::create_directories(dir.path() / "IPsecDoctor");
        env.defaultJournalPath = (dir.path() / "IPsecDoctor" / "journal.json").string();
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

    std::optional<RegistryValue> tracing(std::string_view component) {
        return *registry.read(RegistryRoot::LocalMachine, tracingKey(component), kEnableFileTracing);
    }

    ipsecdoctor::testing::TempDir dir;
    ipsecdoctor::testing::SimulatedScm scm;
    ipsecdoctor::testing::MemoryRegistry registry;
    bool elevated = true;
    Language language;
    CliEnvironment env;
    std::ostringstream out;
    std::ostringstream err;
};

TEST_F(CliLogsFixesTest, TracingFixIsJournaledAndUndoLastRestoresEachValue) {
    ASSERT_TRUE(registry
                    .write(RegistryRoot::LocalMachine, tracingKey("RASMAN"), kEnableFileTracing,
                           RegistryValue::dword(0))
                    .hasValue());
    ASSERT_EQ(run({"fix", "tracing.ras.enable", "--json"}), kExitHealthy) << out.str() << err.str();
    const json applied = json::parse(out.str());
    EXPECT_EQ(applied["result"], "applied");
    EXPECT_EQ(applied["aftermath"], "none");
    EXPECT_EQ(applied["journal_entry"]["settings"].size(), rasTracingComponents().size());
    EXPECT_EQ(applied["journal_entry"]["settings"][0]["before"], "4:00000000");
    EXPECT_TRUE(applied["journal_entry"]["settings"][1]["before"].is_null()); // RASAPI32 was absent
    EXPECT_EQ(tracing("RASTAPI"), RegistryValue::dword(1));

    ASSERT_EQ(run({"journal"}), kExitHealthy);
    EXPECT_NE(out.str().find("Turn on RAS tracing"), std::string::npos) << out.str();

    ASSERT_EQ(run({"undo", "--last"}), kExitHealthy) << out.str() << err.str();
    EXPECT_NE(out.str().find("Undone: Turn on RAS tracing"), std::string::npos) << out.str();
    EXPECT_EQ(tracing("RASMAN"), RegistryValue::dword(0));
    EXPECT_FALSE(tracing("RASAPI32").has_value());
    EXPECT_FALSE(tracing("RASTAPI").has_value());
}

TEST_F(CliLogsFixesTest, FixesNeedElevationAndAnAuditBackend) {
    elevated = false;
    EXPECT_EQ(run({"fix", "tracing.ras.enable", "--json"}), kExitRuntimeError);
    EXPECT_EQ(json::parse(out.str())["error"]["code"], "error.access-denied");
    EXPECT_TRUE(registry.values.empty());
    elevated = true; // the simulated platform has no audit policy, like a system without the API
    EXPECT_EQ(run({"fix", "audit.ipsec.enable", "--json"}), kExitRuntimeError);
    EXPECT_EQ(json::parse(out.str())["error"]["code"], "error.not-supported");
}

TEST(CliLogsFixesOptions, TheIdsAreAllowListed) {
    EXPECT_TRUE(std::holds_alternative<CliOptions>(parseCli({"fix", "audit.ipsec.enable"})));
    EXPECT_TRUE(std::holds_alternative<CliOptions>(parseCli({"fix", "tracing.ras.enable"})));
    EXPECT_TRUE(std::holds_alternative<UsageError>(parseCli({"fix", "tracing.ras.disable"})));
}

} // namespace
