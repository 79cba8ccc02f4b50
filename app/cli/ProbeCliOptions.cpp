// Parsing of the probe command line; hooked from parseCli() in CliOptions.cpp.
#include "CliOptions.h"

#include "ipsecdoctor/ike/udp_transport.h"
#include "ipsecdoctor/ike/windows_proposals.h"
#include "ipsecdoctor/knowledge/setting_ids.h"

#include <cctype>

namespace ipsecdoctor::app {

bool isProbeCommandLine(const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang") {
            ++i;
            continue;
        }
        if (!args[i].empty() && args[i][0] == '-') {
            continue;
        }
        return args[i] == "probe";
    }
    return false;
}

bool isValidProbeHost(const std::string& host) {
    if (ike::parseIpAddress(host)) {
        return true;
    }
    if (host.empty() || host.size() > 253 || host.front() == '.' || host.front() == '-') {
        return false;
    }
    std::size_t label = 0;
    for (char c : host) {
        if (c == '.') {
            if (label == 0) {
                return false;
            }
            label = 0;
            continue;
        }
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
            return false;
        }
        if (++label > 63) {
            return false;
        }
    }
    return true;
}

namespace {

std::optional<int> number(const std::string& text, int min, int max) {
    if (text.empty() || text.size() > 6) {
        return std::nullopt;
    }
    int v = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        v = v * 10 + (c - '0');
    }
    if (v < min || v > max) {
        return std::nullopt;
    }
    return v;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out(1);
    for (char c : text) {
        if (c == ',') {
            out.emplace_back();
        } else {
            out.back().push_back(c);
        }
    }
    return out;
}

} // namespace

std::variant<CliOptions, UsageError> parseProbeCli(const std::vector<std::string>& args) {
    CliOptions o;
    o.command = CliCommand::Probe;
    auto& p = o.probe;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        std::string v;
        auto value = [&]() -> bool {
            if (i + 1 >= args.size()) {
                return false;
            }
            v = args[++i];
            return true;
        };
        auto bad = [&] {
            return UsageError{UsageProblem::BadValue, a + " " + v};
        };
        if (a == "--help" || a == "-h") {
            o.command = CliCommand::Help;
            return o;
        }
        if (a == "--json") {
            o.json = true;
        } else if (a == "--no-discovery") {
            p.discover = false;
        } else if (a == "--lang" || a == "--port" || a == "--ike" || a == "--windows-set" ||
                   a == "--policy" || a == "--timeout" || a == "--id" || a == "--profile" || a == "--pbk") {
            if (!value()) {
                return UsageError{UsageProblem::MissingValue, a};
            }
            if (a == "--lang") {
                if (v != "fr" && v != "en") {
                    return UsageError{UsageProblem::BadLanguage, v};
                }
                o.lang = v;
            } else if (a == "--port") {
                auto n = number(v, 1, 65535);
                if (!n) {
                    return bad();
                }
                p.port = static_cast<std::uint16_t>(*n);
            } else if (a == "--ike") {
                if (v != "v1" && v != "v2" && v != "both") {
                    return bad();
                }
                p.ike = v;
            } else if (a == "--windows-set") {
                if (!ike::windowsIkev2SetFromId(v)) {
                    return bad();
                }
                p.windowsSet = v;
                p.windowsSetGiven = true;
            } else if (a == "--policy") {
                p.policy = split(v);
                if (p.policy.size() != 6) {
                    return bad();
                }
            } else if (a == "--timeout") {
                auto n = number(v, 1, 120);
                if (!n) {
                    return bad();
                }
                p.timeoutSeconds = *n;
            } else if (a == "--profile") {
                if (!isValidProfileName(v)) {
                    return bad();
                }
                o.proposals.profile = v;
            } else if (a == "--pbk") {
                o.proposals.pbkPath = v;
            } else if (a == "--id") {
                if (!isValidProbeHost(v) && v.find('@') == std::string::npos) {
                    return bad();
                }
                if (v.size() > 253 || v.find_first_of(" \t\r\n\"'") != std::string::npos) {
                    return bad();
                }
                p.aggressiveId = v;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            return UsageError{UsageProblem::UnknownOption, a};
        } else {
            positional.push_back(a);
        }
    }
    // A profile decides what is offered (its custom policy, or Windows' set for this machine)
    // and, unless HOST is given, which server is asked.
    const bool profile = !o.proposals.profile.empty();
    if (profile && (p.windowsSetGiven || !p.policy.empty())) {
        return UsageError{UsageProblem::UnknownOption, p.policy.empty() ? "--windows-set" : "--policy"};
    }
    if (!profile && !o.proposals.pbkPath.empty()) {
        return UsageError{UsageProblem::MissingValue, "--profile"};
    }
    if (positional.size() < 2 && !profile) {
        return UsageError{UsageProblem::MissingArgument, "probe"};
    }
    if (positional.size() > 2) {
        return UsageError{UsageProblem::UnexpectedArgument, positional[2]};
    }
    if (positional.size() == 2) {
        if (!isValidProbeHost(positional[1])) {
            return UsageError{UsageProblem::BadValue, positional[1]};
        }
        p.host = positional[1];
    }
    return o;
}

} // namespace ipsecdoctor::app
