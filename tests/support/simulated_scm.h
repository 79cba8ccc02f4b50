#pragma once
// An in-memory Service Control Manager for unit tests of the remediation logic on any OS. It
// enforces the SCM rules the Remediator relies on (a disabled service does not start; a service
// with running dependents does not stop; dependencies must run first). The Win32 backend is
// tested against Wine's real SCM in tests/win/.

#include "ipsecdoctor/platform/service_control.h"

#include <algorithm>
#include <map>
#include <set>

namespace ipsecdoctor::testing {

class SimulatedScm final : public ServiceControl {
public:
    void add(ServiceInfo s) { m_services[s.name] = std::move(s); }
    ServiceInfo& at(const std::string& name) { return m_services.at(name); }

    /// Next call of the named operation fails with this error (one shot).
    void failNext(const std::string& op, Error e) { m_failures[op] = std::move(e); }
    bool readOnly = false;
    std::vector<std::string> calls; // "start:IKEEXT", "stop:RasMan", "config:BFE" ...

    Expected<ServiceInfo> query(std::string_view name) override {
        auto it = m_services.find(std::string(name));
        if (it == m_services.end()) {
            ServiceInfo missing;
            missing.name = std::string(name);
            missing.present = false;
            return missing;
        }
        ServiceInfo info = it->second;
        info.dependents = dependentsOf(info.name);
        return info;
    }

    Expected<std::vector<std::string>> activeDependents(std::string_view name) override {
        std::vector<std::string> out;
        for (const auto& d : dependentsOf(std::string(name))) {
            if (m_services.at(d).state != ServiceState::Stopped) {
                out.push_back(d);
            }
        }
        return out;
    }

    Expected<void> setStartType(std::string_view name, StartType type, bool delayed) override {
        calls.push_back("config:" + std::string(name));
        if (auto e = takeFailure("config")) {
            return *e;
        }
        auto* s = find(name);
        if (!s) {
            return Error::make(ErrorCode::NotFound, "no such service", 1060);
        }
        s->startType = type;
        s->delayedAutoStart = delayed;
        return {};
    }

    Expected<void> start(std::string_view name) override {
        calls.push_back("start:" + std::string(name));
        if (auto e = takeFailure("start")) {
            return *e;
        }
        auto* s = find(name);
        if (!s) {
            return Error::make(ErrorCode::NotFound, "no such service", 1060);
        }
        if (s->startType == StartType::Disabled) {
            return Error::make(ErrorCode::InvalidArgument, "service is disabled", 1058);
        }
        for (const auto& dep : s->dependencies) {
            auto* d = find(dep);
            if (!d || d->state != ServiceState::Running) {
                return Error::make(ErrorCode::Dependency, "dependency not running", 1068);
            }
        }
        s->state = ServiceState::Running;
        s->win32ExitCode = 0;
        return {};
    }

    Expected<void> stop(std::string_view name) override {
        calls.push_back("stop:" + std::string(name));
        if (auto e = takeFailure("stop")) {
            return *e;
        }
        auto* s = find(name);
        if (!s) {
            return Error::make(ErrorCode::NotFound, "no such service", 1060);
        }
        auto active = activeDependents(name);
        if (!active->empty()) {
            return Error::make(ErrorCode::Dependency, "dependent services are running", 2401);
        }
        s->state = ServiceState::Stopped;
        return {};
    }

    Expected<void> waitForState(std::string_view name, ServiceState target,
                                std::chrono::milliseconds) override {
        auto* s = find(name);
        if (!s) {
            return Error::make(ErrorCode::NotFound, "no such service", 1060);
        }
        if (s->state != target) {
            return Error::make(ErrorCode::Timeout, "state not reached");
        }
        return {};
    }

    bool canModify() const override { return !readOnly; }

private:
    ServiceInfo* find(std::string_view name) {
        auto it = m_services.find(std::string(name));
        return it == m_services.end() ? nullptr : &it->second;
    }

    /// Direct and indirect dependents, deepest first (the order in which they must stop).
    std::vector<std::string> dependentsOf(const std::string& name) const {
        std::vector<std::string> out;
        for (const auto& [n, s] : m_services) {
            if (std::find(s.dependencies.begin(), s.dependencies.end(), name) != s.dependencies.end()) {
                for (const auto& deeper : dependentsOf(n)) {
                    if (std::find(out.begin(), out.end(), deeper) == out.end()) {
                        out.push_back(deeper);
                    }
                }
                if (std::find(out.begin(), out.end(), n) == out.end()) {
                    out.push_back(n);
                }
            }
        }
        return out;
    }

    std::optional<Error> takeFailure(const std::string& op) {
        auto it = m_failures.find(op);
        if (it == m_failures.end()) {
            return std::nullopt;
        }
        Error e = it->second;
        m_failures.erase(it);
        return e;
    }

    std::map<std::string, ServiceInfo> m_services;
    std::map<std::string, Error> m_failures;
};

} // namespace ipsecdoctor::testing
