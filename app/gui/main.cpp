// ipsecdoctor: the wizard. Wires the pieces together; everything else is in ipsecdoctor_gui.

#include "DoctorWizard.h"
#include "GuiLogging.h"
#include "LogForwarder.h"
#include "Session.h"
#include "StartupOptions.h"
#include "UiPrompts.h"

#include "AppPaths.h"
#include "Language.h"

#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/utf8.h"
#include "ipsecdoctor/util/version.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

#include <cstdio>
#include <exception>

namespace {

class GuiMain {
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};

/// Whatever escapes the wizard (a bug, memory exhausted) ends it with exit code 3 and a message
/// the user can read, never with abort(); the message is in the language already applied.
int unexpectedError(const char* what) {
    const QString detail = QString::fromStdString(ipsecdoctor::printable(what));
    ipsecdoctor::logger()->critical("unexpected error: {}", detail.toStdString());
    const QString text = GuiMain::tr("IPsec Doctor stopped on an unexpected error (%1). Nothing more was "
                                     "done; please report it.")
                             .arg(detail);
    std::fprintf(stderr, "%s\n", qPrintable(text));
    QMessageBox::critical(nullptr, QStringLiteral("IPsec Doctor"), text);
    return 3;
}

} // namespace

int main(int argc, char* argv[]) {
    using namespace ipsecdoctor;
    QApplication application(argc, argv);
    app::initApplicationIdentity();
    const auto options = gui::StartupOptions::parse(QCoreApplication::arguments(),
                                                    qEnvironmentVariable("IPSECDOCTOR_WIZARD_STYLE"));
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    app::Language language;
    language.apply(options.language.isEmpty() ? app::Language::preferred() : options.language);

    gui::LogForwarder logForwarder;
    const gui::SessionOptions sessionOptions = gui::SessionOptions::forThisInstallation();
    gui::GuiLogging logging(logForwarder, sessionOptions.logFile);
    logger()->info("IPsec Doctor {} starting", appVersion());

    gui::Session session(makeLivePlatform(), sessionOptions);
    gui::DoctorWizard wizard(session, language, logForwarder, gui::UiPrompts::standard());
    if (options.wizardStyle) {
        wizard.setWizardStyle(*options.wizardStyle);
    }
    wizard.show();
    if (!options.bundle.isEmpty()) {
        session.openBundle(QDir::current().absoluteFilePath(options.bundle));
    }
    int result = 0;
    try {
        result = QApplication::exec();
    } catch (const std::exception& e) {
        return unexpectedError(e.what());
    } catch (...) {
        return unexpectedError("unknown exception");
    }
    logger()->info("IPsec Doctor closing");
    return result;
}
