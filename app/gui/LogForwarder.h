#pragma once
// The bridge between spdlog (any thread) and the Details window (GUI thread). It lives as long as
// the application: spdlog sinks outlive widgets, so they talk to this object, never to a widget.
// It keeps the newest lines so a window opened later shows what happened before.

#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>

namespace ipsecdoctor::gui {

class LogForwarder : public QObject {
    Q_OBJECT

public:
    explicit LogForwarder(QObject* parent = nullptr, int maxLines = 2000);

    QStringList lines() const;

public slots:
    /// GUI thread only; the sink reaches it through a queued call.
    void append(const QString& line);

signals:
    void lineAdded(const QString& line);

private:
    std::deque<QString> m_lines;
    int m_maxLines;
};

} // namespace ipsecdoctor::gui
