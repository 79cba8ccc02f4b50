#pragma once
// One service on the Services page: verdict icon, localized and key names, the verdict in plain
// words, state / start type / dependencies, and the fix and undo buttons. It only renders what it
// is given and reports clicks; the page decides what they do.

#include "../ServiceView.h"
#include "CardFrame.h"

#include "ipsecdoctor/remediation/journal.h"

#include <QString>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ipsecdoctor::gui {

struct ServiceRowActions {
    struct Fix {
        QString remediationId;
        bool needsElevation = false; // shows the UAC shield
    };
    std::vector<Fix> fixes;               // in the order the findings rank them
    std::optional<JournalEntry> undoable; // a fix of this session that can be undone
    bool undoNeedsElevation = false;
    bool enabled = true;    // false while the session is busy
    QString disabledReason; // non-empty: read-only, buttons disabled with this tooltip
};

class ServiceRowWidget : public CardFrame {
    Q_OBJECT

public:
    explicit ServiceRowWidget(const QString& serviceName, QWidget* parent = nullptr);

    QString serviceName() const { return m_name; }
    void setContent(const ServiceView& view, const ServiceRowActions& actions);

signals:
    void fixRequested(const QString& remediationId);
    void undoRequested(const QString& journalId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void rebuildButtons();
    QString factsText() const;

    QString m_name;
    ServiceView m_view;
    ServiceRowActions m_actions;
    QLabel* m_iconLabel;
    QLabel* m_nameLabel;
    QLabel* m_verdictLabel;
    QLabel* m_explanationLabel;
    QLabel* m_factsLabel;
    QLabel* m_relatedLabel;
    QVBoxLayout* m_buttonsLayout;
    std::vector<QPushButton*> m_buttons;
};

} // namespace ipsecdoctor::gui
