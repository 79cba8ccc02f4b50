// What the Proposals page's buttons do, off the UI thread: ask the server (the probe), apply the
// recommended fix, undo it. The page itself (ProposalsPage.cpp) shows the comparison.
#include "ProposalsPage.h"
#include "QtText.h"

#include "../AsyncRunner.h"
#include "../widgets/ConnectivityPanel.h"
#include "Catalogue.h"
#include "ProposalsCatalogue.h"

#include "ipsecdoctor/proposals/probe_acceptance.h"

#include <QProgressBar>

namespace ipsecdoctor::gui {

using app::Catalogue;
using app::ProposalsCatalogue;

namespace {

struct FixResult {
    std::optional<JournalEntry> entry;
    std::optional<Error> error;
    bool undo = false;
};

struct ProbeOutcome {
    std::optional<ProbeResult> result;
    std::optional<Error> error;
};

} // namespace

void ProposalsPage::startProbe() {
    if (!m_env.probe || !m_context || m_busy) {
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_message.clear();
    setBusy(true);
    ProbeRequest request{m_context->subject.server, m_context->subject.tunnel, m_context->inputs,
                         m_context->subject.profile};
    if (const auto* profile =
            m_context->subject.profile.empty() ? nullptr : m_config.findProfile(m_context->subject.profile)) {
        request.signIn = profile->auth; // large packets matter most when certificates sign in
    }
    AsyncRunner::runWithProgress<ProbeOutcome>(
        this,
        [probe = m_env.probe, request, cancel = m_cancel](QPromise<ProbeOutcome>& promise) {
            auto result = probe(request, *cancel, [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
            promise.addResult(result ? ProbeOutcome{std::move(result).value(), std::nullopt}
                                     : ProbeOutcome{std::nullopt, result.error()});
        },
        [this](int done, int total) {
            m_progressBar->setRange(0, total);
            m_progressBar->setValue(done);
        },
        [this](const ProbeOutcome& result) {
            if (result.result) {
                m_probe = result.result;
                m_acceptance = proposals::acceptanceFromProbe(*m_probe);
                m_connectivity->setResult(m_probe);
                m_session.setProbeResult(*m_probe);
            } else if (result.error) {
                m_message =
                    tr("The server could not be asked: %1").arg(Catalogue::errorMessage(*result.error));
            }
            m_cancel.reset();
            m_progressBar->setRange(0, 0);
            setBusy(false);
        });
}

void ProposalsPage::applyFix() {
    if (m_busy || m_findings.empty() || !m_env.applyFix) {
        return;
    }
    const auto spec = recommendedSpec(m_findings.front());
    if (!spec) {
        return;
    }
    m_message.clear();
    setBusy(true);
    AsyncRunner::runThenCallback(
        this,
        [apply = m_env.applyFix, spec = *spec]() {
            auto entry = apply(spec);
            return entry ? FixResult{*entry, std::nullopt, false}
                         : FixResult{std::nullopt, entry.error(), false};
        },
        [this, id = qs(spec->id)](const FixResult& result) {
            if (result.entry) {
                m_lastEntry = result.entry;
                m_message = tr("Done. %1").arg(ProposalsCatalogue::aftermath(id));
            } else if (result.error) {
                m_message = tr("The fix failed: %1").arg(Catalogue::errorMessage(*result.error));
            }
            loadProfiles(); // re-read the phonebook: the page shows what Windows will now offer
        });
}

void ProposalsPage::undoFix() {
    if (m_busy || !m_lastEntry || !m_env.undo) {
        return;
    }
    m_message.clear();
    setBusy(true);
    AsyncRunner::runThenCallback(
        this,
        [undo = m_env.undo, id = m_lastEntry->id]() {
            auto entry = undo(id);
            return entry ? FixResult{*entry, std::nullopt, true}
                         : FixResult{std::nullopt, entry.error(), true};
        },
        [this](const FixResult& result) {
            if (result.entry) {
                m_lastEntry = result.entry;
                m_message = tr("Undone: the previous settings are back.");
            } else if (result.error) {
                m_message = tr("Undo failed: %1").arg(Catalogue::errorMessage(*result.error));
            }
            loadProfiles();
        });
}

} // namespace ipsecdoctor::gui
