#include "TransportCatalogue.h"
#include "QtText.h"

#include <array>

namespace ipsecdoctor::app {
namespace {

/// "vpnagent.exe (process 4312)", "process 4312" when its name could not be read.
QString program(const QString& process, const QString& pid) {
    return process.isEmpty() ? TransportCatalogue::tr("process %1").arg(pid)
                             : TransportCatalogue::tr("%1 (process %2)").arg(process, pid);
}

QString part(const QString& target) {
    if (target == QLatin1String("udp-owners")) {
        return TransportCatalogue::tr("which programs hold the IKE ports (UDP 500 and 4500)");
    }
    if (target == QLatin1String("wfp-providers")) {
        return TransportCatalogue::tr("which network filters are installed");
    }
    return target;
}

QString ownerText(const UdpPortOwner& o) {
    const QString name = program(qs(o.process), QString::number(o.pid));
    return o.isIkeext() ? TransportCatalogue::tr("Windows' IKE service in %1").arg(name) : name;
}

} // namespace

std::optional<FindingText> TransportCatalogue::finding(const Finding& f) {
    const QString id = QString::fromStdString(f.id);
    if (is(id, finding::ConnectivityLocalPortTaken)) {
        const QString who = program(ev(f, "process"), ev(f, "pid"));
        const QString services = ev(f, "services");
        const QString port = ev(f, "port");
        const bool shared = ev(f, "ikeext_holds_port") == QLatin1String("true");
        const QString explanation =
            shared ? tr("Windows' IKE service and %1 both listen on UDP port %2 of this computer. The "
                        "server's answers can reach the other program instead of Windows, and the VPN "
                        "fails now and then (error 809 or 13801).")
                         .arg(who, port)
                   : tr("Windows' IKE service (IKEEXT) needs UDP port %2 of this computer for the VPN, but "
                        "%1 holds it. Windows cannot use the port, so every IKE negotiation fails (often "
                        "error 809).")
                         .arg(who, port);
        const QString action =
            services.isEmpty()
                ? tr("Quit or uninstall %1 (often another VPN client), restart the computer and try again.")
                      .arg(who)
                : tr("Stop or disable the service %2 that %1 runs (Internet Connection Sharing, Hyper-V "
                     "networking or another VPN client hold these ports), restart the computer and try "
                     "again.")
                      .arg(who, services);
        return FindingText{tr("Another program holds UDP port %1: %2").arg(port, who), explanation, action};
    }
    if (is(id, finding::ConnectivityWfpThirdParty)) {
        const int callouts = ev(f, "callouts").toInt();
        return FindingText{
            tr("Network filters from other vendors are installed: %1").arg(qs(f.subject)),
            tr("These programs (antivirus, firewall or VPN software) filter network traffic inside Windows, "
               "with %n filtering driver(s) of their own. One of them can drop IKE packets before Windows "
               "sees them.",
               "", callouts),
            tr("If the VPN fails while the server answers IPsec Doctor's questions, turn these programs' "
               "network protection off for a test, or ask their vendor.")};
    }
    if (is(id, finding::ConnectivityLocalFactsNotCollected)) {
        const QString error = ev(f, "error");
        QString why;
        if (error == QLatin1String("error.access-denied")) {
            why = tr("Windows gives this information to administrators only: run IPsec Doctor as an "
                     "administrator to see it.");
        } else if (error == QLatin1String("error.not-supported")) {
            why = tr("This system does not provide it.");
        } else {
            why = tr("Windows returned an error (%1, code %2).").arg(error, ev(f, "native_error"));
        }
        return FindingText{tr("Could not check %1").arg(part(ev(f, "part"))), why, {}};
    }
    return std::nullopt;
}

QStringList TransportCatalogue::lines(const TransportFacts& facts) {
    QStringList out;
    for (const std::uint16_t port : std::array<std::uint16_t, 2>{kIkePort, kNatTraversalPort}) {
        QStringList owners;
        for (const auto& o : facts.udpOwners) {
            if (o.port == port && !owners.contains(ownerText(o))) {
                owners << ownerText(o);
            }
        }
        out << tr("This computer, UDP port %1: %2")
                   .arg(port)
                   .arg(owners.isEmpty() ? tr("free (Windows' IKE service opens it when the VPN dials)")
                                         : owners.join(QStringLiteral(", ")));
    }
    if (facts.wfpListed) {
        QStringList names;
        for (const auto* p : facts.thirdPartyProviders()) {
            names << (p->name.empty() ? qs(p->key) : qs(p->name));
        }
        out << tr("Network filters from other vendors: %1")
                   .arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace ipsecdoctor::app
