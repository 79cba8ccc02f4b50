#pragma once
// The dialogs the pages open, behind functions so GUI tests can answer them without a modal
// dialog (the product uses QFileDialog and QMessageBox).

#include <QString>

#include <functional>

class QWidget;

namespace ipsecdoctor::gui {

struct UiPrompts {
    /// A file to open; empty when the user cancels.
    std::function<QString(QWidget* parent, const QString& caption, const QString& filter)> openFile;
    /// A file to write; empty when the user cancels.
    std::function<QString(QWidget* parent, const QString& caption, const QString& suggestedName,
                          const QString& filter)>
        saveFile;
    /// A yes/no question before an action; true to go ahead.
    std::function<bool(QWidget* parent, const QString& title, const QString& text)> confirm;

    static UiPrompts standard();
};

} // namespace ipsecdoctor::gui
