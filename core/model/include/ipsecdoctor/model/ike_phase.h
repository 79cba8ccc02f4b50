#pragma once

#include <optional>
#include <string_view>

namespace ipsecdoctor {

/// Which part of an IKE negotiation a finding explains. Local = this PC's own stack
/// (services, policy) before any packet is exchanged.
enum class IkePhase { Local, Transport, Phase1, Phase2 };

std::string_view ikePhaseId(IkePhase p); // "local" | "transport" | "phase1" | "phase2"
std::optional<IkePhase> ikePhaseFromId(std::string_view id);

} // namespace ipsecdoctor
