#pragma once
// The Logs page's "what Windows records" panel: IPsec auditing and RAS tracing, each with its
// status, a Fix button (said beforehand: administrator rights, no restart) and an Undo for a fix
// applied in this session.
#include "../Session.h"
#include "../UiPrompts.h"

#include <QFrame>

#include <string_view>

class QLabel;
class QPushButton;

namespace ipsecdoctor::gui {

class RecordingPanel : public QFrame {
    Q_OBJECT

public:
    RecordingPanel(Session& session, UiPrompts prompts, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        std::string_view remediationId;
        QLabel* status = nullptr;
        QPushButton* fix = nullptr;
        QPushButton* undo = nullptr;
    };
    void addRow(Row& row, const char* name);
    void requestFix(std::string_view remediationId);
    std::optional<JournalEntry> undoable(std::string_view remediationId) const;
    void refreshRow(Row& row, const QString& status);

    Session& m_session;
    UiPrompts m_prompts;
    Row m_audit;
    Row m_tracing;
};

} // namespace ipsecdoctor::gui
