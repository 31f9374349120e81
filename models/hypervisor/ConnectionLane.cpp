#include "hypervisor/ConnectionLane.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QThread>

namespace virtdeck {

ConnectionLane::ConnectionLane(QThread *thread)
{
    moveToThread(thread);
}

void ConnectionLane::push(Job job)
{
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.push_back(std::move(job));
    }
    QMetaObject::invokeMethod(this, &ConnectionLane::runNext, Qt::QueuedConnection);
}

int ConnectionLane::failWaiting(const Error &error)
{
    std::deque<Job> failing;
    {
        QMutexLocker lock(&m_mutex);
        std::deque<Job> kept;
        for (Job &job : m_jobs)
            (job.fail ? failing : kept).push_back(std::move(job));
        m_jobs.swap(kept);
    }
    // Outside the lock: fail() hands the error to the main thread and may be anything but blocking.
    for (Job &job : failing)
        job.fail(error);
    return int(failing.size());
}

void ConnectionLane::setHeld(bool held)
{
    int waiting = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_held == held)
            return;
        m_held = held;
        waiting = int(m_jobs.size());
    }
    for (int i = 0; i < waiting && !held; ++i)
        QMetaObject::invokeMethod(this, &ConnectionLane::runNext, Qt::QueuedConnection);
}

int ConnectionLane::waitingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_jobs.size());
}

qint64 ConnectionLane::busyMs() const
{
    const qint64 started = m_startedMs.load();
    return started ? QDateTime::currentMSecsSinceEpoch() - started : 0;
}

void ConnectionLane::runNext()
{
    Job job;
    {
        QMutexLocker lock(&m_mutex);
        if (m_held || m_jobs.empty())
            return;
        job = std::move(m_jobs.front());
        m_jobs.pop_front();
    }
    m_startedMs.store(QDateTime::currentMSecsSinceEpoch());
    job.run();
    m_startedMs.store(0);
}

} // namespace virtdeck
