// AsyncRunner: results reach a living context on the GUI thread, and are dropped once the context
// is gone (no nested event loop, no call into a destroyed page).

#include "AsyncRunner.h"

#include <gtest/gtest.h>

#include <QObject>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ipsecdoctor::gui {
namespace {

TEST(AsyncRunner, DeliversTheResultOnTheGuiThread) {
    QObject context;
    std::optional<int> received;
    QThread* deliveredOn = nullptr;
    QThread* ranOn = nullptr;
    AsyncRunner::runThenCallback(
        &context,
        [&ranOn] {
            ranOn = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            received = value;
            deliveredOn = QThread::currentThread();
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.has_value(); }, 5000));
    EXPECT_EQ(*received, 42);
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    EXPECT_NE(ranOn, QThread::currentThread());
}

TEST(AsyncRunner, DropsTheResultWhenTheContextIsGone) {
    auto context = std::make_unique<QObject>();
    auto release = std::make_shared<std::atomic<bool>>(false);
    bool called = false;
    AsyncRunner::runThenCallback(
        context.get(),
        [release] {
            while (!release->load()) {
                QThread::msleep(1);
            }
            return 1;
        },
        [&called](int) { called = true; });
    context.reset();
    release->store(true);
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    EXPECT_FALSE(called);
}

TEST(AsyncRunner, ReportsProgressThenTheResult) {
    QObject context;
    int lastDone = -1;
    int lastTotal = -1;
    std::optional<int> received;
    AsyncRunner::runWithProgress<int>(
        &context,
        [](QPromise<int>& promise) {
            promise.setProgressRange(0, 3);
            for (int i = 1; i <= 3; ++i) {
                promise.setProgressValue(i);
            }
            promise.addResult(7);
        },
        [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        },
        [&](int value) { received = value; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.has_value(); }, 5000));
    EXPECT_EQ(*received, 7);
    EXPECT_EQ(lastTotal, 3);
    EXPECT_EQ(lastDone, 3);
}

TEST(AsyncRunner, AnExceptionBecomesTheDefaultResult) {
    QObject context;
    std::optional<int> received;
    AsyncRunner::runThenCallback(
        &context, []() -> int { throw std::runtime_error("boom"); }, [&](int value) { received = value; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.has_value(); }, 5000));
    EXPECT_EQ(*received, 0);
}

} // namespace
} // namespace ipsecdoctor::gui
