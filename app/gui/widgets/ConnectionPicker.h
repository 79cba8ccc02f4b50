#pragma once
// "Which VPN connection?": the profiles of this PC (or of the bundle), "let IPsec Doctor choose",
// or a server without a profile (name and tunnel type typed in). Every step and the diagnosis
// are judged for what is picked here.

#include "ipsecdoctor/model/connection.h"

#include <QGroupBox>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ipsecdoctor::gui {

class ConnectionPicker : public QGroupBox {
    Q_OBJECT

public:
    explicit ConnectionPicker(QWidget* parent = nullptr);

    /// The profiles to offer and the current choice (nullopt: automatic).
    void setProfiles(const std::vector<VpnProfile>& profiles, const std::optional<Connection>& chosen);
    /// nullopt: let the analysis choose (the only IPsec profile, or the one the failures name).
    std::optional<Connection> connection() const;
    void retranslate();

signals:
    void connectionChosen(const std::optional<ipsecdoctor::Connection>& connection);

private:
    void updateTyped();
    void emitChoice();

    QLabel* m_hint;
    QComboBox* m_combo;
    QLabel* m_serverLabel;
    QLineEdit* m_server;
    QComboBox* m_tunnel;
    std::vector<VpnProfile> m_profiles;
};

} // namespace ipsecdoctor::gui
