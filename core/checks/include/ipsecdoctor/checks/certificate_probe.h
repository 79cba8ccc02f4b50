#pragma once
// What the IKE probe tells the Certificates step: the certification authorities the server names
// in its IKE_SA_INIT answer (CERTREQ, SHA-1 of each CA's SubjectPublicKeyInfo), in the form
// CertificateCheckInput::certreqCaSha1 expects, and what to say when the server could not be asked.

#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/probe_result.h"

#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor {

/// The server's CERTREQ list in upper-case hex. An empty list when it answered IKEv2 without a
/// CERTREQ (a pre-shared-key or EAP-only server asks for nothing); nullopt when no IKEv2 answer
/// came back (then nothing is known about what it asks for).
std::optional<std::vector<std::string>> certreqFromProbe(const ProbeResult& result);

/// "certificate.server-ca.unknown" (Info) when the probe got no IKEv2 answer, with the server and
/// the transport outcome as evidence; nothing otherwise.
std::vector<Finding> certreqProbeFindings(const ProbeResult& result);

/// The probe the Certificates step runs for a server: IKEv2 only, Windows' default proposals,
/// no discovery and no IKEv1 (the CERTREQ comes with the first answer), a short deadline.
ike::ProbeOptions certreqProbeOptions(const std::string& host);

} // namespace ipsecdoctor
