#pragma once
// The server side of the Certificates page: which VPN connection (or typed server) is being
// checked, the name rule Windows applies to the server's certificate for that name (IKEv2: the
// dialled name in a DNS name or the subject, Server Authentication; an IP address only as a DNS
// name), whether the connection turns that check off (DisableIKENameEkuCheck), and a check of a
// server certificate file the user has against that rule.

#include "../Session.h"
#include "../UiPrompts.h"

#include "ipsecdoctor/ike/probe.h"
#include "ipsecdoctor/model/certificate_facts.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ipsecdoctor::gui {

class ServerNamePanel : public QGroupBox {
    Q_OBJECT

public:
    ServerNamePanel(Session& session, UiPrompts prompts, QWidget* parent = nullptr);

    /// Checks the certificate in `file` against the rule (public for tests: the button calls it
    /// with the file the dialog returned).
    void checkServerCertificate(const QString& file);

    /// The IKE probe "Ask the server" runs on a worker thread (the product's: ike::runProbe over
    /// the system's UDP socket; tests replace it).
    using Probe = std::function<ProbeResult(const ike::ProbeOptions&)>;
    void setProbe(Probe probe) { m_probe = std::move(probe); }
    /// Asks the chosen server which CAs it accepts (CERTREQ); the answer replaces the session's
    /// CERTREQ list, and the checks run again.
    void askServer();
    bool asking() const { return m_asking; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillConnections();
    void selectionChanged();
    void render();

    Session& m_session;
    UiPrompts m_prompts;
    QLabel* m_connectionLabel;
    QComboBox* m_connectionCombo;
    QLineEdit* m_serverEdit;
    QLabel* m_ruleLabel;
    QLabel* m_checkStateLabel;
    QPushButton* m_askButton;
    QLabel* m_askResultLabel;
    QPushButton* m_certificateButton;
    QLabel* m_certificateResultLabel;
    std::optional<CertificateFacts> m_serverCertificate;
    QString m_certificateError;
    Probe m_probe;
    bool m_asking = false;
    std::optional<ProbeResult> m_lastProbe; // for the server it was asked of
};

} // namespace ipsecdoctor::gui
