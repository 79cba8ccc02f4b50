#include "ipsecdoctor/bundle/redaction.h"

#include "util/ascii.h"

#include <array>

namespace ipsecdoctor {
namespace {

constexpr std::array<std::string_view, 9> kSecretKeys{"psk",        "password",     "passwd",
                                                      "secret",     "presharedkey", "pre-shared-key",
                                                      "passphrase", "privatekey",   "l2tppsk"};

bool isKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/// Position of the value to hide on this line, or npos: a secret key word ends a key that is
/// followed by '=' or ':'.
std::size_t secretValueStart(std::string_view line) {
    const std::string lower = asciiLower(line);
    for (std::size_t i = 0; i < lower.size(); ++i) {
        if (lower[i] != '=' && lower[i] != ':') {
            continue;
        }
        std::size_t keyEnd = i;
        while (keyEnd > 0 && lower[keyEnd - 1] == ' ') {
            --keyEnd;
        }
        std::size_t keyStart = keyEnd;
        while (keyStart > 0 && isKeyChar(lower[keyStart - 1])) {
            --keyStart;
        }
        std::string key = lower.substr(keyStart, keyEnd - keyStart);
        std::erase(key, '_');
        for (auto secret : kSecretKeys) {
            if (key.size() >= secret.size() &&
                key.compare(key.size() - secret.size(), secret.size(), secret) == 0) {
                return i + 1;
            }
        }
    }
    return std::string_view::npos;
}

} // namespace

std::string redactSecrets(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool inPrivateKey = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        const std::size_t next = eol == std::string_view::npos ? text.size() : eol + 1;
        std::string_view line = text.substr(pos, next - pos);
        pos = next;
        if (inPrivateKey) {
            if (line.find("-----END") != std::string_view::npos) {
                inPrivateKey = false;
            }
            continue;
        }
        if (line.find("-----BEGIN") != std::string_view::npos &&
            line.find("PRIVATE KEY") != std::string_view::npos) {
            out += "[private key redacted]\n";
            inPrivateKey = line.find("-----END") == std::string_view::npos;
            continue;
        }
        const auto valueStart = secretValueStart(line);
        if (valueStart == std::string_view::npos) {
            out += line;
            continue;
        }
        out += line.substr(0, valueStart);
        out += " [redacted]";
        if (!line.empty() && line.back() == '\n') {
            out += line.size() >= 2 && line[line.size() - 2] == '\r' ? "\r\n" : "\n";
        }
    }
    return out;
}

} // namespace ipsecdoctor
