#pragma once
#include "ipsecdoctor/diagnosis/diagnosis.h"

#include <vector>

namespace ipsecdoctor::diagnosis_detail {

/// The facts of the message to the VPN provider: recommended only when failures were seen and no
/// cause on this PC explains them (nothing is sent to the provider that this PC can fix).
ProviderReport buildProviderReport(const std::vector<Finding>& findings, const std::vector<RootCause>& causes,
                                   const Connection* connection);

} // namespace ipsecdoctor::diagnosis_detail
