#pragma once
// The CLI's certificate side: the rules of its options (--auth, --certreq, --server, --store,
// --file, --thumbprint), `certs`, the certificate.import-ca.* fixes and their undo.

#include "CliEnvironment.h"
#include "CliOptions.h"

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/remediation/journal.h"

#include <QString>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ipsecdoctor::app {

CertificateCheckInput certificateCheckInput(const CliOptions& o);
/// The same for `check` of the certificates step (or every step): with --server and without
/// --certreq, the server is asked which CAs it accepts (IKE probe, IKEv2 IKE_SA_INIT, CERTREQ),
/// on a live check and on a bundle alike (the list does not depend on who asks). A server that
/// does not answer adds certificate.server-ca.unknown to `probeFindings`.
/// With --profile NAME (certificates step), the profile of `snapshot` gives the authentication
/// method, the server and DisableIKENameEkuCheck; --auth and --server override them. Error
/// NotFound when there is no such profile.
Expected<CertificateCheckInput> certificateCheckInput(const CliOptions& o, const SystemSnapshot& snapshot,
                                                      CliEnvironment& env,
                                                      std::vector<Finding>& probeFindings);

/// `certs [--store S] [--bundle FILE] [--json]`.
int listCertificates(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err);

/// A CA import fix, or the undo of a certificate journal entry; nullopt when `o` is neither
/// (the service remediator handles it).
std::optional<int> runCertificateRemediation(const CliOptions& o, CliEnvironment& env, std::ostream& out,
                                             std::ostream& err);

/// Text for a certificate journal entry (journal, fix, undo).
QString certificateJournalEntryText(const JournalEntry& entry, bool undone);

} // namespace ipsecdoctor::app
