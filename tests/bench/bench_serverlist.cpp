// Benchmark: applying one refresh of 10,000 synthetic servers to the server list model — the first
// listing (insert), a refresh where 10 % changed, a refresh where all changed — on the model alone and
// with the filter proxy and a tree view attached (offscreen). Prints milliseconds; not a test.

#include "core/Config.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace virtdeck;

namespace {
QList<DomainSnapshot> fleet(const QString &uri, int n, int generation, int changedEvery)
{
    QList<DomainSnapshot> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        DomainSnapshot s;
        s.uri = uri;
        s.uuid = QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
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

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    QCoreApplication::processEvents();
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int n = app.arguments().contains(QStringLiteral("--quick")) ? 2000 : 10000;
    const QString uri = QStringLiteral("test:///bench");
    QTemporaryDir dir;

    for (bool withView : {false, true}) {
        ServerListModel model;
        ServerFilterModel filter;
        Config config(dir.filePath(QStringLiteral("bench.conf")));
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
    }
    return 0;
}
