#pragma once
// Text of the Proposals step: its findings, its fixes (and what each needs afterwards: reconnect,
// RasMan restart, reboot), profile summaries and the "Why?" explanations. Catalogue forwards the
// proposal.* ids and the setting fix ids here.

#include "Catalogue.h"

#include "ipsecdoctor/model/vpn_configuration.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ipsecdoctor::app {

class ProposalsCatalogue {
    Q_DECLARE_TR_FUNCTIONS(ProposalsCatalogue)

public:
    /// Text of a proposal.* finding; nullopt for other ids.
    static std::optional<FindingText> finding(const Finding& finding);
    /// Label / description of a setting fix; empty for other ids.
    static QString remediationLabel(const QString& remediationId);
    static QString remediationDescription(const QString& remediationId);
    /// What must happen after the fix before it takes effect, said before it runs.
    static QString aftermath(const QString& remediationId);
    static QString evidenceKey(const QString& key);

    /// One line for a profile: name, server, tunnel, authentication, custom policy, where from.
    static QString profileSummary(const VpnProfile& profile);
    static QString tunnelName(TunnelType tunnel);
    static QString authName(VpnAuthMethod auth);

    /// The "Why?" explanations in plain words.
    static QString whyMainAggressive();
    static QString whyDhGroups();
    static QString whyNatT();
};

} // namespace ipsecdoctor::app
