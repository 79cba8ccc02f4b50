#pragma once
// What the command line (and IPSECDOCTOR_WIZARD_STYLE) ask of the GUI at start.

#include <QString>
#include <QStringList>
#include <QWizard>

#include <optional>

namespace ipsecdoctor::gui {

struct StartupOptions {
    QString bundle;   // --bundle FILE: open this diagnostic bundle at start
    QString language; // --lang fr|en: overrides the remembered language for this run
    /// --wizard-style modern (or the environment variable): ModernStyle, which Wine can draw;
    /// nullopt keeps the platform's default style.
    std::optional<QWizard::WizardStyle> wizardStyle;
    QString error; // non-empty: the arguments are wrong, print this and stop

    /// Parses arguments (arguments[0] is the program). `styleFromEnvironment` is the value of
    /// IPSECDOCTOR_WIZARD_STYLE; the option wins over it.
    static StartupOptions parse(const QStringList& arguments, const QString& styleFromEnvironment);
};

} // namespace ipsecdoctor::gui
