#pragma once

#include <optional>
#include <string_view>

namespace ipsecdoctor {

/// The wizard step a finding belongs to.
enum class Step { Services, Certificates, Proposals, Logs, Connectivity };

std::string_view stepId(Step s); // "services" | "certificates" | ...
std::optional<Step> stepFromId(std::string_view id);

} // namespace ipsecdoctor
