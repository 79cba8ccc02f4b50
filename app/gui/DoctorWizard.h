#pragma once
// The wizard itself: registers the pages, routes between them, and owns the Details button and
// its log window. Everything else lives in the pages and the Session.

#include "UiPrompts.h"

#include <QWizard>

namespace ipsecdoctor::app {
class Language;
}

namespace ipsecdoctor::gui {

class LogForwarder;
class LogWindow;
class Session;

class DoctorWizard : public QWizard {
    Q_OBJECT

public:
    DoctorWizard(Session& session, app::Language& language, LogForwarder& log, const UiPrompts& prompts,
                 QWidget* parent = nullptr);

    LogWindow* logWindow() const { return m_logWindow; }
    /// Shows or hides the Details window (the Details button does the same).
    void toggleDetails();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    LogWindow* m_logWindow;
};

} // namespace ipsecdoctor::gui
