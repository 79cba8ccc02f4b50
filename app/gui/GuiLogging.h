#pragma once
// The GUI's logging for the lifetime of one object: the core logger writes to the rotating file
// AppPaths::logFile("gui") and to the Details window through a LogForwarder.

#include "LogForwarder.h"

#include <QString>

#include <memory>

namespace ipsecdoctor::gui {

class DetailsLogSink;

class GuiLogging {
public:
    GuiLogging(LogForwarder& forwarder, const QString& logFile);
    ~GuiLogging();
    GuiLogging(const GuiLogging&) = delete;
    GuiLogging& operator=(const GuiLogging&) = delete;

    /// False when the log file could not be opened (the app works on without it).
    bool fileOpen() const { return m_fileOpen; }

private:
    std::shared_ptr<DetailsLogSink> m_sink;
    bool m_fileOpen = false;
};

} // namespace ipsecdoctor::gui
