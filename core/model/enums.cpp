// Stable string ids of the model's enums. They appear in JSON and in the app's catalogue:
// never rename one without bumping the schema version.
#include "ipsecdoctor/model/ike_phase.h"
#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/model/severity.h"
#include "ipsecdoctor/model/step.h"

#include <array>
#include <utility>

namespace ipsecdoctor {
namespace {

template <class E, std::size_t N>
std::string_view idOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [e, id] : table) {
        if (e == value) {
            return id;
        }
    }
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view id) {
    for (const auto& [e, name] : table) {
        if (name == id) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Severity, std::string_view>, 5> kSeverities{{
    {Severity::Ok, "ok"},
    {Severity::Info, "info"},
    {Severity::Warning, "warning"},
    {Severity::Error, "error"},
    {Severity::Critical, "critical"},
}};

constexpr std::array<std::pair<Step, std::string_view>, 5> kSteps{{
    {Step::Services, "services"},
    {Step::Certificates, "certificates"},
    {Step::Proposals, "proposals"},
    {Step::Logs, "logs"},
    {Step::Connectivity, "connectivity"},
}};

constexpr std::array<std::pair<IkePhase, std::string_view>, 4> kPhases{{
    {IkePhase::Local, "local"},
    {IkePhase::Transport, "transport"},
    {IkePhase::Phase1, "phase1"},
    {IkePhase::Phase2, "phase2"},
}};

constexpr std::array<std::pair<ServiceState, std::string_view>, 7> kStates{{
    {ServiceState::Stopped, "stopped"},
    {ServiceState::StartPending, "start-pending"},
    {ServiceState::StopPending, "stop-pending"},
    {ServiceState::Running, "running"},
    {ServiceState::ContinuePending, "continue-pending"},
    {ServiceState::PausePending, "pause-pending"},
    {ServiceState::Paused, "paused"},
}};

constexpr std::array<std::pair<StartType, std::string_view>, 5> kStartTypes{{
    {StartType::Boot, "boot"},
    {StartType::System, "system"},
    {StartType::Automatic, "automatic"},
    {StartType::Manual, "manual"},
    {StartType::Disabled, "disabled"},
}};

} // namespace

std::string_view severityId(Severity s) {
    return idOf(kSeverities, s);
}
std::optional<Severity> severityFromId(std::string_view id) {
    return valueOf(kSeverities, id);
}
std::string_view stepId(Step s) {
    return idOf(kSteps, s);
}
std::optional<Step> stepFromId(std::string_view id) {
    return valueOf(kSteps, id);
}
std::string_view ikePhaseId(IkePhase p) {
    return idOf(kPhases, p);
}
std::optional<IkePhase> ikePhaseFromId(std::string_view id) {
    return valueOf(kPhases, id);
}
std::string_view serviceStateId(ServiceState s) {
    return idOf(kStates, s);
}
std::optional<ServiceState> serviceStateFromId(std::string_view id) {
    return valueOf(kStates, id);
}
std::string_view startTypeId(StartType t) {
    return idOf(kStartTypes, t);
}
std::optional<StartType> startTypeFromId(std::string_view id) {
    return valueOf(kStartTypes, id);
}

} // namespace ipsecdoctor
