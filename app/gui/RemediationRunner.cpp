#include "RemediationRunner.h"

#include "HelperResult.h"
#include "JournalLocation.h"

#include "ipsecdoctor/platform/machine_data_folder.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/util/file_io.h"

#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/remediation/remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"

#include <algorithm>
#include <set>

namespace ipsecdoctor::gui {
namespace {

std::optional<JournalEntry> lastUndoable(const std::vector<JournalEntry>& entries) {
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->status == JournalStatus::Applied && it->reversible) {
            return *it;
        }
    }
    return std::nullopt;
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
    std::string remediationId = request.target;
    if (request.kind != ActionKind::Fix) {
        // The rights an undo needs are those of the fix it reverts. "Undo last" is about the
        // machine changes this runner makes; an entry id may be in either journal.
        auto entries = request.kind == ActionKind::UndoLast
                           ? Journal(changesJournal(request)).load()
                           : app::journalHistory({request.machineJournalFile, request.journalFile});
        if (!entries) {
            ActionResult result{request.kind, request.target, std::nullopt, entries.error()};
            return result;
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
            ActionResult result{request.kind, request.target, std::nullopt,
                                Error::make(ErrorCode::NotFound, "nothing to undo in the journal")};
            return result;
        }
        remediationId = entry->remediationId;
    }
    return needsElevationPrompt(remediationId, request.elevated) ? runElevatedHelper(request)
                                                                 : runInProcess(request);
}

std::optional<ActionResult> RemediationRunner::runCertificateInProcess(const ActionRequest& request,
                                                                       Journal& journal) {
    std::string undoId = request.target;
    if (request.kind != ActionKind::Fix) {
        auto entries = journal.load();
        std::optional<JournalEntry> entry;
        if (entries && request.kind == ActionKind::UndoLast) {
            entry = lastUndoable(*entries);
        } else if (entries) {
            auto it =
                std::find_if(entries->begin(), entries->end(), [&](const auto& e) { return e.id == undoId; });
            if (it != entries->end()) {
                entry = *it;
            }
        }
        if (!entry || !entry->certificate) {
            return std::nullopt;
        }
        undoId = entry->id;
    } else if (!caImportStore(request.target)) {
        return std::nullopt;
    }
    ActionResult result{request.kind, request.target, std::nullopt, std::nullopt};
    if (!m_certificates) {
        result.error = Error::make(ErrorCode::NotSupported, "no certificate store on this platform");
        return result;
    }
    CertificateRemediator remediator(*m_certificates, m_registry, journal, request.hostname);
    Expected<JournalEntry> done = Error::make(ErrorCode::InvalidArgument, "nothing to do");
    if (request.kind == ActionKind::Fix) {
        auto contents =
            readFile(std::filesystem::path(std::u8string(request.certFile.begin(), request.certFile.end())),
                     1024 * 1024);
        // In process only when the GUI is itself elevated: its Certificates page, in this same
        // process, has shown the certificate and asked already.
        const CaImportConsent askedByThePage = [](const CaCandidate&, CertStore) {
            return true;
        };
        done = contents
                   ? remediator.importCa(request.target, *contents, request.certThumbprint, askedByThePage)
                   : Expected<JournalEntry>(contents.error());
    } else {
        done = remediator.undo(undoId);
    }
    if (done) {
        result.entry = *done;
    } else {
        result.error = done.error();
    }
    return result;
}

std::optional<ActionResult> RemediationRunner::runLogsInProcess(const ActionRequest& request,
                                                                Journal& journal) {
    std::string undoId = request.target;
    if (request.kind != ActionKind::Fix) {
        auto entries = journal.load();
        std::optional<JournalEntry> entry;
        if (entries && request.kind == ActionKind::UndoLast) {
            entry = lastUndoable(*entries);
        } else if (entries) {
            auto it =
                std::find_if(entries->begin(), entries->end(), [&](const auto& e) { return e.id == undoId; });
            if (it != entries->end()) {
                entry = *it;
            }
        }
        if (!entry || !isLogsRemediationId(entry->remediationId)) {
            return std::nullopt;
        }
        undoId = entry->id;
    } else if (!isLogsRemediationId(request.target)) {
        return std::nullopt;
    }
    LogsRemediator remediator(m_audit, m_registry, journal, request.hostname);
    auto done = request.kind == ActionKind::Fix ? remediator.apply(request.target) : remediator.undo(undoId);
    ActionResult result{request.kind, request.target, std::nullopt, std::nullopt};
    if (done) {
        result.entry = *done;
    } else {
        result.error = done.error();
    }
    return result;
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
    if (auto certificate = runCertificateInProcess(request, journal)) {
        return *certificate;
    }
    if (auto logs = runLogsInProcess(request, journal)) {
        return *logs;
    }
    Remediator remediator(m_services, journal,
                          RemediatorOptions{std::chrono::milliseconds(30000), request.hostname});
    Expected<JournalEntry> done = request.kind == ActionKind::Fix    ? remediator.apply(request.target)
                                  : request.kind == ActionKind::Undo ? remediator.undo(request.target)
                                                                     : remediator.undoLast();
    ActionResult result{request.kind, request.target, std::nullopt, std::nullopt};
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
    std::string target = request.target;
    if (auto before = Journal(changesJournal(request)).load()) {
        for (const auto& e : *before) {
            known.insert(e.id);
        }
        if (request.kind == ActionKind::UndoLast) {
            if (auto last = lastUndoable(*before)) {
                target = last->id;
            }
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
