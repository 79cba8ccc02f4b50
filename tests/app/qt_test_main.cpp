// GoogleTest main that owns a QCoreApplication (translators, QSettings need one).
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IPsecDoctorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("app-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
