#include "CodeCatalogue.h"

namespace ipsecdoctor::app {

std::optional<CodeText> CodeCatalogue::text(const CodeEntry& entry) {
    return entry.kind == CodeKind::Event ? eventText(entry.code) : errorText(entry.code);
}

QString CodeCatalogue::stage(CodeStage s) {
    switch (s) {
    case CodeStage::Transport:
        return tr("Reaching the server (network, UDP 500/4500)");
    case CodeStage::Phase1Proposal:
        return tr("Phase 1: agreeing on the security proposals");
    case CodeStage::Phase1Auth:
        return tr("Phase 1: authentication");
    case CodeStage::Certificate:
        return tr("Certificates");
    case CodeStage::Phase2:
        return tr("Phase 2: the tunnel's own settings");
    case CodeStage::LocalService:
        return tr("This PC's IPsec services and policy");
    case CodeStage::UserAuth:
        return tr("User sign-in (EAP within IKEv2, PPP after the L2TP/IPsec tunnel)");
    case CodeStage::Unknown:
        return tr("Stage not known");
    }
    return tr("Stage not known");
}

QString CodeCatalogue::kind(CodeKind k) {
    switch (k) {
    case CodeKind::Ras:
        return tr("Remote Access (RAS) error");
    case CodeKind::Ipsec:
        return tr("IPsec/IKE error");
    case CodeKind::Hresult:
        return tr("Certificate or network error (HRESULT)");
    case CodeKind::Win32:
        return tr("Windows error");
    case CodeKind::Event:
        return tr("Event");
    }
    return tr("Windows error");
}

QString CodeCatalogue::codeLabel(const CodeEntry& entry) {
    const QString code = QString::fromStdString(formatCode(entry.code));
    if (entry.kind == CodeKind::Event) {
        return tr("Event %1").arg(code);
    }
    return tr("Error %1").arg(code);
}

} // namespace ipsecdoctor::app
