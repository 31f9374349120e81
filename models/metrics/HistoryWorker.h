#pragma once

// The history's I/O thread side: keeps the samples of every server in memory and writes each file with
// all its pending samples in one librrd call (or a few rrdcached commands) per batch window, so the
// history costs one write per server per window instead of one per tick. Owns the RrdBackend and every
// librrd call, so updates of one file are written in order and never race a fetch. Checks each file
// once per session; a corrupt or foreign file is set aside (renamed, never deleted) with a warning and
// a fresh one is started. An rrdcached that does not answer is retried with backoff while the samples
// wait in a bounded queue; past the bound new samples are dropped and "not recorded since" is reported.
// Created and driven by HistoryStore through queued calls; lives on HistoryStore's thread.

#include "core/Result.h"
#include "metrics/DomainRates.h"
#include "metrics/HistoryData.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace virtdeck {

class RrdBackend;

class HistoryWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultBatchMs = 30000;
    // About 15 MB of pending lines: an hour of 20 servers at 1 s, a minute and a half of 1,000.
    static constexpr qsizetype kMaxPendingLines = 100000;
    static constexpr int kFirstRetryMs = 2000;
    static constexpr int kMaxRetryMs = 60000;

    HistoryWorker(const QString &directory, int step);
    ~HistoryWorker() override;

    void setDaemonAddress(const QString &address);
    void setStep(int seconds) { m_step = seconds; }
    void setBatchInterval(int ms);
    // Keeps the samples for the next batch; the first samples of a session are written at once (files
    // are created and problems show up early).
    void record(const QList<DomainRates> &servers);
    // Writes every pending sample now (unless rrdcached is being waited out).
    void flush();
    // Quitting: one last try to write everything (rrdcached requests give up at the quit deadline),
    // then the batch timer stops.
    void finish();
    // Any thread: daemon requests give up at this steady-clock (QDeadlineTimer) time from now on.
    void setQuitDeadline(qint64 deadlineMs) { m_quitDeadline.store(deadlineMs); }
    // Writes the server's pending samples first, so the rows include them.
    Result<HistoryData> fetch(const QString &uuid, qint64 fromMs, qint64 toMs, int resolution);
    QString fileName(const QString &uuid) const;
    qint64 lastWriteNs() const { return m_lastWriteNs.load(); }   // any thread
    qint64 pendingLines() const { return m_pendingCount.load(); } // any thread

Q_SIGNALS:
    void warning(const QString &message);
    // Wall time (ms since the epoch) of the oldest sample not written because rrdcached does not
    // answer; 0 once everything is written again.
    void notRecordedSinceChanged(qint64 sinceMs);

private:
    struct FileState
    {
        bool checked = false;
        bool disabled = false; // unusable and cannot be set aside (remote rrdcached)
        bool failing = false;  // last write failed: warned once, quiet until it works again
        qint64 lastUpdate = 0; // seconds, in the file
        qint64 lastQueued = 0; // seconds, newest sample taken for it
    };
    struct Line
    {
        qint64 seconds;
        QByteArray text;
    };
    enum class Outcome
    {
        Written,
        Dropped,    // the file cannot take them (warned)
        Unreachable // rrdcached did not answer: keep them, try later
    };
    // Makes sure the file exists and is ours; startSeconds dates a new file.
    FileState &prepare(const QString &uuid, qint64 startSeconds, bool createMissing);
    void setAside(const QString &uuid, const QString &why, FileState &state);
    Outcome writeFile(const QString &uuid, QList<Line> &lines);
    void writePending(const QString &onlyUuid, bool ignoreBackoff);
    void daemonFailed(const QString &why);
    void daemonAnswered();
    bool quitDeadlinePassed() const;

    QString m_directory;
    int m_step;
    int m_batchMs = kDefaultBatchMs;
    std::unique_ptr<RrdBackend> m_backend;
    QHash<QString, FileState> m_files;
    QHash<QString, QList<Line>> m_pending;
    QTimer *m_timer = nullptr;
    bool m_firstWritten = false;
    QString m_unreachableDetail; // set by prepare when the daemon did not answer
    qint64 m_retryAtMs = 0;      // steady clock
    int m_retryMs = kFirstRetryMs;
    qint64 m_notRecordedSinceMs = 0;
    qint64 m_droppedFromMs = 0;
    qint64 m_droppedToMs = 0;
    std::atomic<qint64> m_quitDeadline{0};
    std::atomic<qint64> m_pendingCount{0};
    std::atomic<qint64> m_lastWriteNs{0};
};

} // namespace virtdeck
