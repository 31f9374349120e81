#include "metrics/Decimator.h"

#include <algorithm>
#include <cmath>

namespace virtdeck::Decimator {

namespace {
bool isGapPoint(const QPointF &p)
{
    return std::isnan(p.y());
}

// Collects one bucket's extremes and writes them out in time order.
struct Bucket
{
    const QPointF *low = nullptr;
    const QPointF *high = nullptr;

    void add(const QPointF &p)
    {
        if (!low || p.y() < low->y())
            low = &p;
        if (!high || p.y() > high->y())
            high = &p;
    }
    void flush(QList<QPointF> &out)
    {
        if (!low)
            return;
        if (low == high) {
            out << *low;
        } else if (low->x() <= high->x()) {
            out << *low << *high;
        } else {
            out << *high << *low;
        }
        low = high = nullptr;
    }
};
} // namespace

QList<QPointF> minMax(const QList<QPointF> &points, double xFrom, double xTo, int buckets)
{
    if (buckets <= 0 || points.isEmpty() || !(xTo > xFrom))
        return points;
    auto less = [](const QPointF &p, double x) { return p.x() < x; };
    auto first = std::lower_bound(points.begin(), points.end(), xFrom, less);
    auto last = std::upper_bound(points.begin(), points.end(), xTo,
                                 [](double x, const QPointF &p) { return x < p.x(); });
    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(qsizetype(last - first), 2 * qsizetype(buckets)) + 4);
    if (first != points.begin())
        out << *(first - 1);
    const double width = (xTo - xFrom) / buckets;
    Bucket bucket;
    qint64 current = -1;
    bool bucketHasGap = false;
    // A bucket with unknown samples emits its extremes, then one NaN: at most two real points per
    // bucket, and the line breaks within a pixel of where the data stops.
    auto closeBucket = [&] {
        bucket.flush(out);
        if (bucketHasGap && (out.isEmpty() || !isGapPoint(out.last())))
            out << QPointF(xFrom + (current + 1) * width, std::nan(""));
        bucketHasGap = false;
    };
    for (auto it = first; it != last; ++it) {
        const qint64 index = std::clamp<qint64>(qint64((it->x() - xFrom) / width), 0, buckets - 1);
        if (index != current) {
            closeBucket();
            current = index;
        }
        if (isGapPoint(*it))
            bucketHasGap = true;
        else
            bucket.add(*it);
    }
    closeBucket();
    if (last != points.end())
        out << *last;
    return out;
}

QList<QList<QPointF>> segments(const QList<QPointF> &points)
{
    QList<QList<QPointF>> out;
    QList<QPointF> run;
    for (const QPointF &p : points) {
        if (isGapPoint(p)) {
            if (!run.isEmpty())
                out << std::exchange(run, {});
        } else {
            run << p;
        }
    }
    if (!run.isEmpty())
        out << run;
    return out;
}

qsizetype realPointCount(const QList<QPointF> &points)
{
    return std::count_if(points.begin(), points.end(), [](const QPointF &p) { return !isGapPoint(p); });
}

} // namespace virtdeck::Decimator
