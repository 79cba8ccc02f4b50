#pragma once
// Runs a synchronous core call on the thread pool and hands its result back on the GUI thread,
// to a callback that only runs if `context` is still alive: the QFutureWatcher is a child of
// `context`, so destroying the context drops the delivery. No nested event loop anywhere.
//
// The task must not touch `context` (it may be gone when the task ends): capture shared state
// by value. Results must be default-constructible; an exception escaping the task (of any type)
// is logged and replaced by a default result, so nothing ever throws into the event loop.

#include "ipsecdoctor/util/logging.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <type_traits>
#include <utility>

namespace ipsecdoctor::gui {

class AsyncRunner {
public:
    /// task() -> Result runs on the pool; callback(const Result&) runs on the GUI thread.
    template <class Task, class Callback>
    static void runThenCallback(QObject* context, Task task, Callback callback) {
        using Result = std::invoke_result_t<Task&>;
        static_assert(std::is_default_constructible_v<Result>, "AsyncRunner results need a default state");
        auto* watcher = new QFutureWatcher<Result>(context);
        connectFinished(watcher, std::move(callback));
        watcher->setFuture(QtConcurrent::run([task = std::move(task)]() mutable -> Result {
            try {
                return task();
            } catch (const std::exception& e) {
                logger()->error("background task failed: {}", e.what());
                return Result{};
            } catch (...) {
                logger()->error("background task failed: unknown exception");
                return Result{};
            }
        }));
    }

    /// As runThenCallback, for a task(QPromise<Result>&) that reports progress with
    /// setProgressRange/setProgressValue and ends with addResult; progress(done, total) runs on the
    /// GUI thread while the context lives.
    template <class Result, class Task, class Progress, class Callback>
    static void runWithProgress(QObject* context, Task task, Progress progress, Callback callback) {
        static_assert(std::is_default_constructible_v<Result>, "AsyncRunner results need a default state");
        auto* watcher = new QFutureWatcher<Result>(context);
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, watcher,
                         [watcher, progress = std::move(progress)](int value) mutable {
                             progress(value, watcher->progressMaximum());
                         });
        connectFinished(watcher, std::move(callback));
        watcher->setFuture(QtConcurrent::run([task = std::move(task)](QPromise<Result>& promise) mutable {
            try {
                task(promise);
            } catch (const std::exception& e) {
                logger()->error("background task failed: {}", e.what());
            } catch (...) {
                logger()->error("background task failed: unknown exception");
            }
            if (promise.future().resultCount() == 0) {
                promise.addResult(Result{});
            }
        }));
    }

private:
    template <class Result, class Callback>
    static void connectFinished(QFutureWatcher<Result>* watcher, Callback callback) {
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                         [watcher, callback = std::move(callback)]() mutable {
                             const Result result =
                                 watcher->future().resultCount() > 0 ? watcher->future().result() : Result{};
                             watcher->deleteLater();
                             callback(result);
                         });
    }
};

} // namespace ipsecdoctor::gui
