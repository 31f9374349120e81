#pragma once

// The history's I/O thread side: owns the RrdBackend and every librrd call, so updates of one file are
// written in order and never race a fetch. Checks each file once per session; a corrupt or foreign file
// is set aside (renamed, never deleted) with a warning and a fresh one is started. Created and driven by
// HistoryStore through queued calls; lives on HistoryStore's thread.

#include "core/Result.h"
#include "metrics/DomainRates.h"
#include "metrics/HistoryData.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

namespace virtdeck {

class RrdBackend;

class HistoryWorker : public QObject
{
    Q_OBJECT
public:
    HistoryWorker(const QString &directory, int step);
    ~HistoryWorker() override;

    void setDaemonAddress(const QString &address);
    void setStep(int seconds) { m_step = seconds; }
    void record(const QList<DomainRates> &servers);
    Result<HistoryData> fetch(const QString &uuid, qint64 fromMs, qint64 toMs, int resolution);
    QString fileName(const QString &uuid) const;
    qint64 lastWriteNs() const { return m_lastWriteNs.load(); } // any thread

Q_SIGNALS:
    void warning(const QString &message);

private:
    struct FileState
    {
        bool checked = false;
        bool disabled = false; // unusable and cannot be set aside (remote rrdcached)
        bool failing = false;  // last write failed: warned once, quiet until it works again
        qint64 lastUpdate = 0; // seconds
    };
    // Makes sure the file exists and is ours; startSeconds dates a new file.
    FileState &prepare(const QString &uuid, qint64 startSeconds, bool createMissing);
    void setAside(const QString &uuid, const QString &why, FileState &state);

    QString m_directory;
    int m_step;
    std::unique_ptr<RrdBackend> m_backend;
    QHash<QString, FileState> m_files;
    std::atomic<qint64> m_lastWriteNs{0};
};

} // namespace virtdeck
