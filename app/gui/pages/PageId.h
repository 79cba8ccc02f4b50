#pragma once

namespace ipsecdoctor::gui {

/// The wizard's pages, in order (QWizard::setPage ids).
enum PageId : int { WelcomePageId = 0, ServicesPageId = 1, SummaryPageId = 2 };

} // namespace ipsecdoctor::gui
