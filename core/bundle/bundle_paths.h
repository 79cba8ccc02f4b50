#pragma once

#include <string_view>

namespace ipsecdoctor::bundle_paths {

inline constexpr std::string_view kManifest = "manifest.json";
inline constexpr std::string_view kSnapshot = "snapshot.json";
inline constexpr std::string_view kFindings = "findings.json";
inline constexpr std::string_view kAttachmentPrefix = "diagnosis/";
inline constexpr std::string_view kLog = "logs/ipsecdoctor.log";

} // namespace ipsecdoctor::bundle_paths
