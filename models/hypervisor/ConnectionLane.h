#pragma once

// One lane of a Connection: jobs run one at a time, in order, on the lane's thread. Waiting jobs sit in
// a list the lane owns (not in the thread's event queue), so a host that stops responding can fail them
// all at once from any thread while the job in front is stuck in a hung call. Owned by Connection (a
// control lane for lifecycle and changes, a monitoring lane for stats, addresses and consoles).

#include "core/Result.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>
#include <functional>

class QThread;

namespace virtdeck {

class ConnectionLane : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        std::function<void()> run;               // on the lane's thread
        std::function<void(const Error &)> fail; // any thread, must not block; empty: the job waits
    };

    // Moves itself onto thread (which must outlive it or be finished before it is deleted).
    explicit ConnectionLane(QThread *thread);

    // Thread-safe.
    void push(Job job);
    // Fails every waiting job that has a fail(); jobs without one stay. Returns how many failed.
    int failWaiting(const Error &error);
    // While held, jobs wait (the connection is opening); releasing runs them in order.
    void setHeld(bool held);
    int waitingCount() const;
    // How long the job now running has been running (0 when idle).
    qint64 busyMs() const;

private:
    void runNext();

    mutable QMutex m_mutex; // guards the list only, never held while a job runs
    std::deque<Job> m_jobs;
    bool m_held = false;
    std::atomic<qint64> m_startedMs{0};
};

} // namespace virtdeck
