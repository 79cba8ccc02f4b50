#pragma once
// Installs the French or English translators (ours and Qt's own) on the application.
// Switching is live: Qt sends QEvent::LanguageChange to every widget.

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace ipsecdoctor::app {

class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject* parent = nullptr);

    /// "fr" or "en"; anything else is refused (returns false).
    bool apply(const QString& code);
    QString current() const { return m_current; }

    /// The language remembered from the last session, else the system's if French, else English.
    static QString preferred();
    static void remember(const QString& code);

signals:
    void changed(const QString& code);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace ipsecdoctor::app
