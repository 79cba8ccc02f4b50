#include "PrivilegedCommandLine.h"

#include <QProcessEnvironment>

#include <algorithm>
#include <array>

namespace ipsecdoctor::app {
namespace {

constexpr std::array<std::string_view, 9> kValueOptions = {
    "--lang",    "--journal",   "--result",       "--file",     "--thumbprint",
    "--profile", "--phonebook", "--ipsec-policy", "--strategy",
};
constexpr std::array<std::string_view, 3> kPathOptions = {"--journal", "--result", "--file"};
/// A live check: the language, the step and the time window of the logs, nothing else.
constexpr std::array<std::string_view, 3> kCheckValueOptions = {"--lang", "--step", "--since"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSeparator(char c, PathStyle style) {
    return c == '/' || (style == PathStyle::Windows && c == '\\');
}

} // namespace

bool isLocalAbsolutePath(std::string_view path, PathStyle style) {
    if (path.empty() || path.size() > 1024) {
        return false;
    }
    if (std::any_of(path.begin(), path.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
        return false;
    }
    std::size_t rest = 0;
    if (style == PathStyle::Windows) {
        // "C:\" exactly: no "\\server", "\\?\", "\\.\", "\??\" and no stream after a second ':'.
        if (path.size() < 3 || !isAsciiLetter(path[0]) || path[1] != ':' || !isSeparator(path[2], style) ||
            path.find(':', 2) != std::string_view::npos) {
            return false;
        }
        rest = 3;
    } else {
        if (path[0] != '/' || (path.size() > 1 && path[1] == '/')) {
            return false; // "//host/..." is implementation-defined (and a network path on some systems)
        }
        rest = 1;
    }
    // No "." or ".." part, no empty part ("a//b"): the path names exactly one place.
    std::size_t start = rest;
    for (std::size_t i = rest; i <= path.size(); ++i) {
        if (i == path.size() || isSeparator(path[i], style)) {
            const std::string_view part = path.substr(start, i - start);
            if ((part.empty() && i != path.size()) || part == "." || part == "..") {
                return false;
            }
            start = i + 1;
        }
    }
    return true;
}

std::optional<UsageError> checkPrivilegedCommandLine(const std::vector<std::string>& args) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h" || args[0] == "--version")) {
        return std::nullopt; // prints fixed text, reads nothing
    }
    // The command: the first word that is not an option's value.
    std::optional<std::string> command;
    for (std::size_t i = 0; i < args.size() && !command; ++i) {
        if (!args[i].empty() && args[i][0] == '-') {
            i += contains(kValueOptions, args[i]) || contains(kCheckValueOptions, args[i]) ? 1 : 0;
        } else {
            command = args[i];
        }
    }
    if (!command) {
        return UsageError{UsageProblem::MissingCommand, {}};
    }
    // fix and undo, as the wizard runs them; and a live check of this computer, as Intune and other
    // management agents run it as SYSTEM: it reads no file, path or server the caller names.
    const bool check = *command == "check";
    if (*command != "fix" && *command != "undo" && !check) {
        return UsageError{UsageProblem::RefusedWhenPrivileged, *command};
    }
    bool seenCommand = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.empty() || a[0] != '-') {
            if (seenCommand && check) {
                return UsageError{UsageProblem::RefusedWhenPrivileged, a};
            }
            seenCommand = true;
            continue;
        }
        if (a == "--json" || (!check && a == "--last")) {
            continue;
        }
        const bool known = check ? contains(kCheckValueOptions, a) : contains(kValueOptions, a);
        if (!known) {
            return UsageError{UsageProblem::RefusedWhenPrivileged, a};
        }
        if (i + 1 >= args.size()) {
            return UsageError{UsageProblem::MissingValue, a};
        }
        const std::string& value = args[++i];
        if (contains(kPathOptions, a) && !isLocalAbsolutePath(value)) {
            return UsageError{UsageProblem::PathNotLocal, a + " " + value};
        }
    }
    return std::nullopt;
}

std::string escapeForLog(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

bool isClearedWhenPrivileged(std::string_view name) {
    std::string upper(name); // Windows environment names ignore case
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
    return upper.rfind("QT", 0) == 0 || upper.rfind("QML", 0) == 0 || upper == "IPSECDOCTOR_DATA_DIR";
}

void clearEnvironmentForPrivilegedRun() {
    const QStringList names = QProcessEnvironment::systemEnvironment().keys();
    for (const QString& name : names) {
        if (isClearedWhenPrivileged(name.toStdString())) {
            qunsetenv(name.toLocal8Bit().constData());
        }
    }
}

} // namespace ipsecdoctor::app
