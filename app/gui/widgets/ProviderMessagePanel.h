#pragma once
// The Summary's message for the VPN provider: why to send it, the text, its own language (the
// provider may not read the user's), and a copy button. The rest of the page keeps the
// interface's language.

#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ipsecdoctor::gui {

class ProviderMessagePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProviderMessagePanel(QWidget* parent = nullptr);

    /// Writes the message for this diagnosis, in the chosen language (the interface's until one is
    /// chosen). `available`: there are results to send.
    void setMessage(const Diagnosis& diagnosis, const SystemSnapshot* snapshot, bool available);
    QString text() const;
    void retranslate();

signals:
    /// The user chose the message's language ("fr" | "en").
    void languageChosen(const QString& code);
    void copyRequested();

private:
    /// The interface's language code, as its translation says ("fr" | "en").
    static QString interfaceLanguage();

    QLabel* m_title;
    QLabel* m_hint;
    QPlainTextEdit* m_text;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QPushButton* m_copyButton;
    QString m_language; // "fr" | "en" once the user chose; empty: the interface's
    Diagnosis m_diagnosis;
    const SystemSnapshot* m_snapshot = nullptr; // the Session's; set again on every change of results
};

} // namespace ipsecdoctor::gui
