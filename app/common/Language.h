#pragma once
// Installs the French or English translators (ours and Qt's own) on the application.
// Switching is live: Qt sends QEvent::LanguageChange to every widget.
//
// Our translator routes: a WrittenIn scope makes the texts of its thread come out in another
// language than the interface's (the message for the VPN provider), without touching the
// installed translators, so no widget sees a language change.

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
    std::unique_ptr<QTranslator> m_app; // a routing translator around the interface's language
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

/// While it lives, texts this thread translates are in `code` ("fr" | "en"; anything else: the
/// interface's language). Scopes nest. Needs a Language applied.
class WrittenIn {
public:
    explicit WrittenIn(const QString& code);
    ~WrittenIn();
    WrittenIn(const WrittenIn&) = delete;
    WrittenIn& operator=(const WrittenIn&) = delete;

private:
    const QTranslator* m_previous;
    bool m_previousActive;
};

} // namespace ipsecdoctor::app
