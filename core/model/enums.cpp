// Stable string ids of the model's enums. They appear in JSON and in the app's catalogue:
// never rename one without bumping the schema version.
#include "ipsecdoctor/model/ike_phase.h"
#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/model/severity.h"
#include "ipsecdoctor/model/step.h"

#include "ipsecdoctor/model/enum_table.h"

namespace ipsecdoctor {
namespace {

constexpr EnumTable<Severity, 5> kSeverities{{
    {Severity::Ok, "ok"},
    {Severity::Info, "info"},
    {Severity::Warning, "warning"},
    {Severity::Error, "error"},
    {Severity::Critical, "critical"},
}};

constexpr EnumTable<Step, 5> kSteps{{
    {Step::Services, "services"},
    {Step::Certificates, "certificates"},
    {Step::Proposals, "proposals"},
    {Step::Logs, "logs"},
    {Step::Connectivity, "connectivity"},
}};

constexpr EnumTable<IkePhase, 4> kPhases{{
    {IkePhase::Local, "local"},
    {IkePhase::Transport, "transport"},
    {IkePhase::Phase1, "phase1"},
    {IkePhase::Phase2, "phase2"},
}};

constexpr EnumTable<ServiceState, 7> kStates{{
    {ServiceState::Stopped, "stopped"},
    {ServiceState::StartPending, "start-pending"},
    {ServiceState::StopPending, "stop-pending"},
    {ServiceState::Running, "running"},
    {ServiceState::ContinuePending, "continue-pending"},
    {ServiceState::PausePending, "pause-pending"},
    {ServiceState::Paused, "paused"},
}};

constexpr EnumTable<StartType, 5> kStartTypes{{
    {StartType::Boot, "boot"},
    {StartType::System, "system"},
    {StartType::Automatic, "automatic"},
    {StartType::Manual, "manual"},
    {StartType::Disabled, "disabled"},
}};

} // namespace

std::string_view severityId(Severity s) {
    return enumId(kSeverities, s, "unknown");
}
std::optional<Severity> severityFromId(std::string_view id) {
    return enumFromId(kSeverities, id);
}
std::string_view stepId(Step s) {
    return enumId(kSteps, s, "unknown");
}
std::optional<Step> stepFromId(std::string_view id) {
    return enumFromId(kSteps, id);
}
std::string_view ikePhaseId(IkePhase p) {
    return enumId(kPhases, p, "unknown");
}
std::optional<IkePhase> ikePhaseFromId(std::string_view id) {
    return enumFromId(kPhases, id);
}
std::string_view serviceStateId(ServiceState s) {
    return enumId(kStates, s, "unknown");
}
std::optional<ServiceState> serviceStateFromId(std::string_view id) {
    return enumFromId(kStates, id);
}
std::string_view startTypeId(StartType t) {
    return enumId(kStartTypes, t, "unknown");
}
std::optional<StartType> startTypeFromId(std::string_view id) {
    return enumFromId(kStartTypes, id);
}

} // namespace ipsecdoctor
