// The Details button and window: the log reaches it from any thread through the forwarder.

#include "GuiTestSupport.h"

#include "AppPaths.h"
#include "GuiLogging.h"
#include "widgets/LogWindow.h"

#include "ipsecdoctor/util/logging.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QThread>

#include <thread>

namespace ipsecdoctor::testing {
namespace {

class DetailsLogTest : public WizardTest {};

TEST_F(DetailsLogTest, DetailsButtonTogglesTheLogWindow) {
    start();
    gui::LogWindow* window = wizard().logWindow();
    ASSERT_NE(window, nullptr);
    EXPECT_FALSE(window->isVisible());
    click(QStringLiteral("detailsPushButton"));
    EXPECT_TRUE(window->isVisible());
    click(QStringLiteral("detailsPushButton"));
    EXPECT_FALSE(window->isVisible());
}

TEST_F(DetailsLogTest, LinesLoggedOnAnyThreadReachTheWindow) {
    gui::LogForwarder forwarder;
    gui::GuiLogging logging(forwarder, app::AppPaths::logFile(QStringLiteral("gui")));
    gui::LogWindow window(forwarder);
    logger()->info("from the GUI thread");
    std::thread worker([] { logger()->info("from a worker thread"); });
    worker.join();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window.text().contains(QStringLiteral("worker thread")); }, 5000));
    EXPECT_TRUE(window.text().contains(QStringLiteral("from the GUI thread")));
    // A window opened later shows what was logged before.
    gui::LogWindow later(forwarder);
    EXPECT_TRUE(later.text().contains(QStringLiteral("worker thread")));
}

TEST_F(DetailsLogTest, TheSinkOutlivesTheForwarderSafely) {
    auto forwarder = std::make_unique<gui::LogForwarder>();
    {
        gui::GuiLogging logging(*forwarder, app::AppPaths::logFile(QStringLiteral("gui")));
        logger()->info("queued but not delivered yet");
    }
    forwarder.reset(); // its pending queued calls die with it
    logger()->info("after the forwarder is gone");
    QCoreApplication::processEvents();
    SUCCEED();
}

} // namespace
} // namespace ipsecdoctor::testing
