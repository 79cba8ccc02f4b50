#include "ipsecdoctor/bundle/trace_files.h"

#include "ipsecdoctor/util/logging.h"

#include "ipsecdoctor/util/ascii.h"
#include "ipsecdoctor/util/path_text.h"
#include "ipsecdoctor/util/utf16_text.h"

#include <algorithm>
#include <array>
#include <fstream>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;

// Lines naming these are removed whole: RAS logs the presence and length of credentials, and a
// whole line is safer than trusting a "key: value" shape.
constexpr std::array<std::string_view, 14> kSecretWords{
    "password",   "passwd",     "pwd",         "psk",        "preshared", "pre-shared", "secret",
    "passphrase", "credential", "eapuserdata", "ntresponse", "nthash",    "mppe",       "authorization"};
// Short words removed only as whole words: as substrings they hit "bypass", "spin", "mask".
constexpr std::array<std::string_view, 4> kSecretWholeWords{"pass", "pin", "token", "msk"};

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Bytes in a token of hex pairs ("3c", "3c31", "3c3100aa"), 0 for anything else.
std::size_t hexTokenBytes(std::string_view token) {
    if (token.empty() || token.size() % 2 != 0 || !std::all_of(token.begin(), token.end(), isHexDigit)) {
        return 0;
    }
    return token.size() / 2;
}

/// The text after "[pid] time: " of a RAS trace line; the whole line when it has no such prefix.
std::string_view rasMessage(std::string_view line) {
    if (!line.starts_with('[')) {
        return line;
    }
    const auto close = line.find(']');
    const auto colon = close == std::string_view::npos ? close : line.find(": ", close);
    return colon == std::string_view::npos ? line : line.substr(colon + 2);
}

/// Hex tokens only (the dump's ASCII column "|...|" aside), as many bytes as it says.
std::size_t hexOnlyBytes(std::string_view text) {
    const auto bar = text.find('|');
    std::string_view hex = text.substr(0, bar);
    std::size_t bytes = 0;
    std::size_t i = 0;
    while (i < hex.size()) {
        while (i < hex.size() && (hex[i] == ' ' || hex[i] == '\t' || hex[i] == '\r' || hex[i] == '\n')) {
            ++i;
        }
        std::size_t j = i;
        while (j < hex.size() && hex[j] != ' ' && hex[j] != '\t' && hex[j] != '\r' && hex[j] != '\n') {
            ++j;
        }
        if (j == i) {
            break;
        }
        const auto n = hexTokenBytes(hex.substr(i, j - i));
        if (n == 0) {
            return 0;
        }
        bytes += n;
        i = j;
    }
    return bytes;
}

bool joinsWord(char c) {
    return isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '{' || c == '}' || c == ':' || c == '/';
}

/// Bytes in the hex tokens of a line shorter than 32 digits (parts of GUIDs, dates, times and
/// dotted numbers are not tokens), and its longest run of hex digits.
std::pair<std::size_t, std::size_t> hexContent(std::string_view line) {
    std::size_t bytes = 0;
    std::size_t longest = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t j = i;
        while (j < line.size() && isHexDigit(line[j])) {
            ++j;
        }
        const bool token = (i == 0 || !joinsWord(line[i - 1])) && (j == line.size() || !joinsWord(line[j]));
        if (j > i && token && j - i < 32) {
            bytes += hexTokenBytes(line.substr(i, j - i));
        }
        longest = std::max(longest, j - i);
        i = j == i ? i + 1 : j;
    }
    return {bytes, longest};
}

/// A line of a packet dump: after the RAS prefix, '>' (sent) or '<' (received) and hex bytes,
/// whatever their count (the last line of a dump is short); or a line of 8 bytes or more in hex
/// tokens, grouped or not; or a run of 32 hex digits (16 bytes: an NT-Response half, an MPPE key)
/// that is not a certificate's thumbprint. `inDump`: the previous line was one.
bool isPacketBytes(std::string_view line, bool inDump) {
    const auto message = rasMessage(line);
    if (!message.empty() && (message[0] == '>' || message[0] == '<') && hexOnlyBytes(message.substr(1)) > 0) {
        return true;
    }
    if (inDump && hexOnlyBytes(message) > 0) {
        return true;
    }
    const auto [bytes, longest] = hexContent(message);
    if (bytes >= 8) {
        return true;
    }
    const std::string lower = asciiLower(line);
    return longest >= 32 && lower.find("thumbprint") == std::string::npos;
}

bool namesSecret(std::string_view line) {
    const std::string lower = asciiLower(line);
    if (std::any_of(kSecretWords.begin(), kSecretWords.end(),
                    [&](std::string_view w) { return lower.find(w) != std::string::npos; })) {
        return true;
    }
    for (auto word : kSecretWholeWords) {
        for (auto at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
            const auto end = at + word.size();
            if ((at == 0 || !isAlnum(lower[at - 1])) && (end == lower.size() || !isAlnum(lower[end]))) {
                return true;
            }
        }
    }
    return false;
}

bool safeName(const std::string& name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '-' || c == '.';
    });
}

/// The newest `limit` bytes of a file, starting at a line (a UTF-16LE file gets a BOM and keeps
/// whole code units); nullopt when it cannot be read.
std::optional<std::string> readTail(const fs::path& path, std::uintmax_t size, std::size_t limit, bool& cut) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const bool utf16 = looksLikeUtf16le(head); // with or without a BOM: cut on whole code units
    in.clear();
    cut = size > limit;
    std::uintmax_t start = cut ? size - limit : 0;
    if (utf16 && start % 2 != 0) {
        ++start;
    }
    in.seekg(static_cast<std::streamoff>(start));
    std::string data(static_cast<std::size_t>(size - start), '\0');
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    data.resize(static_cast<std::size_t>(in.gcount()));
    if (cut) {
        const std::string_view nl = utf16 ? std::string_view("\n\0", 2) : std::string_view("\n");
        std::size_t at = data.find(nl);
        while (utf16 && at != std::string::npos && at % 2 != 0) {
            at = data.find(nl, at + 1);
        }
        data = at == std::string::npos ? std::string() : data.substr(at + nl.size());
        if (utf16) {
            data.insert(0, "\xFF\xFE", 2);
        }
    }
    return data;
}

} // namespace

ScrubbedTrace scrubTraceText(std::string_view bytes) {
    const std::string text = normalizeUtf16(bytes);
    ScrubbedTrace out;
    out.text.reserve(text.size());
    bool inDump = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto eol = text.find('\n', pos);
        const std::size_t next = eol == std::string::npos ? text.size() : eol + 1;
        const std::string_view line(text.data() + pos, next - pos);
        pos = next;
        const bool packet = isPacketBytes(line, inDump);
        if (packet) {
            ++out.packetLines;
            if (!inDump) {
                out.text += "[packet bytes removed]\n";
            }
        } else if (namesSecret(line)) {
            ++out.secretLines;
            out.text += "[line removed: it names a credential]\n";
        } else {
            out.text += line;
        }
        inDump = packet;
    }
    return out;
}

std::vector<BundleAttachment> collectTraceFiles(const fs::path& dir, const TraceLimits& limits) {
    struct Candidate {
        fs::path path;
        std::string name;
        std::uintmax_t size = 0;
        fs::file_time_type time;
    };
    std::vector<Candidate> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto& entry = *it;
        std::error_code fileEc;
        if (!entry.is_regular_file(fileEc)) {
            continue;
        }
        const std::string name = pathUtf8(entry.path().filename());
        if (!safeName(name) || asciiLower(entry.path().extension().string()) != ".log") {
            continue;
        }
        Candidate c{entry.path(), name, entry.file_size(fileEc), entry.last_write_time(fileEc)};
        if (!fileEc) {
            files.push_back(std::move(c));
        }
    }
    if (files.empty()) {
        return {};
    }
    std::sort(files.begin(), files.end(),
              [](const Candidate& a, const Candidate& b) { return a.time > b.time; });
    std::vector<BundleAttachment> out;
    std::string readme =
        "RAS trace files from " + dir.string() + ", newest first. Limits: the newest " +
        std::to_string(limits.perFile / 1024) + " KiB of each file, " + std::to_string(limits.total / 1024) +
        " KiB and " + std::to_string(limits.maxFiles) +
        " files in all. Removed from each: lines naming a password, PSK or other secret, and "
        "lines of packet bytes (they can hold a CHAP response).\n\n";
    std::size_t total = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& f = files[i];
        if (i >= limits.maxFiles || total >= limits.total) {
            readme += f.name + ": left out (limit reached)\n";
            continue;
        }
        bool cut = false;
        auto data = readTail(f.path, f.size, std::min(limits.perFile, limits.total - total), cut);
        if (!data) {
            readme += f.name + ": could not be read\n";
            continue;
        }
        auto scrubbed = scrubTraceText(*data);
        total += scrubbed.text.size();
        readme += f.name + ": " + std::to_string(f.size) + " bytes" + (cut ? ", newest part kept" : "") +
                  ", " + std::to_string(scrubbed.secretLines) + " line(s) naming a secret and " +
                  std::to_string(scrubbed.packetLines) + " line(s) of packet bytes removed\n";
        out.emplace_back("diagnosis/tracing/" + f.name, std::move(scrubbed.text));
    }
    logger()->info("collected {} RAS trace file(s) ({} bytes)", out.size(), total);
    out.emplace_back("diagnosis/tracing/README.txt", std::move(readme));
    return out;
}

} // namespace ipsecdoctor
