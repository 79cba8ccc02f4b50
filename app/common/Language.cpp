#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <map>
#include <mutex>

namespace ipsecdoctor::app {

namespace {

// The language a WrittenIn scope asks for on this thread: active with no translator = English,
// the source language.
thread_local const QTranslator* tl_override = nullptr;
thread_local bool tl_overrideActive = false;

/// Our .qm of a language, loaded once for the process (WrittenIn's lookups).
const QTranslator* catalogueOf(const QString& code) {
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    const std::lock_guard lock(mutex);
    auto& slot = loaded[code];
    if (!slot) {
        slot = std::make_unique<QTranslator>();
        if (!slot->load(QStringLiteral(":/i18n/ipsecdoctor_%1.qm").arg(code))) {
            slot.reset();
            return nullptr;
        }
    }
    return slot.get();
}

class RoutingTranslator final : public QTranslator {
public:
    explicit RoutingTranslator(std::unique_ptr<QTranslator> ui) : m_ui(std::move(ui)) {}

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        if (tl_overrideActive) {
            if (tl_override) {
                QString text = tl_override->translate(context, source, disambiguation, n);
                if (!text.isEmpty()) {
                    return text;
                }
            }
            return QString::fromUtf8(source); // English is the source language
        }
        return m_ui ? m_ui->translate(context, source, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }

private:
    std::unique_ptr<QTranslator> m_ui;
};

} // namespace

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
    // English is the source language; its .ts only carries plural forms, so load it too.
    auto ui = std::make_unique<QTranslator>();
    if (!ui->load(QStringLiteral(":/i18n/ipsecdoctor_%1.qm").arg(code))) {
        ui.reset();
    }
    m_app = std::make_unique<RoutingTranslator>(std::move(ui));
    QCoreApplication::installTranslator(m_app.get());
    m_qt = std::make_unique<QTranslator>();
    if (code == QLatin1String("fr") && m_qt->load(QStringLiteral(":/i18n/qtbase_fr.qm"))) {
        QCoreApplication::installTranslator(m_qt.get());
    }
    m_current = code;
    emit changed(code);
    return true;
}

QString Language::preferred() {
    QSettings settings;
    QString saved = settings.value(QStringLiteral("language")).toString();
    if (saved == QLatin1String("fr") || saved == QLatin1String("en")) {
        return saved;
    }
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void Language::remember(const QString& code) {
    QSettings settings;
    settings.setValue(QStringLiteral("language"), code);
}

WrittenIn::WrittenIn(const QString& code) : m_previous(tl_override), m_previousActive(tl_overrideActive) {
    if (code == QLatin1String("fr") || code == QLatin1String("en")) {
        tl_override = catalogueOf(code);
        tl_overrideActive = true;
    }
}

WrittenIn::~WrittenIn() {
    tl_override = m_previous;
    tl_overrideActive = m_previousActive;
}

} // namespace ipsecdoctor::app
