// `ipsecdoctor-cli probe` arguments: validated like every other argument; the host is the only
// server ever contacted, so anything that is not a host name or address is refused.

#include "CliOptions.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor::app;

namespace {

std::variant<CliOptions, UsageError> parse(std::vector<std::string> args) {
    return parseCli(args);
}

} // namespace

TEST(ProbeCliOptions, DefaultsAndAllOptions) {
    auto parsed = parse({"--lang", "fr", "probe", "vpn.example.com"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(parsed));
    auto o = std::get<CliOptions>(parsed);
    EXPECT_EQ(o.command, CliCommand::Probe);
    EXPECT_EQ(o.lang, "fr");
    EXPECT_EQ(o.probe.host, "vpn.example.com");
    EXPECT_EQ(o.probe.port, 500);
    EXPECT_EQ(o.probe.ike, "both");
    EXPECT_TRUE(o.probe.discover);

    parsed = parse({"probe", "2001:db8::1", "--port", "4500", "--ike", "v1", "--windows-set",
                    "dh2048-aes256-enforced", "--policy", "GCMAES256,SHA384,ECP384,GCMAES256,GCMAES256,None",
                    "--timeout", "5", "--no-discovery", "--id", "client@example.com", "--json"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(parsed));
    o = std::get<CliOptions>(parsed);
    EXPECT_EQ(o.probe.host, "2001:db8::1");
    EXPECT_EQ(o.probe.port, 4500);
    EXPECT_EQ(o.probe.ike, "v1");
    EXPECT_EQ(o.probe.windowsSet, "dh2048-aes256-enforced");
    EXPECT_EQ(o.probe.policy.size(), 6u);
    EXPECT_EQ(o.probe.timeoutSeconds, 5);
    EXPECT_FALSE(o.probe.discover);
    EXPECT_EQ(o.probe.aggressiveId, "client@example.com");
    EXPECT_TRUE(o.json);
}

TEST(ProbeCliOptions, RefusesBadValues) {
    auto problemOf = [](std::vector<std::string> args) {
        auto parsed = parse(std::move(args));
        EXPECT_TRUE(std::holds_alternative<UsageError>(parsed));
        return std::holds_alternative<UsageError>(parsed) ? std::get<UsageError>(parsed).problem
                                                          : UsageProblem::MissingCommand;
    };
    EXPECT_EQ(problemOf({"probe"}), UsageProblem::MissingArgument);
    EXPECT_EQ(problemOf({"probe", "a", "b"}), UsageProblem::UnexpectedArgument);
    for (const char* host : {"-x", "a b", "vpn;rm", "..", "a..b", "x/y", "\"q\""}) {
        auto parsed = parse({"probe", host});
        EXPECT_TRUE(std::holds_alternative<UsageError>(parsed)) << host;
    }
    EXPECT_EQ(problemOf({"probe", "h", "--port", "0"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--port", "65536"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--port", "5x"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--ike", "v3"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--windows-set", "windows7"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--policy", "AES256,SHA256"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--timeout", "0"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--timeout"}), UsageProblem::MissingValue);
    EXPECT_EQ(problemOf({"probe", "h", "--id", "a b"}), UsageProblem::BadValue);
    EXPECT_EQ(problemOf({"probe", "h", "--bundle", "x.zip"}), UsageProblem::UnknownOption);
}

TEST(ProbeCliOptions, OtherCommandsAreUnchanged) {
    auto parsed = parse({"check", "--json"});
    ASSERT_TRUE(std::holds_alternative<CliOptions>(parsed));
    EXPECT_EQ(std::get<CliOptions>(parsed).command, CliCommand::Check);
    // "probe" as a value of --lang is not the command.
    EXPECT_TRUE(std::holds_alternative<UsageError>(parse({"--lang", "probe", "check"})));
}
