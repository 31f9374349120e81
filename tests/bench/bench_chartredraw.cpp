// Benchmark: redraw of one week of 1 s samples x 4 series (CPU, steal, rx, tx) in the Charts page's
// chart view, all points in QLineSeries versus decimated to two points per pixel (min/max per bucket).
// Prints the time to hand the points over, to paint the first frame and to repaint, for both, and the
// ratios. --quick: one day instead of a week (what CTest runs).

#include "metrics/ChartData.h"
#include "metrics/ChartsPage.h"
#include "metrics/TimeChartView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cmath>
#include <cstdio>

using namespace virtdeck;

namespace {
struct Figures
{
    double prepareMs = 0; // decimation (0 for all points)
    double handOverMs = 0;
    double firstPaintMs = 0;
    double repaintMs = 0;
    qsizetype points = 0;
};

double paintMs(TimeChartView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer t;
    t.start();
    QPainter p(&image);
    view.render(&p);
    p.end();
    return double(t.nsecsElapsed()) / 1e6;
}

QList<TimeChartView::Line> linesOf(const std::array<QList<QPointF>, ChartData::ColumnCount> &p)
{
    return {{QStringLiteral("CPU"), Qt::blue, p[ChartData::Cpu], {}},
            {QStringLiteral("Steal"), Qt::red, p[ChartData::Steal], {}},
            {QStringLiteral("Received"), Qt::darkGreen, p[ChartData::Rx], {}},
            {QStringLiteral("Sent"), Qt::darkYellow, p[ChartData::Tx], {}}};
}

Figures measure(const ChartData &data, bool decimated)
{
    TimeChartView view;
    view.resize(1200, 500);
    view.show();
    QCoreApplication::processEvents();
    view.setXRange(data.fromMs, data.toMs);
    view.setYRange(100, QStringLiteral("%"));
    Figures f;
    QElapsedTimer t;
    t.start();
    std::array<QList<QPointF>, ChartData::ColumnCount> points;
    if (decimated) {
        const ChartsPage::Rendered r = ChartsPage::decimate(data, data.fromMs, data.toMs, view.plotWidth());
        points = r.points;
    } else {
        for (int c : {ChartData::Cpu, ChartData::Steal, ChartData::Rx, ChartData::Tx})
            points[c] = data.points(ChartData::Column(c));
    }
    f.prepareMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    view.setLines(linesOf(points));
    f.handOverMs = double(t.nsecsElapsed()) / 1e6;
    f.points = view.pointCount();
    f.firstPaintMs = paintMs(view);
    double best = 1e300;
    for (int i = 0; i < 3; ++i)
        best = std::min(best, paintMs(view));
    f.repaintMs = best;
    return f;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int samples = quick ? 86400 : 7 * 86400;

    ChartData data;
    const qint64 start = 1700000000000LL;
    data.fromMs = start;
    data.toMs = start + qint64(samples) * 1000;
    data.timesMs.reserve(samples);
    for (int i = 0; i < samples; ++i) {
        data.timesMs << start + qint64(i) * 1000;
        data.columns[ChartData::Cpu] << 50 + 40 * std::sin(i / 900.0) + (i % 13);
        data.columns[ChartData::Steal] << 3 + (i % 7);
        data.columns[ChartData::Rx] << 1e6 + 5e5 * std::sin(i / 300.0);
        data.columns[ChartData::Tx] << 2e5 + (i % 1000);
    }
    std::printf("bench_chartredraw: %d samples x 4 series (%s of 1 s samples), view 1200x500\n", samples,
                quick ? "1 day" : "1 week");
    const Figures dec = measure(data, true);
    const Figures all = measure(data, false);
    std::printf("%-12s %10s %12s %12s %12s %12s %12s\n", "", "points", "decimate ms", "hand-over ms",
                "1st paint ms", "repaint ms", "total ms");
    auto row = [](const char *name, const Figures &f) {
        std::printf("%-12s %10lld %12.1f %12.1f %12.1f %12.1f %12.1f\n", name, qint64(f.points), f.prepareMs,
                    f.handOverMs, f.firstPaintMs, f.repaintMs, f.prepareMs + f.handOverMs + f.firstPaintMs);
    };
    row("all points", all);
    row("decimated", dec);
    const double totalAll = all.prepareMs + all.handOverMs + all.firstPaintMs;
    const double totalDec = dec.prepareMs + dec.handOverMs + dec.firstPaintMs;
    std::printf("ratio all/decimated: first frame %.1fx, repaint %.1fx, points %.0fx\n", totalAll / totalDec,
                all.repaintMs / std::max(0.001, dec.repaintMs),
                double(all.points) / double(std::max<qsizetype>(1, dec.points)));
    return 0;
}
