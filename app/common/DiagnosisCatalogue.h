#pragma once
// Text of the diagnosis: each root cause in plain words with what to do, the evidence chain as
// sentences, and the message for the VPN provider in the user's language.
#include "Catalogue.h"

#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/model/system_snapshot.h"

namespace ipsecdoctor::app {

class DiagnosisCatalogue {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisCatalogue)

public:
    static FindingText cause(const RootCause& cause);
    /// "Proven", "Likely", "Possible": how sure the cause is, from the kind of its evidence.
    static QString certainty(Certainty certainty);
    /// What the certainty means, for a tooltip or a line under it.
    static QString certaintyHelp(Certainty certainty);
    /// "Office VPN — IKEv2, EAP-MSCHAPv2, vpn.example.com" (or that no connection was chosen).
    static QString connection(const Diagnosis& diagnosis);
    /// One line per evidence finding, strongest first.
    static QStringList evidenceLines(const RootCause& cause);
    /// "IKE_SA_INIT", "Main Mode"...
    static QString exchange(const std::string& id);
    /// The message to send to the VPN provider: phase, exchange, codes, times, what was checked.
    static QString providerMessage(const Diagnosis& diagnosis, const SystemSnapshot* snapshot);
    /// The bundle attachments of a diagnosis: diagnosis/diagnosis.json and the localized
    /// diagnosis/message-for-vpn-provider.txt.
    static std::vector<std::pair<std::string, std::string>> bundleAttachments(const Diagnosis& diagnosis,
                                                                              const SystemSnapshot& snapshot);
};

} // namespace ipsecdoctor::app
