#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <thread>
#include <vector>

namespace virtdeck::testbed {

// Measures how long the GUI thread could not run its event loop: a precise timer ticks every
// `intervalMs`; a stall is a gap between two ticks minus the interval. For the worst gap it also
// records where the time went, from Linux's accounting of the GUI thread
// (/proc/thread-self/schedstat: time on a CPU and time runnable but waiting for one) and of the
// machine (/proc/stat: steal, time the hypervisor running this machine gave to others), and a
// watchdog thread samples what the GUI thread was blocked in while a tick was late (its state and,
// where readable, its kernel stack). That tells a stall of ours from one of the machine.
class StallMeter : public QObject
{
public:
    explicit StallMeter(int intervalMs = 5);
    ~StallMeter() override;

    void start();
    void stop();

    qint64 worstStallMs() const;
    // The worst stall, when it happened, and its breakdown (a few lines).
    QString report() const;

private:
    struct Sample
    {
        qint64 atNs = 0;
        qint64 onCpuNs = -1;    // this thread, cumulative
        qint64 waitingNs = -1;  // this thread, runnable but not running, cumulative
        qint64 stealTicks = -1; // all CPUs, cumulative, in USER_HZ ticks
    };
    struct Blocked
    {
        int gap = 0;   // index of the gap (ticks so far when sampled)
        QString where; // thread state and innermost kernel frames
    };
    Sample sample() const;
    void tick();
    void watch();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Sample m_last;
    qint64 m_worstGapNs = 0;
    int m_worstGap = -1;
    Sample m_worstFrom;
    Sample m_worstTo;
    int m_ticks = 0;

    // Shared with the watchdog thread, which alone writes m_blocked until it is joined.
    int m_guiTid = 0;
    std::atomic<qint64> m_lastTickNs{0};
    std::atomic<int> m_tickCount{0};
    std::atomic<bool> m_watching{false};
    std::thread m_watchdog;
    std::vector<Blocked> m_blocked;
};

} // namespace virtdeck::testbed
