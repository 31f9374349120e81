#pragma once

// The time ranges the Charts page offers and the archive resolution each one reads. Live comes from
// memory (MetricsService); the others from the RRD history (HistoryStore).

#include <QList>
#include <QMetaType>
#include <QString>

namespace virtdeck {

enum class HistoryRange
{
    Live,
    Hour,
    Day,
    Week,
    Month,
    Year
};

namespace HistoryRanges {
QList<HistoryRange> all();
QString name(HistoryRange range); // translated: "Live (5 min)", "Hour"...
QString id(HistoryRange range);   // stable: "live", "hour"...
qint64 spanSeconds(HistoryRange range);
// Consolidation step of the archive that serves the range; step is the file's sampling step.
int resolutionSeconds(HistoryRange range, int step);
// Whether the range reads consolidated rows (average with a max band) rather than raw samples.
bool isConsolidated(HistoryRange range);
} // namespace HistoryRanges

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::HistoryRange)
