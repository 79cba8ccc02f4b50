#pragma once
// The diagnosis tests' PC: a healthy Windows 10 whose logs hold the events a test adds, the
// findings of the steps a test hands in, and the connection under diagnosis. Services and logs
// findings come from the real checks; the others carry the ids of the finding-id contract.
#include "event_samples.h"
#include "windows10_services.h"

#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::testing {

inline Finding contract(const std::string& id, Severity severity, Step step, IkePhase phase,
                        std::map<std::string, std::string> evidence = {},
                        std::vector<std::string> remediations = {}) {
    Finding f;
    f.id = id;
    f.severity = severity;
    f.step = step;
    f.phase = phase;
    f.evidence = std::move(evidence);
    f.remediations = std::move(remediations);
    return f;
}

/// A healthy Windows 10 PC whose logs hold these events; `bend` changes the services.
struct Machine {
    SystemSnapshot snapshot;
    std::vector<Finding> extra; // findings of the probe and certificate steps

    Machine() {
        snapshot.collectedAt = "2026-11-27T10:00:00Z";
        snapshot.services = ipsecdoctor::testing::windows10Services();
        snapshot.logs = LogsInfo{};
        snapshot.logs->source = "live";
    }
    Machine& event(const std::string& xml) {
        auto e = parseEventXml(xml);
        EXPECT_TRUE(e);
        snapshot.logs->events.push_back(*e);
        return *this;
    }
    Machine& dialFailed(const std::string& code, int times = 1) {
        for (int i = 0; i < times; ++i) {
            event(ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:" + std::to_string(12 + i) + ":00Z",
                                                         code));
        }
        return *this;
    }
    Machine& with(Finding f) {
        extra.push_back(std::move(f));
        return *this;
    }
    Machine& connected(const std::string& time, const std::string& connection = "Office VPN") {
        return event(ipsecdoctor::testing::classicEventXml(
            "RasClient", "Application", 20225, time,
            {"{B4000371-A67F-452F-AA4C-3125AA9CFC78}", "PC-TEST\\alice", connection}));
    }
    Machine& service(const std::string& name, StartType start, ServiceState state = ServiceState::Stopped) {
        for (auto& s : snapshot.services) {
            if (s.name == name) {
                s.startType = start;
                s.state = state;
            }
        }
        return *this;
    }
    /// The connection under diagnosis ("Office VPN" unless said otherwise).
    Machine& connection(TunnelType tunnel, VpnAuthMethod auth, const std::string& name = "Office VPN") {
        conn = Connection{name, tunnel, auth, "vpn.example.com", ConnectionOrigin::Chosen};
        return *this;
    }
    Diagnosis diagnose() const {
        auto findings = runChecks(snapshot);
        findings.insert(findings.end(), extra.begin(), extra.end());
        return ipsecdoctor::diagnose(findings, conn ? &*conn : nullptr);
    }
    std::optional<Connection> conn;
};

inline bool hasEvidence(const RootCause& c, const std::string& id) {
    return std::any_of(c.evidence.begin(), c.evidence.end(), [&](const Finding& f) { return f.id == id; });
}

inline bool listed(const Diagnosis& d, const std::string& cause) {
    return std::any_of(d.causes.begin(), d.causes.end(), [&](const RootCause& c) { return c.id == cause; });
}

inline Finding probeFinding(const std::string& id, Severity severity,
                            std::map<std::string, std::string> evidence = {}) {
    return contract(id, severity, id.starts_with("proposal.") ? Step::Proposals : Step::Connectivity,
                    IkePhase::Transport, std::move(evidence));
}

} // namespace ipsecdoctor::testing
