#pragma once

namespace ipsecdoctor::gui {

/// The wizard's pages, in order (QWizard::setPage ids).
/// The Summary stays last: other steps take ids between ServicesPageId and it.
enum PageId : int { WelcomePageId = 0, ServicesPageId = 1, LogsPageId = 40, SummaryPageId = 99 };

} // namespace ipsecdoctor::gui
