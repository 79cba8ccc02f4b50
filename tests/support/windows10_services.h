#pragma once
// The five services as a healthy Windows 10 22H2 client reports them (docs/ipsec-facts.md §5):
// a realistic starting point that each test bends into one failure.

#include "ipsecdoctor/model/system_snapshot.h"

namespace ipsecdoctor::testing {

inline std::vector<ServiceInfo> windows10Services() {
    auto make = [](std::string name, std::string display, ServiceState state, StartType start, bool trigger,
                   std::vector<std::string> deps, std::string account) {
        ServiceInfo s;
        s.name = std::move(name);
        s.displayName = std::move(display);
        s.state = state;
        s.startType = start;
        s.triggerStart = trigger;
        s.dependencies = std::move(deps);
        s.account = std::move(account);
        s.win32ExitCode = state == ServiceState::Stopped ? kServiceNeverStarted : 0;
        return s;
    };
    return {
        make("BFE", "Base Filtering Engine", ServiceState::Running, StartType::Automatic, false, {"RpcSs"},
             "NT AUTHORITY\\LocalService"),
        make("IKEEXT", "IKE and AuthIP IPsec Keying Modules", ServiceState::Running, StartType::Manual, true,
             {"BFE", "nsi"}, "LocalSystem"),
        make("PolicyAgent", "IPsec Policy Agent", ServiceState::Stopped, StartType::Manual, true,
             {"Tcpip", "BFE"}, "NT Authority\\NetworkService"),
        make("SstpSvc", "Secure Socket Tunneling Protocol Service", ServiceState::Running, StartType::Manual,
             false, {}, "NT Authority\\LocalService"),
        make("RasMan", "Remote Access Connection Manager", ServiceState::Running, StartType::Manual, false,
             {"SstpSvc"}, "localSystem"),
    };
}

inline SystemSnapshot windows10Snapshot() {
    SystemSnapshot s;
    s.collectedAt = "2026-11-20T09:12:00Z";
    s.machine = MachineInfo{"PC-COMPTA-07", "Windows 10 Pro", "10.0", "19045", false, "0.1.0"};
    s.services = windows10Services();
    return s;
}

} // namespace ipsecdoctor::testing
