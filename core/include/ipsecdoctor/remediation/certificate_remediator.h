#pragma once
// Importing a CA certificate the user chose into LocalMachine\Root or \CA, journaled so that
// undo removes exactly that certificate (and nothing when the store already had it). Never
// touches a private key: only public CA certificates go in, only what we added comes out.

#include "ipsecdoctor/certs/certificate_facts.h"
#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/platform/certificate_store.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/expected.h"

#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

/// The store a certificate.import-ca.* id imports into; nullopt for any other id.
std::optional<CertStore> caImportStore(std::string_view remediationId);

/// A CA certificate file checked for import into `store`: DER or PEM, one certificate, a CA
/// (a root must be self-issued, an intermediate must not), currently valid. Error{InvalidArgument}
/// with the reason otherwise, Error{Malformed} when it is not a certificate.
struct CaCandidate {
    std::string der;
    CertificateFacts facts;
};
Expected<CaCandidate> checkCaCandidate(std::string_view fileContents, CertStore store, std::int64_t now);

class CertificateRemediator {
public:
    /// `importRecord`: where the machine records what was imported (certificate_record.h); null
    /// where there is no registry, and then nothing is imported or removed.
    CertificateRemediator(CertificateStore& store, Registry* importRecord, Journal& journal,
                          std::string hostname)
        : m_store(store), m_record(importRecord), m_journal(journal), m_hostname(std::move(hostname)) {}

    /// Imports `fileContents` for `remediationId` (certificate.import-ca.root|intermediate).
    /// `expectedThumbprint` is the one the user was shown: a different file is refused, so the
    /// file cannot be swapped between the confirmation and the elevated import.
    Expected<JournalEntry> importCa(std::string_view remediationId, std::string_view fileContents,
                                    std::string_view expectedThumbprint);

    /// Undoes a certificate journal entry: removes the certificate it added, when the machine's
    /// record says an import of ours added it (journal_validation.h).
    Expected<JournalEntry> undo(std::string_view journalId);

private:
    CertificateStore& m_store;
    Registry* m_record;
    Journal& m_journal;
    std::string m_hostname;
};

} // namespace ipsecdoctor
