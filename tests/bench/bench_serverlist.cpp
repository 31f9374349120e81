// Benchmark: the server list with 10,000 synthetic servers. Applying one refresh to the model — the first
// listing (insert), a refresh where 10 % changed, a refresh where all changed — on the model alone and
// with the filter proxy and a tree view attached (offscreen); one server event (a tag index update); one
// stats tick (new CPU and network values for every server) applied to model + filter + view with the
// sparkline delegates, painting included; the process's resident memory; and adding one operation to
// an operations list of 10,000. Prints milliseconds; not a test.

#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "metrics/MetricsService.h"
#include "metrics/SparklineDelegate.h"
#include "metrics/StatsSampler.h"
#include "operations/OperationListModel.h"
#include "operations/OperationQueue.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace virtdeck;

namespace {
QString uuidOf(int i)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QList<DomainSnapshot> fleet(const QString &uri, int n, int generation, int changedEvery)
{
    QList<DomainSnapshot> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        DomainSnapshot s;
        s.uri = uri;
        s.uuid = uuidOf(i);
        s.name = QStringLiteral("srv-%1").arg(i, 5, 10, QLatin1Char('0'));
        s.title = QStringLiteral("Synthetic server %1").arg(i);
        s.state = DomainState::Running;
        s.active = true;
        s.vcpus = 1 + (i % 4);
        s.maxVcpus = 4;
        s.memoryKiB = 262144ull * (1 + (i % 8));
        s.maxMemoryKiB = 2097152;
        s.metadata.tags = {QStringLiteral("web"), QStringLiteral("site-%1").arg(i % 3)};
        s.metadata.shares = 1 + (i % 8);
        if (changedEvery > 0 && i % changedEvery == 0)
            s.memoryKiB += 1024 * generation;
        out << s;
    }
    return out;
}

StatsTick tickOf(const QString &uri, int n, int k, qint64 wallMs)
{
    StatsTick tick;
    tick.uri = uri;
    tick.wallMs = wallMs;
    tick.hostCpus = 64;
    tick.servers.reserve(n);
    for (int i = 0; i < n; ++i) {
        DomainRates r;
        r.uuid = uuidOf(i);
        r.name = QStringLiteral("srv-%1").arg(i, 5, 10, QLatin1Char('0'));
        r.wallMs = wallMs;
        r.vcpus = 1 + (i % 4);
        r.cpuPercent = double((i * 7 + k * 13) % 100);
        r.hostCpuPercent = r.cpuPercent / 64.0;
        r.rxBytes = double(((i + k) % 50) * 1000);
        r.txBytes = double(((i * 3 + k) % 40) * 800);
        tick.servers << r;
    }
    return tick;
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    QCoreApplication::processEvents();
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void listingFigures(int n, const QString &dirPath)
{
    const QString uri = QStringLiteral("test:///bench");
    for (bool withView : {false, true}) {
        ServerListModel model;
        ServerFilterModel filter;
        Config config(dirPath + QStringLiteral("/bench.conf"));
        std::unique_ptr<ServerTreeView> view;
        if (withView) {
            filter.setSourceModel(&model);
            view = std::make_unique<ServerTreeView>(&model, &filter, &config);
            view->resize(1200, 800);
            view->show();
        }
        HostSnapshot h;
        h.uri = uri;
        h.displayName = QStringLiteral("bench");
        h.state = HostState::Connected;
        model.setHost(h);
        const QList<DomainSnapshot> first = fleet(uri, n, 0, 0);
        const QList<DomainSnapshot> tenPercent = fleet(uri, n, 1, 10);
        const QList<DomainSnapshot> all = fleet(uri, n, 2, 1);
        const double insert = timeMs([&] { model.applyListing(uri, first); });
        const double same = timeMs([&] { model.applyListing(uri, first); });
        const double some = timeMs([&] { model.applyListing(uri, tenPercent); });
        const double every = timeMs([&] { model.applyListing(uri, all); });
        std::printf("%s, %d servers: first listing %.1f ms, unchanged refresh %.1f ms, 10%% changed %.1f ms, "
                    "all changed %.1f ms\n",
                    withView ? "model + filter + view" : "model alone", n, insert, same, some, every);
        // One event about one server (a tag changes): the tag index follows.
        QList<double> events;
        DomainSnapshot one = all[n / 2];
        for (int i = 0; i < 50; ++i) {
            one.metadata.tags = {QStringLiteral("web"), QStringLiteral("event-%1").arg(i % 2)};
            events << timeMs([&] { model.applyServer(one); });
        }
        std::printf("%s, %d servers: one server event (tags changed) %.3f ms (median of 50)\n",
                    withView ? "model + filter + view" : "model alone", n, median(events));
    }
}

// The stats tick through the real metrics service, to the list with its sparkline delegates. The
// host is libvirt's test driver (its own sampler stopped); the servers are synthetic.
int tickFigures(int n, const QString &dirPath, bool quick)
{
    ConnectionManager manager;
    Connection::Options o;
    o.uri = QStringLiteral("test:///default");
    if (!manager.connectTo(o).ok()) {
        std::fprintf(stderr, "cannot open test:///default\n");
        return 1;
    }
    const QString uri = o.uri;
    MetricsService metrics(&manager, nullptr, nullptr, dirPath + QStringLiteral("/history"));
    StatsSampler *sampler = metrics.sampler(uri);
    if (!sampler) {
        std::fprintf(stderr, "no sampler for %s\n", qPrintable(uri));
        return 1;
    }
    sampler->stop();

    ServerListModel model;
    model.setMetrics(&metrics);
    ServerFilterModel filter;
    filter.setSourceModel(&model);
    Config config(dirPath + QStringLiteral("/tick.conf"));
    ServerTreeView view(&model, &filter, &config);
    for (int column : {int(ServerListModel::CpuColumn), int(ServerListModel::NetworkColumn)}) {
        auto *sparklines = new SparklineDelegate(ServerListModel::SparklineRole, &view);
        sparklines->setCacheRoles(ServerListModel::KeyRole, ServerListModel::SparklineVersionRole);
        view.setItemDelegateForColumn(column, sparklines);
    }
    view.resize(1400, 800);
    view.show();
    HostSnapshot h;
    h.uri = uri;
    h.displayName = QStringLiteral("bench");
    h.state = HostState::Connected;
    model.setHost(h);
    const double rssBefore = rssMiB();
    const double listing = timeMs([&] { model.applyListing(uri, fleet(uri, n, 0, 0)); });
    const double rssListed = rssMiB();

    const int ticks = quick ? 6 : 30;
    const int serviceTicks = quick ? 3 : 6; // each writes every server's history file
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - ticks * 1000; // inside the sparklines' span
    QList<double> full, list;
    for (int k = 0; k < serviceTicks; ++k) {
        const StatsTick tick = tickOf(uri, n, k, start + k * 1000);
        // Through the metrics service (buffers, history queueing) and on to the list, painted.
        full << timeMs([&] { Q_EMIT sampler->ticked(tick); });
    }
    // Let the history thread finish writing 10,000 files per tick before timing the list alone.
    bool written = false;
    metrics.history()->whenWritten(&view, [&written] { written = true; });
    QElapsedTimer wait;
    wait.start();
    while (!written && wait.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    // The list's share alone: the service's signal for the same servers, model + filter + view, painted.
    QList<ServerRef> refs;
    refs.reserve(n);
    for (int i = 0; i < n; ++i)
        refs << ServerRef{uri, uuidOf(i), {}};
    for (int k = 0; k < ticks; ++k)
        list << timeMs([&] { Q_EMIT metrics.ticked(uri, refs); });
    // Sparkline columns hidden: the tick costs no painting.
    view.setColumnHidden(ServerListModel::CpuColumn, true);
    view.setColumnHidden(ServerListModel::NetworkColumn, true);
    QCoreApplication::processEvents();
    QList<double> hidden;
    for (int k = 0; k < ticks; ++k)
        hidden << timeMs([&] { Q_EMIT metrics.ticked(uri, refs); });
    // A text filter on: every ticked row is checked against it.
    view.setColumnHidden(ServerListModel::CpuColumn, false);
    view.setColumnHidden(ServerListModel::NetworkColumn, false);
    filter.setText(QStringLiteral("srv-0"));
    QCoreApplication::processEvents();
    QList<double> filtered;
    for (int k = 0; k < ticks; ++k)
        filtered << timeMs([&] { Q_EMIT metrics.ticked(uri, refs); });

    std::printf(
        "stats tick, %d servers: model + filter + view %.2f ms (median of %d; goal < 5 ms), "
        "with the metrics service %.2f ms (median of %d), sparklines hidden %.2f ms, text filter on %.2f "
        "ms\n",
        n, median(list), ticks, median(full), serviceTicks, median(hidden), median(filtered));
    std::printf("first listing with metrics and sparkline view, %d servers: %.1f ms (goal <= 100 ms)\n", n,
                listing);
    std::printf("resident memory: %.0f MiB before listing, %.0f MiB listed, %.0f MiB after %d ticks "
                "(goal < 150 MiB)\n",
                rssBefore, rssListed, rssMiB(), serviceTicks + 3 * ticks);
    return 0;
}

void operationFigures(int n)
{
    OperationQueue queue(nullptr, nullptr);
    OperationKind k;
    k.kind = QStringLiteral("bench.wait");
    k.changesServers = false;
    k.start = [](OperationRun *) {};
    queue.registerKind(k);
    for (int i = 0; i < n; ++i)
        (void)queue.enqueue(k.kind, QStringLiteral("op %1").arg(i), {});
    OperationListModel model(&queue);
    QList<double> adds;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        (void)queue.enqueue(k.kind, QStringLiteral("more %1").arg(i), {});
        adds << double(t.nsecsElapsed()) / 1e6;
    }
    std::printf("operations list of %d: adding one operation %.3f ms (median of 50)\n", n, median(adds));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int n = quick ? 2000 : 10000;
    QTemporaryDir dir;
    listingFigures(n, dir.path());
    if (app.arguments().contains(QStringLiteral("--listing")))
        return 0;
    if (const int rc = tickFigures(n, dir.path(), quick))
        return rc;
    operationFigures(n);
    return 0;
}
