#include "RemediationRunner.h"

#include "HelperResult.h"
#include "JournalLocation.h"

#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/platform/machine_data_folder.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/remediation/fix_remediator.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/path_text.h"

#include <algorithm>
#include <optional>
#include <set>
#include <span>

namespace ipsecdoctor::gui {
namespace {

/// Applies `request.target` with the remediator of its fix's family among `families`.
Expected<JournalEntry> applyByFamily(std::span<FixRemediator* const> families, const ActionRequest& request) {
    const auto family = fixFamily(request.target);
    const auto owner = std::find_if(families.begin(), families.end(), [&](const FixRemediator* r) {
        return r && family && r->family() == *family;
    });
    if (owner == families.end()) {
        return Error::make(ErrorCode::NotSupported, request.target + " cannot be applied here");
    }
    FixRequest fix;
    fix.fixId = request.target;
    if (*family == FixFamily::CertificateImport) {
        auto contents = readFile(utf8Path(request.certFile), 1024 * 1024);
        if (!contents) {
            return contents.error();
        }
        fix.caFileContents = std::move(*contents);
        fix.caThumbprint = request.certThumbprint;
        // In process only when the GUI is itself elevated: its Certificates page, in this same
        // process, has shown the certificate and asked already.
        fix.caConsent = [](const CaCandidate&, CertStore) {
            return true;
        };
    }
    return (*owner)->apply(fix);
}

} // namespace

bool RemediationRunner::needsElevationPrompt(const std::string& remediationId, bool sessionElevated) {
    if (sessionElevated) {
        return false;
    }
    auto spec = parseRemediationId(remediationId);
    return !spec || spec->needsElevation;
}

std::vector<std::string> RemediationRunner::cliArguments(const ActionRequest& request,
                                                         const std::string& target) {
    const std::string verb = request.kind == ActionKind::Fix ? "fix" : "undo";
    std::vector<std::string> arguments{verb, target, "--json", "--journal", request.journalFileArgument};
    if (!request.resultFileArgument.empty()) {
        arguments.insert(arguments.end(), {"--result", request.resultFileArgument});
    }
    if (request.kind == ActionKind::Fix && !request.certFile.empty()) {
        arguments.insert(arguments.end(),
                         {"--file", request.certFile, "--thumbprint", request.certThumbprint});
    }
    return arguments;
}

std::filesystem::path RemediationRunner::changesJournal(const ActionRequest& request) {
    return request.machineJournalFile.empty() ? request.journalFile : request.machineJournalFile;
}

ActionResult RemediationRunner::run(const ActionRequest& request) {
    if (request.kind == ActionKind::Fix) {
        return needsElevationPrompt(request.target, request.elevated) ? runElevatedHelper(request)
                                                                      : runInProcess(request);
    }
    // The rights an undo needs are those of the fix it reverts. "Undo last" is about the
    // machine changes this runner makes; an entry id may be in either journal.
    auto entries = request.kind == ActionKind::UndoLast
                       ? Journal(changesJournal(request)).load()
                       : app::journalHistory({request.machineJournalFile, request.journalFile});
    if (!entries) {
        return ActionResult{request.kind, request.target, std::nullopt, entries.error()};
    }
    std::optional<JournalEntry> entry;
    if (request.kind == ActionKind::UndoLast) {
        entry = lastUndoable(*entries);
    } else {
        auto it = std::find_if(entries->begin(), entries->end(),
                               [&](const auto& e) { return e.id == request.target; });
        if (it != entries->end()) {
            entry = *it;
        }
    }
    if (!entry) {
        return ActionResult{request.kind, request.target, std::nullopt,
                            Error::make(ErrorCode::NotFound, "nothing to undo in the journal")};
    }
    // From here "undo last" is the undo of one entry: both paths act on the entry chosen above.
    ActionRequest undo = request;
    undo.kind = ActionKind::Undo;
    undo.target = entry->id;
    auto result = needsElevationPrompt(entry->remediationId, request.elevated) ? runElevatedHelper(undo)
                                                                               : runInProcess(undo);
    result.kind = request.kind;
    result.target = request.target;
    return result;
}

std::optional<JournalEntry> RemediationRunner::lastUndoable(const std::vector<JournalEntry>& entries) {
    const auto newest = std::find_if(entries.rbegin(), entries.rend(), [](const JournalEntry& e) {
        const auto family = fixFamily(e.remediationId);
        const bool ours = family == FixFamily::Service || family == FixFamily::Logs ||
                          family == FixFamily::CertificateImport;
        return ours && e.status == JournalStatus::Applied && e.reversible;
    });
    return newest == entries.rend() ? std::nullopt : std::optional<JournalEntry>(*newest);
}

ActionResult RemediationRunner::runInProcess(const ActionRequest& request) {
    // Every fix this runner applies changes the machine, so in an elevated session it is
    // journaled in the machine's journal, in its protected folder.
    if (!request.machineJournalFile.empty()) {
        if (auto prepared = prepareMachineDataFolder(request.machineJournalFile.parent_path()); !prepared) {
            return ActionResult{request.kind, request.target, std::nullopt, prepared.error()};
        }
    }
    Journal journal(changesJournal(request)); // read once for the whole action
    // The families this process can run; the profile.* settings are the Proposals page's own
    // (ProposalsEnvironment), so a setting entry is refused here as another family's.
    Remediator services(m_services, journal,
                        RemediatorOptions{std::chrono::milliseconds(30000), request.hostname});
    LogsRemediator logs(m_audit, m_registry, journal, request.hostname);
    std::optional<CertificateRemediator> certificates;
    if (m_certificates) {
        certificates.emplace(*m_certificates, m_registry, journal, request.hostname);
    }
    FixRemediator* const families[] = {&services, &logs, certificates ? &*certificates : nullptr};

    ActionResult result{request.kind, request.target, std::nullopt, std::nullopt};
    const auto done = request.kind == ActionKind::Fix ? applyByFamily(families, request)
                                                      : undoByFamily(journal, families, request.target);
    if (done) {
        result.entry = *done;
    } else {
        result.error = done.error();
    }
    return result;
}

ActionResult RemediationRunner::runElevatedHelper(const ActionRequest& request) {
    ActionResult result{request.kind, request.target, std::nullopt, std::nullopt};
    result.viaElevatedHelper = true;
    std::set<std::string> known;
    const std::string& target = request.target; // a fix id, or the id of the entry to undo
    if (auto before = Journal(changesJournal(request)).load()) {
        for (const auto& e : *before) {
            known.insert(e.id);
        }
    }
    // The helper only accepts a journal in an existing folder; on a first run it may not exist yet.
    std::error_code ignored;
    std::filesystem::create_directories(request.journalFile.parent_path(), ignored);
    logger()->info("running the elevated helper: {} {}", request.kind == ActionKind::Fix ? "fix" : "undo",
                   target);
    clearHelperResult(request.resultFile);
    auto exitCode = m_elevation.runElevated(request.cliPath, cliArguments(request, target));
    if (!exitCode) {
        result.error = exitCode.error();
        return result;
    }
    if (*exitCode != kCliExitOk && *exitCode != kCliExitProblemsRemain) {
        result.error = elevatedHelperError(request.resultFile, *exitCode);
        return result;
    }
    result.problemsRemain = *exitCode == kCliExitProblemsRemain;
    // The helper cannot hand its output back through UAC: read what it journaled.
    if (auto after = Journal(changesJournal(request)).load()) {
        for (auto it = after->rbegin(); it != after->rend(); ++it) {
            const bool isNewFix = request.kind == ActionKind::Fix && !known.contains(it->id) &&
                                  it->remediationId == request.target;
            const bool isUndone = request.kind != ActionKind::Fix && it->id == target;
            if (isNewFix || isUndone) {
                result.entry = *it;
                break;
            }
        }
    }
    if (!result.entry) {
        logger()->warn("the elevated helper succeeded but its journal entry was not found");
    }
    return result;
}

} // namespace ipsecdoctor::gui
