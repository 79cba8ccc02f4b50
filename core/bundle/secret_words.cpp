#include "secret_words.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>
#include <array>
#include <string>

namespace ipsecdoctor {
namespace {

// Matched against the end of the name's letters and digits run together, lower case.
constexpr std::array<std::string_view, 19> kSecretSuffixes{
    "password",    "passwd",      "passphrase", "passcode",   "psk",      "presharedkey", "secret",
    "credential",  "credentials", "ntresponse", "lmresponse", "nthash",   "lmhash",       "authorization",
    "eapuserdata", "sessionkey",  "masterkey",  "apikey",     "accesskey"};
// Matched against the last word only: as suffixes they would hit "bypass", "spin", "desk".
constexpr std::array<std::string_view, 7> kSecretWords{"pass", "pwd", "pw", "pin", "token", "msk", "mppe"};
constexpr std::array<std::string_view, 2> kHexWords{"key", "hash"};

bool isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// The last word of a name, lower case: "L2tpIPsecPsk" → "psk", "NTHash" → "hash", "user_pin" →
/// "pin", "MSK" → "msk".
std::string lastWord(std::string_view name) {
    std::size_t end = name.size();
    while (end > 0 && !isAlnum(name[end - 1])) {
        --end;
    }
    std::size_t start = end;
    while (start > 0 && isAlnum(name[start - 1]) && !isUpper(name[start - 1])) {
        --start;
    }
    if (start > 0 && isUpper(name[start - 1])) {
        --start;
        if (start + 1 == end) { // an all-capitals word: "MSK", "PWD"
            while (start > 0 && isUpper(name[start - 1])) {
                --start;
            }
        }
    }
    return asciiLower(name.substr(start, end - start));
}

std::string lettersRunTogether(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (isAlnum(c)) {
            out += asciiLower(c);
        }
    }
    return out;
}

bool hasWord(const auto& words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

/// 16 base64 characters or more, digits and letters among them: "MIIEvQIBADANBgkq...".
bool startsWithBase64(std::string_view value) {
    std::size_t i = 0;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '"' || value[i] == '\'')) {
        ++i;
    }
    std::size_t n = 0;
    bool digit = false;
    bool letter = false;
    for (; i < value.size(); ++i, ++n) {
        const char c = value[i];
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            letter = true;
        } else if (c != '+' && c != '/' && c != '=') {
            break;
        }
    }
    return n >= 16 && digit && letter;
}

} // namespace

SecretName secretName(std::string_view name) {
    const std::string joined = lettersRunTogether(name);
    if (joined.empty()) {
        return SecretName::No;
    }
    for (auto suffix : kSecretSuffixes) {
        if (joined.ends_with(suffix)) {
            return SecretName::Always;
        }
    }
    if (joined.ends_with("privatekey")) {
        return SecretName::IfKeyMaterial;
    }
    const std::string last = lastWord(name);
    if (hasWord(kSecretWords, last) || joined.find("mppe") != std::string::npos) {
        return SecretName::Always;
    }
    return hasWord(kHexWords, last) || joined.ends_with("key") ? SecretName::IfHex : SecretName::No;
}

bool startsWithHexBytes(std::string_view value) {
    std::size_t i = 0;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '"' || value[i] == '\'')) {
        ++i;
    }
    if (value.substr(i).starts_with("0x") || value.substr(i).starts_with("0X")) {
        i += 2;
    }
    int digits = 0;
    for (; i < value.size() && digits < 8; ++i) {
        if (isHex(value[i])) {
            ++digits;
        } else if (value[i] != ' ' && value[i] != ':' && value[i] != '-') {
            break;
        }
    }
    return digits >= 8;
}

bool namesSecretValue(std::string_view name, std::string_view value) {
    switch (secretName(name)) {
    case SecretName::Always:
        return true;
    case SecretName::IfHex:
        return startsWithHexBytes(value);
    case SecretName::IfKeyMaterial:
        return startsWithHexBytes(value) || startsWithBase64(value);
    case SecretName::No:
        break;
    }
    return false;
}

} // namespace ipsecdoctor
