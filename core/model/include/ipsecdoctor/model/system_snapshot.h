#pragma once
// Everything collected from one machine at one time. Checks read only this; a diagnostic
// bundle stores exactly this, so offline analysis runs the same checks.

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/model/connection.h"
#include "ipsecdoctor/model/logs_info.h"
#include "ipsecdoctor/model/probe_result.h"
#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/model/transport_facts.h"
#include "ipsecdoctor/model/vpn_configuration.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor {

/// Bumped when a field changes meaning or is removed; readers accept versions <= current.
inline constexpr int kSnapshotSchemaVersion = 1;

struct MachineInfo {
    std::string hostname;
    std::string osName;    // product name as the registry gives it (not localized text we parse)
    std::string osVersion; // "10.0"
    std::string osBuild;   // "19045"
    bool elevated = false; // was the collector running with administrator rights
    std::string appVersion;

    bool operator==(const MachineInfo&) const = default;
};

/// A part of the collection that failed; the checks report it instead of guessing.
struct CollectionError {
    std::string area;   // "services"
    std::string target; // "IKEEXT"
    std::string code;   // errorCodeId, e.g. "error.access-denied"
    std::uint32_t native = 0;

    bool operator==(const CollectionError&) const = default;
};

struct SystemSnapshot {
    int schemaVersion = kSnapshotSchemaVersion;
    std::string collectedAt; // ISO 8601 UTC, "2026-11-27T10:15:00Z"
    MachineInfo machine;
    std::vector<ServiceInfo> services;
    std::vector<CollectionError> errors;
    CertificateInventory certificates;   // optional in JSON: older bundles have none
    std::optional<LogsInfo> logs;        // Logs step; absent in bundles of older versions
    std::optional<ProbeResult> probe;    // the IKE probe of the VPN server, when one ran (optional on read)
    std::optional<VpnConfiguration> vpn; // VPN profiles and registry facts; absent in older bundles
    /// Who holds the IKE ports, which network filters are registered; absent in older bundles and
    /// where the platform has no such facts.
    std::optional<TransportFacts> transport;
    /// The connection the user diagnosed; absent in bundles of 0.1 (the analysis chooses then).
    std::optional<Connection> connection;
    /// The Certificates page's own choice (method, server, CERTREQ); absent when nothing was chosen.
    std::optional<CertificateChoice> certificateChoice;

    const ServiceInfo* findService(std::string_view name) const; // case-insensitive
    bool operator==(const SystemSnapshot&) const = default;
};

} // namespace ipsecdoctor
