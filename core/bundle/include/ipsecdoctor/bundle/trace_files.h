#pragma once
// RAS trace files (%windir%\tracing\*.LOG, written while tracing.ras.enable is on) for the
// diagnostic bundle: newest first, each cut to its newest part, bounded in total, and scrubbed.
//
// What the scrub removes, before the bundle's own redactSecrets pass: every line that names a
// secret (password, passwd, pwd, psk, preshared, pre-shared, secret, passphrase — RAS logs the
// presence of credentials, e.g. "password length", and removing the whole line is safer than
// trusting a "key: value" shape), and every line of packet bytes (8 or more two-digit hex
// tokens: RASPPP/RASCHAP dump PPP frames, and a CHAP/MS-CHAPv2 response is a password hash that
// can be cracked offline). README.txt in the bundle states the limits and what was removed.

#include "ipsecdoctor/bundle/bundle.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

struct TraceLimits {
    std::size_t perFile = 512 * 1024;    // the newest part of each file
    std::size_t total = 2 * 1024 * 1024; // all trace files together
    std::size_t maxFiles = 32;
};

struct ScrubbedTrace {
    std::string text; // UTF-8 (a UTF-16LE file with a BOM is converted)
    std::size_t secretLines = 0;
    std::size_t packetLines = 0;
};

/// Pure: the text of one trace file without the lines described above.
ScrubbedTrace scrubTraceText(std::string_view bytes);

/// The *.LOG files of `dir` as bundle attachments "diagnosis/tracing/<NAME>.LOG" plus
/// "diagnosis/tracing/README.txt". Nothing when the folder is absent or holds no .LOG file.
std::vector<BundleAttachment> collectTraceFiles(const std::filesystem::path& dir,
                                                const TraceLimits& limits = {});

} // namespace ipsecdoctor
