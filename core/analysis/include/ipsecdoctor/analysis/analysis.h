#pragma once
// The analysis service: one snapshot (live or from a bundle) and the connection under diagnosis
// give the findings of every step and the diagnosis. The CLI and the GUI both call it, so they
// judge the same way. Pure: stored probe results, certificates and events are used as they are;
// it never goes to the network.

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/model/connection.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/step.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor {

struct AnalysisRequest {
    std::optional<Step> step;             // one step's findings only (the diagnosis still sees all)
    bool eventsOnly = false;              // a saved event log alone: nothing of a PC to check
    std::optional<Connection> connection; // overrides the snapshot's recorded choice
    /// Overrides of what the Certificates step knows (method and server chosen on its page, CERTREQ
    /// from a probe run just now); unset members come from the connection.
    CertificateCheckInput certificates;
};

struct Analysis {
    std::optional<Connection> connection; // nullopt: none chosen, none found
    std::vector<Finding> findings;        // of the requested step, or of every step; worst first
    std::vector<Finding> allFindings;     // of every step: what the diagnosis judged
    Diagnosis diagnosis;
};

/// The connection to diagnose when none is requested: the snapshot's recorded choice, else the
/// only IPsec profile, else the one profile the failure events name; nullopt otherwise.
std::optional<Connection> chooseConnection(const SystemSnapshot& snapshot);

/// The connection of the profile named `name` (exact, then case-insensitive); nullopt if absent.
std::optional<Connection> connectionForProfile(const SystemSnapshot& snapshot, const std::string& name);

/// The snapshot's stored probe when it asked `server` (or either name is unknown); nullptr
/// otherwise: a probe of another server says nothing of this one.
const ProbeResult* storedProbeFor(const SystemSnapshot& snapshot, const std::string& server);

/// The Certificates page's choice recorded in the snapshot (empty members where none).
CertificateCheckInput recordedCertificateInput(const SystemSnapshot& snapshot);
/// What a bundle records of the Certificates step's input; nullopt when nothing was chosen.
std::optional<CertificateChoice> certificateChoiceOf(const CertificateCheckInput& input);

/// What the Certificates step needs to know, from the connection and the request's overrides.
CertificateCheckInput certificateInputFor(const SystemSnapshot& snapshot, const std::optional<Connection>& c,
                                          const CertificateCheckInput& overrides);

Analysis analyze(const SystemSnapshot& snapshot, const AnalysisRequest& request = {});

} // namespace ipsecdoctor
