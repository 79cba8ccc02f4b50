#include "UiPrompts.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace ipsecdoctor::gui {

UiPrompts UiPrompts::standard() {
    UiPrompts prompts;
    prompts.openFile = [](QWidget* parent, const QString& caption, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, caption, QDir::homePath(), filter);
    };
    prompts.saveFile = [](QWidget* parent, const QString& caption, const QString& suggestedName,
                          const QString& filter) {
        return QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggestedName), filter);
    };
    prompts.confirm = [](QWidget* parent, const QString& title, const QString& text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    return prompts;
}

} // namespace ipsecdoctor::gui
