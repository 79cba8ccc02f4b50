#pragma once
// An spdlog sink that hands each formatted line to a LogForwarder with a queued call, so logging
// from a worker thread never touches the GUI directly. detach() before the forwarder goes away.

#include "LogForwarder.h"

#include <spdlog/sinks/base_sink.h>

#include <QMetaObject>

#include <mutex>

namespace ipsecdoctor::gui {

class DetailsLogSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit DetailsLogSink(LogForwarder* target) : m_target(target) {}

    void detach() {
        std::lock_guard<std::mutex> lock(mutex_);
        m_target = nullptr;
    }

protected:
    void sink_it_(const spdlog::details::log_msg& message) override {
        if (!m_target) {
            return;
        }
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        const QString line =
            QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size())).trimmed();
        LogForwarder* target = m_target;
        QMetaObject::invokeMethod(
            target, [target, line] { target->append(line); }, Qt::QueuedConnection);
    }

    void flush_() override {}

private:
    LogForwarder* m_target; // guarded by mutex_
};

} // namespace ipsecdoctor::gui
