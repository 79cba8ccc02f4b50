#include "LogForwarder.h"

namespace ipsecdoctor::gui {

LogForwarder::LogForwarder(QObject* parent, int maxLines) : QObject(parent), m_maxLines(maxLines) {}

QStringList LogForwarder::lines() const {
    return QStringList(m_lines.begin(), m_lines.end());
}

void LogForwarder::append(const QString& line) {
    m_lines.push_back(line);
    while (static_cast<int>(m_lines.size()) > m_maxLines) {
        m_lines.pop_front();
    }
    emit lineAdded(line);
}

} // namespace ipsecdoctor::gui
