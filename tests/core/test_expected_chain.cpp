// Expected's monadic steps: a chain of fallible steps stops at the first error and keeps it.
#include "ipsecdoctor/util/expected.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

using namespace ipsecdoctor;

namespace {

Expected<int> parsePort(const std::string& text) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 5) {
        return Error::make(ErrorCode::InvalidArgument, "not a port: " + text);
    }
    const int port = std::stoi(text);
    if (port == 0 || port > 65535) {
        return Error::make(ErrorCode::InvalidArgument, "port out of range: " + text);
    }
    return port;
}

Expected<std::string> endpoint(int port) {
    if (port != 500 && port != 4500) {
        return Error::make(ErrorCode::NotSupported, "IKE uses 500 or 4500");
    }
    return "udp/" + std::to_string(port);
}

} // namespace

TEST(ExpectedChain, AndThenRunsTheNextStepOnlyAfterAValue) {
    EXPECT_EQ(parsePort("4500").and_then(endpoint).value(), "udp/4500");

    const auto refused = parsePort("443").and_then(endpoint);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotSupported);

    int calls = 0;
    const auto first = parsePort("x").and_then([&](int port) {
        ++calls;
        return endpoint(port);
    });
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(first.error().detail, "not a port: x");
    EXPECT_EQ(calls, 0);
}

TEST(ExpectedChain, TransformMapsTheValueAndKeepsTheError) {
    EXPECT_EQ(parsePort("500").transform([](int p) { return p + 1; }).value(), 501);
    const auto bad = parsePort("70000").transform([](int p) { return p + 1; });
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().detail, "port out of range: 70000");

    int seen = 0;
    const Expected<void> done = parsePort("500").transform([&](int p) { seen = p; });
    EXPECT_TRUE(done);
    EXPECT_EQ(seen, 500);
}

TEST(ExpectedChain, AMoveOnlyValueIsMovedThrough) {
    Expected<std::unique_ptr<int>> owned(std::make_unique<int>(7));
    const auto doubled = std::move(owned).transform([](std::unique_ptr<int> p) { return *p * 2; });
    EXPECT_EQ(doubled.value(), 14);
}

TEST(ExpectedChain, VoidStepsChainToo) {
    const Expected<void> ok;
    EXPECT_EQ(ok.and_then([] { return endpoint(500); }).value(), "udp/500");
    EXPECT_EQ(ok.transform([] { return 42; }).value(), 42);
    const Expected<void> failed = Error::make(ErrorCode::AccessDenied, "no");
    EXPECT_EQ(failed.transform([] { return 42; }).error().code, ErrorCode::AccessDenied);
}
