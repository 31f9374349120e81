#pragma once

// The recent samples of one list cell, as SparklineDelegate draws them: one or two lines over a time
// window, NaN for gaps. Built by MetricsService for ServerListModel's CPU and Network columns.

#include <QList>
#include <QMetaType>
#include <QPointF>

namespace virtdeck {

struct Sparkline
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double maximum = 0;       // > 0: fixed scale (100 for CPU %); 0: scaled to the data
    QList<QPointF> primary;   // x: ms since the epoch, y: value (NaN: gap)
    QList<QPointF> secondary; // optional second line (network: tx under rx)

    bool isEmpty() const { return primary.isEmpty() && secondary.isEmpty(); }
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Sparkline)
