#include "metrics/RrdBackend.h"

#include <rrd.h>
// rrd_client.h has no C++ guards of its own.
extern "C" {
#include <rrd_client.h>
}

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <cmath>
#include <vector>

namespace virtdeck {

namespace {
QMutex &rrdMutex()
{
    static QMutex mutex;
    return mutex;
}

// librrd keeps its error text per thread: clear it before a call, read it right after.
QString takeRrdError()
{
    const char *e = rrd_get_error();
    QString text = QString::fromLocal8Bit(e && *e ? e : "unknown librrd error");
    rrd_clear_error();
    return text;
}

// (period the archive keeps, seconds per row) for the consolidated archives.
struct Archive
{
    qint64 period;
    int rowSeconds;
};
constexpr Archive kArchives[] = {
    {86400, 60},          // 1 min for 1 day
    {7 * 86400, 300},     // 5 min for 1 week
    {31 * 86400, 1800},   // 30 min for 1 month
    {366 * 86400, 21600}, // 6 h for 1 year
};
// Rows beyond the period: rrd_fetch only picks an archive that covers the whole requested span, and
// "now minus one day" reaches a little past a 1440-row archive once the last row is not complete.
constexpr double kRowMargin = 1.05;

std::vector<const char *> pointers(const QList<QByteArray> &list)
{
    std::vector<const char *> out;
    out.reserve(size_t(list.size()));
    for (const QByteArray &b : list)
        out.push_back(b.constData());
    return out;
}

QByteArray number(double v)
{
    return isGap(v) || std::isinf(v) ? QByteArray("U") : QByteArray::number(v, 'g', 12);
}

struct InfoSummary
{
    int step = 0;
    qint64 lastUpdate = 0;
    qint64 headerSize = 0;
    qint64 rowsTotal = 0;
    QMap<qint64, QString> dsByIndex;
    QStringList dsTypes;
    bool hasAverage = false;
};

InfoSummary summarize(rrd_info_t *info)
{
    InfoSummary s;
    QHash<QString, QString> types;
    for (rrd_info_t *i = info; i; i = i->next) {
        const QByteArray key(i->key);
        if (key == "step")
            s.step = int(i->value.u_cnt);
        else if (key == "last_update")
            s.lastUpdate = qint64(i->value.u_cnt);
        else if (key == "header_size")
            s.headerSize = qint64(i->value.u_cnt);
        else if (key.startsWith("ds[") && key.endsWith("].index"))
            s.dsByIndex.insert(qint64(i->value.u_cnt), QString::fromLatin1(key.mid(3, key.size() - 10)));
        else if (key.startsWith("ds[") && key.endsWith("].type"))
            types.insert(QString::fromLatin1(key.mid(3, key.size() - 9)),
                         QString::fromLatin1(i->value.u_str));
        else if (key.startsWith("rra[") && key.endsWith("].rows"))
            s.rowsTotal += qint64(i->value.u_cnt);
        else if (key.startsWith("rra[") && key.endsWith("].cf") && qstrcmp(i->value.u_str, "AVERAGE") == 0)
            s.hasAverage = true;
    }
    for (const QString &name : std::as_const(s.dsByIndex))
        s.dsTypes << types.value(name);
    return s;
}
} // namespace

RrdBackend::RrdBackend(const QString &directory, const QString &daemonAddress)
    : m_directory(directory)
    , m_address(daemonAddress.trimmed())
{
    if (!usesDaemon())
        QDir().mkpath(m_directory);
}

RrdBackend::~RrdBackend()
{
    if (usesDaemon()) {
        QMutexLocker lock(&rrdMutex());
        const QByteArray addr = m_address.toLocal8Bit();
        if (rrdc_is_connected(addr.constData()))
            rrdc_disconnect();
    }
}

bool RrdBackend::isRemoteDaemon() const
{
    return usesDaemon() && !m_address.startsWith(QLatin1String("unix:")) &&
           !m_address.startsWith(QLatin1Char('/'));
}

QString RrdBackend::fileName(const QString &uuid) const
{
    if (isRemoteDaemon())
        return QStringLiteral("virtdeck-") + uuid + QStringLiteral(".rrd");
    return m_directory + QLatin1Char('/') + uuid + QStringLiteral(".rrd");
}

QByteArray RrdBackend::nativeName(const QString &uuid) const
{
    return QFile::encodeName(fileName(uuid));
}

QStringList RrdBackend::metricNames()
{
    QStringList names{QStringLiteral("cpu"),  QStringLiteral("hostcpu"), QStringLiteral("steal"),
                      QStringLiteral("rx"),   QStringLiteral("tx"),      QStringLiteral("rxpk"),
                      QStringLiteral("txpk"), QStringLiteral("rd"),      QStringLiteral("wr")};
    for (int i = 0; i < kInterfaceSlots; ++i)
        names << QStringLiteral("if%1rx").arg(i) << QStringLiteral("if%1tx").arg(i);
    return names;
}

QStringList RrdBackend::createArguments(int step)
{
    step = std::max(1, step);
    // Unknown after two minutes without an update (at least three steps): a host that stops answering
    // leaves a gap; the longest sampling interval (60 s) still fills every step.
    const int heartbeat = std::max(120, 3 * step);
    QStringList args;
    for (const QString &name : metricNames())
        args << QStringLiteral("DS:%1:GAUGE:%2:0:U").arg(name).arg(heartbeat);
    // The sampling step for an hour: AVERAGE only, since a MAX of one sample per row is the same row.
    args << QStringLiteral("RRA:AVERAGE:0.5:1:%1").arg(qint64(std::ceil(3600 * kRowMargin / step)));
    for (const Archive &a : kArchives) {
        const int pdp = std::max(1, int(std::lround(double(a.rowSeconds) / step)));
        const qint64 rows = qint64(std::ceil(a.period * kRowMargin / (double(pdp) * step)));
        args << QStringLiteral("RRA:AVERAGE:0.5:%1:%2").arg(pdp).arg(rows)
             << QStringLiteral("RRA:MAX:0.5:%1:%2").arg(pdp).arg(rows);
    }
    return args;
}

QByteArray RrdBackend::updateLine(const DomainRates &r, qint64 seconds)
{
    QByteArray line = QByteArray::number(seconds);
    line.reserve(256);
    for (double v : {r.cpuPercent, r.hostCpuPercent, r.stealPercent, r.rxBytes, r.txBytes, r.rxPackets,
                     r.txPackets, r.diskReadBytes, r.diskWriteBytes}) {
        line += ':';
        line += number(v);
    }
    for (int i = 0; i < kInterfaceSlots; ++i) {
        const InterfaceRates *ir = r.interfaceAt(i);
        line += ':';
        line += number(ir ? ir->rxBytes : kGap);
        line += ':';
        line += number(ir ? ir->txBytes : kGap);
    }
    return line;
}

Status RrdBackend::ensureConnected()
{
    if (!usesDaemon())
        return {};
    // Called with rrdMutex held. The library exports only its process-wide client (rrdc_*): connect it
    // to our address before each use (a no-op when it already is), and again after librrd dropped the
    // socket on an error.
    const QByteArray addr = m_address.toLocal8Bit();
    rrd_clear_error();
    if (rrdc_connect(addr.constData()) != 0 || !rrdc_is_connected(addr.constData()))
        return Error(tr("Cannot reach rrdcached at %1.").arg(m_address), takeRrdError());
    return {};
}

RrdBackend::Inspection RrdBackend::inspect(const QString &uuid)
{
    Inspection result;
    if (!isRemoteDaemon() && !QFile::exists(fileName(uuid)))
        return result; // Missing
    QMutexLocker lock(&rrdMutex());
    if (Status s = ensureConnected(); !s) {
        result.state = FileState::Unreadable;
        result.unreachable = true;
        result.detail = s.error().toString();
        return result;
    }
    const QByteArray file = nativeName(uuid);
    rrd_clear_error();
    rrd_info_t *info = usesDaemon() ? rrdc_info(file.constData()) : rrd_info_r(file.constData());
    if (!info) {
        result.detail = takeRrdError();
        // Over the network "missing" only shows in the daemon's words.
        const bool missing = isRemoteDaemon() && result.detail.contains(QLatin1String("No such file"));
        result.state = missing ? FileState::Missing : FileState::Unreadable;
        return result;
    }
    const InfoSummary s = summarize(info);
    rrd_info_free(info);
    lock.unlock();
    result.step = s.step;
    result.lastUpdate = s.lastUpdate;
    const QStringList names(s.dsByIndex.begin(), s.dsByIndex.end());
    if (names != metricNames() || s.dsTypes.count(QStringLiteral("GAUGE")) != names.size() || !s.hasAverage ||
        s.step <= 0) {
        result.state = FileState::Foreign;
        result.detail = tr("data sources %1 instead of %2")
                            .arg(names.join(QLatin1Char(',')), metricNames().join(QLatin1Char(',')));
        return result;
    }
    if (!isRemoteDaemon() && s.headerSize > 0) {
        const qint64 expected =
            s.headerSize + s.rowsTotal * qint64(names.size()) * qint64(sizeof(rrd_value_t));
        const qint64 actual = QFileInfo(fileName(uuid)).size();
        if (actual < expected) {
            result.state = FileState::Unreadable;
            result.detail = tr("the file is truncated (%1 of %2 bytes)").arg(actual).arg(expected);
            return result;
        }
    }
    result.state = FileState::Ok;
    return result;
}

Status RrdBackend::create(const QString &uuid, int step, qint64 startSeconds)
{
    QList<QByteArray> args;
    for (const QString &a : createArguments(step))
        args << a.toLatin1();
    std::vector<const char *> argv = pointers(args);
    const QByteArray file = nativeName(uuid);
    QMutexLocker lock(&rrdMutex());
    if (Status s = ensureConnected(); !s)
        return s;
    rrd_clear_error();
    const int rc = usesDaemon() ? rrdc_create(file.constData(), (unsigned long)step, time_t(startSeconds), 1,
                                              int(argv.size()), argv.data())
                                : rrd_create_r2(file.constData(), (unsigned long)step, time_t(startSeconds),
                                                1, nullptr, nullptr, int(argv.size()), argv.data());
    if (rc != 0)
        return Error(tr("Cannot create the history file %1.").arg(fileName(uuid)), takeRrdError());
    return {};
}

Status RrdBackend::update(const QString &uuid, const QList<QByteArray> &lines)
{
    if (lines.isEmpty())
        return {};
    const QByteArray file = nativeName(uuid);
    QMutexLocker lock(&rrdMutex());
    if (Status s = ensureConnected(); !s)
        return s;
    // rrdcached takes one command line of at most 4 KiB: send a few values per command.
    const qsizetype chunk = usesDaemon() ? 8 : lines.size();
    for (qsizetype from = 0; from < lines.size(); from += chunk) {
        std::vector<const char *> argv = pointers(lines.mid(from, chunk));
        rrd_clear_error();
        const int rc = usesDaemon() ? rrdc_update(file.constData(), int(argv.size()), argv.data())
                                    : rrd_updatex_r(file.constData(), nullptr, RRD_SKIP_PAST_UPDATES,
                                                    int(argv.size()), argv.data());
        if (rc != 0)
            return Error(tr("Cannot write to the history file %1.").arg(fileName(uuid)), takeRrdError());
    }
    return {};
}

Result<HistoryData> RrdBackend::fetchCf(const QByteArray &file, const char *cf, qint64 from, qint64 to,
                                        int resolution)
{
    time_t start = time_t(from);
    time_t end = time_t(to);
    unsigned long step = (unsigned long)std::max(1, resolution);
    unsigned long dsCount = 0;
    char **names = nullptr;
    rrd_value_t *data = nullptr;
    rrd_clear_error();
    const int rc = usesDaemon()
                       ? rrdc_fetch(file.constData(), cf, &start, &end, &step, &dsCount, &names, &data)
                       : rrd_fetch_r(file.constData(), cf, &start, &end, &step, &dsCount, &names, &data);
    if (rc != 0)
        return Error(tr("Cannot read the history file %1.").arg(QFile::decodeName(file)), takeRrdError());
    HistoryData h;
    h.stepSeconds = int(step);
    h.fromMs = from * 1000;
    h.toMs = to * 1000;
    const qint64 rows = step > 0 ? (qint64(end) - qint64(start)) / qint64(step) : 0;
    QList<QList<double>> columns;
    columns.resize(qsizetype(dsCount));
    for (auto &c : columns)
        c.reserve(rows);
    h.timesMs.reserve(rows);
    for (qint64 r = 0; r < rows; ++r) {
        // librrd widens the span to whole rows on both ends: keep the rows that end inside it.
        const qint64 rowEnd = qint64(start) + (r + 1) * qint64(step);
        if (rowEnd <= from || rowEnd > to)
            continue;
        h.timesMs << rowEnd * 1000;
        for (unsigned long d = 0; d < dsCount; ++d)
            columns[qsizetype(d)] << double(data[r * qint64(dsCount) + qint64(d)]);
    }
    for (unsigned long d = 0; d < dsCount; ++d) {
        h.average.insert(QString::fromLatin1(names[d]), columns[qsizetype(d)]);
        rrd_freemem(names[d]);
    }
    rrd_freemem(names);
    rrd_freemem(data);
    return h;
}

Result<HistoryData> RrdBackend::fetch(const QString &uuid, qint64 fromSeconds, qint64 toSeconds,
                                      int resolution)
{
    const QByteArray file = nativeName(uuid);
    QMutexLocker lock(&rrdMutex());
    if (Status s = ensureConnected(); !s)
        return s.error();
    if (usesDaemon()) {
        // Values still queued in the daemon would be missing from the rows.
        rrd_clear_error();
        rrdc_flush(file.constData());
    }
    Result<HistoryData> avg = fetchCf(file, "AVERAGE", fromSeconds, toSeconds, resolution);
    if (!avg)
        return avg;
    HistoryData h = std::move(avg).value();
    // A missing MAX archive or one of another step leaves the maxima empty (no band).
    Result<HistoryData> max = fetchCf(file, "MAX", fromSeconds, toSeconds, resolution);
    if (max && max->stepSeconds == h.stepSeconds && max->timesMs == h.timesMs)
        h.maximum = max->average;
    rrd_clear_error();
    return h;
}

} // namespace virtdeck
