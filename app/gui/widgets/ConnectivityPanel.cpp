#include "ConnectivityPanel.h"
#include "QtText.h"

#include "ProbeCatalogue.h"
#include "TransportCatalogue.h"

#include "ipsecdoctor/checks/transport_checks.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace ipsecdoctor::gui {
namespace {

/// "delivered", or "UDP 500: delivered, UDP 4500: dropped on the way" when 4500 was tested too.
QString largePackets(const std::string& udp500, const std::string& udp4500) {
    if (udp4500 == "not-tested") {
        return app::ProbeCatalogue::largePacketState(udp500);
    }
    return ConnectivityPanel::tr("UDP 500: %1, UDP 4500: %2")
        .arg(app::ProbeCatalogue::largePacketState(udp500), app::ProbeCatalogue::largePacketState(udp4500));
}

} // namespace

ConnectivityPanel::ConnectivityPanel(QWidget* parent) : QGroupBox(parent), m_label(new QLabel(this)) {
    setObjectName(QStringLiteral("connectivityPanel"));
    m_label->setObjectName(QStringLiteral("connectivityLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The path facts stay readable; the proposals table above gives up height first.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    hide();
}

void ConnectivityPanel::setResult(std::optional<ProbeResult> result) {
    m_result = std::move(result);
    render();
}

void ConnectivityPanel::setTunnel(std::optional<TunnelType> tunnel) {
    m_tunnel = tunnel;
    render();
}

void ConnectivityPanel::setLocalFacts(std::optional<TransportFacts> facts) {
    m_local = std::move(facts);
    render();
}

QString ConnectivityPanel::text() const {
    return m_label->text();
}

void ConnectivityPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QGroupBox::changeEvent(event);
}

void ConnectivityPanel::render() {
    setTitle(tr("Connectivity"));
    setVisible(m_result.has_value() || m_local.has_value());
    QStringList lines = probeLines();
    if (m_local) {
        lines << app::TransportCatalogue::lines(*m_local);
        // What is wrong there, worded as the findings are (the Summary explains and ranks it).
        for (const auto& f : checkTransportFacts(*m_local)) {
            if (f.severity >= Severity::Warning) {
                lines << QStringLiteral("\u26a0 ") + app::Catalogue::finding(f).title;
            }
        }
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
}

QStringList ConnectivityPanel::probeLines() const {
    if (!m_result) {
        return {};
    }
    const ProbeResult& r = *m_result;
    QStringList lines;
    const QString where =
        r.address.empty() || r.address == r.host ? qs(r.host) : tr("%1 (%2)").arg(qs(r.host), qs(r.address));
    QString udp500;
    if (r.cancelled) {
        udp500 = tr("the question was cancelled");
    } else if (r.transport == "reachable") {
        udp500 = r.rttMs ? tr("answers in %1 ms").arg(std::lround(*r.rttMs)) : tr("answers");
    } else if (r.transport == "throttled") {
        udp500 = tr("answered, then stopped answering (the server limits how often it is asked)");
    } else if (r.transport == "unreachable") {
        udp500 = tr("unreachable (%1)").arg(app::ProbeCatalogue::icmp(qs(r.transportDetail)));
    } else if (r.transport == "timeout") {
        udp500 = tr("no answer at all (a firewall may drop UDP 500)");
    } else if (r.transport == "dns-failed") {
        udp500 = tr("the name does not resolve");
    } else {
        udp500 = tr("could not be asked (%1)").arg(qs(r.transportDetail));
    }
    lines << tr("Server %1 on UDP port %2: %3").arg(where).arg(r.port).arg(udp500);
    if (r.natt) {
        const auto& n = *r.natt;
        lines << tr("UDP port 4500 (NAT traversal): %1")
                     .arg(n.transport == "reachable" ? tr("answers")
                          : n.transport == "unreachable"
                              ? tr("unreachable (%1)").arg(app::ProbeCatalogue::icmp(qs(n.transportDetail)))
                              : tr("no answer"));
    }
    if (r.reachable) {
        // One verdict per tunnel type judged: what the server answered to Windows' own offer.
        if (m_tunnel) {
            lines << app::ProbeCatalogue::verdict(r, *m_tunnel == TunnelType::L2tp ? "l2tp" : "ikev2");
        } else {
            for (const auto& tunnel : r.tunnels) {
                lines << app::ProbeCatalogue::verdict(r, tunnel);
            }
        }
        if (r.ikev1.aggressiveMode == "answered") {
            lines << tr("The server answers IKEv1 aggressive mode (a security risk with pre-shared keys)");
        }
        if (r.largePackets.udp500 != "not-tested" || r.largePackets.udp4500 != "not-tested") {
            lines << tr("Large packets (%1 bytes, IP fragments): %2")
                         .arg(r.largePackets.bytes)
                         .arg(largePackets(r.largePackets.udp500, r.largePackets.udp4500));
        }
        lines << (!r.natDetected   ? tr("Address translation (NAT): not known")
                  : *r.natDetected ? tr("Address translation (NAT) between this PC and the server: yes")
                                   : tr("Address translation (NAT) between this PC and the server: no"));
        if (r.serverFingerprint != "unknown") {
            lines << tr("Server software: %1").arg(qs(r.serverFingerprint));
        }
        if (!r.certreqCaSha1.empty()) {
            QStringList cas;
            for (const auto& ca : r.certreqCaSha1) {
                cas << qs(ca.substr(0, 16)) + QStringLiteral("…");
            }
            lines
                << tr("Certificate authorities the server asks for: %1").arg(cas.join(QStringLiteral(", ")));
        }
    }
    lines << tr("%n packet(s) sent", "", r.packetsSent) + QStringLiteral(", ") +
                 tr("%n answer(s)", "", r.packetsReceived);
    return lines;
}

} // namespace ipsecdoctor::gui
