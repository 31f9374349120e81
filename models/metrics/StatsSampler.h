#pragma once

// Samples one connection: a timer on the GUI thread enqueues one collection job per interval on the
// connection's worker (Connection::run) and publishes the resulting rates. A tick is skipped while the
// previous one is still running, so a hung host never piles up jobs. Sets the host note "Statistics"
// when the driver has no bulk statistics. Created by MetricsService (one per connection) and tests.

#include "core/Result.h"
#include "metrics/DomainRates.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace virtdeck {

class Connection;
class StatsCollector;

class StatsSampler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultInterval = 2; // seconds
    static constexpr int kMinInterval = 1;
    static constexpr int kMaxInterval = 60;

    explicit StatsSampler(Connection *connection, QObject *parent = nullptr);
    ~StatsSampler() override;

    QString uri() const { return m_uri; }
    // Seconds between ticks, clamped to 1–60.
    void setInterval(int seconds);
    int interval() const { return m_interval; }
    void start();
    void stop();
    bool isRunning() const;
    // Runs one tick now (unless one is in flight); for tests and the first sample after connecting.
    void sampleNow();

    bool isInFlight() const { return m_inFlight; }
    int skippedTicks() const { return m_skipped; }
    // Whether the last tick used the bulk call (true until the first tick says otherwise).
    bool usesBulkStats() const { return m_bulk; }

Q_SIGNALS:
    void ticked(const virtdeck::StatsTick &tick);
    void failed(const virtdeck::Error &error);

private:
    void onTimer();
    void onResult(Result<StatsTick> result);

    QPointer<Connection> m_connection;
    QString m_uri;
    std::shared_ptr<StatsCollector> m_collector; // used only on the connection's worker
    QTimer *m_timer = nullptr;
    int m_interval = kDefaultInterval;
    bool m_inFlight = false;
    bool m_bulk = true;
    bool m_noteShown = false;
    int m_skipped = 0;
};

} // namespace virtdeck
