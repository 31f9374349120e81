#include "metrics/MetricFormat.h"

#include "metrics/DomainRates.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace virtdeck::MetricFormat {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::MetricFormat)
};

QString numberText(double v)
{
    const int decimals = v >= 100 || v == std::floor(v) ? 0 : (v >= 10 ? 1 : 2);
    return QLocale().toString(v, 'f', decimals);
}
} // namespace

RateUnit rateUnit(double maxBytesPerSecond, bool bits)
{
    const double value = isGap(maxBytesPerSecond) ? 0 : std::abs(maxBytesPerSecond) * (bits ? 8.0 : 1.0);
    if (bits) {
        if (value >= 1e9)
            return {1e9 / 8.0, Text::tr("Gbit/s")};
        if (value >= 1e6)
            return {1e6 / 8.0, Text::tr("Mbit/s")};
        if (value >= 1e3)
            return {1e3 / 8.0, Text::tr("kbit/s")};
        return {1.0 / 8.0, Text::tr("bit/s")};
    }
    if (value >= 1024.0 * 1024 * 1024)
        return {1024.0 * 1024 * 1024, Text::tr("GiB/s")};
    if (value >= 1024.0 * 1024)
        return {1024.0 * 1024, Text::tr("MiB/s")};
    if (value >= 1024.0)
        return {1024.0, Text::tr("KiB/s")};
    return {1.0, Text::tr("B/s")};
}

QString rate(double bytesPerSecond, bool bits)
{
    if (isGap(bytesPerSecond))
        return {};
    const RateUnit unit = rateUnit(bytesPerSecond, bits);
    return Text::tr("%1 %2").arg(numberText(bytesPerSecond / unit.divisor), unit.name);
}

QString percent(double value)
{
    if (isGap(value))
        return {};
    return Text::tr("%1 %").arg(numberText(value));
}

} // namespace virtdeck::MetricFormat
