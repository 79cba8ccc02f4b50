#include "ConnectionPicker.h"

#include "ProposalsCatalogue.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ipsecdoctor::gui {
namespace {

constexpr int kAutomatic = -1;
constexpr int kTyped = -2;

bool isIpsec(const VpnProfile& p) {
    return p.tunnel == TunnelType::Ikev2 || p.tunnel == TunnelType::L2tp;
}

} // namespace

ConnectionPicker::ConnectionPicker(QWidget* parent)
    : QGroupBox(parent), m_hint(new QLabel(this)), m_combo(new QComboBox(this)),
      m_serverLabel(new QLabel(this)), m_server(new QLineEdit(this)), m_tunnel(new QComboBox(this)) {
    setObjectName(QStringLiteral("connectionGroupBox"));
    m_combo->setObjectName(QStringLiteral("connectionComboBox"));
    m_server->setObjectName(QStringLiteral("typedServerLineEdit"));
    m_tunnel->setObjectName(QStringLiteral("typedTunnelComboBox"));
    m_hint->setObjectName(QStringLiteral("connectionHintLabel"));
    m_hint->setWordWrap(true);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(30);
    m_serverLabel->setBuddy(m_server);
    m_tunnel->addItem(QString(), static_cast<int>(TunnelType::Ikev2));
    m_tunnel->addItem(QString(), static_cast<int>(TunnelType::L2tp));
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_combo, 0, 0, 1, 3);
    grid->addWidget(m_serverLabel, 1, 0);
    grid->addWidget(m_server, 1, 1);
    grid->addWidget(m_tunnel, 1, 2);
    grid->addWidget(m_hint, 2, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    connect(m_combo, &QComboBox::activated, this, [this] {
        updateTyped();
        emitChoice();
    });
    connect(m_server, &QLineEdit::editingFinished, this, &ConnectionPicker::emitChoice);
    connect(m_tunnel, &QComboBox::activated, this, &ConnectionPicker::emitChoice);
    retranslate();
    updateTyped();
}

void ConnectionPicker::setProfiles(const std::vector<VpnProfile>& profiles,
                                   const std::optional<Connection>& chosen) {
    m_profiles.clear();
    std::copy_if(profiles.begin(), profiles.end(), std::back_inserter(m_profiles), isIpsec);
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(QString(), kAutomatic);
    for (std::size_t i = 0; i < m_profiles.size(); ++i) {
        const auto& p = m_profiles[i];
        m_combo->addItem(tr("%1 (%2, %3)")
                             .arg(QString::fromStdString(p.name),
                                  app::ProposalsCatalogue::tunnelName(p.tunnel),
                                  app::ProposalsCatalogue::authName(p.auth)),
                         static_cast<int>(i));
    }
    m_combo->addItem(QString(), kTyped);
    int index = 0;
    if (chosen && chosen->origin == ConnectionOrigin::Typed) {
        index = m_combo->count() - 1;
        m_server->setText(QString::fromStdString(chosen->server));
        m_tunnel->setCurrentIndex(m_tunnel->findData(static_cast<int>(chosen->tunnel)));
    } else if (chosen) {
        for (std::size_t i = 0; i < m_profiles.size(); ++i) {
            if (m_profiles[i].name == chosen->profile) {
                index = static_cast<int>(i) + 1;
            }
        }
    }
    m_combo->setCurrentIndex(index);
    retranslate();
    updateTyped();
}

std::optional<Connection> ConnectionPicker::connection() const {
    const int choice = m_combo->currentData().toInt();
    if (choice == kTyped) {
        const QString server = m_server->text().trimmed();
        if (server.isEmpty()) {
            return std::nullopt;
        }
        Connection c;
        c.server = server.toStdString();
        c.tunnel = static_cast<TunnelType>(m_tunnel->currentData().toInt());
        c.origin = ConnectionOrigin::Typed;
        return c;
    }
    if (choice < 0 || static_cast<std::size_t>(choice) >= m_profiles.size()) {
        return std::nullopt;
    }
    return connectionFromProfile(m_profiles[static_cast<std::size_t>(choice)], ConnectionOrigin::Chosen);
}

void ConnectionPicker::retranslate() {
    setTitle(tr("VPN connection to diagnose"));
    m_serverLabel->setText(tr("&Server:"));
    m_server->setPlaceholderText(tr("vpn.example.com"));
    m_tunnel->setItemText(0, tr("IKEv2"));
    m_tunnel->setItemText(1, tr("L2TP/IPsec"));
    if (m_combo->count() > 0) {
        m_combo->setItemText(
            0, m_profiles.size() == 1
                   ? tr("The only VPN connection: %1").arg(QString::fromStdString(m_profiles[0].name))
                   : tr("Let IPsec Doctor choose (the one that failed)"));
        m_combo->setItemText(m_combo->count() - 1, tr("A server without a VPN connection…"));
    }
    m_hint->setText(
        tr("The checks and the diagnosis are judged for this connection: its tunnel type and sign-in "
           "method decide which causes can apply."));
}

void ConnectionPicker::updateTyped() {
    const bool typed = m_combo->currentData().toInt() == kTyped;
    m_serverLabel->setVisible(typed);
    m_server->setVisible(typed);
    m_tunnel->setVisible(typed);
}

void ConnectionPicker::emitChoice() {
    emit connectionChosen(connection());
}

} // namespace ipsecdoctor::gui
