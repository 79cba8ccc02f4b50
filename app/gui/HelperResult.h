#pragma once
// What the elevated helper (ipsecdoctor-cli run through UAC) reports back. UAC passes no output
// to the caller, so the helper writes its JSON outcome to the --result file beside the journal;
// the GUI reads the error from there and falls back to the exit code.

#include "ipsecdoctor/util/expected.h"

#include <filesystem>

namespace ipsecdoctor::gui {

/// Removes the previous run's result file, so that a stale one is never read.
void clearHelperResult(const std::filesystem::path& resultFile);

/// The error of a helper run that exited with `exitCode`: the one it wrote to `resultFile` when
/// it wrote a readable one, else InvalidArgument for a usage error (2), Platform otherwise.
Error elevatedHelperError(const std::filesystem::path& resultFile, int exitCode);

} // namespace ipsecdoctor::gui
