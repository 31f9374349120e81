#pragma once

// What a history fetch returns: one row per consolidation step with the average (and, for consolidated
// ranges, the maximum) of each requested metric, NaN where nothing was recorded. Produced by
// HistoryStore, read by the Charts page and by Autoflex (through MetricsService::fetchCpuHistory).

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

struct HistoryData
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepSeconds = 0;
    QList<qint64> timesMs;                 // end of each row
    QHash<QString, QList<double>> average; // metric ("cpu", "rx", "if0tx"...) -> one value per row
    QHash<QString, QList<double>> maximum; // same rows; empty when no MAX archive has this step

    bool isEmpty() const { return timesMs.isEmpty(); }
    qsizetype rows() const { return timesMs.size(); }
    bool hasMaximum() const { return !maximum.isEmpty(); }
};

// One row of a server's CPU history, for Autoflex.
struct CpuHistoryPoint
{
    QDateTime time;            // end of the consolidation step, UTC
    double averagePercent = 0; // NaN: nothing recorded then
    double maximumPercent = 0; // the average when the range has no MAX archive at this resolution
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::HistoryData)
