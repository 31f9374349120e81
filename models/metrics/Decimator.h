#pragma once

// Reduces a time series to what a chart of a given width can show: per horizontal pixel (bucket) the
// minimum and the maximum sample, in time order, so peaks survive and a chart never holds more than two
// points per pixel. Gaps (NaN) are kept as a single NaN point between the buckets around them. Pure
// functions, called by the Charts page (on a QtConcurrent thread when the input is large) and benchmarks.

#include <QList>
#include <QPointF>

namespace virtdeck::Decimator {

// points: sorted by x, y NaN for gaps. Keeps the points with x in [xFrom, xTo] plus the nearest point
// outside each end (so a zoomed line runs to the edges). buckets <= 0 returns the input unchanged.
QList<QPointF> minMax(const QList<QPointF> &points, double xFrom, double xTo, int buckets);
// Splits at NaN points into runs of real points; empty runs are dropped.
QList<QList<QPointF>> segments(const QList<QPointF> &points);
// Real (non-NaN) points in the list.
qsizetype realPointCount(const QList<QPointF> &points);

} // namespace virtdeck::Decimator
