// Benchmark: the sampler's cost per tick against real QEMU (TCG) guests on a private libvirtd: 30 idle
// guests with a NIC (3 with --quick, what CTest runs). Prints, per tick: the worker's time for the one
// bulk call plus rate maths, the GUI thread's time (MetricsService::onTick: buffers, host totals,
// queueing the history write, ticked() listeners), the history thread's RRD write time, and, for
// comparison, the same collection done with per-domain calls.

#include "Testbed.h"

#include "hypervisor/ConnectionManager.h"
#include "metrics/HistoryStore.h"
#include "metrics/MetricsService.h"
#include "metrics/StatsCollector.h"
#include "metrics/StatsSampler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace virtdeck;
using virtdeck::testbed::Testbed;

namespace {
struct Stats
{
    QList<double> values;
    void add(double v) { values << v; }
    double percentile(double p) const
    {
        if (values.isEmpty())
            return 0;
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
    }
    double max() const { return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QStringLiteral("?");
}

void printRow(const char *what, const Stats &s, const char *unit)
{
    std::printf("  %-44s median %8.2f  p90 %8.2f  max %8.2f %s  (%lld ticks)\n", what, s.percentile(0.5),
                s.percentile(0.9), s.max(), unit, qint64(s.values.size()));
}

// The same collection through a collector pinned to one mode, on the benchmark's own connection.
Stats collectDirect(const QString &uri, StatsCollector::Mode mode, int ticks, int hostCpus, int *calls)
{
    Stats s;
    virConnectPtr conn = virConnectOpen(uri.toUtf8().constData());
    if (!conn)
        return s;
    StatsCollector collector;
    collector.forceMode(mode);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < ticks; ++i) {
        Result<StatsTick> t = collector.collect(conn, uri, hostCpus, since);
        if (t) {
            s.add(double(t->workerNs) / 1e6);
            *calls = t->callCount;
        }
        QTest::qWait(500);
    }
    virConnectClose(conn);
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int guests = quick ? 3 : 30;
    const int ticks = quick ? 5 : 20;
    QString why;
    if (!Testbed::available(&why)) {
        std::printf("bench_sampler: skipped: %s\n", qPrintable(why));
        return 0;
    }
    Testbed bed;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!bed.start(&error)) {
        std::printf("bench_sampler: cannot start the bed: %s\n", qPrintable(error));
        return 1;
    }
    for (int i = 0; i < guests; ++i) {
        Testbed::GuestOptions o;
        o.name = QStringLiteral("bench-%1").arg(i, 2, 10, QLatin1Char('0'));
        o.memoryMiB = 96;
        o.maxMemoryMiB = 128;
        if (!bed.bootGuest(o, 180000, &error)) {
            std::printf("bench_sampler: guest %d did not boot: %s\n", i, qPrintable(error));
            return 1;
        }
    }
    std::printf("bench_sampler: %d guests booted in %.1f s; load average %s\n", guests,
                timer.elapsed() / 1000.0, qPrintable(loadAverage()));

    QTemporaryDir dir;
    ConnectionManager manager;
    MetricsService metrics(&manager, nullptr, nullptr, dir.filePath(QStringLiteral("history")));
    Connection::Options options;
    options.uri = bed.uri();
    if (!manager.connectTo(options) || !metrics.sampler(bed.uri())) {
        std::printf("bench_sampler: cannot connect to %s\n", qPrintable(bed.uri()));
        return 1;
    }

    Stats worker, gui, rrd;
    int calls = 0, servers = 0, seen = 0;
    QObject::connect(metrics.sampler(bed.uri()), &StatsSampler::ticked, &app, [&](const StatsTick &t) {
        worker.add(double(t.workerNs) / 1e6);
        calls = t.callCount;
        servers = int(t.servers.size());
        // Read after onTick returned (it records its own duration at the end).
        QTimer::singleShot(0, &app, [&] {
            gui.add(double(metrics.lastTickGuiNs()) / 1e3);
            ++seen;
        });
        // The previous tick's write has finished by now (the history thread runs far ahead of 2 s).
        if (metrics.history()->lastWriteNs() > 0)
            rrd.add(double(metrics.history()->lastWriteNs()) / 1e6);
    });
    if (!QTest::qWaitFor([&] { return seen >= ticks + 1; }, (ticks + 10) * 2500)) {
        std::printf("bench_sampler: only %d ticks arrived\n", seen);
        return 1;
    }
    // The first tick has no rates yet and creates the RRD files: leave it out.
    for (Stats *s : {&worker, &gui, &rrd}) {
        if (!s->values.isEmpty())
            s->values.removeFirst();
    }
    std::printf(
        "bulk statistics (virConnectGetAllDomainStats), %d running guests, %d libvirt call(s) per tick:\n",
        servers, calls);
    printRow("worker: bulk call + parse + rate maths", worker, "ms");
    printRow("GUI thread: MetricsService::onTick", gui, "us");
    printRow("history thread: RRD update of every file", rrd, "ms");

    const int hostCpus = manager.connection(bed.uri())->host().cpus;
    int perDomainCalls = 0;
    const Stats perDomain =
        collectDirect(bed.uri(), StatsCollector::Mode::PerDomain, quick ? 3 : 8, hostCpus, &perDomainCalls);
    std::printf("for comparison, per-domain calls (the test-driver fallback), %d libvirt calls per tick:\n",
                perDomainCalls);
    printRow("worker: per-domain calls + rate maths", perDomain, "ms");

    manager.removeAll();
    if (!bed.stop(&error))
        std::printf("bench_sampler: stopping the bed: %s\n", qPrintable(error));
    return 0;
}
