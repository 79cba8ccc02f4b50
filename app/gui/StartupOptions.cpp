#include "StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ipsecdoctor::gui {
namespace {

std::optional<QWizard::WizardStyle> styleNamed(const QString& name) {
    if (name.compare(QLatin1String("modern"), Qt::CaseInsensitive) == 0) {
        return QWizard::ModernStyle;
    }
    if (name.compare(QLatin1String("classic"), Qt::CaseInsensitive) == 0) {
        return QWizard::ClassicStyle;
    }
    return std::nullopt;
}

} // namespace

StartupOptions StartupOptions::parse(const QStringList& arguments, const QString& styleFromEnvironment) {
    QCommandLineParser parser;
    const QCommandLineOption bundle(
        QStringLiteral("bundle"), QCoreApplication::translate("StartupOptions", "Open a diagnostic bundle."),
        QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("StartupOptions", "Language: fr or en."),
                                      QStringLiteral("code"));
    const QCommandLineOption style(
        QStringLiteral("wizard-style"),
        QCoreApplication::translate("StartupOptions", "Wizard style: modern or classic."),
        QStringLiteral("style"));
    parser.addOptions({bundle, language, style});

    StartupOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.bundle = parser.value(bundle);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && options.language != QLatin1String("fr") &&
        options.language != QLatin1String("en")) {
        options.error = QCoreApplication::translate("StartupOptions", "Unknown language “%1”: use fr or en.")
                            .arg(options.language);
    }
    const QString styleName = parser.isSet(style) ? parser.value(style) : styleFromEnvironment;
    options.wizardStyle = styleNamed(styleName);
    return options;
}

} // namespace ipsecdoctor::gui
