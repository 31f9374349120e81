// Benchmark: what monitoring costs. Starts the test bed with N tiny guests (20; --guests N; --quick: 4
// guests and 20 s) or, with --servers N, writes a test-driver node file with N running servers; runs the
// real virtdeck (offscreen, fresh settings, 1 s interval, the list's CPU and Network sparkline columns
// showing) connected to them and, after a warm-up, measures for 60 s: CPU seconds of the whole process
// and of each thread (from /proc/PID/task/*/stat) and its RSS. Then measures the floor client
// (monitoring_floor: one bulk statistics call per second, nothing else) on the same servers for as long.
// --app PATH measures another virtdeck binary (main's, for a before/after). Last line:
// "monitoring: N guests, virtdeck X CPU-s/min, floor Y CPU-s/min, ratio R, RSS M MB".

#include "Testbed.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

#include <unistd.h>

using virtdeck::testbed::Testbed;

namespace {
struct CpuSample
{
    double process = 0;           // seconds, every thread that ever ran
    QMap<qint64, double> threads; // tid -> seconds
    QMap<qint64, QString> names;  // tid -> comm
};

// utime + stime (seconds) and comm of one /proc stat file.
bool readStat(const QString &path, double *seconds, QString *name)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = f.readAll();
    const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return false;
    if (name)
        *name = QString::fromLocal8Bit(line.mid(open + 1, close - open - 1));
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14, stime 15.
    static const double tick = double(sysconf(_SC_CLK_TCK));
    *seconds = (fields.value(11).toDouble() + fields.value(12).toDouble()) / tick;
    return true;
}

CpuSample sample(qint64 pid)
{
    CpuSample s;
    readStat(QStringLiteral("/proc/%1/stat").arg(pid), &s.process, nullptr);
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &tid : QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        double seconds = 0;
        QString name;
        if (readStat(taskDir + QLatin1Char('/') + tid + QStringLiteral("/stat"), &seconds, &name)) {
            s.threads.insert(tid.toLongLong(), seconds);
            s.names.insert(tid.toLongLong(), name);
        }
    }
    return s;
}

double rssMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Measure
{
    double cpuSeconds = 0;
    double rss = 0;
    QList<QPair<QString, double>> threads; // by name, summed, most first
};

// Warm-up, then CPU over seconds.
Measure measure(qint64 pid, int warmup, int seconds)
{
    QTest::qWait(warmup * 1000);
    const CpuSample a = sample(pid);
    QTest::qWait(seconds * 1000);
    const CpuSample b = sample(pid);
    Measure m;
    m.cpuSeconds = b.process - a.process;
    m.rss = rssMiB(pid);
    QMap<QString, double> byName;
    for (auto it = b.threads.cbegin(); it != b.threads.cend(); ++it)
        byName[b.names.value(it.key())] += it.value() - a.threads.value(it.key(), 0);
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        m.threads << qMakePair(it.key(), it.value());
    std::sort(m.threads.begin(), m.threads.end(),
              [](const auto &x, const auto &y) { return x.second > y.second; });
    return m;
}

// A test-driver node file with count running servers, one NIC and one disk each.
QString writeServers(const QString &dir, int count)
{
    const QString path = dir + QStringLiteral("/servers.xml");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray xml = "<node>\n<cpu><nodes>1</nodes><sockets>4</sockets><cores>16</cores><threads>2</threads>"
                     "<active>128</active><mhz>2600</mhz><model>x86_64</model></cpu>\n"
                     "<memory>1073741824</memory>\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        xml += "<domain type='test'><name>bench-" + QByteArray::number(i) + "</name><uuid>" + uuid +
               "</uuid><memory unit='KiB'>1048576</memory><vcpu>2</vcpu><os><type arch='x86_64'>hvm</type>"
               "</os><devices><disk type='file' device='disk'><source file='/var/lib/libvirt/images/b" +
               QByteArray::number(i) +
               ".img'/><target dev='vda' bus='virtio'/></disk><interface type='network'><mac "
               "address='52:54:00:" +
               QByteArray::number(0x10 + i / 65536 % 200, 16).rightJustified(2, '0') + ':' +
               QByteArray::number(i / 256 % 256, 16).rightJustified(2, '0') + ':' +
               QByteArray::number(i % 256, 16).rightJustified(2, '0') +
               "'/><source network='default'/><model type='virtio'/></interface></devices></domain>\n";
    }
    xml += "</node>\n";
    f.write(xml);
    return QStringLiteral("test://") + path;
}

bool bootGuests(Testbed &bed, int count, QString *error)
{
    for (int i = 0; i < count; ++i) {
        Testbed::GuestOptions o;
        o.name = QStringLiteral("mon-%1").arg(i, 2, 10, QLatin1Char('0'));
        o.memoryMiB = 96;
        o.maxMemoryMiB = 128;
        if (!bed.defineGuest(o, error) || !bed.startGuest(o.name, error))
            return false;
    }
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("mon-%1").arg(i, 2, 10, QLatin1Char('0'));
        if (bed.waitForSerial(name, Testbed::banner(QStringLiteral("A")), 300000) < 0) {
            *error = QStringLiteral("%1 did not boot").arg(name);
            return false;
        }
    }
    return true;
}

void printThreads(const Measure &m, int seconds)
{
    for (const auto &[name, cpu] : m.threads) {
        if (cpu * 60.0 / seconds >= 0.005)
            std::printf("    %-18s %7.3f CPU-s/min\n", qPrintable(name), cpu * 60.0 / seconds);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens, also into a log file
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    auto intArg = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int servers = intArg(QStringLiteral("--servers"), 0);
    const int guests = intArg(QStringLiteral("--guests"), quick ? 4 : 20);
    const int seconds = intArg(QStringLiteral("--seconds"), quick ? 20 : 60);
    const int warmup = quick ? 10 : 20;
    const qsizetype appIndex = args.indexOf(QStringLiteral("--app"));
    const QString appBinary = appIndex >= 0 ? args.value(appIndex + 1) : QStringLiteral(VIRTDECK_APP_BINARY);

    QTemporaryDir dir;
    Testbed bed;
    QString uri, what, error;
    if (servers > 0) {
        uri = writeServers(dir.path(), servers);
        what = QStringLiteral("%1 servers (test driver)").arg(servers);
    } else {
        if (!Testbed::available(&error)) {
            std::printf("bench_monitoring: skipped: %s\n", qPrintable(error));
            return 0;
        }
        QElapsedTimer boot;
        boot.start();
        if (!bed.start(&error) || !bootGuests(bed, guests, &error)) {
            std::printf("bench_monitoring: test bed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("bench_monitoring: %d guests booted in %.0f s\n", guests, boot.elapsed() / 1000.0);
        uri = bed.uri();
        what = QStringLiteral("%1 guests").arg(guests);
    }

    // virtdeck with fresh settings: 1 s interval; the CPU and Network columns show by default.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QDir().mkpath(dir.filePath(QStringLiteral("config/virtdeck")));
    {
        QFile conf(dir.filePath(QStringLiteral("config/virtdeck/virtdeck.conf")));
        if (!conf.open(QIODevice::WriteOnly) || conf.write("[metrics]\ninterval=1\n") < 0)
            return 1;
    }
    QProcess virtdeck;
    virtdeck.setProcessEnvironment(env);
    virtdeck.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    virtdeck.setStandardOutputFile(QProcess::nullDevice());
    virtdeck.start(appBinary, {QStringLiteral("--connect"), uri});
    if (!virtdeck.waitForStarted(30000)) {
        std::printf("bench_monitoring: cannot start %s\n", qPrintable(appBinary));
        return 1;
    }
    const Measure deck = measure(virtdeck.processId(), warmup, seconds);
    const bool alive = virtdeck.state() == QProcess::Running;
    virtdeck.terminate();
    if (!virtdeck.waitForFinished(15000))
        virtdeck.kill();
    if (!alive) {
        std::printf("bench_monitoring: virtdeck exited during the measurement\n");
        return 1;
    }

    QProcess floor;
    floor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    floor.setStandardOutputFile(QProcess::nullDevice());
    floor.start(QStringLiteral(MONITORING_FLOOR_BINARY), {uri});
    if (!floor.waitForStarted(10000)) {
        std::printf("bench_monitoring: cannot start the floor client\n");
        return 1;
    }
    const Measure base = measure(floor.processId(), quick ? 3 : 5, seconds);
    floor.kill();
    floor.waitForFinished(5000);

    if (bed.isStarted() && !bed.stop(&error))
        std::printf("bench_monitoring: stopping the bed: %s\n", qPrintable(error));

    const double deckPerMin = deck.cpuSeconds * 60.0 / seconds;
    const double floorPerMin = base.cpuSeconds * 60.0 / seconds;
    std::printf("virtdeck (%s), %d s after a %d s warm-up, per thread:\n", qPrintable(appBinary), seconds,
                warmup);
    printThreads(deck, seconds);
    std::printf("floor client (one bulk call per second), per thread:\n");
    printThreads(base, seconds);
    std::printf("monitoring: %s, virtdeck %.2f CPU-s/min, floor %.2f CPU-s/min, ratio %.1f, RSS %.0f MB\n",
                qPrintable(what), deckPerMin, floorPerMin, floorPerMin > 0 ? deckPerMin / floorPerMin : 0.0,
                deck.rss);
    return 0;
}
