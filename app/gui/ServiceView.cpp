#include "ServiceView.h"

#include "ipsecdoctor/knowledge/known_services.h"

#include <string_view>

namespace ipsecdoctor::gui {
namespace {

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

} // namespace

std::vector<ServiceView> ServiceView::build(const std::optional<SystemSnapshot>& snapshot,
                                            const std::vector<Finding>& findings) {
    std::vector<ServiceView> views;
    for (const auto& known : knownServices()) {
        ServiceView view;
        view.name = std::string(known.name);
        if (snapshot) {
            if (const ServiceInfo* info = snapshot->findService(known.name)) {
                view.info = *info;
            }
        }
        for (const auto& finding : findings) {
            if (finding.step != Step::Services || finding.subject != known.name) {
                continue;
            }
            // A blocked dependency is reported in addition to the service's own status.
            if (!view.verdict && !endsWith(finding.id, ".dependency-unavailable")) {
                view.verdict = finding;
            } else {
                view.related.push_back(finding);
            }
        }
        views.push_back(std::move(view));
    }
    return views;
}

} // namespace ipsecdoctor::gui
