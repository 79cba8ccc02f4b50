#pragma once

namespace ipsecdoctor::gui {

/// The wizard's pages, in order (QWizard::setPage ids).
/// QWizard goes to the next higher id: the steps take the ids between Services and Summary, in
/// the order of the wizard (services, certificates, proposals, logs).
enum PageId : int {
    WelcomePageId = 0,
    ServicesPageId = 1,
    CertificatesPageId = 2,
    ProposalsPageId = 30,
    LogsPageId = 40,
    SummaryPageId = 100,
};

} // namespace ipsecdoctor::gui
