#pragma once
// The non-modal "Details" window: the log as it is written, for the curious and for support.

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace ipsecdoctor::gui {

class LogForwarder;

class LogWindow : public QWidget {
    Q_OBJECT

public:
    explicit LogWindow(LogForwarder& forwarder, QWidget* parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void appendLine(const QString& line);

    QPlainTextEdit* m_text;
    QPushButton* m_copyButton;
    QPushButton* m_closeButton;
};

} // namespace ipsecdoctor::gui
