#include "hypervisor/DomainSnapshot.h"

#include <QCoreApplication>
#include <QLocale>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::Format)
};
} // namespace

QString formatMemoryKiB(quint64 kib)
{
    const QLocale locale;
    if (kib >= 1024ull * 1024 * 1024)
        return Text::tr("%1 TiB").arg(locale.toString(double(kib) / (1024.0 * 1024 * 1024), 'g', 3));
    if (kib >= 1024ull * 1024)
        return Text::tr("%1 GiB").arg(locale.toString(double(kib) / (1024.0 * 1024), 'g', 3));
    if (kib >= 1024)
        return Text::tr("%1 MiB").arg(locale.toString(double(kib) / 1024.0, 'g', 4));
    return Text::tr("%1 KiB").arg(kib);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return Text::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return Text::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return Text::tr("%1 min").arg(minutes);
    return Text::tr("%1 s").arg(seconds);
}

} // namespace virtdeck
