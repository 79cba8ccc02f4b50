// Win32ServiceControl against the real SCM: Wine's under ctest (see README.md for what Wine
// does differently from Windows and how each test handles it).
#include "platform/win/scm_operations.h"
#include "platform/win/win32_service_control.h"
#include "scm_test_support.h"

#include <gtest/gtest.h>

#include <chrono>

namespace ipsecdoctor {
namespace {

using namespace std::chrono_literals;
using wintest::TestService;
using wintest::TestServiceSpec;
using wintest::uniqueServiceName;

class Win32ServiceControlTest : public ::testing::Test {
protected:
    win::Win32ServiceControl scm;
};

TEST_F(Win32ServiceControlTest, QueryReportsConfigurationAndState) {
    const TestService svc(
        {uniqueServiceName("query"), SERVICE_DISABLED, {}, {}, "Test service \xc3\xa9t\xc3\xa9"});
    auto info = scm.query(svc.name());
    ASSERT_TRUE(info.hasValue()) << info.error().detail;
    EXPECT_TRUE(info->present);
    EXPECT_EQ(info->name, svc.name());
    EXPECT_EQ(info->displayName, "Test service \xc3\xa9t\xc3\xa9"); // UTF-16 -> UTF-8
    EXPECT_EQ(info->state, ServiceState::Stopped);
    EXPECT_EQ(info->startType, StartType::Disabled);
    EXPECT_FALSE(info->delayedAutoStart);
    EXPECT_FALSE(info->triggerStart); // no triggers (and Wine has no trigger info at all)
    EXPECT_EQ(info->win32ExitCode, kServiceNeverStarted);
    EXPECT_EQ(info->processId, 0u);
    EXPECT_EQ(info->account, "LocalSystem");
    EXPECT_TRUE(info->dependencies.empty());
    EXPECT_TRUE(info->dependents.empty());
}

TEST_F(Win32ServiceControlTest, QueryOfAMissingServiceIsNotPresentRatherThanAnError) {
    const std::string name = uniqueServiceName("missing");
    auto info = scm.query(name);
    ASSERT_TRUE(info.hasValue()) << info.error().detail;
    EXPECT_FALSE(info->present);
    EXPECT_EQ(info->name, name);
}

TEST_F(Win32ServiceControlTest, ChangesOfAMissingServiceAreNotFoundWithTheNativeCode) {
    const std::string name = uniqueServiceName("missing");
    std::vector<Error> errors;
    errors.push_back(scm.start(name).error());
    errors.push_back(scm.stop(name).error());
    errors.push_back(scm.setStartType(name, StartType::Manual, false).error());
    errors.push_back(scm.waitForState(name, ServiceState::Running, 100ms).error());
    errors.push_back(scm.activeDependents(name).error());
    for (const auto& e : errors) {
        EXPECT_EQ(e.code, ErrorCode::NotFound) << e.detail;
        EXPECT_EQ(e.native, ERROR_SERVICE_DOES_NOT_EXIST);
        EXPECT_NE(e.detail.find(name), std::string::npos) << e.detail;
        EXPECT_NE(e.detail.find("(Win32 error 1060)"), std::string::npos) << e.detail;
    }
}

TEST_F(Win32ServiceControlTest, InvalidNamesAreRejectedBeforeAskingTheScm) {
    for (const std::string& name : {std::string(), std::string(300, 'x'), std::string("bad\xff\xfe")}) {
        auto info = scm.query(name);
        ASSERT_FALSE(info.hasValue());
        EXPECT_EQ(info.error().code, ErrorCode::InvalidArgument);
    }
}

TEST_F(Win32ServiceControlTest, DependenciesAndDependentsAreReported) {
    const TestService base(uniqueServiceName("base"));
    const TestService dependent({uniqueServiceName("dependent"), SERVICE_DEMAND_START, {base.name()}});
    auto info = scm.query(dependent.name());
    ASSERT_TRUE(info.hasValue()) << info.error().detail;
    auto baseInfo = scm.query(base.name());
    ASSERT_TRUE(baseInfo.hasValue()) << baseInfo.error().detail;
    // Always exactly what EnumDependentServicesW says.
    EXPECT_EQ(baseInfo->dependents, wintest::rawDependents(base.name()));
    if (wintest::runningUnderWine()) {
        // Wine 8 stores DependOnService in the registry but its QueryServiceConfigW returns no
        // lpDependencies ("TODO" in programs/services/rpc.c) and EnumDependentServicesW is a stub.
        EXPECT_TRUE(info->dependencies.empty()) << "Wine now reports dependencies: update README.md";
        EXPECT_TRUE(baseInfo->dependents.empty()) << "Wine now enumerates dependents: update README.md";
        return;
    }
    EXPECT_EQ(info->dependencies, std::vector<std::string>{base.name()});
    EXPECT_EQ(baseInfo->dependents, std::vector<std::string>{dependent.name()});
}

TEST_F(Win32ServiceControlTest, SetStartTypeRoundTrip) {
    const TestService svc({uniqueServiceName("starttype"), SERVICE_DISABLED});
    for (const StartType type :
         {StartType::Manual, StartType::Automatic, StartType::Disabled, StartType::Manual}) {
        ASSERT_TRUE(scm.setStartType(svc.name(), type, false).hasValue());
        auto info = scm.query(svc.name());
        ASSERT_TRUE(info.hasValue()) << info.error().detail;
        EXPECT_EQ(info->startType, type) << startTypeId(type);
        EXPECT_FALSE(info->delayedAutoStart);
    }
}

TEST_F(Win32ServiceControlTest, DelayedAutoStartFlagRoundTripOrNotSupportedWithoutAnyChange) {
    const TestService svc({uniqueServiceName("delayed"), SERVICE_DISABLED});
    auto set = scm.setStartType(svc.name(), StartType::Automatic, true);
    auto info = scm.query(svc.name());
    ASSERT_TRUE(info.hasValue()) << info.error().detail;
    if (wintest::runningUnderWine()) {
        // Wine 8 answers ERROR_INVALID_LEVEL for SERVICE_CONFIG_DELAYED_AUTO_START_INFO: refused
        // up front, so the start type must not have changed either.
        ASSERT_FALSE(set.hasValue()) << "Wine now supports delayed start: update README.md";
        EXPECT_EQ(set.error().code, ErrorCode::NotSupported);
        EXPECT_EQ(set.error().native, static_cast<std::uint32_t>(ERROR_INVALID_LEVEL));
        EXPECT_EQ(info->startType, StartType::Disabled);
        // Clearing a flag the system does not have is no error.
        EXPECT_TRUE(scm.setStartType(svc.name(), StartType::Automatic, false).hasValue());
        return;
    }
    ASSERT_TRUE(set.hasValue()) << set.error().detail;
    EXPECT_EQ(info->startType, StartType::Automatic);
    EXPECT_TRUE(info->delayedAutoStart);
    ASSERT_TRUE(scm.setStartType(svc.name(), StartType::Disabled, false).hasValue());
    info = scm.query(svc.name());
    ASSERT_TRUE(info.hasValue());
    EXPECT_EQ(info->startType, StartType::Disabled);
    EXPECT_FALSE(info->delayedAutoStart);
}

TEST_F(Win32ServiceControlTest, StartWaitStopWait) {
    const TestService svc(uniqueServiceName("startstop"));
    ASSERT_TRUE(scm.start(svc.name()).hasValue());
    auto running = scm.waitForState(svc.name(), ServiceState::Running, 10s);
    ASSERT_TRUE(running.hasValue()) << running.error().detail;
    auto info = scm.query(svc.name());
    ASSERT_TRUE(info.hasValue());
    EXPECT_EQ(info->state, ServiceState::Running);
    EXPECT_NE(info->processId, 0u);
    EXPECT_EQ(info->processId, wintest::rawStatus(svc.name())->processId);

    EXPECT_TRUE(scm.start(svc.name()).hasValue()) << "already running is success";
    ASSERT_TRUE(scm.stop(svc.name()).hasValue());
    auto stopped = scm.waitForState(svc.name(), ServiceState::Stopped, 10s);
    ASSERT_TRUE(stopped.hasValue()) << stopped.error().detail;
    EXPECT_TRUE(scm.stop(svc.name()).hasValue()) << "not running is success";
    info = scm.query(svc.name());
    ASSERT_TRUE(info.hasValue());
    EXPECT_EQ(info->state, ServiceState::Stopped);
    EXPECT_EQ(info->win32ExitCode, 0u);
}

TEST_F(Win32ServiceControlTest, WaitForStatePollsASlowStartAndTimesOut) {
    const TestService svc({uniqueServiceName("slow"), SERVICE_DEMAND_START, {}, L"--start-delay-ms 1500"});
    ASSERT_TRUE(scm.start(svc.name()).hasValue());
    auto early = scm.waitForState(svc.name(), ServiceState::Running, 100ms);
    ASSERT_FALSE(early.hasValue());
    EXPECT_EQ(early.error().code, ErrorCode::Timeout);
    EXPECT_NE(early.error().detail.find("start-pending"), std::string::npos) << early.error().detail;
    auto running = scm.waitForState(svc.name(), ServiceState::Running, 15s);
    EXPECT_TRUE(running.hasValue()) << running.error().detail;
}

TEST_F(Win32ServiceControlTest, AServiceThatFailsToStartIsReportedAtOnceWithItsExitCode) {
    const TestService svc({uniqueServiceName("failing"), SERVICE_DEMAND_START, {}, L"--fail-start 42"});
    const auto begin = std::chrono::steady_clock::now();
    auto started = scm.start(svc.name());
    auto result = started.hasValue() ? scm.waitForState(svc.name(), ServiceState::Running, 20s) : started;
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().native, static_cast<std::uint32_t>(ERROR_SERVICE_SPECIFIC_ERROR));
    EXPECT_NE(result.error().detail.find("42"), std::string::npos) << result.error().detail;
    EXPECT_LT(std::chrono::steady_clock::now() - begin, 10s) << "must not wait for the timeout";
    auto info = scm.query(svc.name());
    ASSERT_TRUE(info.hasValue());
    EXPECT_EQ(info->state, ServiceState::Stopped);
    EXPECT_EQ(info->win32ExitCode, static_cast<std::uint32_t>(ERROR_SERVICE_SPECIFIC_ERROR));
    EXPECT_EQ(info->serviceSpecificExitCode, 42u);
}

TEST_F(Win32ServiceControlTest, StartingADisabledServiceIsInvalidArgumentWith1058) {
    const TestService svc({uniqueServiceName("disabled"), SERVICE_DISABLED});
    auto started = scm.start(svc.name());
    ASSERT_FALSE(started.hasValue());
    EXPECT_EQ(started.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(started.error().native, static_cast<std::uint32_t>(ERROR_SERVICE_DISABLED));
}

TEST_F(Win32ServiceControlTest, StartingAServiceWhoseDependencyIsDisabled) {
    const TestService base({uniqueServiceName("disabledbase"), SERVICE_DISABLED});
    const TestService dependent({uniqueServiceName("needsbase"), SERVICE_DEMAND_START, {base.name()}});
    auto started = scm.start(dependent.name());
    if (wintest::runningUnderWine()) {
        // Wine 8 neither starts dependencies nor checks them: the service just starts.
        EXPECT_TRUE(started.hasValue()) << "Wine now checks dependencies: update README.md";
        return;
    }
    ASSERT_FALSE(started.hasValue());
    EXPECT_EQ(started.error().code, ErrorCode::Dependency) << started.error().detail;
}

TEST_F(Win32ServiceControlTest, ActiveDependentsListsOnlyRunningDependents) {
    const TestService base(uniqueServiceName("activebase"));
    const TestService running({uniqueServiceName("runningdep"), SERVICE_DEMAND_START, {base.name()}});
    const TestService idle({uniqueServiceName("idledep"), SERVICE_DEMAND_START, {base.name()}});
    wintest::rawStartAndWait(base.name());
    wintest::rawStartAndWait(running.name());
    auto active = scm.activeDependents(base.name());
    ASSERT_TRUE(active.hasValue()) << active.error().detail;
    if (wintest::runningUnderWine()) {
        EXPECT_TRUE(active->empty()) << "Wine now enumerates dependents: update README.md";
    } else {
        EXPECT_EQ(*active, std::vector<std::string>{running.name()});
    }
    auto none = scm.activeDependents(running.name());
    ASSERT_TRUE(none.hasValue());
    EXPECT_TRUE(none->empty());
}

// Wine grants an administrator every right, so the class itself never meets ERROR_ACCESS_DENIED
// there. The SCM does check each handle's access mask, so the operations get handles opened
// without the right they need: exactly what a non-administrator's OpenServiceW would give.
TEST_F(Win32ServiceControlTest, OperationsOnAHandleWithoutTheRightAreAccessDenied) {
    const TestService svc(uniqueServiceName("denied"));
    auto statusOnly = win::openService(svc.name(), SERVICE_QUERY_STATUS);
    ASSERT_TRUE(statusOnly.hasValue()) << statusOnly.error().detail;
    const SC_HANDLE h = statusOnly->get();

    std::vector<Error> errors;
    errors.push_back(win::changeStartType(h, svc.name(), StartType::Automatic, false).error());
    errors.push_back(win::startService(h, svc.name()).error());
    errors.push_back(win::stopService(h, svc.name()).error());
    errors.push_back(win::describeService(h, svc.name()).error());
    for (const auto& e : errors) {
        EXPECT_EQ(e.code, ErrorCode::AccessDenied) << e.detail;
        EXPECT_EQ(e.native, static_cast<std::uint32_t>(ERROR_ACCESS_DENIED)) << e.detail;
    }
    auto info = scm.query(svc.name());
    ASSERT_TRUE(info.hasValue());
    EXPECT_EQ(info->startType, StartType::Manual) << "nothing changed";
    EXPECT_EQ(info->state, ServiceState::Stopped);
}

TEST_F(Win32ServiceControlTest, QueryNeedsOnlyTheQueryRights) {
    const TestService svc(uniqueServiceName("queryrights"));
    auto queryOnly = win::openService(svc.name(), win::kQueryAccess);
    ASSERT_TRUE(queryOnly.hasValue()) << queryOnly.error().detail;
    auto info = win::describeService(queryOnly->get(), svc.name());
    EXPECT_TRUE(info.hasValue()) << info.error().detail;
}

} // namespace
} // namespace ipsecdoctor
