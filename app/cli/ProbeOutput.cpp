// Text rendering of a probe result for people; the JSON is the core's (probe_json.cpp).
#include "ProbeCommand.h"
#include "QtText.h"

#include "ProbeCatalogue.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class ProbeOutputText {
    Q_DECLARE_TR_FUNCTIONS(ProbeOutputText)
};

QString yesNo(std::optional<bool> v) {
    return !v   ? ProbeOutputText::tr("no answer")
           : *v ? ProbeOutputText::tr("yes")
                : ProbeOutputText::tr("no");
}

QString list(const std::vector<ProbeProposal>& proposals) {
    QStringList names;
    for (const auto& p : proposals) {
        names << qs(p.notation);
    }
    return names.isEmpty() ? ProbeOutputText::tr("none") : names.join(QStringLiteral(", "));
}

QString transport(const ProbeResult& r) {
    if (r.transport == "reachable") {
        return ProbeOutputText::tr("answers");
    }
    if (r.transport == "throttled") {
        return ProbeOutputText::tr("answers, then stops answering (rate limiting)");
    }
    if (r.transport == "unreachable") {
        return ProbeOutputText::tr("unreachable (%1)").arg(ProbeCatalogue::icmp(qs(r.transportDetail)));
    }
    if (r.transport == "timeout") {
        return ProbeOutputText::tr("no answer");
    }
    if (r.transport == "dns-failed") {
        return ProbeOutputText::tr("the name does not resolve (%1)").arg(qs(r.transportDetail));
    }
    return ProbeOutputText::tr("error (%1)").arg(qs(r.transportDetail));
}

QString aggressive(const std::string& state) {
    if (state == "answered") {
        return ProbeOutputText::tr("answered (a security risk with pre-shared keys)");
    }
    if (state == "rejected") {
        return ProbeOutputText::tr("refused");
    }
    if (state == "no-answer") {
        return ProbeOutputText::tr("no answer");
    }
    return ProbeOutputText::tr("not asked");
}

} // namespace

QString probeToText(const ProbeResult& r) {
    QString out;
    const QString nl = QStringLiteral("\n");
    out += ProbeOutputText::tr("Server %1 (%2), UDP port %3: %4")
               .arg(qs(r.host), qs(r.address), QString::number(r.port), transport(r)) +
           nl;
    if (r.rttMs) {
        out += ProbeOutputText::tr("  first answer after %1 ms, %2 packet(s) sent in all")
                   .arg(QString::number(*r.rttMs, 'f', 1), QString::number(r.packetsSent)) +
               nl;
    }
    if (r.ikev2.probed) {
        out += ProbeOutputText::tr("IKEv2: Windows' proposals (%1) accepted: %2")
                   .arg(qs(r.ikev2.windowsSet), yesNo(r.ikev2.windowsDefaultAccepted));
        if (r.ikev2.windowsDefaultChosen) {
            out += QStringLiteral(" (%1)").arg(qs(r.ikev2.windowsDefaultChosen->notation));
        }
        out += nl;
        out += ProbeOutputText::tr("  accepted: %1%2")
                   .arg(list(r.ikev2.accepted), r.ikev2.discoveryComplete
                                                    ? QString()
                                                    : ProbeOutputText::tr(" (list may be incomplete)")) +
               nl;
        if (r.ikev2.keGroupRequested) {
            out += ProbeOutputText::tr("  the server asked for key exchange group %1")
                       .arg(r.ikev2.keGroupRequested.value()) +
                   nl;
        }
    }
    if (r.ikev1.probed) {
        out += ProbeOutputText::tr("IKEv1 Main Mode (L2TP/IPsec): Windows' proposals accepted: %1")
                   .arg(yesNo(r.ikev1.windowsDefaultAccepted));
        if (r.ikev1.windowsDefaultChosen) {
            out += QStringLiteral(" (%1)").arg(qs(r.ikev1.windowsDefaultChosen->notation));
        }
        out += nl;
        out += ProbeOutputText::tr("  accepted: %1%2")
                   .arg(list(r.ikev1.mainModeAccepted),
                        r.ikev1.discoveryComplete ? QString()
                                                  : ProbeOutputText::tr(" (list may be incomplete)")) +
               nl;
        out += ProbeOutputText::tr("IKEv1 Aggressive Mode: %1").arg(aggressive(r.ikev1.aggressiveMode)) + nl;
    }
    if (r.largePackets.udp500 != "not-tested" || r.largePackets.udp4500 != "not-tested") {
        out += ProbeOutputText::tr("Large packets (%1 bytes, IP fragments): UDP 500 %2, UDP 4500 %3")
                   .arg(QString::number(r.largePackets.bytes),
                        ProbeCatalogue::largePacketState(r.largePackets.udp500),
                        ProbeCatalogue::largePacketState(r.largePackets.udp4500)) +
               nl;
    }
    if (r.natDetected) {
        out += ProbeOutputText::tr("NAT between this computer and the server: %1").arg(yesNo(r.natDetected)) +
               nl;
    }
    for (const auto& ca : r.certreqCaSha1) {
        out += ProbeOutputText::tr("The server asks for a certificate from the CA with key SHA-1 %1")
                   .arg(qs(ca)) +
               nl;
    }
    out += ProbeOutputText::tr("Server software: %1")
               .arg(r.serverFingerprint == "unknown" ? ProbeOutputText::tr("unknown")
                                                     : qs(r.serverFingerprint)) +
           nl;
    for (const auto& tunnel : r.tunnels) {
        out += ProbeOutputText::tr("Verdict for %1").arg(ProbeCatalogue::verdict(r, tunnel)) + nl;
    }
    for (const auto& rec : r.recommendations) {
        out += ProbeOutputText::tr("Strongest policy both sides support for %1: %2")
                   .arg(ProbeCatalogue::tunnel(rec.tunnel), qs(rec.proposal)) +
               nl;
        out += QStringLiteral("  ") + qs(rec.powerShell) + nl;
    }
    return out;
}

} // namespace ipsecdoctor::app
