// GoogleTest with a QApplication: every GUI test runs offscreen, with its own settings folder.

#include "temp_dir.h"

#include "AppPaths.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    ::testing::InitGoogleTest(&argc, argv);
    QApplication application(argc, argv);
    ipsecdoctor::app::initApplicationIdentity();
    // The remembered language must not leak between tests or into the user's settings.
    ipsecdoctor::testing::TempDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QString::fromStdString(settings.path().string()));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       QString::fromStdString(settings.path().string()));
    return RUN_ALL_TESTS();
}
