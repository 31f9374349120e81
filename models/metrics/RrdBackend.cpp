#include "metrics/RrdBackend.h"

#include "metrics/RrdCachedClient.h"

#include <rrd.h>

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

} // namespace

struct RrdBackend::InfoSummary
{
    int step = 0;
    qint64 lastUpdate = 0;
    qint64 headerSize = 0;
    qint64 rowsTotal = 0;
    QMap<qint64, QString> dsByIndex;
    QStringList dsTypes;
    bool hasAverage = false;
};

namespace {
using InfoSummary = RrdBackend::InfoSummary;

// Collects the keys of rrd_info (or of rrdcached's INFO lines) that say whether a file is ours.
class InfoReader
{
public:
    void count(const QByteArray &key, qint64 value)
    {
        if (key == "step")
            m_s.step = int(value);
        else if (key == "last_update")
            m_s.lastUpdate = value;
        else if (key == "header_size")
            m_s.headerSize = value;
        else if (key.startsWith("ds[") && key.endsWith("].index"))
            m_s.dsByIndex.insert(value, QString::fromLatin1(key.mid(3, key.size() - 10)));
        else if (key.startsWith("rra[") && key.endsWith("].rows"))
            m_s.rowsTotal += value;
    }
    void text(const QByteArray &key, const QByteArray &value)
    {
        if (key.startsWith("ds[") && key.endsWith("].type"))
            m_types.insert(QString::fromLatin1(key.mid(3, key.size() - 9)), QString::fromLatin1(value));
        else if (key.startsWith("rra[") && key.endsWith("].cf") && value == "AVERAGE")
            m_s.hasAverage = true;
    }
    InfoSummary summary()
    {
        m_s.dsTypes.clear();
        for (const QString &name : std::as_const(m_s.dsByIndex))
            m_s.dsTypes << m_types.value(name);
        return m_s;
    }

private:
    InfoSummary m_s;
    QHash<QString, QString> m_types;
};

InfoSummary summarize(rrd_info_t *info)
{
    InfoReader reader;
    for (rrd_info_t *i = info; i; i = i->next) {
        if (i->type == RD_I_CNT)
            reader.count(QByteArray(i->key), qint64(i->value.u_cnt));
        else if (i->type == RD_I_STR)
            reader.text(QByteArray(i->key), QByteArray(i->value.u_str));
    }
    return reader.summary();
}

// rrdcached's INFO lines: "key type value" with the types of rrd_info_t.
InfoSummary summarize(const QList<QByteArray> &lines)
{
    InfoReader reader;
    for (const QByteArray &line : lines) {
        const qsizetype a = line.indexOf(' ');
        const qsizetype b = a < 0 ? -1 : line.indexOf(' ', a + 1);
        if (b < 0)
            continue;
        const QByteArray key = line.left(a);
        const int type = line.mid(a + 1, b - a - 1).toInt();
        const QByteArray value = line.mid(b + 1);
        if (type == RD_I_CNT)
            reader.count(key, value.toLongLong());
        else if (type == RD_I_STR)
            reader.text(key, value);
    }
    return reader.summary();
}
} // namespace

RrdBackend::RrdBackend(const QString &directory, const QString &daemonAddress)
    : m_directory(directory)
    , m_address(daemonAddress.trimmed())
{
    if (!usesDaemon())
        QDir().mkpath(m_directory);
    else
        m_client = std::make_unique<RrdCachedClient>(m_address);
}

RrdBackend::~RrdBackend() = default;

void RrdBackend::setHardDeadline(const std::atomic<qint64> *deadlineMs)
{
    if (m_client)
        m_client->setHardDeadline(deadlineMs);
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

Result<QList<QByteArray>> RrdBackend::ask(const QByteArray &command, const QString &failure)
{
    Result<RrdCachedClient::Reply> reply = m_client->request(command);
    if (!reply) {
        Error e = reply.error();
        e.code = kUnreachable;
        return e;
    }
    if (reply->status < 0)
        return Error(failure, reply->message);
    return reply->lines;
}

RrdBackend::Inspection RrdBackend::judge(const QString &uuid, const InfoSummary &s) const
{
    Inspection result;
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

RrdBackend::Inspection RrdBackend::inspectThroughDaemon(const QString &uuid)
{
    Inspection result;
    Result<RrdCachedClient::Reply> reply = m_client->request("INFO " + nativeName(uuid));
    if (!reply) {
        result.state = FileState::Unreadable;
        result.unreachable = true;
        result.detail = reply.error().toString();
        return result;
    }
    if (reply->status < 0) {
        result.detail = reply->message;
        // Over the network a missing file only shows in the daemon's words.
        const bool missing = isRemoteDaemon() && reply->message.contains(QLatin1String("No such file"));
        result.state = missing ? FileState::Missing : FileState::Unreadable;
        return result;
    }
    return judge(uuid, summarize(reply->lines));
}

RrdBackend::Inspection RrdBackend::inspect(const QString &uuid)
{
    if (!isRemoteDaemon() && !QFile::exists(fileName(uuid)))
        return {}; // Missing
    if (usesDaemon())
        return inspectThroughDaemon(uuid);
    const QByteArray file = nativeName(uuid);
    QMutexLocker lock(&rrdMutex());
    rrd_clear_error();
    rrd_info_t *info = rrd_info_r(file.constData());
    if (!info) {
        Inspection result;
        result.detail = takeRrdError();
        result.state = FileState::Unreadable;
        return result;
    }
    const InfoSummary s = summarize(info);
    rrd_info_free(info);
    lock.unlock();
    return judge(uuid, s);
}

Status RrdBackend::create(const QString &uuid, int step, qint64 startSeconds)
{
    QList<QByteArray> args;
    for (const QString &a : createArguments(step))
        args << a.toLatin1();
    const QByteArray file = nativeName(uuid);
    const QString failure = tr("Cannot create the history file %1.").arg(fileName(uuid));
    if (usesDaemon()) {
        // -O: never overwrite a file another console created meanwhile.
        const QByteArray command = "CREATE " + file + " -b " + QByteArray::number(startSeconds) + " -s " +
                                   QByteArray::number(step) + " -O " + args.join(' ');
        Result<QList<QByteArray>> r = ask(command, failure);
        return r ? Status() : Status(r.error());
    }
    std::vector<const char *> argv = pointers(args);
    QMutexLocker lock(&rrdMutex());
    rrd_clear_error();
    if (rrd_create_r2(file.constData(), (unsigned long)step, time_t(startSeconds), 1, nullptr, nullptr,
                      int(argv.size()), argv.data()) != 0)
        return Error(failure, takeRrdError());
    return {};
}

Status RrdBackend::update(const QString &uuid, const QList<QByteArray> &lines)
{
    if (lines.isEmpty())
        return {};
    const QByteArray file = nativeName(uuid);
    const QString failure = tr("Cannot write to the history file %1.").arg(fileName(uuid));
    if (usesDaemon()) {
        // rrdcached reads commands of at most 4 KiB: as many values per command as fit.
        constexpr qsizetype kMaxCommand = 3800;
        QByteArray command;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (command.isEmpty())
                command = "UPDATE " + file;
            command += ' ' + lines[i];
            const bool last = i + 1 == lines.size();
            if (last || command.size() + lines[i + 1].size() + 1 > kMaxCommand) {
                if (Result<QList<QByteArray>> r = ask(command, failure); !r)
                    return r.error();
                command.clear();
            }
        }
        return {};
    }
    // All pending samples of the file in one librrd call: the file is opened and its header written once.
    std::vector<const char *> argv = pointers(lines);
    QMutexLocker lock(&rrdMutex());
    rrd_clear_error();
    if (rrd_updatex_r(file.constData(), nullptr, RRD_SKIP_PAST_UPDATES, int(argv.size()), argv.data()) != 0)
        return Error(failure, takeRrdError());
    return {};
}

Result<HistoryData> RrdBackend::fetchCfThroughDaemon(const QByteArray &file, const char *cf, qint64 from,
                                                     qint64 to, int resolution)
{
    Q_UNUSED(resolution) // rrdcached's FETCH has no resolution: the daemon picks the finest archive
    const QString failure = tr("Cannot read the history file %1.").arg(QFile::decodeName(file));
    Result<QList<QByteArray>> r = ask(
        "FETCH " + file + ' ' + cf + ' ' + QByteArray::number(from) + ' ' + QByteArray::number(to), failure);
    if (!r)
        return r.error();
    // Header lines "Key: value", then one row per line: "time: v1 v2 ...", time being the row's end.
    HistoryData h;
    h.fromMs = from * 1000;
    h.toMs = to * 1000;
    QList<QByteArray> names;
    QList<QList<double>> columns;
    for (const QByteArray &line : r.value()) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "Step") {
            h.stepSeconds = value.toInt();
        } else if (key == "DSName") {
            names = value.split(' ');
            names.removeAll(QByteArray());
            columns.resize(names.size());
        } else if (bool isTime = false; key.toLongLong(&isTime), isTime) {
            const qint64 rowEnd = key.toLongLong();
            if (rowEnd <= from || rowEnd > to)
                continue;
            const QList<QByteArray> cells = value.split(' ');
            h.timesMs << rowEnd * 1000;
            for (qsizetype d = 0; d < columns.size(); ++d) {
                bool ok = false;
                const double v = cells.value(d).toDouble(&ok);
                columns[d] << (ok ? v : kGap);
            }
        }
    }
    for (qsizetype d = 0; d < names.size(); ++d)
        h.average.insert(QString::fromLatin1(names[d]), columns[d]);
    return h;
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
    if (usesDaemon())
        return fetchCfThroughDaemon(file, cf, from, to, resolution);
    QMutexLocker lock(&rrdMutex());
    rrd_clear_error();
    if (rrd_fetch_r(file.constData(), cf, &start, &end, &step, &dsCount, &names, &data) != 0)
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
    if (usesDaemon()) {
        // Values still queued in the daemon would be missing from the rows.
        Result<QList<QByteArray>> flushed =
            ask("FLUSH " + file, tr("Cannot read the history file %1.").arg(fileName(uuid)));
        if (!flushed && flushed.error().code == kUnreachable)
            return flushed.error();
    }
    Result<HistoryData> avg = fetchCf(file, "AVERAGE", fromSeconds, toSeconds, resolution);
    if (!avg)
        return avg;
    HistoryData h = std::move(avg).value();
    // A missing MAX archive or one of another step leaves the maxima empty (no band).
    Result<HistoryData> max = fetchCf(file, "MAX", fromSeconds, toSeconds, resolution);
    if (max && max->stepSeconds == h.stepSeconds && max->timesMs == h.timesMs)
        h.maximum = max->average;
    return h;
}

} // namespace virtdeck
