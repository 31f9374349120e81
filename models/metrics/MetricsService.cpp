#include "metrics/MetricsService.h"

#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "metrics/RateMath.h"
#include "metrics/StatsSampler.h"

#include <QElapsedTimer>
#include <QEvent>

namespace virtdeck {

namespace {
const QString kIntervalKey = QStringLiteral("metrics/interval");
const QString kHistoryStepKey = QStringLiteral("metrics/historyStep");
const QString kDaemonKey = QStringLiteral("metrics/rrdcached");
const QString kBitsKey = QStringLiteral("metrics/bitsPerSecond");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Sparkline sparkline(const LiveSeries *series, int seconds, double DomainRates::*first,
                    double DomainRates::*second, double maximum)
{
    Sparkline s;
    s.toMs = nowMs();
    s.fromMs = s.toMs - qint64(seconds) * 1000;
    s.maximum = maximum;
    if (!series)
        return s;
    s.primary = series->values(s.fromMs, first);
    if (second)
        s.secondary = series->values(s.fromMs, second);
    return s;
}
} // namespace

MetricsService::MetricsService(ConnectionManager *manager, Config *config, QObject *parent,
                               const QString &historyDirectory)
    : QObject(parent)
    , m_manager(manager)
    , m_config(config)
{
    qRegisterMetaType<virtdeck::Sparkline>();
    qRegisterMetaType<QList<virtdeck::ServerRef>>();
    m_history = new HistoryStore(historyDirectory, StatsSampler::kDefaultInterval, this);
    connect(m_history, &HistoryStore::warning, this, &MetricsService::warning);
    reloadSettings();
    connect(manager, &ConnectionManager::connectionAdded, this, &MetricsService::addConnection);
    connect(manager, &ConnectionManager::connectionRemoved, this, &MetricsService::removeConnection);
    connect(manager, &ConnectionManager::domainRemoved, this,
            [this](const QString &uri, const QString &uuid) {
                m_servers.remove(ServerRef{uri, uuid, {}}.key());
            });
    for (const QString &uri : manager->uris())
        addConnection(uri);
}

MetricsService::~MetricsService() = default;

void MetricsService::reloadSettings()
{
    const int interval = m_config ? m_config->value(kIntervalKey, StatsSampler::kDefaultInterval).toInt()
                                  : StatsSampler::kDefaultInterval;
    m_interval = std::clamp(interval <= 0 ? StatsSampler::kDefaultInterval : interval,
                            StatsSampler::kMinInterval, StatsSampler::kMaxInterval);
    const int historyStep =
        m_config ? m_config->value(kHistoryStepKey, kDefaultHistoryStep).toInt() : kDefaultHistoryStep;
    m_historyStep = std::clamp(historyStep <= 0 ? kDefaultHistoryStep : historyStep,
                               StatsSampler::kMinInterval, StatsSampler::kMaxInterval);
    m_bits = m_config && m_config->value(kBitsKey, false).toBool();
    const QString daemon = m_config ? m_config->value(kDaemonKey, QString()).toString().trimmed() : QString();
    m_history->setStep(m_interval);
    if (daemon != m_history->daemonAddress())
        m_history->setDaemonAddress(daemon);
    for (StatsSampler *s : std::as_const(m_samplers))
        s->setInterval(samplingInterval());
}

void MetricsService::setLiveWanted(bool wanted)
{
    if (wanted == m_liveWanted)
        return;
    m_liveWanted = wanted;
    for (StatsSampler *s : std::as_const(m_samplers)) {
        s->setInterval(samplingInterval());
        if (wanted)
            s->sampleNow(); // the view shows fresh figures at once, not after the next live tick
    }
}

void MetricsService::watchLiveView(QObject *window)
{
    if (m_liveView)
        m_liveView->removeEventFilter(this);
    m_liveView = window;
    if (!window)
        return;
    window->installEventFilter(this);
    connect(window, &QObject::destroyed, this, [this, window] {
        if (m_liveView == window)
            m_liveView = nullptr;
    });
    // Nothing changes until the window's first show, hide or state change: a window not shown yet (tests
    // that never show it, start-up) keeps the live interval.
}

bool MetricsService::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_liveView) {
        switch (event->type()) {
        case QEvent::WindowStateChange:
        case QEvent::Show:
        case QEvent::Hide:
            setLiveWanted(watched->property("visible").toBool() && !watched->property("minimized").toBool());
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void MetricsService::addConnection(const QString &uri)
{
    Connection *c = m_manager->connection(uri);
    if (!c || m_samplers.contains(uri))
        return;
    auto *sampler = new StatsSampler(c, this);
    sampler->setInterval(samplingInterval());
    connect(sampler, &StatsSampler::ticked, this, &MetricsService::onTick);
    connect(sampler, &StatsSampler::failed, this, [uri](const Error &e) {
        qDebug("virtdeck: statistics of %s: %s", qPrintable(uri), qPrintable(e.toString()));
    });
    m_samplers.insert(uri, sampler);
    sampler->start();
}

void MetricsService::removeConnection(const QString &uri)
{
    delete m_samplers.take(uri);
    m_hosts.remove(uri);
    const QString prefix = uri + QLatin1Char('#');
    m_servers.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
}

bool MetricsService::usesBulkStats(const QString &uri) const
{
    const StatsSampler *s = m_samplers.value(uri);
    return !s || s->usesBulkStats();
}

void MetricsService::onTick(const StatsTick &tick)
{
    QElapsedTimer timer;
    timer.start();
    QList<ServerRef> touched;
    touched.reserve(tick.servers.size());
    for (const DomainRates &r : tick.servers) {
        const ServerRef ref{tick.uri, r.uuid, r.name};
        m_servers[ref.key()].append(r);
        touched << ref;
    }
    m_hosts[tick.uri].append(RateMath::hostTotal(tick.servers, tick.wallMs));
    m_history->record(tick.servers);
    Q_EMIT ticked(tick.uri, touched);
    m_lastTickGuiNs = timer.nsecsElapsed();
}

std::optional<DomainRates> MetricsService::latest(const ServerRef &server) const
{
    const auto it = m_servers.constFind(server.key());
    if (it == m_servers.constEnd() || !it->latest())
        return std::nullopt;
    return *it->latest();
}

std::optional<DomainRates> MetricsService::latestHost(const QString &uri) const
{
    const auto it = m_hosts.constFind(uri);
    if (it == m_hosts.constEnd() || !it->latest())
        return std::nullopt;
    return *it->latest();
}

QList<DomainRates> MetricsService::recent(const ServerRef &server, int seconds) const
{
    const auto it = m_servers.constFind(server.key());
    return it == m_servers.constEnd() ? QList<DomainRates>() : it->since(nowMs() - qint64(seconds) * 1000);
}

QList<DomainRates> MetricsService::recentHost(const QString &uri, int seconds) const
{
    const auto it = m_hosts.constFind(uri);
    return it == m_hosts.constEnd() ? QList<DomainRates>() : it->since(nowMs() - qint64(seconds) * 1000);
}

Sparkline MetricsService::cpuSparkline(const ServerRef &server, int seconds) const
{
    const auto it = m_servers.constFind(server.key());
    return sparkline(it == m_servers.constEnd() ? nullptr : &*it, seconds, &DomainRates::cpuPercent, nullptr,
                     100);
}

Sparkline MetricsService::networkSparkline(const ServerRef &server, int seconds) const
{
    const auto it = m_servers.constFind(server.key());
    return sparkline(it == m_servers.constEnd() ? nullptr : &*it, seconds, &DomainRates::rxBytes,
                     &DomainRates::txBytes, 0);
}

Sparkline MetricsService::hostCpuSparkline(const QString &uri, int seconds) const
{
    const auto it = m_hosts.constFind(uri);
    return sparkline(it == m_hosts.constEnd() ? nullptr : &*it, seconds, &DomainRates::hostCpuPercent,
                     nullptr, 100);
}

Sparkline MetricsService::hostNetworkSparkline(const QString &uri, int seconds) const
{
    const auto it = m_hosts.constFind(uri);
    return sparkline(it == m_hosts.constEnd() ? nullptr : &*it, seconds, &DomainRates::rxBytes,
                     &DomainRates::txBytes, 0);
}

void MetricsService::fetchHistory(const ServerRef &server, HistoryRange range, QObject *context,
                                  HistoryStore::FetchCallback done) const
{
    const qint64 to = nowMs();
    const qint64 from = to - HistoryRanges::spanSeconds(range) * 1000;
    m_history->fetch(server.uuid, from, to, HistoryRanges::resolutionSeconds(range, m_history->step()),
                     context, std::move(done));
}

void MetricsService::fetchHistory(const ServerRef &server, const QDateTime &from, const QDateTime &to,
                                  QObject *context, HistoryStore::FetchCallback done) const
{
    // Asking for the finest step lets librrd pick the finest archive that covers the whole span.
    m_history->fetch(server.uuid, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 1, context,
                     std::move(done));
}

QList<CpuHistoryPoint> MetricsService::cpuPoints(const HistoryData &data)
{
    QList<CpuHistoryPoint> out;
    const QList<double> avg = data.average.value(QStringLiteral("cpu"));
    const QList<double> max = data.maximum.value(QStringLiteral("cpu"));
    out.reserve(data.rows());
    for (qsizetype i = 0; i < data.rows() && i < avg.size(); ++i) {
        CpuHistoryPoint p;
        p.time = QDateTime::fromMSecsSinceEpoch(data.timesMs[i], Qt::UTC);
        p.averagePercent = avg[i];
        p.maximumPercent = i < max.size() ? max[i] : avg[i];
        out << p;
    }
    return out;
}

void MetricsService::fetchCpuHistory(const ServerRef &server, const QDateTime &from, const QDateTime &to,
                                     QObject *context,
                                     std::function<void(Result<QList<CpuHistoryPoint>>)> done) const
{
    fetchHistory(server, from, to, context, [done = std::move(done)](Result<HistoryData> r) {
        if (!r)
            done(r.error());
        else
            done(cpuPoints(r.value()));
    });
}

Result<QList<CpuHistoryPoint>> MetricsService::fetchCpuHistoryBlocking(const ServerRef &server,
                                                                       const QDateTime &from,
                                                                       const QDateTime &to) const
{
    Result<HistoryData> r =
        m_history->fetchBlocking(server.uuid, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 1);
    if (!r)
        return r.error();
    return cpuPoints(r.value());
}

} // namespace virtdeck
