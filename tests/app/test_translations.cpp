// The French translation is complete: no unfinished or missing entry, and placeholders match.
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <set>

namespace {

QString readTs(const char* name) {
    QFile file(QStringLiteral(IPSECDOCTOR_TRANSLATIONS_DIR "/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return QString::fromUtf8(file.readAll());
}

std::set<QString> placeholders(const QString& text) {
    std::set<QString> out;
    static const QRegularExpression re(QStringLiteral("%\\d"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        out.insert(it.next().captured());
    }
    return out;
}

} // namespace

TEST(Translations, FrenchIsCompleteAndKeepsPlaceholders) {
    const QString ts = readTs("ipsecdoctor_fr.ts");
    EXPECT_FALSE(ts.contains(QLatin1String("type=\"unfinished\""))) << "unfinished French translations";
    static const QRegularExpression message(
        QStringLiteral(
            "<source>(.*?)</source>\\s*(?:<comment>.*?</comment>\\s*)?<translation>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    int count = 0;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto m = it.next();
        ++count;
        EXPECT_FALSE(m.captured(2).trimmed().isEmpty()) << m.captured(1).toStdString();
        EXPECT_EQ(placeholders(m.captured(1)), placeholders(m.captured(2))) << m.captured(1).toStdString();
    }
    EXPECT_GT(count, 100);
}
