// HistoryStore (librrd): a day of synthetic samples written with explicit timestamps, then every range
// fetched and its consolidated rows (average and max) checked; gaps stay gaps; the history survives a
// new store on the same directory; a corrupt, truncated or foreign file is set aside (renamed, kept)
// with a warning and a fresh file is started; the blocking fetch refuses the GUI thread.

#include "metrics/ChartData.h"
#include "metrics/HistoryRange.h"
#include "metrics/HistoryStore.h"
#include "metrics/RrdBackend.h"

#include <rrd.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <thread>

using namespace virtdeck;

namespace {
const QString kUuid = QStringLiteral("5b2f3c1e-7d1a-4b6e-9a51-0c1d2e3f4a5b");
constexpr int kStep = 2;

// The synthetic day ends at a midnight (UTC) in the past, so every archive row boundary is aligned.
qint64 dayEnd()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return now - now % 86400;
}

// Value of the minute row that holds the sample at t: rows are (60k, 60k + 60], keyed by k.
double cpuAt(qint64 t)
{
    return double(((t - 1) / 60) % 50);
}
double rxAt(qint64 t)
{
    return 1000.0 * double(((t - 1) / 3600) % 24);
}
// A 10-minute hole where the server's counters were reset.
bool inHole(qint64 t, qint64 end)
{
    return t > end - 43200 && t <= end - 43200 + 600;
}

DomainRates sample(const QString &uuid, qint64 t, qint64 end)
{
    DomainRates r;
    r.uuid = uuid;
    r.wallMs = t * 1000;
    r.cpuPercent = inHole(t, end) ? kGap : cpuAt(t);
    r.hostCpuPercent = r.cpuPercent / 4;
    r.stealPercent = 5;
    r.rxBytes = rxAt(t);
    r.txBytes = 2 * rxAt(t);
    InterfaceRates n;
    n.index = 0;
    n.name = QStringLiteral("vnet0");
    n.rxBytes = r.rxBytes;
    n.txBytes = r.txBytes;
    r.interfaces << n;
    return r;
}

double meanOfMinutes(qint64 rowEnd, int minutes, qint64 end, bool *anyKnown = nullptr, double *max = nullptr)
{
    double sum = 0;
    int n = 0;
    double m = -1;
    for (int i = 0; i < minutes; ++i) {
        const qint64 t = rowEnd - 60 * i; // a sample time inside minute row i
        if (inHole(t, end))
            continue;
        sum += cpuAt(t);
        m = std::max(m, cpuAt(t));
        ++n;
    }
    if (anyKnown)
        *anyKnown = n * 2 >= minutes; // xff 0.5
    if (max)
        *max = m;
    return n ? sum / n : kGap;
}

void waitWritten(HistoryStore &store)
{
    bool done = false;
    QObject context;
    store.whenWritten(&context, [&done] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
}

Result<HistoryData> fetchNow(HistoryStore &store, const QString &uuid, qint64 from, qint64 to, int resolution)
{
    std::optional<Result<HistoryData>> result;
    QObject context;
    store.fetch(uuid, from * 1000, to * 1000, resolution, &context,
                [&result](Result<HistoryData> r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(Result<HistoryData>(Error(QStringLiteral("no answer"))));
}

QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
}
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layout();
    void roundTrip();
    void reopenKeepsHistory();
    void badFileIsSetAside_data();
    void badFileIsSetAside();
    void blockingFetch();
    void missingFileIsEmpty();
    void sameSecondIsDropped();
    void chartDataFromHistoryAndLive();

private:
    QTemporaryDir m_dir;
    qint64 m_end = 0;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_end = dayEnd();
}

void TestHistoryStore::layout()
{
    const QStringList args = RrdBackend::createArguments(2);
    QCOMPARE(args.filter(QStringLiteral("DS:")).size(), RrdBackend::metricNames().size());
    QVERIFY(args.contains(QStringLiteral("DS:cpu:GAUGE:120:0:U")));
    // Step for an hour (+5 %), then 1 min / 5 min / 30 min / 6 h rows with AVERAGE and MAX.
    QVERIFY(args.contains(QStringLiteral("RRA:AVERAGE:0.5:1:1890")));
    QVERIFY(args.contains(QStringLiteral("RRA:AVERAGE:0.5:30:1512")));
    QVERIFY(args.contains(QStringLiteral("RRA:MAX:0.5:30:1512")));
    QVERIFY(args.contains(QStringLiteral("RRA:MAX:0.5:150:2117")));
    QVERIFY(args.contains(QStringLiteral("RRA:MAX:0.5:900:1563")));
    QVERIFY(args.contains(QStringLiteral("RRA:MAX:0.5:10800:1538")));
    QCOMPARE(args.filter(QStringLiteral("RRA:MAX:0.5:1:")).size(), 0);
    // A 60 s interval still gets a 2-minute heartbeat at least three steps long.
    QVERIFY(RrdBackend::createArguments(60).contains(QStringLiteral("DS:cpu:GAUGE:180:0:U")));
    QVERIFY(RrdBackend::createArguments(60).contains(QStringLiteral("RRA:AVERAGE:0.5:1:63")));

    DomainRates r;
    r.cpuPercent = 12.5;
    r.rxBytes = 1e9;
    const QList<QByteArray> fields = RrdBackend::updateLine(r, 1700000000).split(':');
    QCOMPARE(fields.size(), 1 + RrdBackend::metricNames().size());
    QCOMPARE(fields[0], QByteArray("1700000000"));
    QCOMPARE(fields[1], QByteArray("12.5"));
    QCOMPARE(fields[2], QByteArray("U"));
    QCOMPARE(fields[4], QByteArray("1000000000"));
}

void TestHistoryStore::roundTrip()
{
    HistoryStore store(m_dir.path(), kStep);
    QSignalSpy warnings(&store, &HistoryStore::warning);
    const qint64 start = m_end - 86400;
    QList<DomainRates> batch;
    // From one minute before the day so its first row is complete.
    for (qint64 t = start - 60 + kStep; t <= m_end; t += kStep) {
        batch << sample(kUuid, t, m_end);
        if (batch.size() == 3600) {
            store.record(batch);
            batch.clear();
        }
    }
    store.record(batch);
    waitWritten(store);
    QCOMPARE(warnings.count(), 0);
    QVERIFY(QFile::exists(m_dir.filePath(kUuid + QStringLiteral(".rrd"))));

    // Hour: raw samples at the sampling step; librrd serves MAX from the same one-sample rows, so a max,
    // when there is one, equals the average (no band).
    Result<HistoryData> hour = fetchNow(store, kUuid, m_end - 3600, m_end,
                                        HistoryRanges::resolutionSeconds(HistoryRange::Hour, kStep));
    QVERIFY2(hour.ok(), qPrintable(hour.ok() ? QString() : hour.error().toString()));
    QCOMPARE(hour->stepSeconds, kStep);
    QVERIFY(hour->rows() >= 1800);
    int checked = 0;
    for (qsizetype i = 0; i < hour->rows(); ++i) {
        const qint64 t = hour->timesMs[i] / 1000;
        if (t <= m_end - 3600 || t > m_end)
            continue;
        QCOMPARE(hour->average[QStringLiteral("cpu")][i], cpuAt(t));
        QCOMPARE(hour->average[QStringLiteral("rx")][i], rxAt(t));
        QCOMPARE(hour->average[QStringLiteral("if0tx")][i], 2 * rxAt(t));
        QCOMPARE(hour->average[QStringLiteral("steal")][i], 5.0);
        if (hour->hasMaximum())
            QCOMPARE(hour->maximum[QStringLiteral("cpu")][i], cpuAt(t));
        QVERIFY(std::isnan(hour->average[QStringLiteral("rd")][i])); // never recorded: a gap, not 0
        ++checked;
    }
    QCOMPARE(checked, 1800);

    // Day, week, month, year: consolidated rows with a max band.
    struct Expect
    {
        HistoryRange range;
        int rowSeconds;
    };
    for (const Expect &e : {Expect{HistoryRange::Day, 60}, Expect{HistoryRange::Week, 300},
                            Expect{HistoryRange::Month, 1800}, Expect{HistoryRange::Year, 21600}}) {
        const qint64 span = HistoryRanges::spanSeconds(e.range);
        Result<HistoryData> h =
            fetchNow(store, kUuid, m_end - span, m_end, HistoryRanges::resolutionSeconds(e.range, kStep));
        QVERIFY(h.ok());
        QCOMPARE(h->stepSeconds, e.rowSeconds);
        QVERIFY2(h->hasMaximum(), qPrintable(HistoryRanges::id(e.range)));
        const int minutes = e.rowSeconds / 60;
        int known = 0, gaps = 0;
        for (qsizetype i = 0; i < h->rows(); ++i) {
            const qint64 rowEnd = h->timesMs[i] / 1000;
            const double avg = h->average[QStringLiteral("cpu")][i];
            const double max = h->maximum[QStringLiteral("cpu")][i];
            if (rowEnd <= start || rowEnd > m_end) {
                QVERIFY2(std::isnan(avg), qPrintable(HistoryRanges::id(e.range))); // before the first sample
                continue;
            }
            bool enough = false;
            double expectedMax = 0;
            const double expected = meanOfMinutes(rowEnd, minutes, m_end, &enough, &expectedMax);
            if (!enough) {
                QVERIFY2(std::isnan(avg),
                         qPrintable(QStringLiteral("%1 row %2").arg(HistoryRanges::id(e.range)).arg(rowEnd)));
                ++gaps;
                continue;
            }
            QVERIFY2(qAbs(avg - expected) < 1e-6, qPrintable(QStringLiteral("%1 row %2: %3 instead of %4")
                                                                 .arg(HistoryRanges::id(e.range))
                                                                 .arg(rowEnd)
                                                                 .arg(avg)
                                                                 .arg(expected)));
            QCOMPARE(max, expectedMax);
            QVERIFY(max >= avg);
            ++known;
        }
        QCOMPARE(known + gaps, int(86400 / e.rowSeconds));
        if (e.range == HistoryRange::Day)
            QCOMPARE(gaps, 10); // the 10-minute hole
        // The network rows: the hourly value, averaged.
        const qsizetype last = h->timesMs.indexOf(m_end * 1000);
        QVERIFY(last >= 0);
        if (e.rowSeconds <= 3600)
            QCOMPARE(h->average[QStringLiteral("tx")][last], 2 * rxAt(m_end));
    }
}

void TestHistoryStore::reopenKeepsHistory()
{
    // The round trip's store is gone; a new one (an app restart) reads the same file.
    HistoryStore store(m_dir.path(), kStep);
    Result<HistoryData> day = fetchNow(store, kUuid, m_end - 86400, m_end, 60);
    QVERIFY(day.ok());
    const qsizetype last = day->timesMs.indexOf(m_end * 1000);
    QVERIFY(last >= 0);
    QCOMPARE(day->average[QStringLiteral("cpu")][last], cpuAt(m_end));
    // And carries on writing after the last update.
    store.record({sample(kUuid, m_end + 2, m_end)});
    waitWritten(store);
    Result<HistoryData> tail = fetchNow(store, kUuid, m_end - 10, m_end + 2, 2);
    QVERIFY(tail.ok());
    QCOMPARE(tail->average[QStringLiteral("cpu")].last(), cpuAt(m_end + 2));
}

void TestHistoryStore::badFileIsSetAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("corrupt (not an RRD)") << QStringLiteral("garbage");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("foreign (another tool's RRD)") << QStringLiteral("foreign");
    QTest::newRow("empty file") << QStringLiteral("empty");
}

void TestHistoryStore::badFileIsSetAside()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString uuid = QStringLiteral("0a0a0a0a-1111-2222-3333-444444444444");
    const QString path = dir.filePath(uuid + QStringLiteral(".rrd"));
    QByteArray original;
    if (kind == QLatin1String("garbage")) {
        original = QByteArray("this is not a round robin database\n").repeated(100);
    } else if (kind == QLatin1String("truncated")) {
        {
            HistoryStore writer(dir.path(), kStep);
            writer.record({sample(uuid, m_end, m_end)});
            waitWritten(writer);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        original = f.read(f.size() / 2);
    } else if (kind == QLatin1String("foreign")) {
        const char *args[] = {"DS:temperature:GAUGE:600:U:U", "RRA:AVERAGE:0.5:1:100"};
        rrd_clear_error();
        QCOMPARE(rrd_create_r(QFile::encodeName(path).constData(), 300, time_t(m_end - 3000), 2, args), 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        original = f.readAll();
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original);
    }

    HistoryStore store(dir.path(), kStep);
    QSignalSpy warnings(&store, &HistoryStore::warning);
    for (qint64 t = m_end - 20; t <= m_end; t += kStep)
        store.record({sample(uuid, t, m_end)});
    waitWritten(store);
    QCOMPARE(warnings.count(), 1);
    const QString warning = warnings.first().first().toString();
    QVERIFY2(warning.contains(path), qPrintable(warning));
    const QStringList aside = asideFiles(dir.path());
    QCOMPARE(aside.size(), 1);
    QVERIFY(warning.contains(aside.first()));
    // Renamed, not deleted: the bytes are all there.
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original);
    // A fresh file took its place and holds the new samples.
    Result<HistoryData> h = fetchNow(store, uuid, m_end - 20, m_end, kStep);
    QVERIFY(h.ok());
    QCOMPARE(h->average[QStringLiteral("cpu")].last(), cpuAt(m_end));
}

void TestHistoryStore::blockingFetch()
{
    HistoryStore store(m_dir.path(), kStep);
    // Never on the GUI thread.
    Result<HistoryData> refused = store.fetchBlocking(kUuid, (m_end - 60) * 1000, m_end * 1000, 2);
    QVERIFY(!refused.ok());
    // From a worker thread it waits for the answer, ordered after the writes queued before it.
    store.record({sample(kUuid, m_end + 4, m_end)});
    std::optional<Result<HistoryData>> fromWorker;
    std::thread worker(
        [&] { fromWorker = store.fetchBlocking(kUuid, (m_end - 60) * 1000, (m_end + 4) * 1000, 2); });
    worker.join();
    QVERIFY(fromWorker && fromWorker->ok());
    QCOMPARE(fromWorker->value().average[QStringLiteral("cpu")].last(), cpuAt(m_end + 4));
}

void TestHistoryStore::missingFileIsEmpty()
{
    HistoryStore store(m_dir.path(), kStep);
    Result<HistoryData> h =
        fetchNow(store, QStringLiteral("ffffffff-0000-0000-0000-000000000000"), m_end - 3600, m_end, 2);
    QVERIFY(h.ok());
    QVERIFY(h->isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ffffffff-0000-0000-0000-000000000000.rrd"))));
}

void TestHistoryStore::sameSecondIsDropped()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path(), 1);
    QSignalSpy warnings(&store, &HistoryStore::warning);
    DomainRates a = sample(kUuid, m_end, m_end);
    DomainRates b = a;
    b.wallMs += 400; // same second
    b.cpuPercent = 99;
    store.record({a});
    store.record({b});
    waitWritten(store);
    QCOMPARE(warnings.count(), 0);
    Result<HistoryData> h = fetchNow(store, kUuid, m_end - 5, m_end, 1);
    QVERIFY(h.ok());
    QCOMPARE(h->average[QStringLiteral("cpu")].last(), cpuAt(m_end));
}

void TestHistoryStore::chartDataFromHistoryAndLive()
{
    // History rows to chart columns: the total or one interface slot, with maxima for a band.
    HistoryData h;
    h.fromMs = 0;
    h.toMs = 180000;
    h.stepSeconds = 60;
    h.timesMs = {60000, 120000, 180000};
    h.average[QStringLiteral("cpu")] = {10, kGap, 30};
    h.average[QStringLiteral("steal")] = {1, 2, 3};
    h.average[QStringLiteral("rx")] = {100, 200, 300};
    h.average[QStringLiteral("tx")] = {5, 5, 5};
    h.average[QStringLiteral("if1rx")] = {7, 8, 9};
    h.maximum[QStringLiteral("cpu")] = {15, kGap, 35};
    ChartData total = ChartData::fromHistory(h, -1, true);
    QVERIFY(total.band);
    QCOMPARE(total.columns[ChartData::Rx], (QList<double>{100, 200, 300}));
    QCOMPARE(total.columns[ChartData::CpuMax].value(2), 35.0);
    QCOMPARE(total.networkPeak(0, 180000), 300.0);
    ChartData slot = ChartData::fromHistory(h, 1, false);
    QVERIFY(!slot.band);
    QCOMPARE(slot.columns[ChartData::Rx], (QList<double>{7, 8, 9}));
    QVERIFY(std::isnan(slot.columns[ChartData::Tx].value(0))); // slot 1 tx never recorded
    QCOMPARE(slot.points(ChartData::Cpu, 100000, 200000).size(), 2);

    // CSV: header, ISO times, empty cells for gaps, bits when asked.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(total.writeCsv(&buffer, 0, 180000, true).ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines[0],
             QByteArray("time,cpu_percent,cpu_percent_max,steal_percent,steal_percent_max,rx_bit_per_s,"
                        "rx_bit_per_s_max,tx_bit_per_s,tx_bit_per_s_max"));
    QCOMPARE(lines[1], QByteArray("1970-01-01T00:01:00Z,10.000,15.000,1.000,,800.0,,40.0,"));
    QCOMPARE(lines[2], QByteArray("1970-01-01T00:02:00Z,,,2.000,,1600.0,,40.0,"));
    QCOMPARE(lines.size(), 5); // header, 3 rows, final newline

    // Live samples: an interface by position, and a gap where samples stopped for a while.
    QList<DomainRates> live;
    for (qint64 t : {1000, 2000, 3000, 9000, 10000}) {
        DomainRates r;
        r.wallMs = t;
        r.cpuPercent = double(t / 1000);
        InterfaceRates n;
        n.index = 0;
        n.txBytes = 42;
        r.interfaces << n;
        live << r;
    }
    ChartData d = ChartData::fromLive(live, 0, 0, 10000, 3000);
    QCOMPARE(d.rows(), 6);
    QVERIFY(std::isnan(d.columns[ChartData::Cpu][3]));
    QCOMPARE(d.columns[ChartData::Tx][4], 42.0);
    QVERIFY(std::isnan(ChartData::fromLive(live, 3, 0, 10000, 3000).columns[ChartData::Tx][0]));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
