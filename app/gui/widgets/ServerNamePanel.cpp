#include "ServerNamePanel.h"
#include "QtText.h"

#include "../AsyncRunner.h"
#include "PlainLabel.h"

#include "ipsecdoctor/checks/certificate_checks.h"
#include "ipsecdoctor/checks/certificate_probe.h"
#include "ipsecdoctor/checks/certificate_profile.h"
#include "ipsecdoctor/ike/udp_transport.h"
#include "ipsecdoctor/util/file_io.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ipsecdoctor::gui {
namespace {

constexpr int kChoose = -1; // item data: nothing chosen yet
constexpr int kOther = -2;  // item data: a server typed by hand

const std::vector<VpnProfile>& profilesOf(const Session& session) {
    static const std::vector<VpnProfile> none;
    const auto& snapshot = session.snapshot();
    return snapshot && snapshot->vpn ? snapshot->vpn->profiles : none;
}

} // namespace

ServerNamePanel::ServerNamePanel(Session& session, UiPrompts prompts, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_prompts(std::move(prompts)),
      m_connectionLabel(new QLabel(this)), m_connectionCombo(new QComboBox(this)),
      m_serverEdit(new QLineEdit(this)), m_ruleLabel(plainLabel(this, "serverNameRuleLabel")),
      m_checkStateLabel(plainLabel(this, "nameEkuCheckStateLabel")), m_askButton(new QPushButton(this)),
      m_askResultLabel(plainLabel(this, "askServerResultLabel")), m_certificateButton(new QPushButton(this)),
      m_certificateResultLabel(plainLabel(this, "serverCertificateResultLabel")) {
    setObjectName(QStringLiteral("serverNamePanel"));
    m_connectionCombo->setObjectName(QStringLiteral("certificateConnectionComboBox"));
    m_serverEdit->setObjectName(QStringLiteral("certificateServerLineEdit"));
    m_serverEdit->setMaxLength(253);
    m_certificateButton->setObjectName(QStringLiteral("checkServerCertificatePushButton"));
    m_askButton->setObjectName(QStringLiteral("askServerCertreqPushButton"));
    m_probe = [](const ike::ProbeOptions& options) {
        auto transport = ike::makeSystemUdpTransport();
        return ike::runProbe(options, *transport);
    };

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_connectionLabel);
    pick->addWidget(m_connectionCombo, 2);
    pick->addWidget(m_serverEdit, 2);
    auto* askRow = new QHBoxLayout;
    askRow->addWidget(m_askButton, 0, Qt::AlignTop);
    askRow->addWidget(m_askResultLabel, 1);
    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificateButton, 0, Qt::AlignTop);
    certificateRow->addWidget(m_certificateResultLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_ruleLabel);
    layout->addWidget(m_checkStateLabel);
    layout->addLayout(askRow);
    layout->addLayout(certificateRow);

    connect(m_connectionCombo, &QComboBox::activated, this, [this] { selectionChanged(); });
    connect(m_serverEdit, &QLineEdit::editingFinished, this, [this] { selectionChanged(); });
    connect(m_askButton, &QPushButton::clicked, this, [this] { askServer(); });
    connect(m_certificateButton, &QPushButton::clicked, this, [this] {
        const QString file = m_prompts.openFile(this, tr("Choose the VPN server's certificate"),
                                                tr("Certificates (*.cer *.crt *.pem *.der);;All files (*)"));
        if (!file.isEmpty()) {
            checkServerCertificate(file);
        }
    });
    connect(&m_session, &Session::resultsChanged, this, [this] {
        fillConnections();
        render();
    });
    retranslate();
}

void ServerNamePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void ServerNamePanel::retranslate() {
    setTitle(tr("The server's name"));
    m_connectionLabel->setText(tr("VPN connection:"));
    m_serverEdit->setPlaceholderText(tr("Server name or address"));
    m_askButton->setText(tr("Ask the server"));
    m_askButton->setToolTip(tr("Sends the first IKEv2 message Windows would send; the server's answer names "
                               "the certification authorities it accepts. Nothing is changed."));
    m_certificateButton->setText(tr("Check the server's certificate…"));
    m_certificateButton->setToolTip(tr("If your IT department gave you the VPN server's certificate (.cer), "
                                       "check it against the rule above. Nothing is installed."));
    fillConnections();
    render();
}

void ServerNamePanel::fillConnections() {
    // Keep the choice across re-checks and language changes: by profile name, or "another server".
    const QString chosen =
        m_connectionCombo->currentIndex() >= 0 && m_connectionCombo->currentData().toInt() >= 0
            ? m_connectionCombo->currentText()
            : QString();
    const int chosenKind =
        m_connectionCombo->currentIndex() >= 0 ? m_connectionCombo->currentData().toInt() : kChoose;
    m_connectionCombo->clear();
    m_connectionCombo->addItem(tr("Choose…"), kChoose);
    const auto& profiles = profilesOf(m_session);
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        m_connectionCombo->addItem(tr("%1 (%2)").arg(qs(profiles[i].name), qs(profiles[i].server)),
                                   static_cast<int>(i));
    }
    m_connectionCombo->addItem(tr("Another server…"), kOther);
    int index = chosenKind == kOther ? m_connectionCombo->count() - 1 : m_connectionCombo->findText(chosen);
    if (index < 0 && !m_session.certificateInput().serverName.empty() && chosenKind != kChoose) {
        index = m_connectionCombo->count() - 1;
    }
    m_connectionCombo->setCurrentIndex(std::max(0, index));
    m_serverEdit->setVisible(m_connectionCombo->currentData().toInt() == kOther);
}

void ServerNamePanel::selectionChanged() {
    const int kind = m_connectionCombo->currentData().toInt();
    m_serverEdit->setVisible(kind == kOther);
    const CertificateCheckInput current = m_session.certificateInput();
    CertificateCheckInput next = current;
    const auto& profiles = profilesOf(m_session);
    if (kind >= 0 && static_cast<std::size_t>(kind) < profiles.size()) {
        const auto fromProfile = certificateInputForProfile(profiles[static_cast<std::size_t>(kind)]);
        next.serverName = fromProfile.serverName;
        next.nameEkuCheckDisabled = fromProfile.nameEkuCheckDisabled;
        if (fromProfile.authMethod) { // the profile says how it signs in; else keep the user's choice
            next.authMethod = fromProfile.authMethod;
        }
    } else if (kind == kOther) {
        next.serverName = m_serverEdit->text().trimmed().toStdString();
        next.nameEkuCheckDisabled.reset(); // a typed server has no profile setting to read
    } else {
        next.serverName.clear();
        next.nameEkuCheckDisabled.reset();
    }
    if (next.serverName != current.serverName) {
        next.certreqCaSha1.reset(); // what one server asks for says nothing about another
    }
    if (next.serverName != current.serverName || next.nameEkuCheckDisabled != current.nameEkuCheckDisabled ||
        next.authMethod != current.authMethod) {
        m_session.setCertificateInput(next);
    }
    render();
}

void ServerNamePanel::askServer() {
    const std::string host = m_session.certificateInput().serverName;
    if (m_asking || host.empty() || !m_probe) {
        return;
    }
    m_asking = true;
    m_lastProbe.reset();
    render();
    AsyncRunner::runThenCallback(
        this, [probe = m_probe, host] { return probe(certreqProbeOptions(host)); },
        [this, host](const ProbeResult& result) {
            m_asking = false;
            CertificateCheckInput input = m_session.certificateInput();
            if (input.serverName == host) { // the user may have chosen another server meanwhile
                m_lastProbe = result;
                input.certreqCaSha1 = certreqFromProbe(result);
                m_session.setCertificateInput(input);
            }
            render();
        });
}

void ServerNamePanel::checkServerCertificate(const QString& file) {
    m_serverCertificate.reset();
    m_certificateError.clear();
    auto contents = readFile(std::filesystem::path(file.toStdU16String()), 1024 * 1024);
    Expected<std::string> der =
        contents ? certificateDerFromFile(*contents) : Expected<std::string>(contents.error());
    Expected<CertificateFacts> facts = der ? parseCertificate(*der) : Expected<CertificateFacts>(der.error());
    if (facts) {
        m_serverCertificate = std::move(facts).value();
    } else {
        m_certificateError =
            tr("%1 is not a certificate IPsec Doctor can read: %2")
                .arg(QDir::toNativeSeparators(QFileInfo(file).fileName()), qs(facts.error().detail));
    }
    render();
}

void ServerNamePanel::render() {
    const auto& input = m_session.certificateInput();
    const std::string& name = input.serverName;
    const QString server = qs(name);
    const bool psk = input.authMethod == AuthMethod::PreSharedKey;
    if (name.empty()) {
        m_ruleLabel->setText(
            tr("Choose the VPN connection, or type the server's name, to see the rule Windows "
               "applies to the server's certificate."));
    } else if (psk) {
        m_ruleLabel->setText(tr("With a pre-shared key the server shows no certificate: Windows checks no "
                                "server name."));
    } else if (ike::parseIpAddress(name)) {
        m_ruleLabel->setText(
            tr("You connect by IP address (%1). Windows accepts the server's certificate only if it lists "
               "%1 as a DNS name; an IP address entry alone is not enough (error 13801). Connecting with the "
               "server's DNS name avoids this.")
                .arg(server));
    } else {
        m_ruleLabel->setText(
            tr("Windows accepts the server's certificate only if it is issued to %1 (as one of its DNS "
               "names, "
               "or its subject's common name) and has the Server Authentication usage. Otherwise the "
               "connection fails with error 13801.")
                .arg(server));
    }
    if (!input.nameEkuCheckDisabled) {
        m_checkStateLabel->setText(
            name.empty() ? QString()
                         : tr("Name and usage check: on, unless the connection turns it off "
                              "(DisableIKENameEkuCheck); a typed server has no setting to read."));
    } else if (*input.nameEkuCheckDisabled) {
        m_checkStateLabel->setText(
            tr("Name and usage check: turned off for this connection (DisableIKENameEkuCheck=1). Windows "
               "accepts any certificate from a trusted authority, even one issued to another server: less "
               "safe."));
    } else {
        m_checkStateLabel->setText(
            tr("Name and usage check: on (DisableIKENameEkuCheck is not set), as Windows does by default."));
    }
    m_checkStateLabel->setVisible(!m_checkStateLabel->text().isEmpty() && !psk);

    m_askButton->setEnabled(!name.empty() && !m_asking);
    if (m_asking) {
        m_askResultLabel->setText(tr("Asking %1 which certification authorities it accepts…").arg(server));
    } else if (!m_lastProbe || m_lastProbe->host != name) {
        m_askResultLabel->setText(
            name.empty() ? QString() : tr("Which certification authorities does the server accept?"));
    } else if (const auto certreq = certreqFromProbe(*m_lastProbe); !certreq) {
        m_askResultLabel->setText(tr("The server did not answer (%1): what it accepts is not known.")
                                      .arg(qs(m_lastProbe->transport)));
    } else if (certreq->empty()) {
        m_askResultLabel->setText(tr("The server answered but named no certification authority: it signs in "
                                     "with a pre-shared key or asks for certificates later."));
    } else {
        m_askResultLabel->setText(tr("The server named %n certification authority(ies): see below.", nullptr,
                                     static_cast<int>(certreq->size())));
    }
    m_certificateButton->setEnabled(!name.empty() && !psk);
    if (!m_certificateError.isEmpty()) {
        m_certificateResultLabel->setText(m_certificateError);
    } else if (!m_serverCertificate || name.empty() || psk) {
        m_certificateResultLabel->clear();
    } else {
        const auto& c = *m_serverCertificate;
        QStringList names;
        for (const auto& n : c.sanDns) {
            names << qs(n);
        }
        for (const auto& n : c.sanIp) {
            names << tr("%1 (IP address)").arg(qs(n));
        }
        const QString who = tr("\"%1\" (names: %2)")
                                .arg(qs(c.subjectCommonName.empty() ? c.subject : c.subjectCommonName),
                                     names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        const auto problems = serverCertificateNameProblems(c, name);
        QStringList lines;
        if (problems.empty()) {
            lines << tr("%1 passes Windows' name and usage check for %2.").arg(who, server);
        } else {
            lines << tr("%1 fails Windows' name and usage check for %2:").arg(who, server);
            for (const auto& p : problems) {
                if (p == finding::CertificateNameCheckNameMismatch.id) {
                    lines << tr("• %1 is neither one of its DNS names nor its common name.").arg(server);
                } else if (p == finding::CertificateNameCheckIpAddressNotDnsSan.id) {
                    lines << tr("• %1 is in it only as an IP address entry; Windows needs it as a DNS name.")
                                 .arg(server);
                } else if (p == finding::CertificateNameCheckServerAuthEkuMissing.id) {
                    lines << tr("• It lacks the Server Authentication usage (1.3.6.1.5.5.7.3.1).");
                }
            }
            lines << (input.nameEkuCheckDisabled.value_or(false)
                          ? tr("This connection skips the check (DisableIKENameEkuCheck=1), so Windows would "
                               "still connect; a certificate issued for this name is the safe fix.")
                          : tr("Ask your IT department for a server certificate issued for this name, or "
                               "dial the name the certificate carries."));
        }
        m_certificateResultLabel->setText(lines.join(QLatin1Char('\n')));
    }
}

} // namespace ipsecdoctor::gui
