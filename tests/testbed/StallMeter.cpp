#include "StallMeter.h"

#include <QMap>
#include <QStringList>

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace virtdeck::testbed {

namespace {
// Reads up to size-1 bytes of a /proc file into buf; false if it cannot be read.
bool readProc(const char *path, char *buf, size_t size)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = ::read(fd, buf, size - 1);
    ::close(fd);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    return true;
}

// "S futex_wait < do_futex < ..." for a thread that is not running; empty when it runs.
QString blockedIn(int tid)
{
    char buf[4096];
    const QByteArray base = "/proc/self/task/" + QByteArray::number(tid);
    if (!readProc(QByteArray(base + "/stat").constData(), buf, sizeof buf))
        return {};
    const char *close = std::strrchr(buf, ')');
    if (!close || close[1] == '\0' || close[2] == 'R')
        return {};
    QString where = QString(QLatin1Char(close[2]));
    if (readProc(QByteArray(base + "/stack").constData(), buf, sizeof buf)) {
        // Lines look like "[<0>] futex_wait_queue+0x60/0x90".
        QStringList frames;
        for (const QByteArray &line : QByteArray(buf).split('\n')) {
            const qsizetype space = line.indexOf(' ');
            if (space < 0)
                continue;
            frames << QString::fromLatin1(line.mid(space + 1).split('+').constFirst());
            if (frames.size() == 4)
                break;
        }
        where += QLatin1Char(' ') + frames.join(QStringLiteral(" < "));
    } else if (readProc(QByteArray(base + "/wchan").constData(), buf, sizeof buf)) {
        where += QLatin1Char(' ') + QString::fromLatin1(buf);
    }
    return where;
}
} // namespace

StallMeter::StallMeter(int intervalMs)
    : m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

StallMeter::~StallMeter()
{
    stop();
}

StallMeter::Sample StallMeter::sample() const
{
    Sample s;
    s.atNs = m_clock.nsecsElapsed();
    char buf[256];
    long long run = 0;
    long long wait = 0;
    if (readProc("/proc/thread-self/schedstat", buf, sizeof buf) &&
        std::sscanf(buf, "%lld %lld", &run, &wait) == 2) {
        s.onCpuNs = run;
        s.waitingNs = wait;
    }
    // The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...".
    long long v[8] = {};
    if (readProc("/proc/stat", buf, sizeof buf) &&
        std::sscanf(buf, "cpu %lld %lld %lld %lld %lld %lld %lld %lld", &v[0], &v[1], &v[2], &v[3], &v[4],
                    &v[5], &v[6], &v[7]) == 8)
        s.stealTicks = v[7];
    return s;
}

void StallMeter::start()
{
    stop();
    m_clock.start();
    m_last = sample();
    m_worstGapNs = 0;
    m_worstGap = -1;
    m_worstFrom = m_worstTo = m_last;
    m_ticks = 0;
    m_blocked.clear();
    m_guiTid = int(::syscall(SYS_gettid));
    m_lastTickNs = m_last.atNs;
    m_tickCount = 0;
    m_watching = true;
    m_watchdog = std::thread([this] { watch(); });
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
    m_watching = false;
    if (m_watchdog.joinable())
        m_watchdog.join();
}

void StallMeter::watch()
{
    // A tick more than 10 ms late is a stall worth explaining; sample every 2 ms while it lasts.
    const qint64 lateNs = (m_intervalMs + 10) * 1000000LL;
    while (m_watching) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        if (m_clock.nsecsElapsed() - m_lastTickNs.load() < lateNs)
            continue;
        const int gap = m_tickCount.load();
        const QString where = blockedIn(m_guiTid);
        m_blocked.push_back(
            {gap, where.isEmpty() ? QStringLiteral("R (running or waiting for a CPU)") : where});
    }
}

void StallMeter::tick()
{
    const Sample now = sample();
    if (now.atNs - m_last.atNs > m_worstGapNs) {
        m_worstGapNs = now.atNs - m_last.atNs;
        m_worstGap = m_ticks;
        m_worstFrom = m_last;
        m_worstTo = now;
    }
    ++m_ticks;
    m_last = now;
    m_lastTickNs = now.atNs;
    m_tickCount = m_ticks;
}

qint64 StallMeter::worstStallMs() const
{
    return std::max<qint64>(0, m_worstGapNs / 1000000 - m_intervalMs);
}

QString StallMeter::report() const
{
    auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 1); };
    QString out =
        QStringLiteral("longest GUI-thread stall %1 ms (gap %2 ms between %3 ms ticks, %4 ticks; at %5 ms)")
            .arg(worstStallMs())
            .arg(ms(m_worstGapNs))
            .arg(m_intervalMs)
            .arg(m_ticks)
            .arg(ms(m_worstFrom.atNs));
    if (m_worstFrom.onCpuNs >= 0 && m_worstTo.onCpuNs >= 0) {
        const qint64 onCpu = m_worstTo.onCpuNs - m_worstFrom.onCpuNs;
        const qint64 waiting = m_worstTo.waitingNs - m_worstFrom.waitingNs;
        out += QStringLiteral("; in that gap the GUI thread ran %1 ms, waited for a CPU %2 ms, slept %3 ms")
                   .arg(ms(onCpu), ms(waiting), ms(std::max<qint64>(0, m_worstGapNs - onCpu - waiting)));
    }
    if (m_worstFrom.stealTicks >= 0 && m_worstTo.stealTicks >= 0) {
        const long hz = ::sysconf(_SC_CLK_TCK);
        out += QStringLiteral("; the machine's hypervisor stole %1 ms of CPU time")
                   .arg((m_worstTo.stealTicks - m_worstFrom.stealTicks) * 1000 / (hz > 0 ? hz : 100));
    }
    if (m_watching)
        return out; // the watchdog still writes its samples
    QMap<QString, int> where;
    for (const Blocked &b : m_blocked) {
        if (b.gap == m_worstGap)
            ++where[b.where];
    }
    for (auto it = where.cbegin(); it != where.cend(); ++it)
        out += QStringLiteral("\n  sampled %1x while late: %2").arg(it.value()).arg(it.key());
    return out;
}

} // namespace virtdeck::testbed
