#include "GuiLogging.h"

#include "AppPaths.h"
#include "DetailsLogSink.h"

#include "ipsecdoctor/util/logging.h"

namespace ipsecdoctor::gui {

GuiLogging::GuiLogging(LogForwarder& forwarder, const QString& logFile)
    : m_sink(std::make_shared<DetailsLogSink>(&forwarder)) {
    LoggingConfig config;
    config.logFile = app::AppPaths::toPath(logFile);
    config.extraSinks.push_back(m_sink);
    m_fileOpen = configureLogging(config);
}

GuiLogging::~GuiLogging() {
    m_sink->detach();
    (void)configureLogging(LoggingConfig{});
}

} // namespace ipsecdoctor::gui
