// parseCli: QCommandLineParser splits the command line, OptionTable.h checks and stores each
// value, the command (Command.h) takes its arguments and checks the whole.
#include "Command.h"
#include "OptionTable.h"
#include "PrivilegedCommandLine.h"

#include <QCommandLineParser>

#include <algorithm>

namespace ipsecdoctor::app {
namespace {

QCommandLineOption toQt(const OptionDef& def) {
    QStringList names{QString::fromUtf8(def.name.data(), static_cast<qsizetype>(def.name.size()))};
    if (def.shortName) {
        names.prepend(QString(QChar::fromLatin1(def.shortName)));
    }
    QCommandLineOption option(names);
    if (def.valueName) {
        option.setValueName(QString::fromUtf8(def.valueName));
    }
    return option;
}

/// The argument as the user wrote it, for an option QCommandLineParser names without dashes.
std::string written(const std::vector<std::string>& args, const QString& name) {
    const std::string n = name.toStdString();
    for (const auto& a : args) {
        if (a == "-" + n || a == "--" + n || a.rfind("--" + n + "=", 0) == 0) {
            return a;
        }
    }
    return (n.size() == 1 ? "-" : "--") + n;
}

/// What QCommandLineParser refused, as our own problem: an unknown (or, for this command,
/// misplaced) option, a value missing at the end, or a value given to a flag ("--json=1").
UsageError refusal(const QCommandLineParser& parser, const std::vector<std::string>& args) {
    if (const auto unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
        return UsageError{UsageProblem::UnknownOption, written(args, unknown.front())};
    }
    if (!args.empty() && args.back().size() > 1 && args.back().front() == '-' &&
        args.back().find_first_not_of('-') != std::string::npos) {
        const std::string& last = args.back();
        const auto* def = findOption(std::string_view(last).substr(last.find_first_not_of('-')));
        if (def && def->valueName) {
            return UsageError{UsageProblem::MissingValue, last};
        }
    }
    return UsageError{UsageProblem::BadValue, parser.errorText().toStdString()};
}

/// A negative number ("explain -2146762495", a Win32 error as HRESULT) is an argument, not a
/// bundle of short options: it goes after "--", where QCommandLineParser takes every word as an
/// argument. Values of options are left where they are ("--since -1d" is refused by its rule).
QStringList withNumbersAsArguments(const std::vector<std::string>& args) {
    QStringList list{QStringLiteral("ipsecdoctor-cli")};
    QStringList numbers;
    bool afterDashes = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool number = a.size() > 1 && a[0] == '-' && a[1] >= '0' && a[1] <= '9';
        if (number && !afterDashes) {
            numbers << QString::fromStdString(a);
            continue;
        }
        afterDashes = afterDashes || a == "--";
        list << QString::fromStdString(a);
        const auto* def =
            a.rfind("--", 0) == 0 && !afterDashes ? findOption(std::string_view(a).substr(2)) : nullptr;
        if (def && def->valueName && i + 1 < args.size()) {
            list << QString::fromStdString(args[++i]); // the option's value, whatever it looks like
        }
    }
    if (!numbers.isEmpty() && !afterDashes) {
        list << QStringLiteral("--");
    }
    return list + numbers;
}

/// Splits `args` with the given options; nullopt-or-error.
std::optional<UsageError> split(QCommandLineParser& parser, const std::vector<std::string>& args,
                                const std::vector<std::string_view>& optionNames) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const auto& name : optionNames) {
        parser.addOption(toQt(*findOption(name)));
    }
    if (!parser.parse(withNumbersAsArguments(args))) {
        return refusal(parser, args);
    }
    return std::nullopt;
}

/// The command the words name; the words are removed from `positional`.
std::variant<const Command*, UsageError> commandOf(std::vector<std::string>& positional) {
    if (positional.empty()) {
        return UsageError{UsageProblem::MissingCommand, {}};
    }
    for (const auto& command : commands()) {
        const auto words = command->words();
        if (positional.front() != words.front()) {
            continue;
        }
        for (std::size_t w = 1; w < words.size(); ++w) { // "bundle export"
            if (positional.size() <= w) {
                return UsageError{UsageProblem::MissingArgument, positional.front()};
            }
            if (positional[w] != words[w]) {
                return UsageError{UsageProblem::UnknownCommand, positional[w]};
            }
        }
        positional.erase(positional.begin(), positional.begin() + static_cast<std::ptrdiff_t>(words.size()));
        return command.get();
    }
    return UsageError{UsageProblem::UnknownCommand, positional.front()};
}

std::vector<std::string> positionalOf(const QCommandLineParser& parser) {
    std::vector<std::string> out;
    for (const auto& a : parser.positionalArguments()) {
        out.push_back(a.toStdString());
    }
    return out;
}

} // namespace

std::variant<CliOptions, UsageError> parseCli(const std::vector<std::string>& args, RunAs runAs) {
    if (runAs == RunAs::Privileged) {
        if (auto refused = checkPrivilegedCommandLine(args)) {
            return *refused;
        }
    }
    // First pass, with every option: which command is it, and is help or the version asked for?
    std::vector<std::string_view> every;
    for (const auto& def : optionTable()) {
        every.push_back(def.name);
    }
    QCommandLineParser first;
    auto firstProblem = split(first, args, every);
    auto positional = positionalOf(first);
    const auto identified = commandOf(positional);
    if (firstProblem) { // said with the help of the command given, even beside --help
        if (const auto* named = std::get_if<const Command*>(&identified)) {
            firstProblem->command = (*named)->id();
        }
        return *firstProblem;
    }
    CliOptions o;
    const bool help = first.isSet(QStringLiteral("help"));
    if (help || first.isSet(QStringLiteral("version"))) {
        o.command = help ? CliCommand::Help : CliCommand::Version;
        if (const auto* topic = std::get_if<const Command*>(&identified)) { // `check --help`
            o.helpTopic = (*topic)->id();
        }
        return o;
    }
    if (const auto* e = std::get_if<UsageError>(&identified)) {
        return *e;
    }
    const Command& command = *std::get<const Command*>(identified);
    o.command = command.id();

    const auto about = [&command](UsageError e) {
        e.command = command.id();
        return e;
    };

    // Second pass, with the options of this command only: any other is misplaced.
    std::vector<std::string_view> accepted(std::begin(kGlobalOptions), std::end(kGlobalOptions));
    const auto own = command.options();
    accepted.insert(accepted.end(), own.begin(), own.end());
    QCommandLineParser parser;
    if (auto problem = split(parser, args, accepted)) {
        return about(*problem);
    }
    // Each value checked and stored; an option given more than once, in the order written.
    for (const auto& name : accepted) {
        const auto* def = findOption(name);
        const QString qname = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        if (!parser.isSet(qname)) {
            continue;
        }
        const QStringList values = def->valueName ? parser.values(qname) : QStringList{QString()};
        for (const auto& value : values) {
            if (auto e = def->store(value.toStdString(), o)) {
                return about(*e);
            }
        }
    }
    if (auto e = command.finish(positional, o)) {
        return about(*e);
    }
    if (auto e = validateCertificateOptions(o)) {
        return about(*e);
    }
    if (auto e = validateProposalsOptions(o)) {
        return about(*e);
    }
    return o;
}

} // namespace ipsecdoctor::app
