#include "ProposalsTable.h"
#include "QtText.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace ipsecdoctor::gui {

namespace {

const QColor kMatch(0xd7, 0xf0, 0xd4);
const QColor kNoMatch(0xf8, 0xdc, 0xd7);

} // namespace

ProposalsTable::ProposalsTable(QWidget* parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("proposalsTableWidget"));
    setColumnCount(3);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    refill();
}

void ProposalsTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        refill();
    }
    QTableWidget::changeEvent(event);
}

void ProposalsTable::setComparison(const proposals::WindowsOffer* offer,
                                   const std::optional<proposals::ServerAcceptance>& acceptance) {
    m_offer = offer ? std::optional<proposals::WindowsOffer>(*offer) : std::nullopt;
    m_acceptance = acceptance;
    refill();
}

void ProposalsTable::addRow(const QString& phase, const QString& offered, const QString& accepted,
                            std::optional<bool> match) {
    const int row = rowCount();
    insertRow(row);
    const QString texts[3] = {phase, offered, accepted};
    for (int col = 0; col < 3; ++col) {
        auto* item = new QTableWidgetItem(texts[col]);
        if (match && col > 0 && !texts[col].isEmpty()) {
            item->setBackground(*match ? kMatch : kNoMatch);
        }
        setItem(row, col, item);
    }
}

void ProposalsTable::refill() {
    setHorizontalHeaderLabels({tr("Phase"), tr("Windows offers"), tr("Server accepts")});
    setRowCount(0);
    if (!m_offer) {
        return;
    }
    const auto& offer = *m_offer;
    const bool ikev2 = offer.version == proposals::IkeVersion::Ikev2;
    const bool asked = m_acceptance && (m_acceptance->ikev2 || m_acceptance->ikev1);
    std::vector<ike::Proposal> accepted;
    if (m_acceptance && ikev2 && m_acceptance->ikev2) {
        accepted = m_acceptance->ikev2->accepted;
    } else if (m_acceptance && !ikev2 && m_acceptance->ikev1) {
        accepted = m_acceptance->ikev1->mainModeAccepted;
    }
    const QString phase1 = ikev2 ? tr("Phase 1 (IKE SA)") : tr("Phase 1 (main mode)");
    for (const auto& p : offer.ike) {
        const bool match = proposals::accepts(accepted, p);
        addRow(phase1, qs(p.toString()), match ? qs(p.toString()) : (asked ? tr("refused") : tr("not asked")),
               asked ? std::optional<bool>(match) : std::nullopt);
    }
    // What the server accepts and Windows does not offer: the fix is to offer one of these.
    for (const auto& a : accepted) {
        const bool offered = std::any_of(offer.ike.begin(), offer.ike.end(),
                                         [&](const ike::Proposal& p) { return proposals::accepts({a}, p); });
        if (!offered) {
            addRow(phase1, QString(), qs(a.toString()), false);
        }
    }
    const QString phase2 = ikev2 ? tr("Phase 2 (ESP)") : tr("Phase 2 (quick mode)");
    const auto esp = m_acceptance ? m_acceptance->espAccepted : std::vector<ike::Proposal>{};
    for (const auto& p : offer.esp) {
        const bool match = proposals::accepts(esp, p);
        addRow(phase2, qs(p.toString()),
               esp.empty() ? tr("not known")
               : match     ? qs(p.toString())
                           : tr("refused"),
               esp.empty() ? std::nullopt : std::optional<bool>(match));
    }
}

} // namespace ipsecdoctor::gui
