#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace ipsecdoctor::app {

Language::Language(QObject* parent) : QObject(parent) {}

bool Language::apply(const QString& code) {
    if (code != QLatin1String("fr") && code != QLatin1String("en")) {
        return false;
    }
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    // English is the source language; its .ts only carries plural forms, so load it too.
    if (m_app->load(QStringLiteral(":/i18n/ipsecdoctor_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(m_app.get());
    }
    if (code == QLatin1String("fr") && m_qt->load(QStringLiteral(":/i18n/qtbase_fr.qm"))) {
        QCoreApplication::installTranslator(m_qt.get());
    }
    m_current = code;
    emit changed(code);
    return true;
}

QString Language::preferred() {
    QSettings settings;
    const QString saved = settings.value(QStringLiteral("language")).toString();
    if (saved == QLatin1String("fr") || saved == QLatin1String("en")) {
        return saved;
    }
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void Language::remember(const QString& code) {
    QSettings settings;
    settings.setValue(QStringLiteral("language"), code);
}

} // namespace ipsecdoctor::app
