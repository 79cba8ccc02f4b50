#include "CliOptions.h"

#include "CertificateCommands.h"
#include "PrivilegedCommandLine.h"

#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/remediation/logs_remediation.h"

#include <filesystem>
#include <regex>

namespace ipsecdoctor::app {

bool isValidJournalId(const std::string& id) {
    static const std::regex pattern("^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$");
    return id.size() < 64 && std::regex_match(id, pattern);
}

bool isValidDataFilePath(const std::string& path, std::string_view fileName) {
    if (path.empty() || path.size() > 1024) {
        return false;
    }
    const std::filesystem::path p(std::u8string(path.begin(), path.end()));
    if (!p.is_absolute() || p.filename() != fileName || p.parent_path().filename() != kDataFolder) {
        return false;
    }
    for (const auto& part : p) {
        if (part == "." || part == "..") {
            return false;
        }
    }
    std::error_code ec;
    return std::filesystem::is_directory(p.parent_path(), ec);
}

std::optional<std::int64_t> parseSince(std::string_view text) {
    if (text.size() < 2 || text.size() > 6) {
        return std::nullopt;
    }
    const char unit = text.back();
    const auto digits = text.substr(0, text.size() - 1);
    std::int64_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        n = n * 10 + (c - '0');
    }
    const std::int64_t seconds = unit == 'd' ? n * 86400 : unit == 'h' ? n * 3600 : unit == 'm' ? n * 60 : -1;
    if (n == 0 || seconds <= 0 || seconds > 365 * 86400) {
        return std::nullopt;
    }
    return seconds;
}

std::variant<CliOptions, UsageError> parseCli(const std::vector<std::string>& args, RunAs runAs) {
    if (runAs == RunAs::Privileged) {
        if (auto refused = checkPrivilegedCommandLine(args)) {
            return *refused;
        }
    }
    if (isProbeCommandLine(args)) {
        return parseProbeCli(args);
    }
    CliOptions o;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) -> std::optional<UsageError> {
            if (i + 1 >= args.size()) {
                return UsageError{UsageProblem::MissingValue, a};
            }
            out = args[++i];
            return std::nullopt;
        };
        if (a == "--help" || a == "-h") {
            o.command = CliCommand::Help;
            return o;
        }
        if (a == "--version") {
            o.command = CliCommand::Version;
            return o;
        }
        if (a == "--json") {
            o.json = true;
        } else if (a == "--last") {
            o.undoLast = true;
        } else if (a == "--lang") {
            if (auto e = value(o.lang)) {
                return *e;
            }
            if (o.lang != "fr" && o.lang != "en") {
                return UsageError{UsageProblem::BadLanguage, o.lang};
            }
        } else if (a == "--provider-lang") {
            if (auto e = value(o.providerLang)) {
                return *e;
            }
            if (o.providerLang != "fr" && o.providerLang != "en") {
                return UsageError{UsageProblem::BadLanguage, o.providerLang};
            }
        } else if (a == "--step") {
            std::string s;
            if (auto e = value(s)) {
                return *e;
            }
            o.step = stepFromId(s);
            if (!o.step) {
                return UsageError{UsageProblem::BadStep, s};
            }
        } else if (a == "--bundle") {
            if (auto e = value(o.bundlePath)) {
                return *e;
            }
        } else if (a == "--anonymize") {
            o.anonymize = true;
        } else if (a == "--journal") {
            if (auto e = value(o.journalPath)) {
                return *e;
            }
            if (!isValidDataFilePath(o.journalPath, kJournalFileName)) {
                return UsageError{UsageProblem::BadJournalPath, o.journalPath};
            }
        } else if (a == "--result") {
            if (auto e = value(o.resultPath)) {
                return *e;
            }
            if (!isValidDataFilePath(o.resultPath, kResultFileName)) {
                return UsageError{UsageProblem::BadResultPath, o.resultPath};
            }
        } else if (auto certificateOption = parseCertificateOption(args, i, o)) {
            if (certificateOption->has_value()) {
                return **certificateOption;
            }
        } else if (a == "--since") {
            std::string v;
            if (auto e = value(v)) {
                return *e;
            }
            auto seconds = parseSince(v);
            if (!seconds) {
                return UsageError{UsageProblem::BadSince, v};
            }
            o.sinceSeconds = *seconds;
        } else if (a == "--events") {
            if (auto e = value(o.eventsPath)) {
                return *e;
            }
        } else if (auto handled = parseProposalsOption(args, i, o.proposals)) {
            if (*handled) {
                return **handled;
            }
        } else if (a.size() > 1 && a[0] == '-' && !(a[1] >= '0' && a[1] <= '9')) {
            return UsageError{UsageProblem::UnknownOption, a};
        } else {
            positional.push_back(a);
        }
    }
    if (positional.empty()) {
        return UsageError{UsageProblem::MissingCommand, {}};
    }
    const std::string cmd = positional[0];
    const std::size_t extra = positional.size() - 1;
    auto tooMany = [&](std::size_t allowed) -> std::optional<UsageError> {
        if (extra > allowed) {
            return UsageError{UsageProblem::UnexpectedArgument, positional[allowed + 1]};
        }
        return std::nullopt;
    };
    if (cmd == "check") {
        o.command = CliCommand::Check;
        if (auto e = tooMany(0)) {
            return *e;
        }
    } else if (cmd == "fix") {
        o.command = CliCommand::Fix;
        if (extra == 0) {
            return UsageError{UsageProblem::MissingArgument, "fix"};
        }
        if (auto e = tooMany(1)) {
            return *e;
        }
        // Starting a Windows console is the GUI's; every other family is a change the CLI makes.
        const auto family = fixFamily(positional[1]);
        if (!family || *family == FixFamily::OpenConsole) {
            return UsageError{UsageProblem::BadRemediationId, positional[1]};
        }
        o.remediationId = positional[1];
    } else if (cmd == "undo") {
        o.command = CliCommand::Undo;
        if (auto e = tooMany(1)) {
            return *e;
        }
        if (extra == 1) {
            if (!isValidJournalId(positional[1])) {
                return UsageError{UsageProblem::BadJournalId, positional[1]};
            }
            o.journalId = positional[1];
        }
        if (o.journalId.empty() == !o.undoLast) {
            return UsageError{UsageProblem::MissingArgument, "undo"}; // exactly one of <id> / --last
        }
    } else if (cmd == "certs") {
        o.command = CliCommand::Certs;
        if (auto e = tooMany(0)) {
            return *e;
        }
    } else if (cmd == "journal") {
        o.command = CliCommand::Journal;
        if (auto e = tooMany(0)) {
            return *e;
        }
    } else if (cmd == "profiles") {
        o.command = CliCommand::Profiles;
        if (auto e = tooMany(0)) {
            return *e;
        }
    } else if (cmd == "bundle") {
        if (extra < 1 || positional[1] != "export") {
            return UsageError{extra < 1 ? UsageProblem::MissingArgument : UsageProblem::UnknownCommand,
                              extra < 1 ? "bundle" : positional[1]};
        }
        if (extra < 2) {
            return UsageError{UsageProblem::MissingArgument, "bundle export"};
        }
        if (auto e = tooMany(2)) {
            return *e;
        }
        o.command = CliCommand::BundleExport;
        o.exportPath = positional[2];
    } else if (cmd == "explain") {
        o.command = CliCommand::Explain;
        if (extra == 0) {
            return UsageError{UsageProblem::MissingArgument, "explain"};
        }
        if (auto e = tooMany(1)) {
            return *e;
        }
        o.code = positional[1];
    } else if (cmd == "diagnose") {
        o.command = CliCommand::Diagnose;
        if (auto e = tooMany(0)) {
            return *e;
        }
    } else {
        return UsageError{UsageProblem::UnknownCommand, cmd};
    }
    if (o.undoLast && o.command != CliCommand::Undo) {
        return UsageError{UsageProblem::UnknownOption, "--last"};
    }
    if (!o.eventsPath.empty() && o.command != CliCommand::Check && o.command != CliCommand::Diagnose) {
        return UsageError{UsageProblem::UnknownOption, "--events"};
    }
    if (!o.bundlePath.empty() && o.command != CliCommand::Check && o.command != CliCommand::Certs &&
        o.command != CliCommand::Diagnose && o.command != CliCommand::BundleExport) {
        return UsageError{UsageProblem::UnknownOption, "--bundle"};
    }
    if (o.anonymize && o.command != CliCommand::BundleExport) {
        return UsageError{UsageProblem::UnknownOption, "--anonymize"};
    }
    if (!o.providerLang.empty() && o.command != CliCommand::Diagnose) {
        return UsageError{UsageProblem::UnknownOption, "--provider-lang"};
    }
    // One --server option for both steps: the certificate options parse it (the name the profile
    // dials, for the name checks) and the proposals step compares against that same host.
    if (o.step == Step::Proposals && o.proposals.server.empty()) {
        o.proposals.server = o.serverName;
    }
    if (auto e = validateCertificateOptions(o)) {
        return *e;
    }
    if (auto e = validateProposalsOptions(o)) {
        return *e;
    }
    return o;
}

} // namespace ipsecdoctor::app
