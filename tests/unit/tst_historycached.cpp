// HistoryStore through a real rrdcached (started here on a private UNIX socket, skipped when the daemon
// is not installed): updates go to the daemon, which keeps them cached (a direct read of the file does
// not see them yet) and hands them to any console that fetches (it flushes first), so several consoles
// share one history store; a second store on the same daemon reads what the first wrote.
// An rrdcached that does not answer (a loopback listener that accepts and never replies; an address
// whose SYNs are dropped inside a network namespace the test creates) never blocks the history thread
// beyond its deadline: the writes give up with a warning and quitting takes at most 2 s. Those run in a
// child process (this binary with --record-child) so a blocked thread shows as a failure, not a hang.

#include "metrics/HistoryStore.h"

#include <rrd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <optional>
#include <thread>

#include <unistd.h>

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
    void silentListenerDoesNotBlock();
    void samplesWaitForTheDaemon();
    void droppedSynDoesNotBlock();
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

namespace {
// What a child that recorded through address printed, or why it did not finish.
struct ChildRun
{
    bool finished = false;
    QStringList lines;
    QString output() const { return lines.join(QLatin1Char('\n')); }
    qint64 number(const QString &key) const
    {
        for (const QString &l : lines) {
            if (l.startsWith(key + QLatin1Char(' ')))
                return l.mid(key.size() + 1).toLongLong();
        }
        return -1;
    }
};

ChildRun runChild(const QString &program, const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(program, arguments);
    ChildRun run;
    if (!child.waitForStarted(10000))
        return run;
    // The child gives itself 6 s to see its writes through and then quits; far beyond that it is stuck
    // in a librrd call without a deadline.
    run.finished = child.waitForFinished(30000);
    if (!run.finished) {
        child.kill();
        child.waitForFinished(5000);
    }
    run.lines = QString::fromLocal8Bit(child.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

void checkChild(const ChildRun &run)
{
    QVERIFY2(run.finished, qPrintable(QStringLiteral("the recording child did not quit within 30 s (history "
                                                     "thread blocked on rrdcached); it printed:\n") +
                                      run.output()));
    qInfo("writes given up after %lld ms, quit took %lld ms", run.number(QStringLiteral("written-ms")),
          run.number(QStringLiteral("quit-ms")));
    QVERIFY2(run.number(QStringLiteral("written-ms")) >= 0, qPrintable(run.output()));
    // One visible state, not a warning per tick: since when nothing was recorded, and why.
    QVERIFY2(run.output().count(QStringLiteral("warning: ")) == 1 &&
                 run.output().contains(QStringLiteral("History not recorded since")) &&
                 run.output().contains(QStringLiteral("rrdcached")),
             qPrintable(run.output()));
    const qint64 quitMs = run.number(QStringLiteral("quit-ms"));
    QVERIFY2(quitMs >= 0 && quitMs <= 2000, qPrintable(run.output()));
}
} // namespace

void TestHistoryCached::silentListenerDoesNotBlock()
{
    // Accepts connections (the kernel completes them into the backlog) and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const QString address = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
    std::optional<ChildRun> run;
    std::thread waiter([&] {
        run = runChild(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--record-child"), address, dir.path()});
    });
    // Keep this thread's event loop turning while the child talks to the listener.
    QTRY_VERIFY_WITH_TIMEOUT(run.has_value(), 60000);
    waiter.join();
    checkChild(*run);
}

void TestHistoryCached::samplesWaitForTheDaemon()
{
    // No daemon yet at the address: the samples wait in memory, the store says since when nothing was
    // recorded; once a daemon answers they are all written and the state clears.
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("late.sock"));
    HistoryStore store(dir.path(), 2);
    store.setBatchInterval(300);
    store.setDaemonAddress(QStringLiteral("unix:") + socket);
    QSignalSpy changes(&store, &HistoryStore::recordingChanged);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 first = now - 40 - now % 2;
    for (qint64 t = first; t < first + 20; t += 2)
        store.record({sample(t)});
    QTRY_VERIFY_WITH_TIMEOUT(store.notRecordedSince().isValid(), 10000);
    QCOMPARE(store.notRecordedSince().toSecsSinceEpoch(), first);
    QCOMPARE(store.pendingSamples(), qint64(10));

    QProcess late;
    late.setProgram(m_daemon.program());
    late.setArguments({QStringLiteral("-g"), QStringLiteral("-l"), QStringLiteral("unix:") + socket,
                       QStringLiteral("-p"), dir.filePath(QStringLiteral("late.pid")), QStringLiteral("-b"),
                       dir.path(), QStringLiteral("-B")});
    late.setProcessChannelMode(QProcess::MergedChannels);
    late.start();
    QVERIFY(late.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
    for (qint64 t = first + 20; t <= first + 38; t += 2)
        store.record({sample(t)});
    // Retried with backoff (2 s, then 4 s...): within a few seconds everything is written.
    QTRY_VERIFY_WITH_TIMEOUT(!store.notRecordedSince().isValid(), 20000);
    QCOMPARE(store.pendingSamples(), qint64(0));
    QVERIFY(changes.count() >= 2);
    Result<HistoryData> h = fetchNow(store, first, first + 38);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().toString()));
    const QList<double> cpu = h->average.value(QStringLiteral("cpu"));
    QCOMPARE(cpu.size(), 19);
    for (qsizetype i = 0; i < h->rows(); ++i)
        QCOMPARE(cpu[i], double((h->timesMs[i] / 1000) % 100));
    late.terminate();
    QVERIFY(late.waitForFinished(10000));
}

void TestHistoryCached::droppedSynDoesNotBlock()
{
    if (geteuid() != 0) {
        // Where the bed is required (CI, quickstart test) a missing namespace is a failure, not a skip.
        if (qEnvironmentVariableIntValue("VIRTDECK_TESTBED_REQUIRED") == 1)
            QFAIL("needs root to create a network namespace");
        QSKIP("needs root to create a network namespace (CI runs the tests as root)");
    }
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                                      {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    QVERIFY2(!unshare.isEmpty() && !ip.isEmpty(), "needs unshare (util-linux) and ip (iproute2)");
    // A fresh network namespace holding only its own loopback; 10.253.7.0/24 is routed into lo, where
    // a packet for an address that is not local is dropped without a word (forwarding is off in a new
    // namespace): every SYN to 10.253.7.2 goes nowhere, as with a firewall's DROP. Nothing leaves it.
    QTemporaryDir dir;
    const QString script =
        QStringLiteral("set -e; %1 link set lo up; %1 route add 10.253.7.0/24 dev lo; exec \"$0\" \"$@\"")
            .arg(ip);
    std::optional<ChildRun> run;
    std::thread waiter([&] {
        run = runChild(unshare, {QStringLiteral("--net"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                                 QStringLiteral("-c"), script, QCoreApplication::applicationFilePath(),
                                 QStringLiteral("--record-child"), QStringLiteral("10.253.7.2:42217"),
                                 dir.path(), QStringLiteral("--check-dropped")});
    });
    QTRY_VERIFY_WITH_TIMEOUT(run.has_value(), 60000);
    waiter.join();
    // The namespace really drops: a plain connect there got no answer at all within a second.
    QVERIFY2(run->output().contains(QStringLiteral("dropped: yes")), qPrintable(run->output()));
    checkChild(*run);
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

namespace {
// Whether a TCP connect to host:port stays unanswered for a second (dropped, not refused).
bool connectIsDropped(const QString &address)
{
    QTcpSocket s;
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    s.connectToHost(address.left(colon), quint16(address.mid(colon + 1).toUInt()));
    const bool connected = s.waitForConnected(1000);
    return !connected && s.error() == QAbstractSocket::SocketTimeoutError;
}

// The child: records three ticks through rrdcached at address, waits (up to 6 s) for them to be written
// or given up, then quits; prints what it saw and how long each part took.
int recordChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString address = QString::fromLocal8Bit(argv[2]);
    const QString dir = QString::fromLocal8Bit(argv[3]);
    auto say = [](const QString &line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    };
    if (argc > 4 && qstrcmp(argv[4], "--check-dropped") == 0)
        say(connectIsDropped(address) ? QStringLiteral("dropped: yes") : QStringLiteral("dropped: no"));
    QElapsedTimer clock;
    clock.start();
    auto *store = new HistoryStore(dir, 2);
    QObject::connect(store, &HistoryStore::warning,
                     [&](const QString &w) { say(QStringLiteral("warning: ") + w); });
    store->setDaemonAddress(address);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qint64 t = now - 6; t < now; t += 2)
        store->record({sample(t)});
    auto quit = [&, done = false]() mutable {
        if (done)
            return;
        done = true;
        QElapsedTimer q;
        q.start();
        delete store;
        say(QStringLiteral("quit-ms %1").arg(q.elapsed()));
        app.quit();
    };
    store->whenWritten(&app, [&] {
        say(QStringLiteral("written-ms %1").arg(clock.elapsed()));
        quit();
    });
    QTimer::singleShot(6000, &app, [&] {
        say(QStringLiteral("not written after 6 s"));
        quit();
    });
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--record-child") == 0)
        return recordChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestHistoryCached test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_historycached.moc"
