#pragma once
// The administrator's consent before the elevated helper puts a CA into the machine's trusted
// stores. The helper asks in its own window: the user-level GUI's confirmation could be forged
// or skipped by any program at the user's level, which can also start the helper directly.
// The wording is built by a pure function; the question itself sits behind ConsentPrompt so
// that tests answer it.

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"

#include <QString>

#include <functional>

namespace ipsecdoctor::app {

/// What the dialog shows, translated (French or English per --lang).
struct ConsentText {
    QString title;   // window title
    QString heading; // the question
    QString body;    // subject, issuer, validity, SHA-1 and SHA-256 thumbprints, what trusting means
    QString accept;  // the button that imports; the other is Cancel, the default
};

/// The text for importing `candidate` into `store` (LocalMachine\Root or \CA).
ConsentText caImportConsentText(const CaCandidate& candidate, CertStore store);

/// Shows the text and returns true only when the administrator chose `accept`.
using ConsentPrompt = std::function<bool(const ConsentText&)>;

/// The native prompt: a task dialog of this process (TaskDialogIndirect, Cancel the default
/// button; MessageBoxW with the same text where comctl32 v6 is not available). Off Windows there
/// is no machine store to change and it declines.
bool showNativeConsentPrompt(const ConsentText& text);

} // namespace ipsecdoctor::app
