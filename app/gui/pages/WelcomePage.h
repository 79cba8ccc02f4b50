#pragma once
// First page: what the tool does, the language (switches live, remembered), whether it runs
// elevated, what it is looking at (this PC or a bundle), and opening a diagnostic bundle.

#include "../Session.h"
#include "../UiPrompts.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace ipsecdoctor::app {
class Language;
}

namespace ipsecdoctor::gui {

class ConnectionPicker;

class WelcomePage : public QWizardPage {
    Q_OBJECT

public:
    WelcomePage(Session& session, app::Language& language, UiPrompts prompts, QWidget* parent = nullptr);

    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateStatus();
    void selectLanguage(int index);
    void syncLanguageCombo();
    void chooseBundle();
    void showBundleError(const QString& path, const Error& error);

    Session& m_session;
    app::Language& m_language;
    UiPrompts m_prompts;
    QLabel* m_introLabel;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QGroupBox* m_statusGroup;
    QLabel* m_elevationIconLabel;
    QLabel* m_elevationLabel;
    QLabel* m_modeIconLabel;
    QLabel* m_modeLabel;
    ConnectionPicker* m_connectionPicker;
    QGroupBox* m_bundleGroup;
    QLabel* m_bundleHintLabel;
    QPushButton* m_openBundleButton;
    QPushButton* m_liveButton;
    QLabel* m_bundleErrorLabel;
    std::optional<std::pair<QString, Error>> m_bundleError;
};

} // namespace ipsecdoctor::gui
