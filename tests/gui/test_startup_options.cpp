// The command line of `ipsecdoctor`: --bundle, --lang, --wizard-style (and its variable).

#include "StartupOptions.h"

#include <gtest/gtest.h>

namespace ipsecdoctor::gui {
namespace {

QStringList args(std::initializer_list<const char*> list) {
    QStringList out{QStringLiteral("ipsecdoctor")};
    for (const char* a : list) {
        out << QString::fromUtf8(a);
    }
    return out;
}

TEST(StartupOptions, NoArgumentsKeepsTheDefaults) {
    const auto options = StartupOptions::parse(args({}), QString());
    EXPECT_TRUE(options.error.isEmpty());
    EXPECT_TRUE(options.bundle.isEmpty());
    EXPECT_TRUE(options.language.isEmpty());
    EXPECT_FALSE(options.wizardStyle.has_value());
}

TEST(StartupOptions, BundleAndLanguage) {
    const auto options =
        StartupOptions::parse(args({"--bundle", "samples/a.zip", "--lang", "fr"}), QString());
    EXPECT_TRUE(options.error.isEmpty());
    EXPECT_EQ(options.bundle, QStringLiteral("samples/a.zip"));
    EXPECT_EQ(options.language, QStringLiteral("fr"));
}

TEST(StartupOptions, UnknownLanguageIsAnError) {
    EXPECT_FALSE(StartupOptions::parse(args({"--lang", "de"}), QString()).error.isEmpty());
}

TEST(StartupOptions, UnknownOptionIsAnError) {
    EXPECT_FALSE(StartupOptions::parse(args({"--screenshot-dir", "x"}), QString()).error.isEmpty());
}

TEST(StartupOptions, WizardStyleFromTheOptionOrTheEnvironment) {
    EXPECT_EQ(StartupOptions::parse(args({"--wizard-style", "modern"}), QString()).wizardStyle,
              QWizard::ModernStyle);
    EXPECT_EQ(StartupOptions::parse(args({}), QStringLiteral("modern")).wizardStyle, QWizard::ModernStyle);
    // The option wins over the variable.
    EXPECT_EQ(
        StartupOptions::parse(args({"--wizard-style", "classic"}), QStringLiteral("modern")).wizardStyle,
        QWizard::ClassicStyle);
    EXPECT_FALSE(StartupOptions::parse(args({}), QStringLiteral("aero")).wizardStyle.has_value());
}

} // namespace
} // namespace ipsecdoctor::gui
