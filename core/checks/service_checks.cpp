// The Services step: is each service the Windows VPN stack needs present, allowed to start,
// and not failed? "Manual (Trigger Start)" services that are stopped are healthy: Windows starts
// them when a VPN dials (docs/ipsec-facts.md §5).
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/knowledge/known_services.h"
#include "ipsecdoctor/knowledge/remediation_id.h"

#include "ipsecdoctor/util/ascii.h"
#include "ipsecdoctor/util/joined.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

bool offers(const KnownService& known, ServiceAction action) {
    return std::find(known.actions.begin(), known.actions.end(), action) != known.actions.end();
}

std::vector<std::string> remediationsFor(const KnownService& known,
                                         std::initializer_list<ServiceAction> wanted) {
    std::vector<std::string> ids;
    for (auto action : wanted) {
        if (offers(known, action)) {
            ids.push_back(makeRemediationId(known.name, action));
        }
    }
    return ids;
}

Finding baseFinding(const KnownService& known, std::string_view condition, Severity severity) {
    // Every watched service has every condition declared (finding_ids.h; a test checks it): the
    // fallback only keeps a service added without its declarations visible.
    const FindingKind* kind = serviceFinding(known.name, condition);
    Finding f = kind ? newFinding(*kind, severity) : Finding{};
    if (!kind) {
        f.id = "service." + asciiLower(known.name) + "." + std::string(condition);
        f.severity = severity;
        f.step = Step::Services;
        f.phase = IkePhase::Local;
    }
    f.subject = std::string(known.name);
    return f;
}

void addServiceEvidence(Finding& f, const ServiceInfo& s, const KnownService& known) {
    f.evidence["state"] = std::string(serviceStateId(s.state));
    f.evidence["start_type"] = std::string(startTypeId(s.startType));
    f.evidence["windows_default_start_type"] = std::string(startTypeId(known.windowsDefault));
    f.evidence["delayed_auto_start"] = s.delayedAutoStart ? "true" : "false";
    f.evidence["trigger_start"] = s.triggerStart ? "true" : "false";
    f.evidence["dependencies"] = joined(s.dependencies);
    f.evidence["dependents"] = joined(s.dependents);
    if (s.win32ExitCode != 0) {
        f.evidence["win32_exit_code"] = std::to_string(s.win32ExitCode);
    }
    if (s.serviceSpecificExitCode != 0) {
        f.evidence["service_exit_code"] = std::to_string(s.serviceSpecificExitCode);
    }
}

/// A stop that was not asked for: the SCM keeps a non-zero exit code other than "never started".
bool failedToRun(const ServiceInfo& s) {
    return s.state == ServiceState::Stopped && s.win32ExitCode != 0 &&
           s.win32ExitCode != kServiceNeverStarted;
}

Finding statusFinding(const ServiceInfo& s, const KnownService& known) {
    const Severity blocking = known.mustRun ? Severity::Critical : Severity::Error;
    Finding f;
    if (!s.present) {
        f = baseFinding(known, "missing", blocking);
        return f; // nothing to show or fix: the component must be reinstalled
    }
    using A = ServiceAction;
    if (s.startType == StartType::Disabled) {
        f = baseFinding(known, "disabled", blocking);
        f.remediations = remediationsFor(known, {A::SetDefaultStart, A::SetAutomatic});
    } else if (failedToRun(s)) {
        f = baseFinding(known, "failed", blocking);
        f.remediations = remediationsFor(known, {A::Start});
    } else if (known.mustRun && s.state != ServiceState::Running) {
        f = baseFinding(known, "stopped", blocking);
        f.remediations = remediationsFor(known, {A::Start});
    } else if (s.state == ServiceState::Paused || s.state == ServiceState::PausePending ||
               s.state == ServiceState::ContinuePending) {
        f = baseFinding(known, "paused", Severity::Warning);
        f.remediations = remediationsFor(known, {A::Restart, A::Start});
    } else if (s.state == ServiceState::StartPending || s.state == ServiceState::StopPending) {
        f = baseFinding(known, "pending", Severity::Warning);
        f.remediations = remediationsFor(known, {A::Restart});
    } else if (known.windowsDefault == StartType::Automatic && s.startType != StartType::Automatic) {
        f = baseFinding(known, "not-automatic", Severity::Warning);
        f.remediations = remediationsFor(known, {A::SetDefaultStart});
    } else if (s.state == ServiceState::Running) {
        f = baseFinding(known, "running", Severity::Ok);
        f.remediations = remediationsFor(known, {A::Restart});
    } else {
        // Stopped, not disabled, not failed: started on demand (trigger or by RasMan when dialling).
        f = baseFinding(known, "stopped-on-demand", Severity::Ok);
        f.remediations = remediationsFor(known, {A::Start});
    }
    addServiceEvidence(f, s, known);
    return f;
}

bool unavailable(const ServiceInfo* s) {
    return !s || !s->present || s->startType == StartType::Disabled;
}

/// A service is only as startable as what it depends on: name the blocked dependency.
void addDependencyFindings(const SystemSnapshot& snapshot, const ServiceInfo& s, const KnownService& known,
                           std::vector<Finding>& out) {
    if (unavailable(&s)) {
        return; // its own finding says more
    }
    for (const auto& depName : s.dependencies) {
        const KnownService* dep = findKnownService(depName);
        const ServiceInfo* depInfo = snapshot.findService(depName);
        if (!dep || !depInfo || !unavailable(depInfo)) {
            continue;
        }
        Finding f = baseFinding(known, "dependency-unavailable", Severity::Error);
        f.evidence["dependency"] = std::string(dep->name);
        f.evidence["dependency_present"] = depInfo->present ? "true" : "false";
        f.evidence["dependency_start_type"] = std::string(startTypeId(depInfo->startType));
        f.remediations = remediationsFor(*dep, {ServiceAction::SetDefaultStart});
        out.push_back(std::move(f));
    }
}

const CollectionError* collectionErrorFor(const SystemSnapshot& snapshot, std::string_view name) {
    for (const auto& e : snapshot.errors) {
        if (e.area == "services" && equalsIgnoreCase(e.target, name)) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace

std::vector<Finding> checkServices(const SystemSnapshot& snapshot) {
    std::vector<Finding> out;
    for (const auto& known : knownServices()) {
        const ServiceInfo* s = snapshot.findService(known.name);
        if (!s) {
            // Not collected (bundle from an older version, or the query failed): say so.
            Finding f = baseFinding(known, "not-checked", Severity::Warning);
            if (const auto* e = collectionErrorFor(snapshot, known.name)) {
                f.evidence["error"] = e->code;
                f.evidence["native_error"] = std::to_string(e->native);
            }
            out.push_back(std::move(f));
            continue;
        }
        out.push_back(statusFinding(*s, known));
        addDependencyFindings(snapshot, *s, known, out);
    }
    return out;
}

} // namespace ipsecdoctor
