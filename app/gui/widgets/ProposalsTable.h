#pragma once
// The Proposals page's side-by-side table: per phase, each proposal Windows offers next to what
// the server accepts (green when it matches, red when refused), plus what the server accepts
// that Windows does not offer. "not asked" / "not known" until the server has been asked.

#include "ipsecdoctor/proposals/proposal_checks.h"

#include <QTableWidget>

#include <optional>

namespace ipsecdoctor::gui {

class ProposalsTable : public QTableWidget {
    Q_OBJECT

public:
    explicit ProposalsTable(QWidget* parent = nullptr);
    /// No offer: an empty table. No acceptance: the right column says the server was not asked.
    void setComparison(const proposals::WindowsOffer* offer,
                       const std::optional<proposals::ServerAcceptance>& acceptance);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addRow(const QString& phase, const QString& offered, const QString& accepted,
                std::optional<bool> match);
    void refill();

    std::optional<proposals::WindowsOffer> m_offer;
    std::optional<proposals::ServerAcceptance> m_acceptance;
};

} // namespace ipsecdoctor::gui
