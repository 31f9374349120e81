#pragma once

// The persisted history of every server: one RRD file per server keyed by its UUID (a rename keeps the
// history) in the app data directory, or through rrdcached when an address is set. All librrd I/O runs
// on the store's own thread (HistoryWorker), in order, so the GUI thread never waits on a disk or a
// daemon. Samples are written in batches (every 30 s by default): a crash loses at most one window,
// quitting writes everything (giving up on an rrdcached that does not answer within 2 s). Owned by
// MetricsService; tests create their own on a temporary directory.

#include "core/Result.h"
#include "metrics/DomainRates.h"
#include "metrics/HistoryData.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QThread;

namespace virtdeck {

class HistoryWorker;

class HistoryStore : public QObject
{
    Q_OBJECT
public:
    using FetchCallback = std::function<void(Result<HistoryData>)>;

    // directory: where the files go; empty: AppPaths::dataSubdir("history"). step: sampling step of
    // files created from now on (existing files keep theirs).
    explicit HistoryStore(const QString &directory = {}, int step = 2, QObject *parent = nullptr);
    static constexpr int kQuitDeadlineMs = 1500; // for rrdcached; quitting waits at most 2 s for it

    // Writes everything queued, then stops the thread.
    ~HistoryStore() override;

    QString directory() const { return m_directory; }
    QString daemonAddress() const { return m_daemonAddress; }
    void setDaemonAddress(const QString &address);
    void setStep(int seconds);
    int step() const { return m_step; }
    // How often pending samples are written (default 30 s); the first samples are written at once.
    void setBatchInterval(int ms);

    // Queues the samples (one line per server with a UUID) for the next batch.
    void record(const QList<DomainRates> &servers);
    // Reads rows between from and to (ms since the epoch) at the archive closest to resolution; done
    // runs on the GUI thread unless context (a GUI-thread object) is gone. Orders after every record() queued
    // before.
    void fetch(const QString &uuid, qint64 fromMs, qint64 toMs, int resolutionSeconds, QObject *context,
               FetchCallback done);
    // The same, waiting for the answer: for worker threads (Autoflex, QtConcurrent jobs). Refuses to run
    // on the GUI thread, which never waits.
    Result<HistoryData> fetchBlocking(const QString &uuid, qint64 fromMs, qint64 toMs, int resolutionSeconds);
    // Writes what is pending now instead of at the end of the window; done runs on the GUI thread
    // (unless context is gone) once everything queued so far is written (or rrdcached gave up).
    void whenWritten(QObject *context, std::function<void()> done);
    // Time the history thread spent writing the last batch (one tick), in nanoseconds; thread-safe.
    qint64 lastWriteNs() const;
    // Path (or rrdcached name) of a server's file.
    QString fileName(const QString &uuid) const;
    // Samples waiting for the next batch; thread-safe.
    qint64 pendingSamples() const;
    // Since when samples could not be written (rrdcached does not answer); null while recording.
    QDateTime notRecordedSince() const { return m_notRecordedSince; }

Q_SIGNALS:
    // A file was set aside, a write failed, rrdcached is unreachable: translated, for the notifications.
    void warning(const QString &message);
    // notRecordedSince() changed (null: recording again).
    void recordingChanged(const QDateTime &notRecordedSince);

private:
    QString m_directory;
    QString m_daemonAddress;
    int m_step;
    QDateTime m_notRecordedSince;
    QThread *m_thread = nullptr;
    HistoryWorker *m_worker = nullptr;
};

} // namespace virtdeck
