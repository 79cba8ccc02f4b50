#pragma once
// What the IKE probe learned about the path to the server, in plain words: does it answer on
// UDP 500 (and 4500), how fast, which IKE versions, NAT on the way, what the server is and which
// CAs it asks for; then this PC's side of the path: who holds the IKE ports and which network
// filters of other vendors are installed. Shown on the Proposals page.

#include "ipsecdoctor/model/probe_result.h"
#include "ipsecdoctor/model/transport_facts.h"
#include "ipsecdoctor/model/vpn_configuration.h"

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QLabel;

namespace ipsecdoctor::gui {

class ConnectivityPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ConnectivityPanel(QWidget* parent = nullptr);

    /// Shows a probe result; nullopt removes it (the panel hides when nothing is left to show).
    void setResult(std::optional<ProbeResult> result);
    /// Judges the probe for this tunnel type only (the connection's); nullopt: every tunnel type the
    /// probe run judged.
    void setTunnel(std::optional<TunnelType> tunnel);
    /// Shows this PC's transport facts (collected with the snapshot); nullopt removes them.
    void setLocalFacts(std::optional<TransportFacts> facts);
    /// The lines shown now (for tests and screen readers).
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QStringList probeLines() const;

    std::optional<ProbeResult> m_result;
    std::optional<TransportFacts> m_local;
    std::optional<TunnelType> m_tunnel;
    QLabel* m_label;
};

} // namespace ipsecdoctor::gui
