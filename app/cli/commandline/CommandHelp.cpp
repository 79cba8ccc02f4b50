// --help, generated from the command classes and the option table, in the UI language.
#include "Command.h"
#include "OptionTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace ipsecdoctor::app {
namespace {

class CliHelp {
    Q_DECLARE_TR_FUNCTIONS(CliHelp)
};

QString qstr(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString commandName(const Command& command) {
    QStringList words;
    for (const auto& w : command.words()) {
        words << qstr(w);
    }
    return words.join(QLatin1Char(' '));
}

/// Two columns: the left padded to the widest entry; a right side of several lines is indented.
QString columns(const std::vector<std::pair<QString, QString>>& rows) {
    qsizetype width = 0;
    for (const auto& [left, right] : rows) {
        width = std::max(width, left.size());
    }
    width = std::min<qsizetype>(width, 36);
    QString text;
    for (const auto& [left, right] : rows) {
        const QString indent(width + 4, QLatin1Char(' '));
        text += QStringLiteral("  ") + left;
        text += left.size() > width ? QStringLiteral("\n") + indent
                                    : QString(width - left.size() + 2, QLatin1Char(' '));
        text += QString(right).replace(QLatin1Char('\n'), QStringLiteral("\n") + indent) + QLatin1Char('\n');
    }
    return text;
}

std::vector<std::pair<QString, QString>> optionRows(const std::vector<std::string_view>& names) {
    std::vector<std::pair<QString, QString>> rows;
    for (const auto& name : names) {
        const auto* def = findOption(name);
        QString left = QStringLiteral("--") + qstr(def->name);
        if (def->shortName) {
            left = QStringLiteral("-%1, ").arg(QChar::fromLatin1(def->shortName)) + left;
        }
        if (def->valueName) {
            left += QLatin1Char(' ') + optionValueName(*def);
        }
        rows.emplace_back(left, optionDescription(*def));
    }
    return rows;
}

QString exitCodes() {
    return CliHelp::tr("Exit codes: 0 no problem, 1 problems found, 2 usage error, 3 runtime error.\n");
}

} // namespace

QString commandHelp(const Command& command) {
    QString synopsis = QStringLiteral("ipsecdoctor-cli ") + commandName(command);
    if (!command.arguments().isEmpty()) {
        synopsis += QLatin1Char(' ') + command.arguments();
    }
    QString text = CliHelp::tr("Usage: %1 [options]").arg(synopsis) + QStringLiteral("\n\n");
    QString summary = command.summary(); // a list entry, made a sentence
    if (!summary.isEmpty()) {
        summary[0] = summary[0].toUpper();
    }
    text += summary + QStringLiteral(".\n");
    if (!command.details().isEmpty()) {
        text += QStringLiteral("\n") + command.details() + QStringLiteral("\n");
    }
    if (const auto own = command.options(); !own.empty()) {
        text +=
            QStringLiteral("\n") + CliHelp::tr("Options:") + QStringLiteral("\n") + columns(optionRows(own));
    }
    text += QStringLiteral("\n") + CliHelp::tr("Options of every command:") + QStringLiteral("\n") +
            columns(optionRows({std::begin(kGlobalOptions), std::end(kGlobalOptions)}));
    text += QStringLiteral("\n") + exitCodes();
    return text;
}

QString toolHelp() {
    QString text = CliHelp::tr("Usage: ipsecdoctor-cli <command> [options]") + QStringLiteral("\n\n") +
                   CliHelp::tr("Finds out why an IPsec/IKE VPN does not connect, and fixes it.") +
                   QStringLiteral("\n\n") + CliHelp::tr("Commands:") + QStringLiteral("\n");
    std::vector<std::pair<QString, QString>> rows;
    for (const auto& command : commands()) {
        QString left = commandName(*command);
        if (!command->arguments().isEmpty()) {
            left += QLatin1Char(' ') + command->arguments();
        }
        rows.emplace_back(left, command->summary());
    }
    text += columns(rows);
    text += QStringLiteral("\n") + CliHelp::tr("Options of every command:") + QStringLiteral("\n") +
            columns(optionRows({std::begin(kGlobalOptions), std::end(kGlobalOptions)}));
    text += QStringLiteral("\n") +
            CliHelp::tr("Run \"ipsecdoctor-cli <command> --help\" for the options of a command.") +
            QStringLiteral("\n") + exitCodes();
    return text;
}

} // namespace ipsecdoctor::app
