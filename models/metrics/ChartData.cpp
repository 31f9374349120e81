#include "metrics/ChartData.h"

#include <QDateTime>
#include <QIODevice>

#include <algorithm>

namespace virtdeck {

namespace {
QString metricFor(const char *total, int interfaceIndex, const char *direction)
{
    return interfaceIndex < 0 ? QString::fromLatin1(total)
                              : QStringLiteral("if%1%2").arg(interfaceIndex).arg(QLatin1String(direction));
}

QList<double> orGaps(const QHash<QString, QList<double>> &map, const QString &key, qsizetype rows)
{
    QList<double> v = map.value(key);
    if (v.size() != rows)
        v = QList<double>(rows, kGap);
    return v;
}

// Half-open index range of the rows whose time lies in [from, to] (everything when to <= from).
std::pair<qsizetype, qsizetype> window(const QList<qint64> &times, qint64 from, qint64 to)
{
    if (to <= from)
        return {0, times.size()};
    const qsizetype first = std::lower_bound(times.begin(), times.end(), from) - times.begin();
    const qsizetype last = std::upper_bound(times.begin(), times.end(), to) - times.begin();
    return {first, last};
}
} // namespace

ChartData ChartData::fromHistory(const HistoryData &h, int interfaceIndex, bool band)
{
    ChartData d;
    d.fromMs = h.fromMs;
    d.toMs = h.toMs;
    d.stepSeconds = h.stepSeconds;
    d.timesMs = h.timesMs;
    d.band = band && h.hasMaximum();
    const qsizetype n = h.rows();
    const QString rx = metricFor("rx", interfaceIndex, "rx");
    const QString tx = metricFor("tx", interfaceIndex, "tx");
    d.columns[Cpu] = orGaps(h.average, QStringLiteral("cpu"), n);
    d.columns[Steal] = orGaps(h.average, QStringLiteral("steal"), n);
    d.columns[Rx] = orGaps(h.average, rx, n);
    d.columns[Tx] = orGaps(h.average, tx, n);
    if (d.band) {
        d.columns[CpuMax] = orGaps(h.maximum, QStringLiteral("cpu"), n);
        d.columns[StealMax] = orGaps(h.maximum, QStringLiteral("steal"), n);
        d.columns[RxMax] = orGaps(h.maximum, rx, n);
        d.columns[TxMax] = orGaps(h.maximum, tx, n);
    }
    return d;
}

ChartData ChartData::fromLive(const QList<DomainRates> &samples, int interfaceIndex, qint64 fromMs,
                              qint64 toMs, qint64 maxGapMs)
{
    ChartData d;
    d.fromMs = fromMs;
    d.toMs = toMs;
    qint64 previous = 0;
    auto add = [&d](qint64 t, double cpu, double steal, double rx, double tx) {
        d.timesMs << t;
        d.columns[Cpu] << cpu;
        d.columns[Steal] << steal;
        d.columns[Rx] << rx;
        d.columns[Tx] << tx;
    };
    for (const DomainRates &r : samples) {
        if (r.wallMs < fromMs || r.wallMs > toMs)
            continue;
        if (previous && r.wallMs - previous > maxGapMs)
            add(previous + maxGapMs / 2, kGap, kGap, kGap, kGap);
        previous = r.wallMs;
        double rx = r.rxBytes, tx = r.txBytes;
        if (interfaceIndex >= 0) {
            const InterfaceRates *i = r.interfaceAt(interfaceIndex);
            rx = i ? i->rxBytes : kGap;
            tx = i ? i->txBytes : kGap;
        }
        add(r.wallMs, r.cpuPercent, r.stealPercent, rx, tx);
    }
    return d;
}

QList<QPointF> ChartData::points(Column column, qint64 from, qint64 to) const
{
    const QList<double> &values = columns[column];
    QList<QPointF> out;
    if (values.size() != timesMs.size())
        return out;
    const auto [first, last] = window(timesMs, from, to);
    out.reserve(last - first);
    for (qsizetype i = first; i < last; ++i)
        out << QPointF(double(timesMs[i]), values[i]);
    return out;
}

double ChartData::networkPeak(qint64 from, qint64 to) const
{
    const auto [first, last] = window(timesMs, from, to);
    double peak = 0;
    for (Column c : {Rx, Tx, RxMax, TxMax}) {
        const QList<double> &values = columns[c];
        for (qsizetype i = first; i < last && i < values.size(); ++i) {
            if (!isGap(values[i]))
                peak = std::max(peak, values[i]);
        }
    }
    return peak;
}

QStringList ChartData::csvHeader(bool band, bool bits)
{
    const QString unit = bits ? QStringLiteral("bit_per_s") : QStringLiteral("bytes_per_s");
    QStringList h{QStringLiteral("time"), QStringLiteral("cpu_percent")};
    if (band)
        h << QStringLiteral("cpu_percent_max");
    h << QStringLiteral("steal_percent");
    if (band)
        h << QStringLiteral("steal_percent_max");
    h << QStringLiteral("rx_") + unit;
    if (band)
        h << QStringLiteral("rx_") + unit + QStringLiteral("_max");
    h << QStringLiteral("tx_") + unit;
    if (band)
        h << QStringLiteral("tx_") + unit + QStringLiteral("_max");
    return h;
}

Status ChartData::writeCsv(QIODevice *device, qint64 from, qint64 to, bool bits) const
{
    // Machine-readable on purpose: C-locale numbers, UTC times, stable column names.
    QByteArray out = csvHeader(band, bits).join(QLatin1Char(',')).toLatin1() + '\n';
    const auto [first, last] = window(timesMs, from, to);
    QList<Column> order{Cpu};
    if (band)
        order << CpuMax;
    order << Steal;
    if (band)
        order << StealMax;
    order << Rx;
    if (band)
        order << RxMax;
    order << Tx;
    if (band)
        order << TxMax;
    for (qsizetype i = first; i < last; ++i) {
        out += QDateTime::fromMSecsSinceEpoch(timesMs[i], Qt::UTC).toString(Qt::ISODate).toLatin1();
        for (Column c : order) {
            out += ',';
            const double v = i < columns[c].size() ? columns[c][i] : kGap;
            const bool rate = c >= Rx;
            if (!isGap(v))
                out += QByteArray::number(rate && bits ? v * 8 : v, 'f', rate ? 1 : 3);
        }
        out += '\n';
    }
    if (device->write(out) != out.size())
        return Error(tr("Cannot write the data."), device->errorString());
    return {};
}

} // namespace virtdeck
