#pragma once
// What the IKE probe learned about the path to the server, in plain words: does it answer on
// UDP 500 (and 4500), how fast, which IKE versions, NAT on the way, what the server is and which
// CAs it asks for. Shown on the Proposals page after "Ask the server".

#include "ipsecdoctor/model/probe_result.h"

#include <QGroupBox>

#include <optional>

class QLabel;

namespace ipsecdoctor::gui {

class ConnectivityPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ConnectivityPanel(QWidget* parent = nullptr);

    /// Shows a probe result; nullopt hides the panel.
    void setResult(std::optional<ProbeResult> result);
    /// The lines shown now (for tests and screen readers).
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::optional<ProbeResult> m_result;
    QLabel* m_label;
};

} // namespace ipsecdoctor::gui
