// Decimator: min/max per bucket keeps at most two real points per bucket, keeps the extremes (peaks
// survive), keeps gaps, and keeps one point beyond each end of the window. Named rows.

#include "metrics/Decimator.h"

#include <QTest>

#include <cmath>

using namespace virtdeck;

namespace {
QList<QPointF> ramp(int n, double step = 1.0)
{
    QList<QPointF> out;
    for (int i = 0; i < n; ++i)
        out << QPointF(i * step, std::sin(i * 0.01) * 50 + 50);
    return out;
}
} // namespace

class TestDecimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bounded_data();
    void bounded();
    void keepsPeaks();
    void keepsGaps();
    void windowKeepsNeighbours();
    void segments();
    void smallInputUnchanged();
};

void TestDecimator::bounded_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("buckets");
    QTest::newRow("one week of 1 s samples on 800 px") << 604800 << 800;
    QTest::newRow("one hour of 2 s samples on 1000 px") << 1800 << 1000;
    QTest::newRow("fewer points than pixels") << 100 << 800;
    QTest::newRow("one bucket") << 5000 << 1;
}

void TestDecimator::bounded()
{
    QFETCH(int, points);
    QFETCH(int, buckets);
    const QList<QPointF> in = ramp(points);
    const QList<QPointF> out = Decimator::minMax(in, 0, points - 1, buckets);
    QVERIFY(Decimator::realPointCount(out) <= qMin<qsizetype>(2 * buckets, points));
    // Time order is kept.
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out[i].x() >= out[i - 1].x());
    // The range of values is the same.
    auto [lo, hi] = std::minmax_element(in.begin(), in.end(), [](auto a, auto b) { return a.y() < b.y(); });
    auto [olo, ohi] =
        std::minmax_element(out.begin(), out.end(), [](auto a, auto b) { return a.y() < b.y(); });
    QCOMPARE(olo->y(), lo->y());
    QCOMPARE(ohi->y(), hi->y());
}

void TestDecimator::keepsPeaks()
{
    QList<QPointF> in;
    for (int i = 0; i < 10000; ++i)
        in << QPointF(i, 1.0);
    in[4321].setY(99.0); // a one-sample spike
    in[7777].setY(-5.0);
    const QList<QPointF> out = Decimator::minMax(in, 0, 9999, 100);
    QVERIFY(out.contains(QPointF(4321, 99.0)));
    QVERIFY(out.contains(QPointF(7777, -5.0)));
    QVERIFY(out.size() <= 200);
}

void TestDecimator::keepsGaps()
{
    QList<QPointF> in = ramp(1000);
    for (int i = 400; i < 600; ++i)
        in[i].setY(std::nan(""));
    const QList<QPointF> out = Decimator::minMax(in, 0, 999, 50);
    const QList<QList<QPointF>> runs = Decimator::segments(out);
    QCOMPARE(runs.size(), 2);
    QVERIFY(runs[0].last().x() < 400);
    QVERIFY(runs[1].first().x() >= 600);
    QVERIFY(Decimator::realPointCount(out) <= 100);
}

void TestDecimator::windowKeepsNeighbours()
{
    const QList<QPointF> in = ramp(1000);
    const QList<QPointF> out = Decimator::minMax(in, 100, 200, 10);
    QCOMPARE(out.first().x(), 99.0);
    QCOMPARE(out.last().x(), 201.0);
    for (qsizetype i = 1; i + 1 < out.size(); ++i)
        QVERIFY(out[i].x() >= 100 && out[i].x() <= 200);
}

void TestDecimator::segments()
{
    const double nan = std::nan("");
    const QList<QPointF> in{{0, nan}, {1, 1}, {2, 2}, {3, nan}, {4, nan}, {5, 5}, {6, nan}};
    const QList<QList<QPointF>> runs = Decimator::segments(in);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0], (QList<QPointF>{{1, 1}, {2, 2}}));
    QCOMPARE(runs[1], (QList<QPointF>{{5, 5}}));
    QCOMPARE(Decimator::realPointCount(in), 3);
}

void TestDecimator::smallInputUnchanged()
{
    const QList<QPointF> in = ramp(10);
    QCOMPARE(Decimator::minMax(in, 0, 9, 100), in);
    QCOMPARE(Decimator::minMax(in, 0, 9, 0), in);
    QVERIFY(Decimator::minMax({}, 0, 9, 10).isEmpty());
}

QTEST_GUILESS_MAIN(TestDecimator)
#include "tst_decimator.moc"
