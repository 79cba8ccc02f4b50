#pragma once

namespace ipsecdoctor::gui {

/// The wizard's pages, in order (QWizard::setPage ids).
enum PageId : int { WelcomePageId = 0, ServicesPageId = 1, ProposalsPageId = 2, SummaryPageId = 3 };

} // namespace ipsecdoctor::gui
