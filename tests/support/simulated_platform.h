#pragma once
// A LivePlatform over a SimulatedScm the test keeps (the platform only borrows it), with a fixed
// elevation state and machine: lets CLI and GUI tests run fixes on any OS.

#include "ipsecdoctor/platform/live_platform.h"

#include "simulated_scm.h"
#include "windows10_services.h"

namespace ipsecdoctor::testing {

/// Forwards to a ServiceControl the test owns; subclasses may intercept calls.
class BorrowedServiceControl : public ServiceControl {
public:
    explicit BorrowedServiceControl(ServiceControl& target) : m_t(target) {}
    Expected<ServiceInfo> query(std::string_view n) override { return m_t.query(n); }
    Expected<std::vector<std::string>> activeDependents(std::string_view n) override {
        return m_t.activeDependents(n);
    }
    Expected<void> setStartType(std::string_view n, StartType t, bool d) override {
        return m_t.setStartType(n, t, d);
    }
    Expected<void> start(std::string_view n) override { return m_t.start(n); }
    Expected<void> stop(std::string_view n) override { return m_t.stop(n); }
    Expected<void> waitForState(std::string_view n, ServiceState s, std::chrono::milliseconds t) override {
        return m_t.waitForState(n, s, t);
    }
    bool canModify() const override { return m_t.canModify(); }

protected:
    ServiceControl& m_t;
};

class FixedElevation final : public Elevation {
public:
    explicit FixedElevation(bool elevated) : m_elevated(elevated) {}
    bool isElevated() const override { return m_elevated; }
    Expected<int> runElevated(const std::string&, const std::vector<std::string>&) override {
        return Error::make(ErrorCode::NotSupported, "no elevation in tests");
    }

private:
    bool m_elevated;
};

class FixedMachineInfo final : public MachineInfoSource {
public:
    explicit FixedMachineInfo(MachineInfo info) : m_info(std::move(info)) {}
    MachineInfo machineInfo() override { return m_info; }

private:
    MachineInfo m_info;
};

/// A Windows 10 SCM (the five services plus what they depend on), healthy until a test bends it.
inline void fillWindows10(SimulatedScm& scm) {
    for (auto& s : windows10Services()) {
        scm.add(s);
    }
    for (const char* name : {"RpcSs", "nsi", "Tcpip"}) {
        ServiceInfo s;
        s.name = name;
        s.state = ServiceState::Running;
        s.startType = StartType::Automatic;
        scm.add(s);
    }
}

inline LivePlatform simulatedPlatform(SimulatedScm& scm, bool elevated) {
    LivePlatform p;
    p.services = std::make_unique<BorrowedServiceControl>(scm);
    p.elevation = std::make_unique<FixedElevation>(elevated);
    p.machine = std::make_unique<FixedMachineInfo>(windows10Snapshot().machine);
    return p;
}

} // namespace ipsecdoctor::testing
