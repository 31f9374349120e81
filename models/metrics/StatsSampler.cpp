#include "metrics/StatsSampler.h"

#include "hypervisor/Connection.h"
#include "metrics/StatsCollector.h"

#include <QTimer>

namespace virtdeck {

StatsSampler::StatsSampler(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_uri(connection->uri())
    , m_collector(std::make_shared<StatsCollector>())
{
    qRegisterMetaType<virtdeck::StatsTick>();
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(m_interval * 1000);
    connect(m_timer, &QTimer::timeout, this, &StatsSampler::onTimer);
}

StatsSampler::~StatsSampler() = default;

void StatsSampler::setInterval(int seconds)
{
    m_interval = std::clamp(seconds, kMinInterval, kMaxInterval);
    m_timer->setInterval(m_interval * 1000);
}

void StatsSampler::start()
{
    m_timer->start();
}

void StatsSampler::stop()
{
    m_timer->stop();
}

bool StatsSampler::isRunning() const
{
    return m_timer->isActive();
}

void StatsSampler::sampleNow()
{
    onTimer();
}

void StatsSampler::onTimer()
{
    if (!m_connection || !m_connection->isConnected())
        return;
    if (m_inFlight) {
        ++m_skipped;
        return;
    }
    m_inFlight = true;
    const HostSnapshot host = m_connection->host();
    const QString uri = m_uri;
    std::shared_ptr<StatsCollector> collector = m_collector;
    m_connection->runMonitoring(
        this,
        [collector, uri, cpus = host.cpus, since = host.connectedSince](virConnectPtr conn) {
            return collector->collect(conn, uri, cpus, since);
        },
        [this](Result<StatsTick> result) { onResult(std::move(result)); });
}

void StatsSampler::onResult(Result<StatsTick> result)
{
    m_inFlight = false;
    if (!result) {
        Q_EMIT failed(result.error());
        return;
    }
    m_bulk = result->bulk;
    if (m_connection && m_bulk == m_noteShown) {
        m_noteShown = !m_bulk;
        m_connection->setHostNote(tr("Statistics"),
                                  m_noteShown ? tr("per-domain calls: this driver has no bulk statistics")
                                              : QString());
    }
    Q_EMIT ticked(result.value());
}

} // namespace virtdeck
