// HistoryStore through a real rrdcached (started here on a private UNIX socket, skipped when the daemon
// is not installed): updates go to the daemon, which keeps them cached (a direct read of the file does
// not see them yet) and hands them to any console that fetches (it flushes first), so several consoles
// share one history store; a second store on the same daemon reads what the first wrote.

#include "metrics/HistoryStore.h"

#include <rrd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace virtdeck;

namespace {
const QString kUuid = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");

DomainRates sample(qint64 t)
{
    DomainRates r;
    r.uuid = kUuid;
    r.wallMs = t * 1000;
    r.cpuPercent = double(t % 100);
    r.txBytes = 4096;
    return r;
}

void waitWritten(HistoryStore &store)
{
    bool done = false;
    QObject context;
    store.whenWritten(&context, [&done] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
}

Result<HistoryData> fetchNow(HistoryStore &store, qint64 from, qint64 to)
{
    std::optional<Result<HistoryData>> result;
    QObject context;
    store.fetch(kUuid, from * 1000, to * 1000, 2, &context, [&result](Result<HistoryData> r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(Result<HistoryData>(Error(QStringLiteral("no answer"))));
}

// The cpu rows of the file read directly, bypassing the daemon.
QList<double> directCpu(const QString &path, qint64 from, qint64 to)
{
    time_t start = time_t(from), end = time_t(to);
    unsigned long step = 2, count = 0;
    char **names = nullptr;
    rrd_value_t *data = nullptr;
    QList<double> out;
    rrd_clear_error();
    if (rrd_fetch_r(QFile::encodeName(path).constData(), "AVERAGE", &start, &end, &step, &count, &names,
                    &data) != 0)
        return out;
    const qint64 rows = (qint64(end) - qint64(start)) / qint64(step);
    for (qint64 r = 0; r < rows; ++r) {
        if (qint64(start) + (r + 1) * qint64(step) <= to)
            out << data[r * qint64(count)]; // cpu is the first data source
    }
    for (unsigned long i = 0; i < count; ++i)
        rrd_freemem(names[i]);
    rrd_freemem(names);
    rrd_freemem(data);
    return out;
}
} // namespace

class TestHistoryCached : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void throughDaemon();
    void unreachableDaemonWarns();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

void TestHistoryCached::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString exe = QStandardPaths::findExecutable(
        QStringLiteral("rrdcached"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    if (exe.isEmpty())
        QSKIP("rrdcached is not installed (Debian package rrdcached)");
    QVERIFY(m_dir.isValid());
    const QString socket = m_dir.filePath(QStringLiteral("rrdcached.sock"));
    m_address = QStringLiteral("unix:") + socket;
    // Foreground, private socket and pid file, files only under the temporary directory, and a long
    // write timeout so updates stay in the daemon's cache until someone flushes.
    m_daemon.setProgram(exe);
    m_daemon.setArguments({QStringLiteral("-g"), QStringLiteral("-l"), m_address, QStringLiteral("-p"),
                           m_dir.filePath(QStringLiteral("rrdcached.pid")), QStringLiteral("-b"),
                           m_dir.path(), QStringLiteral("-B"), QStringLiteral("-w"), QStringLiteral("3600"),
                           QStringLiteral("-z"), QStringLiteral("1")});
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.start();
    QVERIFY(m_daemon.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
}

void TestHistoryCached::throughDaemon()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 end = now - now % 60;
    HistoryStore writer(m_dir.path(), 2);
    QSignalSpy warnings(&writer, &HistoryStore::warning);
    writer.setDaemonAddress(m_address);
    QList<DomainRates> batch;
    for (qint64 t = end - 118; t <= end; t += 2)
        batch << sample(t);
    writer.record(batch);
    waitWritten(writer);
    QCOMPARE(warnings.count(), 0);
    const QString path = m_dir.filePath(kUuid + QStringLiteral(".rrd"));
    QVERIFY(QFile::exists(path)); // created by the daemon

    // Cached in the daemon: the file itself does not have the values yet.
    const QList<double> direct = directCpu(path, end - 60, end);
    QVERIFY(!direct.isEmpty());
    QVERIFY(std::all_of(direct.begin(), direct.end(), [](double v) { return std::isnan(v); }));

    // Another console on the same daemon sees them (the fetch goes through the daemon, which flushes).
    HistoryStore reader(m_dir.path(), 2);
    reader.setDaemonAddress(m_address);
    Result<HistoryData> h = fetchNow(reader, end - 60, end);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().toString()));
    QCOMPARE(h->rows(), 30);
    for (qsizetype i = 0; i < h->rows(); ++i) {
        const qint64 t = h->timesMs[i] / 1000;
        QCOMPARE(h->average[QStringLiteral("cpu")][i], double(t % 100));
        QCOMPARE(h->average[QStringLiteral("tx")][i], 4096.0);
    }
    // And after that flush the file has them too.
    QCOMPARE(directCpu(path, end - 2, end).value(0), double(end % 100));
}

void TestHistoryCached::unreachableDaemonWarns()
{
    QTemporaryDir dir;
    HistoryStore store(dir.path(), 2);
    QSignalSpy warnings(&store, &HistoryStore::warning);
    store.setDaemonAddress(QStringLiteral("unix:") + dir.filePath(QStringLiteral("nobody-listens.sock")));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    store.record({sample(now - 4)});
    store.record({sample(now - 2)});
    waitWritten(store);
    // One warning, not one per tick; nothing set aside (the file is not at fault).
    QCOMPARE(warnings.count(), 1);
    QVERIFY2(warnings.first().first().toString().contains(QStringLiteral("rrdcached")),
             qPrintable(warnings.first().first().toString()));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
}

void TestHistoryCached::cleanupTestCase()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(10000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

QTEST_GUILESS_MAIN(TestHistoryCached)
#include "tst_historycached.moc"
