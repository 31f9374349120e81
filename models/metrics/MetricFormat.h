#pragma once

// Human formatting of rates for the list, the charts and exports: byte rates in binary units
// (B/s … GiB/s) or, as a setting, bit rates in decimal units (bit/s … Gbit/s), and percentages.

#include <QString>

namespace virtdeck::MetricFormat {

struct RateUnit
{
    double divisor = 1; // value in bytes/s divided by this gives the unit's number
    QString name;       // "MiB/s", "Mbit/s"
};

// The unit that shows maxBytesPerSecond with at most four digits before the point.
RateUnit rateUnit(double maxBytesPerSecond, bool bits);
// "12.5 MiB/s", "100 Mbit/s"; empty for a gap.
QString rate(double bytesPerSecond, bool bits);
// "42 %", "0.5 %"; empty for a gap.
QString percent(double value);

} // namespace virtdeck::MetricFormat
