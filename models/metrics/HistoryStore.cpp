#include "metrics/HistoryStore.h"

#include "core/AppPaths.h"
#include "metrics/HistoryWorker.h"
#include "metrics/RrdBackend.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>

#include <future>

namespace virtdeck {

HistoryStore::HistoryStore(const QString &directory, int step, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? AppPaths::dataSubdir(QStringLiteral("history")) : directory)
    , m_step(std::clamp(step, 1, 60))
{
    qRegisterMetaType<virtdeck::HistoryData>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("history"));
    m_worker = new HistoryWorker(m_directory, m_step);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &HistoryWorker::warning, this, &HistoryStore::warning);
    connect(m_worker, &HistoryWorker::notRecordedSinceChanged, this, [this](qint64 ms) {
        m_notRecordedSince = ms ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
        Q_EMIT recordingChanged(m_notRecordedSince);
    });
    m_thread->start(QThread::LowPriority);
}

HistoryStore::~HistoryStore()
{
    // Queued after every pending record, so quitting drops nothing; rrdcached requests (also one in
    // flight now) give up at the deadline, so a daemon that does not answer never holds the quit.
    m_worker->setQuitDeadline(QDeadlineTimer(kQuitDeadlineMs).deadline());
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, thread] {
            w->finish();
            thread->quit();
        },
        Qt::QueuedConnection);
    thread->wait();
    delete m_worker;
    delete thread;
}

void HistoryStore::setDaemonAddress(const QString &address)
{
    m_daemonAddress = address.trimmed();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, a = m_daemonAddress] { w->setDaemonAddress(a); }, Qt::QueuedConnection);
}

void HistoryStore::setStep(int seconds)
{
    m_step = std::clamp(seconds, 1, 60);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, s = m_step] { w->setStep(s); }, Qt::QueuedConnection);
}

void HistoryStore::setBatchInterval(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ms] { w->setBatchInterval(ms); }, Qt::QueuedConnection);
}

qint64 HistoryStore::pendingSamples() const
{
    return m_worker->pendingLines();
}

void HistoryStore::record(const QList<DomainRates> &servers)
{
    if (servers.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, servers] { w->record(servers); }, Qt::QueuedConnection);
}

void HistoryStore::fetch(const QString &uuid, qint64 fromMs, qint64 toMs, int resolutionSeconds,
                         QObject *context, FetchCallback done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, uuid, fromMs, toMs, resolutionSeconds, guard, done = std::move(done)] {
            Result<HistoryData> r = w->fetch(uuid, fromMs, toMs, resolutionSeconds);
            // The context is checked on the GUI thread, where it lives and dies.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done, r = std::move(r)]() mutable {
                    if (guard)
                        done(std::move(r));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Result<HistoryData> HistoryStore::fetchBlocking(const QString &uuid, qint64 fromMs, qint64 toMs,
                                                int resolutionSeconds)
{
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
        return Error(tr("The history cannot be read synchronously on the GUI thread."));
    if (QThread::currentThread() == m_thread)
        return m_worker->fetch(uuid, fromMs, toMs, resolutionSeconds);
    auto promise = std::make_shared<std::promise<Result<HistoryData>>>();
    std::future<Result<HistoryData>> future = promise->get_future();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, promise, uuid, fromMs, toMs, resolutionSeconds] {
            promise->set_value(w->fetch(uuid, fromMs, toMs, resolutionSeconds));
        },
        Qt::QueuedConnection);
    return future.get();
}

void HistoryStore::whenWritten(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, guard, done = std::move(done)] {
            w->flush();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done] {
                    if (guard)
                        done();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

qint64 HistoryStore::lastWriteNs() const
{
    return m_worker->lastWriteNs();
}

QString HistoryStore::fileName(const QString &uuid) const
{
    // The worker's backend is replaced only on its thread; the name depends on the address alone.
    return RrdBackend(m_directory, m_daemonAddress).fileName(uuid);
}

} // namespace virtdeck
