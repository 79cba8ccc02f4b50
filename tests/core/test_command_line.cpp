// Quoting for Windows command lines. The expected strings follow the documented
// CommandLineToArgvW rules; tests/win/ checks the same quoting against the real
// CommandLineToArgvW and through ShellExecuteExW under Wine.
#include "ipsecdoctor/util/command_line.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ipsecdoctor {
namespace {

struct QuoteCase {
    std::string argument;
    std::string quoted;
};

class QuoteWindowsArgument : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteWindowsArgument, QuotesOnlyWhatTheRulesRequire) {
    EXPECT_EQ(quoteWindowsArgument(GetParam().argument), GetParam().quoted);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, QuoteWindowsArgument,
    ::testing::Values(
        // Plain words pass unchanged, backslashes included (they are literal before a non-quote).
        QuoteCase{"fix", "fix"},
        QuoteCase{"service.policyagent.set-automatic", "service.policyagent.set-automatic"},
        QuoteCase{R"(C:\Program Files)", R"("C:\Program Files")"}, QuoteCase{R"(C:\dir\)", R"(C:\dir\)"},
        QuoteCase{R"(\\server\share)", R"(\\server\share)"},
        // Empty arguments must still count as one argument.
        QuoteCase{"", R"("")"},
        // Whitespace of every kind the parser splits on forces quotes.
        QuoteCase{"a b", R"("a b")"}, QuoteCase{"a\tb", "\"a\tb\""}, QuoteCase{"a\nb", "\"a\nb\""},
        QuoteCase{"a\vb", "\"a\vb\""},
        // Quotes are escaped with one backslash; backslashes before them are doubled.
        QuoteCase{R"(say "hi")", R"("say \"hi\"")"}, QuoteCase{R"(")", R"("\"")"},
        QuoteCase{R"(a\"b)", R"("a\\\"b")"}, QuoteCase{R"(a\\"b)", R"("a\\\\\"b")"},
        // Trailing backslashes inside quotes are doubled so they do not escape the closing quote.
        QuoteCase{R"(C:\Program Files\)", R"("C:\Program Files\\")"},
        QuoteCase{R"(C:\a b\\)", R"("C:\a b\\\\")"},
        // Backslashes in the middle stay single.
        QuoteCase{R"(a\b c)", R"("a\b c")"},
        // UTF-8 is passed through byte for byte.
        QuoteCase{"journal \xc3\xa9t\xc3\xa9", "\"journal \xc3\xa9t\xc3\xa9\""}),
    // Test names by position: the default prints the raw bytes of each case.
    [](const ::testing::TestParamInfo<QuoteCase>& param) { return "case" + std::to_string(param.index); });

TEST(JoinWindowsArguments, JoinsQuotedArgumentsWithSingleSpaces) {
    auto joined =
        joinWindowsArguments({"fix", "service.ikeext.start", "--journal", R"(C:\Users\A B\j.json)", ""});
    ASSERT_TRUE(joined.hasValue());
    EXPECT_EQ(*joined, R"(fix service.ikeext.start --journal "C:\Users\A B\j.json" "")");
}

TEST(JoinWindowsArguments, NoArgumentsIsAnEmptyString) {
    auto joined = joinWindowsArguments({});
    ASSERT_TRUE(joined.hasValue());
    EXPECT_EQ(*joined, "");
}

TEST(JoinWindowsArguments, RejectsAnEmbeddedNul) {
    auto joined = joinWindowsArguments({"fix", std::string("a\0b", 3)});
    ASSERT_FALSE(joined.hasValue());
    EXPECT_EQ(joined.error().code, ErrorCode::InvalidArgument);
}

} // namespace
} // namespace ipsecdoctor
