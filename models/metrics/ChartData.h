#pragma once

// The full-resolution data behind the Charts page for one server, range and interface: CPU and steal %,
// rx and tx bytes/s on one time axis, with the maxima of consolidated ranges. Built from the live
// samples or a history fetch; exported as CSV. Pure data, so unit tests and benchmarks use it without a
// window; ChartsPage decimates it for the chart.

#include "core/Result.h"
#include "metrics/DomainRates.h"
#include "metrics/HistoryData.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

#include <array>

class QIODevice;

namespace virtdeck {

struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ChartData)
public:
    enum Column
    {
        Cpu,
        CpuMax,
        Steal,
        StealMax,
        Rx,
        RxMax,
        Tx,
        TxMax,
        ColumnCount
    };

    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepSeconds = 0;
    bool band = false; // the *Max columns hold maxima of consolidated rows
    QList<qint64> timesMs;
    std::array<QList<double>, ColumnCount> columns; // NaN: gap; *Max empty without a band

    bool isEmpty() const { return timesMs.isEmpty(); }
    qsizetype rows() const { return timesMs.size(); }

    // interfaceIndex: position in the domain definition, -1 for the total. History keeps slots 0–3 only.
    static ChartData fromHistory(const HistoryData &history, int interfaceIndex, bool band);
    // Samples further apart than maxGapMs get a gap between them (the host did not answer).
    static ChartData fromLive(const QList<DomainRates> &samples, int interfaceIndex, qint64 fromMs,
                              qint64 toMs, qint64 maxGapMs);

    // (time ms, value) of one column between from and to (all rows when to <= from).
    QList<QPointF> points(Column column, qint64 fromMs = 0, qint64 toMs = 0) const;
    // Largest value of the rx/tx columns (and maxima) between from and to; 0 when none.
    double networkPeak(qint64 fromMs, qint64 toMs) const;

    // CSV with a header row: time (ISO 8601, UTC), then one column per series; empty cells are gaps.
    // Rates are in bytes/s (or bit/s), whatever the chart's display unit.
    Status writeCsv(QIODevice *device, qint64 fromMs, qint64 toMs, bool bits) const;
    static QStringList csvHeader(bool band, bool bits);
};

} // namespace virtdeck
