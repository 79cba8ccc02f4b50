#include "ipsecdoctor/collect/collector.h"
#include "ipsecdoctor/platform/offline_service_control.h"

#include "simulated_scm.h"
#include "windows10_services.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

namespace {

class FixedMachine final : public MachineInfoSource {
public:
    MachineInfo machineInfo() override {
        return MachineInfo{"PC-01", "Windows 10 Pro", "10.0", "19045", true, ""};
    }
};

class FailingQueries final : public ServiceControl {
public:
    Expected<ServiceInfo> query(std::string_view name) override {
        if (name == "RasMan") {
            return Error::make(ErrorCode::AccessDenied, "access denied", 5);
        }
        ServiceInfo s;
        s.name = std::string(name);
        return s;
    }
    Expected<std::vector<std::string>> activeDependents(std::string_view) override {
        return std::vector<std::string>{};
    }
    Expected<void> setStartType(std::string_view, StartType, bool) override { return {}; }
    Expected<void> start(std::string_view) override { return {}; }
    Expected<void> stop(std::string_view) override { return {}; }
    Expected<void> waitForState(std::string_view, ServiceState, std::chrono::milliseconds) override {
        return {};
    }
    bool canModify() const override { return false; }
};

} // namespace

TEST(Collector, CollectsTheKnownServicesWithProgress) {
    OfflineServiceControl services(ipsecdoctor::testing::windows10Snapshot());
    FixedMachine machine;
    std::vector<int> progress;
    auto snap = collectSnapshot({services, machine, nullptr, [&](int done, int total) {
                                     EXPECT_EQ(total, 5);
                                     progress.push_back(done);
                                 }});
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->services, ipsecdoctor::testing::windows10Services());
    EXPECT_EQ(progress, (std::vector<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(snap->machine.hostname, "PC-01");
    EXPECT_FALSE(snap->machine.appVersion.empty());
    EXPECT_EQ(snap->collectedAt.size(), 20u);
}

TEST(Collector, RecordsFailedQueriesAndGoesOn) {
    FailingQueries services;
    FixedMachine machine;
    auto snap = collectSnapshot({services, machine});
    ASSERT_TRUE(snap);
    EXPECT_EQ(snap->services.size(), 4u);
    ASSERT_EQ(snap->errors.size(), 1u);
    EXPECT_EQ(snap->errors[0], (CollectionError{"services", "RasMan", "error.access-denied", 5}));
}

TEST(Collector, StopsWhenCancelled) {
    ipsecdoctor::testing::SimulatedScm services;
    FixedMachine machine;
    std::atomic<bool> cancel{false};
    int calls = 0;
    auto snap = collectSnapshot({services, machine, &cancel, [&](int, int) {
                                     ++calls;
                                     cancel = true;
                                 }});
    ASSERT_FALSE(snap);
    EXPECT_EQ(snap.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, 1);
}

TEST(OfflineServiceControl, AnswersFromTheBundleAndRefusesChanges) {
    OfflineServiceControl services(ipsecdoctor::testing::windows10Snapshot());
    auto ike = services.query("ikeext");
    ASSERT_TRUE(ike);
    EXPECT_EQ(ike->name, "IKEEXT");
    EXPECT_EQ(services.query("Spooler").error().code, ErrorCode::NotFound);
    EXPECT_FALSE(services.canModify());
    EXPECT_EQ(services.start("IKEEXT").error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(services.setStartType("IKEEXT", StartType::Automatic, false).error().code, ErrorCode::ReadOnly);
}
