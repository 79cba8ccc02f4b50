#pragma once

namespace ipsecdoctor {

/// Makes the console show UTF-8 output correctly (the Windows console defaults to the OEM code
/// page, which turns "négociation" into mojibake). No-op where the console is UTF-8 already.
void prepareConsoleForUtf8();

} // namespace ipsecdoctor
