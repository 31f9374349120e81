#pragma once

// The metrics feature for the application: one StatsSampler per connection of the ConnectionManager,
// the recent samples of every server and host in memory (live chart, sparklines), and the persisted
// history (HistoryStore). Lives on the GUI thread; created by Application after the ConnectionManager,
// used by ServerListModel (sparkline columns), the Charts page and Autoflex (fetchCpuHistory).

#include "core/Result.h"
#include "hypervisor/DomainSnapshot.h"
#include "metrics/DomainRates.h"
#include "metrics/HistoryData.h"
#include "metrics/HistoryRange.h"
#include "metrics/HistoryStore.h"
#include "metrics/LiveSeries.h"
#include "metrics/Sparkline.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace virtdeck {

class Config;
class ConnectionManager;
class StatsSampler;

class MetricsService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLiveSeconds = 5 * 60;      // the Charts page's live range
    static constexpr int kSparklineSeconds = 5 * 60; // what the list's sparklines show

    // config may be null (defaults: 2 s, no rrdcached, bytes). historyDirectory empty: the app data dir.
    MetricsService(ConnectionManager *manager, Config *config, QObject *parent = nullptr,
                   const QString &historyDirectory = {});
    ~MetricsService() override;

    static constexpr int kDefaultHistoryStep = 10; // seconds between samples while nobody looks

    // Reads metrics/interval (1–60 s), metrics/historyStep (1–60 s), metrics/rrdcached and
    // metrics/bitsPerSecond again.
    void reloadSettings();
    // The live interval: while someone looks at live figures (the list's sparklines, a chart).
    int interval() const { return m_interval; }
    // Sampling while nobody looks: the history's step (default 10 s, never shorter than interval()).
    int historyStep() const { return m_historyStep; }
    // Whether anything shows live figures now (the window is not minimized or a chart is open). False:
    // the samplers tick at historyStep() only, which keeps the history going at a fraction of the cost;
    // true again: an immediate sample, then the live interval. The app's window sets it.
    void setLiveWanted(bool wanted);
    bool liveWanted() const { return m_liveWanted; }
    // Live figures are wanted while this window (a QWidget, read through its "visible" and "minimized"
    // properties, so models/ needs no widgets) is shown and not minimized: the app passes its main
    // window, whose pages hold the sparklines and the charts.
    void watchLiveView(QObject *window);
    // What the samplers use now.
    int samplingInterval() const { return m_liveWanted ? m_interval : std::max(m_interval, m_historyStep); }
    bool bitsPerSecond() const { return m_bits; }
    HistoryStore *history() const { return m_history; }
    StatsSampler *sampler(const QString &uri) const { return m_samplers.value(uri); }
    // False when the host's driver has no bulk statistics and per-domain calls are used.
    bool usesBulkStats(const QString &uri) const;

    // Latest rates; nullopt before the second sample of a running server.
    std::optional<DomainRates> latest(const ServerRef &server) const;
    // A host's totals over its running servers (hostCpuPercent = cpuPercent: share of the host's CPUs).
    std::optional<DomainRates> latestHost(const QString &uri) const;
    QList<DomainRates> recent(const ServerRef &server, int seconds = kLiveSeconds) const;
    QList<DomainRates> recentHost(const QString &uri, int seconds = kLiveSeconds) const;
    // CPU % (of the server's vCPUs; for a host, of its CPUs) and network (rx, tx bytes/s).
    Sparkline cpuSparkline(const ServerRef &server, int seconds = kSparklineSeconds) const;
    Sparkline networkSparkline(const ServerRef &server, int seconds = kSparklineSeconds) const;
    Sparkline hostCpuSparkline(const QString &uri, int seconds = kSparklineSeconds) const;
    Sparkline hostNetworkSparkline(const QString &uri, int seconds = kSparklineSeconds) const;

    // History of a server: every metric (see RrdBackend::metricNames()) over a range; done runs on the
    // GUI thread unless context is gone. Live reads nothing from disk: use recent().
    void fetchHistory(const ServerRef &server, HistoryRange range, QObject *context,
                      HistoryStore::FetchCallback done) const;
    // Any span; the finest archive that still covers `from` is used.
    void fetchHistory(const ServerRef &server, const QDateTime &from, const QDateTime &to, QObject *context,
                      HistoryStore::FetchCallback done) const;

    // Autoflex: a server's CPU % (of its vCPUs) between from and to, one point per archive row, oldest
    // first, NaN where nothing was recorded.
    void fetchCpuHistory(const ServerRef &server, const QDateTime &from, const QDateTime &to,
                         QObject *context, std::function<void(Result<QList<CpuHistoryPoint>>)> done) const;
    // The same, synchronously: callable from any thread except the GUI thread (refused there).
    Result<QList<CpuHistoryPoint>> fetchCpuHistoryBlocking(const ServerRef &server, const QDateTime &from,
                                                           const QDateTime &to) const;
    static QList<CpuHistoryPoint> cpuPoints(const HistoryData &data);

    // What the last tick cost on the GUI thread (buffers, host totals, queueing the history write and the
    // ticked() listeners), in nanoseconds; for benchmarks and diagnostics.
    qint64 lastTickGuiNs() const { return m_lastTickGuiNs; }

Q_SIGNALS:
    // One tick of a connection updated these servers' rates (and the host's totals): one signal per tick,
    // so the list emits one dataChanged per contiguous run.
    void ticked(const QString &uri, const QList<virtdeck::ServerRef> &servers);
    void warning(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addConnection(const QString &uri);
    void removeConnection(const QString &uri);
    void onTick(const StatsTick &tick);

    ConnectionManager *m_manager = nullptr;
    Config *m_config = nullptr;
    HistoryStore *m_history = nullptr;
    QHash<QString, StatsSampler *> m_samplers;
    QHash<QString, LiveSeries> m_servers; // ServerRef::key()
    QHash<QString, LiveSeries> m_hosts;   // uri
    int m_interval = 2;
    int m_historyStep = kDefaultHistoryStep;
    bool m_liveWanted = true;
    QObject *m_liveView = nullptr;
    bool m_bits = false;
    qint64 m_lastTickGuiNs = 0;
};

} // namespace virtdeck
