// Batched history writes: samples wait in memory and each file gets all its pending samples in one write
// per window (the first samples of a session at once); a fetch and whenWritten() write first, so readers
// never miss what was recorded. Quitting writes everything; a process killed with SIGKILL loses at most
// one window: both run in a child process (this binary with --batch-child) whose files are read back
// directly with librrd.

#include "metrics/HistoryStore.h"

#include <rrd.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <optional>

#include <signal.h>

using namespace virtdeck;

namespace {
const QString kUuid = QStringLiteral("ba7c0000-1234-4abc-8def-0123456789ab");
constexpr int kStep = 1;

DomainRates sample(qint64 t)
{
    DomainRates r;
    r.uuid = kUuid;
    r.wallMs = t * 1000;
    r.cpuPercent = double(t % 100);
    return r;
}

// A start an hour back, so every sample of a test is in the past and in the 1 s archive.
qint64 startTime()
{
    return QDateTime::currentSecsSinceEpoch() - 3000;
}

qint64 lastUpdate(const QString &path)
{
    rrd_clear_error();
    rrd_info_t *info = rrd_info_r(QFile::encodeName(path).constData());
    qint64 last = -1;
    for (rrd_info_t *i = info; i; i = i->next) {
        if (qstrcmp(i->key, "last_update") == 0)
            last = qint64(i->value.u_cnt);
    }
    rrd_info_free(info);
    return last;
}

// cpu of the rows ending in (from, to], read from the file directly.
QList<double> cpuRows(const QString &path, qint64 from, qint64 to)
{
    time_t start = time_t(from), end = time_t(to);
    unsigned long step = kStep, count = 0;
    char **names = nullptr;
    rrd_value_t *data = nullptr;
    QList<double> out;
    rrd_clear_error();
    if (rrd_fetch_r(QFile::encodeName(path).constData(), "AVERAGE", &start, &end, &step, &count, &names,
                    &data) != 0)
        return out;
    const qint64 rows = (qint64(end) - qint64(start)) / qint64(step);
    for (qint64 r = 0; r < rows; ++r) {
        const qint64 rowEnd = qint64(start) + (r + 1) * qint64(step);
        if (rowEnd > from && rowEnd <= to)
            out << data[r * qint64(count)]; // cpu is the first data source
    }
    for (unsigned long i = 0; i < count; ++i)
        rrd_freemem(names[i]);
    rrd_freemem(names);
    rrd_freemem(data);
    return out;
}

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

struct Child
{
    QProcess process;
    QStringList lines;
    void read()
    {
        lines += QString::fromLocal8Bit(process.readAllStandardOutput())
                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};
} // namespace

class TestHistoryBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writtenPerWindow();
    void quitWritesEverything();
    void sigkillLosesAtMostOneWindow();

private:
    void startChild(Child &child, const QString &dir, int windowMs, const QString &mode, qint64 start,
                    int count);
};

void TestHistoryBatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryBatch::writtenPerWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(kUuid + QStringLiteral(".rrd"));
    const qint64 t0 = startTime();
    HistoryStore store(dir.path(), kStep);
    store.setBatchInterval(60000);
    // The first sample of a session is written at once: the file exists and problems show early.
    store.record({sample(t0)});
    QTRY_VERIFY_WITH_TIMEOUT(lastUpdate(path) == t0, 10000);
    // The next ones wait for the window: the live view has them in memory, the file not yet.
    for (qint64 t = t0 + 1; t <= t0 + 5; ++t)
        store.record({sample(t)});
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingSamples(), qint64(5), 10000);
    QTest::qWait(1000);
    QCOMPARE(lastUpdate(path), t0);
    // A reader asks: everything pending is written first, in one go.
    std::optional<Result<HistoryData>> fetched;
    QObject context;
    store.fetch(kUuid, (t0 - 10) * 1000, (t0 + 5) * 1000, kStep, &context,
                [&fetched](Result<HistoryData> r) { fetched = r; });
    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 10000);
    QVERIFY(fetched->ok());
    QCOMPARE(fetched->value().average.value(QStringLiteral("cpu")).value(fetched->value().rows() - 1),
             double((t0 + 5) % 100));
    QCOMPARE(store.pendingSamples(), qint64(0));
    QCOMPARE(lastUpdate(path), t0 + 5);
    // A short window writes on its own.
    store.setBatchInterval(300);
    store.record({sample(t0 + 6)});
    QTRY_COMPARE_WITH_TIMEOUT(lastUpdate(path), t0 + 6, 10000);
}

void TestHistoryBatch::startChild(Child &child, const QString &dir, int windowMs, const QString &mode,
                                  qint64 start, int count)
{
    child.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.process.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--batch-child"), dir, QString::number(windowMs), mode,
                         QString::number(start), QString::number(count)});
    QVERIFY(child.process.waitForStarted(10000));
}

void TestHistoryBatch::quitWritesEverything()
{
    // A window far longer than the run: only quitting can have written the samples after the first.
    QTemporaryDir dir;
    const qint64 t0 = startTime();
    Child child;
    startChild(child, dir.path(), 600000, QStringLiteral("quit"), t0, 50);
    QVERIFY(child.process.waitForFinished(30000));
    QCOMPARE(child.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.process.exitCode(), 0);
    const QString path = dir.filePath(kUuid + QStringLiteral(".rrd"));
    QCOMPARE(lastUpdate(path), t0 + 49);
    const QList<double> rows = cpuRows(path, t0, t0 + 49);
    QCOMPARE(rows.size(), 49);
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i], double((t0 + 1 + i) % 100));
}

void TestHistoryBatch::sigkillLosesAtMostOneWindow()
{
    // The child records one sample (one second of history) every 50 ms with a 1 s window and says when
    // each was recorded; it is killed with SIGKILL after about 4 s of recording.
    constexpr int kWindowMs = 1000;
    QTemporaryDir dir;
    const qint64 t0 = startTime();
    Child child;
    startChild(child, dir.path(), kWindowMs, QStringLiteral("run"), t0, 2000);
    QTRY_VERIFY_WITH_TIMEOUT((child.read(), child.lines.size() >= 80), 30000);
    QCOMPARE(child.process.state(), QProcess::Running);
    const qint64 killedAt = monotonicMs();
    ::kill(pid_t(child.process.processId()), SIGKILL);
    QVERIFY(child.process.waitForFinished(10000));
    QCOMPARE(child.process.exitStatus(), QProcess::CrashExit);
    child.read();
    // "recorded I MONO": sample t0 + I was handed to the store at monotonic time MONO.
    qint64 lastRecorded = -1;
    qint64 mustHave = -1; // the newest sample recorded more than one window (plus 1 s of slack) before
    for (const QString &line : std::as_const(child.lines)) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() != 3 || f[0] != QLatin1String("recorded"))
            continue;
        lastRecorded = f[1].toLongLong();
        if (f[2].toLongLong() <= killedAt - kWindowMs - 1000)
            mustHave = lastRecorded;
    }
    const QString path = dir.filePath(kUuid + QStringLiteral(".rrd"));
    const qint64 written = lastUpdate(path) - t0;
    qInfo("killed after sample %lld; the file holds samples up to %lld (%lld lost; %d per window)",
          lastRecorded, written, lastRecorded - written, kWindowMs / 50);
    QVERIFY(mustHave > 0);
    QVERIFY2(written >= mustHave,
             qPrintable(QStringLiteral("written up to %1, recorded up to %2 a window before the kill")
                            .arg(written)
                            .arg(mustHave)));
    // What is there is intact.
    const QList<double> rows = cpuRows(path, t0, t0 + written);
    QCOMPARE(rows.size(), qsizetype(written));
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i], double((t0 + 1 + i) % 100));
}

namespace {
// The child: records count samples from start on into dir with the given window; "quit" records them
// all at once and quits normally, "run" records one every 50 ms and prints each until it is killed.
int batchChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = QString::fromLocal8Bit(argv[2]);
    const int windowMs = QByteArray(argv[3]).toInt();
    const QByteArray mode(argv[4]);
    const qint64 start = QByteArray(argv[5]).toLongLong();
    const int count = QByteArray(argv[6]).toInt();
    auto *store = new HistoryStore(dir, kStep);
    store->setBatchInterval(windowMs);
    if (mode == "quit") {
        for (int i = 0; i < count; ++i)
            store->record({sample(start + i)});
        delete store;
        return 0;
    }
    int next = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        if (next >= count)
            return;
        store->record({sample(start + next)});
        std::printf("recorded %d %lld\n", next, monotonicMs());
        std::fflush(stdout);
        ++next;
    });
    timer.start(50);
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 7 && qstrcmp(argv[1], "--batch-child") == 0)
        return batchChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestHistoryBatch test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historybatch.moc"
