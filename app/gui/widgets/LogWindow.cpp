#include "LogWindow.h"

#include "../LogForwarder.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ipsecdoctor::gui {

LogWindow::LogWindow(LogForwarder& forwarder, QWidget* parent)
    : QWidget(parent, Qt::Window), m_text(new QPlainTextEdit(this)), m_copyButton(new QPushButton(this)),
      m_closeButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("logWindow"));
    m_text->setObjectName(QStringLiteral("logPlainTextEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(5000);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyButton->setObjectName(QStringLiteral("copyLogPushButton"));
    m_closeButton->setObjectName(QStringLiteral("closeLogPushButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::hide);
    for (const QString& line : forwarder.lines()) {
        appendLine(line);
    }
    connect(&forwarder, &LogForwarder::lineAdded, this, &LogWindow::appendLine);
    resize(760, 360);
    retranslate();
}

QString LogWindow::text() const {
    return m_text->toPlainText();
}

void LogWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LogWindow::retranslate() {
    setWindowTitle(tr("Details — IPsec Doctor"));
    m_copyButton->setText(tr("&Copy"));
    m_closeButton->setText(tr("C&lose"));
}

void LogWindow::appendLine(const QString& line) {
    QScrollBar* bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_text->appendPlainText(line);
    if (atEnd) {
        bar->setValue(bar->maximum());
    }
}

} // namespace ipsecdoctor::gui
