#pragma once
// The CLI's certificate side: options (--auth, --certreq, --server, --store, --file,
// --thumbprint), `certs`, the certificate.import-ca.* fixes and their undo. Hooked into
// CliOptions/CliCommands by one line each.

#include "CliCommands.h"
#include "CliOptions.h"

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/remediation/journal.h"

#include <QString>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ipsecdoctor::app {

/// When args[i] is a certificate option, consumes it and its value: the outer optional is set,
/// holding a UsageError for a bad value. nullopt when args[i] is not a certificate option.
std::optional<std::optional<UsageError>> parseCertificateOption(const std::vector<std::string>& args,
                                                                std::size_t& i, CliOptions& o);
/// Placement rules once the command is known (e.g. --file only with a CA import fix).
std::optional<UsageError> validateCertificateOptions(const CliOptions& o);

/// certificate.import-ca.root | certificate.import-ca.intermediate.
bool isCertificateFixId(std::string_view id);

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
