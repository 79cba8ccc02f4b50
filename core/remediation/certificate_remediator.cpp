#include "ipsecdoctor/remediation/certificate_remediator.h"

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/remediation/certificate_record.h"
#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/time_format.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>
#include <chrono>

namespace ipsecdoctor {
namespace {} // namespace

std::optional<CertStore> caImportStore(std::string_view id) {
    if (id == fix::kImportRootCa) {
        return CertStore::MachineRoot;
    }
    if (id == fix::kImportIntermediateCa) {
        return CertStore::MachineCa;
    }
    return std::nullopt;
}

Expected<CaCandidate> checkCaCandidate(std::string_view contents, CertStore store, std::int64_t now) {
    auto der = certificateDerFromFile(contents);
    if (!der) {
        return der.error();
    }
    auto facts = parseCertificate(*der);
    if (!facts) {
        return facts.error();
    }
    auto invalid = [](const std::string& why) {
        return Error::make(ErrorCode::InvalidArgument, why);
    };
    // A self-signed server or user certificate is no authority: trusting it as a root would let
    // it vouch for anything it signs. basicConstraints cA=TRUE is required for roots too.
    if (!facts->isCa) {
        return invalid("not a CA certificate (basicConstraints cA is not set)");
    }
    if (store == CertStore::MachineRoot && !facts->selfIssued) {
        return invalid("not a root certificate (its issuer is another CA): import it as an intermediate");
    }
    if (store == CertStore::MachineCa && facts->selfIssued) {
        return invalid("a root certificate: import it as a root");
    }
    if (store == CertStore::MachineRoot && facts->hasKeyUsage && !(facts->keyUsage & kKuKeyCertSign)) {
        return invalid("its key usage does not allow signing certificates");
    }
    if (now > facts->notAfter || now < facts->notBefore) {
        return invalid("not valid now (valid " + isoFromUnix(facts->notBefore) + " to " +
                       isoFromUnix(facts->notAfter) + ")");
    }
    return CaCandidate{std::move(der).value(), std::move(facts).value()};
}

std::vector<std::string> caImportPurposes() {
    return {std::string(kEkuServerAuth), std::string(kEkuIkeIntermediate)};
}

Expected<JournalEntry> CertificateRemediator::importCa(std::string_view remediationId,
                                                       std::string_view contents,
                                                       std::string_view expectedThumbprint,
                                                       const CaImportConsent& consent) {
    const auto store = caImportStore(remediationId);
    if (!store) {
        return Error::make(ErrorCode::InvalidArgument, "not a CA import: " + std::string(remediationId));
    }
    if (!m_store.canModify()) {
        return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
    }
    if (!m_record) {
        return Error::make(ErrorCode::NotSupported,
                           "no registry to record the import in: nothing was changed");
    }
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    auto candidate = checkCaCandidate(contents, *store, now);
    if (!candidate) {
        return candidate.error();
    }
    if (!equalsIgnoreCase(candidate->facts.thumbprint, expectedThumbprint)) {
        return Error::make(ErrorCode::InvalidArgument,
                           "the file's certificate is " + candidate->facts.thumbprint +
                               ", not the confirmed " + std::string(expectedThumbprint));
    }
    if (!consent || !consent(*candidate, *store)) {
        logger()->info("{}: import of {} declined", remediationId, candidate->facts.thumbprint);
        return Error::make(ErrorCode::Cancelled, "the import of " + candidate->facts.thumbprint +
                                                     " was declined: nothing was changed");
    }
    JournalEntry entry;
    entry.id = newJournalEntryId();
    entry.remediationId = std::string(remediationId);
    entry.appliedAt = nowIso8601Utc();
    entry.hostname = m_hostname;
    entry.certificate =
        CertificateChangeRecord{std::string(certStoreId(*store)), candidate->facts.thumbprint,
                                candidate->facts.subject, isoFromUnix(candidate->facts.notAfter), false};
    // Journal first, as the service remediator does: if we die half-way, undo can still remove it.
    entry.certificate->added = true;
    if (auto journaled = m_journal.append(entry); !journaled) {
        return Error{journaled.error().code, journaled.error().native,
                     "cannot write the journal, nothing was changed: " + journaled.error().detail};
    }
    auto added = m_store.add(*store, candidate->der, caImportPurposes());
    if (!added) {
        (void)m_journal.remove(entry.id);
        return added.error();
    }
    if (*added) {
        if (auto recorded = recordImportedCertificate(*m_record, *store, candidate->facts.thumbprint);
            !recorded) {
            // Unrecorded, it could never be undone: take it out again.
            (void)m_store.remove(*store, candidate->facts.thumbprint);
            (void)m_journal.remove(entry.id);
            return Error{recorded.error().code, recorded.error().native,
                         "cannot record the import, nothing was changed: " + recorded.error().detail};
        }
    }
    entry.certificate->added = *added;
    // Already there: nothing changed, and undo must not remove a certificate we did not add.
    entry.reversible = *added;
    if (auto journaled = m_journal.update(entry); !journaled) {
        return Error{journaled.error().code, journaled.error().native,
                     "the certificate was imported but the journal could not be updated: " +
                         journaled.error().detail};
    }
    logger()->info("{}: {} {} into {} (journal {})", remediationId, *added ? "imported" : "already present",
                   candidate->facts.thumbprint, certStorePath(*store), entry.id);
    return entry;
}

Expected<void> CertificateRemediator::validateUndo(const JournalEntry& entry) const {
    if (!entry.certificate || fixFamily(entry.remediationId) != FixFamily::CertificateImport) {
        return Error::make(ErrorCode::InvalidArgument,
                           "journal entry '" + entry.id + "' is not a certificate change");
    }
    if (entry.status == JournalStatus::Undone) {
        return Error::make(ErrorCode::InvalidArgument, "journal entry '" + entry.id + "' was already undone");
    }
    if (!entry.reversible || !entry.certificate->added) {
        return Error::make(ErrorCode::NotSupported,
                           "the certificate was already in the store before: nothing to undo");
    }
    JournalValidationContext context;
    if (m_record) {
        context.certificateRecorded = [this](CertStore s, std::string_view thumbprint) {
            return isRecordedImport(*m_record, s, thumbprint);
        };
    }
    if (auto valid = validateJournalEntry(entry, context); !valid) {
        return valid.error();
    }
    return {};
}

Expected<JournalEntry> CertificateRemediator::apply(const FixRequest& request) {
    return importCa(request.fixId, request.caFileContents, request.caThumbprint, request.caConsent);
}

Expected<FixDescription> CertificateRemediator::describe(std::string_view fixId) const {
    if (!caImportStore(fixId)) {
        return Error::make(ErrorCode::InvalidArgument, std::string(fixId) + " is not a CA import");
    }
    // Reversible when the import added the certificate (undo removes only what it added).
    return FixDescription{FixFamily::CertificateImport, FixRights::Administrator, true};
}

Expected<JournalEntry> CertificateRemediator::undo(std::string_view journalId) {
    if (!m_store.canModify()) {
        return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
    }
    auto toUndo = entryToUndo(m_journal, journalId);
    if (!toUndo) {
        return toUndo.error();
    }
    JournalEntry entry = std::move(toUndo).value();
    // The store comes from the fix id; the entry only names the certificate (checked above).
    const auto store = caImportStore(entry.remediationId);
    auto removed = m_store.remove(*store, entry.certificate->thumbprint);
    if (!removed && removed.error().code != ErrorCode::NotFound) {
        return removed.error();
    }
    if (!removed) {
        // Someone removed it since: the store is already as it was before the fix.
        logger()->info("undo {}: {} was no longer in {}", entry.id, entry.certificate->thumbprint,
                       certStorePath(*store));
    }
    if (auto forgotten = forgetImportedCertificate(*m_record, *store, entry.certificate->thumbprint);
        !forgotten) {
        logger()->warn("undo {}: the record of the import stays: {}", entry.id, forgotten.error().detail);
    }
    auto undone = recordUndone(m_journal, std::move(entry));
    if (undone) {
        logger()->info("undid {} ({}): removed {} from {}", undone->remediationId, undone->id,
                       undone->certificate->thumbprint, certStorePath(*store));
    }
    return undone;
}

} // namespace ipsecdoctor
