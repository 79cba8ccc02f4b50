#pragma once
// Importing a CA certificate the user chose into LocalMachine\Root or \CA, journaled so that
// undo removes exactly that certificate (and nothing when the store already had it). Never
// touches a private key: only public CA certificates go in, only what we added comes out.

#include "ipsecdoctor/model/certificate_facts.h"
#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/platform/certificate_store.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/remediation/fix_remediator.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/expected.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// The store a certificate.import-ca.* id imports into; nullopt for any other id.
std::optional<CertStore> caImportStore(std::string_view remediationId);

/// A CA certificate file checked for import into `store`: DER or PEM, one certificate, a CA
/// (basicConstraints cA=TRUE, roots included; a root must be self-issued, an intermediate must
/// not), currently valid. Error{InvalidArgument} with the reason otherwise, Error{Malformed} when
/// it is not a certificate.
struct CaCandidate {
    std::string der;
    CertificateFacts facts;
};
Expected<CaCandidate> checkCaCandidate(std::string_view fileContents, CertStore store, std::int64_t now);

/// What an imported CA is trusted for: only what IKE needs, Server Authentication and IP security
/// IKE intermediate, not TLS client, code signing or e-mail.
std::vector<std::string> caImportPurposes();

/// Asked once the file has passed every check and before anything changes: true to import it.
/// The CLI's elevated helper shows the certificate to the administrator in its own dialog.
using CaImportConsent = std::function<bool(const CaCandidate& candidate, CertStore store)>;

class CertificateRemediator final : public FixRemediator {
public:
    /// `importRecord`: where the machine records what was imported (certificate_record.h); null
    /// where there is no registry, and then nothing is imported or removed.
    CertificateRemediator(CertificateStore& store, Registry* importRecord, Journal& journal,
                          std::string hostname)
        : m_store(store), m_record(importRecord), m_journal(journal), m_hostname(std::move(hostname)) {}

    /// Imports `fileContents` for `remediationId` (certificate.import-ca.root|intermediate),
    /// trusted for caImportPurposes() only. `expectedThumbprint` is the one the user was shown: a
    /// different file is refused, so the file cannot be swapped between the confirmation and the
    /// elevated import. `consent` answering false: Error{Cancelled}, nothing journaled or added.
    Expected<JournalEntry> importCa(std::string_view remediationId, std::string_view fileContents,
                                    std::string_view expectedThumbprint, const CaImportConsent& consent);

    /// Undoes a certificate journal entry: removes the certificate it added, when the machine's
    /// record says an import of ours added it (journal_validation.h).
    Expected<JournalEntry> undo(std::string_view journalId) override;

    FixFamily family() const override { return FixFamily::CertificateImport; }
    /// importCa with the request's file contents, thumbprint and consent (none: Cancelled).
    Expected<JournalEntry> apply(const FixRequest& request) override;
    /// A certificate entry of a CA import, applied, that added the certificate, with a thumbprint
    /// this machine's import record holds (journal_validation.h).
    Expected<void> validateUndo(const JournalEntry& entry) const override;
    Expected<FixDescription> describe(std::string_view fixId) const override;

private:
    CertificateStore& m_store;
    Registry* m_record;
    Journal& m_journal;
    std::string m_hostname;
};

} // namespace ipsecdoctor
