#pragma once
// The Certificates step: how the VPN signs in (chosen here until VPN profiles are read), the
// certificates that matter with a verdict each and folded details, what the server asks for
// (CERTREQ), and the fixes: import a CA (elevated, journaled, undoable), open certlm.msc or
// certmgr.msc. Checks run in the Session; this page only renders them.

#include "../Session.h"
#include "../UiPrompts.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ipsecdoctor::gui {

class CertificatesPage : public QWizardPage {
    Q_OBJECT

public:
    CertificatesPage(Session& session, UiPrompts prompts, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// Imports a CA file through the session after the user confirmed what it is (public for
    /// tests: the buttons call it with the file the dialog returned).
    void importCa(const QString& remediationId, const QString& file);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void openConsole(const QString& console);

    Session& m_session;
    UiPrompts m_prompts;
    QLabel* m_authLabel;
    QComboBox* m_authCombo;
    QLabel* m_authHelpLabel;
    QLabel* m_statusLabel;
    QPushButton* m_recheckButton;
    QLabel* m_actionLabel;
    QVBoxLayout* m_cardsLayout;
    QLabel* m_serverLabel;
    QPushButton* m_importRootButton;
    QPushButton* m_importIntermediateButton;
    QPushButton* m_certlmButton;
    QPushButton* m_certmgrButton;
    QPushButton* m_undoImportButton;
};

} // namespace ipsecdoctor::gui
