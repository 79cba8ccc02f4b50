#include "ipsecdoctor/collect/trace_files.h"

#include "ipsecdoctor/util/logging.h"

#include "util/ascii.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 8> kSecretWords{"password",  "passwd",     "pwd",    "psk",
                                                       "preshared", "pre-shared", "secret", "passphrase"};

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// UTF-16LE with a BOM to UTF-8 (surrogates become U+FFFD: trace files are ASCII in practice).
std::string toUtf8(std::string_view bytes) {
    if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0xFF ||
        static_cast<unsigned char>(bytes[1]) != 0xFE) {
        return std::string(bytes);
    }
    std::string out;
    out.reserve(bytes.size() / 2);
    for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
        std::uint32_t cp =
            static_cast<unsigned char>(bytes[i]) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        appendUtf8(out, cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
    }
    return out;
}

bool isHexPair(std::string_view token) {
    auto hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    return token.size() == 2 && hex(token[0]) && hex(token[1]);
}

bool isPacketBytes(std::string_view line) {
    int pairs = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '<' || line[i] == '>')) {
            ++i;
        }
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ' && line[j] != '\t') {
            ++j;
        }
        if (isHexPair(line.substr(i, j - i)) && ++pairs >= 8) {
            return true;
        }
        i = j;
    }
    return false;
}

bool namesSecret(std::string_view line) {
    const std::string lower = asciiLower(line);
    return std::any_of(kSecretWords.begin(), kSecretWords.end(),
                       [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

bool safeName(const std::string& name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '-' || c == '.';
    });
}

/// The newest `limit` bytes of a file, starting at a line (a UTF-16LE file keeps its BOM and
/// whole code units); nullopt when it cannot be read.
std::optional<std::string> readTail(const fs::path& path, std::uintmax_t size, std::size_t limit, bool& cut) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    char bom[2] = {};
    in.read(bom, 2);
    const bool utf16 = in.gcount() == 2 && static_cast<unsigned char>(bom[0]) == 0xFF &&
                       static_cast<unsigned char>(bom[1]) == 0xFE;
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
    const std::string text = toUtf8(bytes);
    ScrubbedTrace out;
    out.text.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto eol = text.find('\n', pos);
        const std::size_t next = eol == std::string::npos ? text.size() : eol + 1;
        const std::string_view line(text.data() + pos, next - pos);
        pos = next;
        if (namesSecret(line)) {
            ++out.secretLines;
            out.text += "[line removed: it names a credential]\n";
        } else if (isPacketBytes(line)) {
            ++out.packetLines;
            if (!out.text.ends_with("[packet bytes removed]\n")) {
                out.text += "[packet bytes removed]\n";
            }
        } else {
            out.text += line;
        }
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
        const auto u8 = entry.path().filename().u8string();
        std::string name(u8.begin(), u8.end());
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

std::optional<fs::path> systemTraceDirectory() {
#ifdef _WIN32
    if (const char* root = std::getenv("SystemRoot"); root && *root) {
        return fs::path(root) / "tracing";
    }
#endif
    return std::nullopt;
}

} // namespace ipsecdoctor
