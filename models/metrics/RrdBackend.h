#pragma once

// librrd access for the history: the layout of a server's RRD file (data sources and archives), and
// create / inspect / update / fetch either on local files (librrd) or through an rrdcached daemon (our
// own RrdCachedClient, which has deadlines where librrd's client has none). Not thread-safe by design:
// HistoryWorker owns one and uses it on its own thread only; every librrd call additionally holds one
// process-wide mutex, because parts of librrd are shared by the whole process and tests run several
// stores at once.

#include "core/Result.h"
#include "metrics/DomainRates.h"
#include "metrics/HistoryData.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <memory>

namespace virtdeck {

class RrdCachedClient;

class RrdBackend
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::RrdBackend)
public:
    // Interface slots kept per server (by position in the domain definition); the rest count in the
    // totals only.
    static constexpr int kInterfaceSlots = 4;
    // Error::code of a failure that says nothing about the file: the daemon could not be reached or
    // did not answer in time.
    static constexpr int kUnreachable = -42217;

    // directory: where local files live. daemonAddress: rrdcached ("unix:/run/rrdcached.sock",
    // "/path.sock", "host:42217"); empty: direct file access.
    RrdBackend(const QString &directory, const QString &daemonAddress);
    ~RrdBackend();
    RrdBackend(const RrdBackend &) = delete;
    RrdBackend &operator=(const RrdBackend &) = delete;

    bool usesDaemon() const { return !m_address.isEmpty(); }
    // A daemon reached over the network resolves names itself (relative to its -b directory): files
    // there are "virtdeck-UUID.rrd" and cannot be renamed from here.
    bool isRemoteDaemon() const;
    QString address() const { return m_address; }
    QString directory() const { return m_directory; }
    QString fileName(const QString &uuid) const;
    // Daemon requests give up at this steady-clock time (QDeadlineTimer ms) when it is set (quitting).
    void setHardDeadline(const std::atomic<qint64> *deadlineMs);

    static QStringList metricNames(); // data source names in file order
    static QStringList createArguments(int step);
    // "TIME:v1:v2:..." with U for gaps, in metricNames() order.
    static QByteArray updateLine(const DomainRates &rates, qint64 seconds);

    enum class FileState
    {
        Ok,
        Missing,
        Unreadable,
        Foreign
    };
    struct Inspection
    {
        FileState state = FileState::Missing;
        QString detail; // librrd's words or what does not match
        int step = 0;
        qint64 lastUpdate = 0;
        bool unreachable = false; // the daemon did not answer: says nothing about the file
    };
    Inspection inspect(const QString &uuid);
    struct InfoSummary; // what rrd_info or rrdcached's INFO said about a file
    Status create(const QString &uuid, int step, qint64 startSeconds);
    // Lines from updateLine(), oldest first, each newer than the file's last update.
    Status update(const QString &uuid, const QList<QByteArray> &lines);
    // Average (and max where an archive of the same step exists) rows of every metric between from and
    // to (seconds since the epoch) at the archive closest to resolution.
    Result<HistoryData> fetch(const QString &uuid, qint64 fromSeconds, qint64 toSeconds, int resolution);

private:
    Result<HistoryData> fetchCf(const QByteArray &file, const char *cf, qint64 from, qint64 to,
                                int resolution);
    Inspection inspectThroughDaemon(const QString &uuid);
    Inspection judge(const QString &uuid, const InfoSummary &summary) const;
    Result<HistoryData> fetchCfThroughDaemon(const QByteArray &file, const char *cf, qint64 from, qint64 to,
                                             int resolution);
    // One command to the daemon; a refusal becomes an Error with failure as its message.
    Result<QList<QByteArray>> ask(const QByteArray &command, const QString &failure);
    QByteArray nativeName(const QString &uuid) const;

    QString m_directory;
    QString m_address;
    std::unique_ptr<RrdCachedClient> m_client;
};

} // namespace virtdeck
