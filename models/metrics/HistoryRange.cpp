#include "metrics/HistoryRange.h"

#include <QCoreApplication>

namespace virtdeck::HistoryRanges {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::HistoryRanges)
};
} // namespace

QList<HistoryRange> all()
{
    return {HistoryRange::Live, HistoryRange::Hour,  HistoryRange::Day,
            HistoryRange::Week, HistoryRange::Month, HistoryRange::Year};
}

QString name(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Live: return Text::tr("Live (5 min)");
    case HistoryRange::Hour: return Text::tr("Hour");
    case HistoryRange::Day: return Text::tr("Day");
    case HistoryRange::Week: return Text::tr("Week");
    case HistoryRange::Month: return Text::tr("Month");
    case HistoryRange::Year: return Text::tr("Year");
    }
    return {};
}

QString id(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Live: return QStringLiteral("live");
    case HistoryRange::Hour: return QStringLiteral("hour");
    case HistoryRange::Day: return QStringLiteral("day");
    case HistoryRange::Week: return QStringLiteral("week");
    case HistoryRange::Month: return QStringLiteral("month");
    case HistoryRange::Year: return QStringLiteral("year");
    }
    return {};
}

qint64 spanSeconds(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Live: return 5 * 60;
    case HistoryRange::Hour: return 3600;
    case HistoryRange::Day: return 86400;
    case HistoryRange::Week: return 7 * 86400;
    case HistoryRange::Month: return 31 * 86400;
    case HistoryRange::Year: return 366 * 86400;
    }
    return 0;
}

int resolutionSeconds(HistoryRange range, int step)
{
    switch (range) {
    case HistoryRange::Live:
    case HistoryRange::Hour: return step;
    case HistoryRange::Day: return 60;
    case HistoryRange::Week: return 300;
    case HistoryRange::Month: return 1800;
    case HistoryRange::Year: return 21600;
    }
    return step;
}

bool isConsolidated(HistoryRange range)
{
    return range != HistoryRange::Live && range != HistoryRange::Hour;
}

} // namespace virtdeck::HistoryRanges
