#include "Testbed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QtTest>

#include <libvirt/libvirt.h>

using virtdeck::testbed::Console;
using virtdeck::testbed::Testbed;

namespace {

QString procState(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 ? QString(QLatin1Char(stat.at(close + 2))) : QString();
}

quint64 sysfsCounter(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toULongLong() : 0;
}

} // namespace

// Smoke test of the libvirtd integration-test bed itself: daemon, guest boot,
// serial console, SysRq, network counters, kernels pool, daemon hang/restart.
class TestbedSmokeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void consoleAndSysrq();
    void statsAndLiveTuning();
    void kernelsPoolSwitchesInitrd();
    void daemonSuspendAndRestart();
    void cleanupTestCase();

private:
    Testbed m_bed;
    QElapsedTimer m_total;
};

void TestbedSmokeTest::initTestCase()
{
    m_total.start();
    VIRTDECK_TESTBED_CHECK_AVAILABLE();
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    qInfo("bed started in %lld ms (daemon %lld ms), uri %s", timer.elapsed(), m_bed.lastDaemonStartMs(),
          qPrintable(m_bed.uri()));
    QVERIFY(m_bed.uri().startsWith(QStringLiteral("qemu:///system?socket=") + m_bed.dir()));
    QVERIFY(m_bed.daemonPid() > 0);
}

void TestbedSmokeTest::consoleAndSysrq()
{
    Testbed::GuestOptions options;
    options.name = QStringLiteral("smoke-console");
    options.nic = false;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_bed.bootGuest(options, 60000, &error), qPrintable(error));
    qInfo("guest boot (define+start+banner) %lld ms", timer.elapsed());

    Console console;
    QVERIFY2(console.open(m_bed.uri(), options.name, &error), qPrintable(error));

    // Enter is CR on a serial line; the tty turns it into NL.
    qsizetype from = console.size();
    QVERIFY(console.send("echo $((6*7))\r", &error));
    QVERIFY2(console.waitFor("\n42\r\n", 15000, from) >= 0, console.output().right(500).constData());

    // Alt+SysRq+H through the emulated i8042: the kernel prints its help.
    virDomainPtr dom = virDomainLookupByName(m_bed.connection(), options.name.toUtf8().constData());
    QVERIFY(dom);
    unsigned int keys[] = {56 /* KEY_LEFTALT */, 99 /* KEY_SYSRQ */, 35 /* KEY_H */};
    from = console.size();
    const int rc = virDomainSendKey(dom, VIR_KEYCODE_SET_LINUX, 0, keys, 3, 0);
    virDomainFree(dom);
    QCOMPARE(rc, 0);
    QVERIFY2(console.waitFor("sysrq: HELP", 15000, from) >= 0, console.output().right(500).constData());
    QVERIFY(m_bed.serialLog(options.name).contains("sysrq: HELP"));

    // Ctrl+C reaches the foreground job: the shell has a controlling tty.
    QVERIFY(console.send("sleep 60\r"));
    QThread::msleep(1000);
    QVERIFY(console.send("\x03"));
    QThread::msleep(500);
    from = console.size();
    QVERIFY(console.send("echo ctrl-c-$((1+1))\r"));
    QVERIFY2(console.waitFor("\nctrl-c-2\r\n", 15000, from) >= 0, console.output().right(500).constData());

    console.close();
    QVERIFY2(m_bed.undefineGuest(options.name, &error), qPrintable(error));
}

void TestbedSmokeTest::statsAndLiveTuning()
{
    Testbed::GuestOptions options;
    options.name = QStringLiteral("smoke-net");
    options.extraCmdline = QStringLiteral("vdtest.load=net");
    QString error;
    QVERIFY2(m_bed.bootGuest(options, 60000, &error), qPrintable(error));
    const QString tap = m_bed.tapName(options.name);
    QVERIFY2(QFile::exists(QStringLiteral("/sys/class/net/") + tap), qPrintable(tap));

    // Let the workload get going, then sample twice.
    QThread::msleep(1000);
    const QVariantMap before = m_bed.domainStats(options.name, &error);
    QVERIFY2(!before.isEmpty(), qPrintable(error));
    for (const char *key : {"cpu.time", "balloon.current", "vcpu.0.delay", "net.0.tx.bytes"})
        QVERIFY2(before.contains(QString::fromLatin1(key)), key);
    QCOMPARE(before.value(QStringLiteral("net.0.name")).toString(), tap);
    // Host view of the tap: what the guest sends is what the tap receives.
    const quint64 hostRxBefore =
        sysfsCounter(QStringLiteral("/sys/class/net/%1/statistics/rx_bytes").arg(tap));

    QThread::msleep(3000);
    const QVariantMap after = m_bed.domainStats(options.name, &error);
    const quint64 txBefore = before.value(QStringLiteral("net.0.tx.bytes")).toULongLong();
    const quint64 txAfter = after.value(QStringLiteral("net.0.tx.bytes")).toULongLong();
    const quint64 hostRxAfter =
        sysfsCounter(QStringLiteral("/sys/class/net/%1/statistics/rx_bytes").arg(tap));
    qInfo("net.0.tx.bytes %llu -> %llu in 3 s; host %s rx %llu -> %llu", txBefore, txAfter, qPrintable(tap),
          hostRxBefore, hostRxAfter);
    QVERIFY(txAfter > txBefore + 5000);
    QVERIFY(hostRxAfter > hostRxBefore + 5000);
    QVERIFY(after.value(QStringLiteral("cpu.time")).toULongLong() >
            before.value(QStringLiteral("cpu.time")).toULongLong());

    // Live changes the product's flex features rely on: vCPU hot-plug (up
    // only, see README), balloon, CPU shares.
    virDomainPtr dom = virDomainLookupByName(m_bed.connection(), options.name.toUtf8().constData());
    QVERIFY(dom);
    QCOMPARE(virDomainSetVcpusFlags(dom, 2, VIR_DOMAIN_AFFECT_LIVE), 0);
    QCOMPARE(virDomainSetMemoryFlags(dom, 200 * 1024, VIR_DOMAIN_AFFECT_LIVE), 0);
    virTypedParameter shares{};
    qstrncpy(shares.field, VIR_DOMAIN_SCHEDULER_CPU_SHARES, VIR_TYPED_PARAM_FIELD_LENGTH);
    shares.type = VIR_TYPED_PARAM_ULLONG;
    shares.value.ul = 512;
    QCOMPARE(virDomainSetSchedulerParametersFlags(dom, &shares, 1, VIR_DOMAIN_AFFECT_LIVE), 0);
    virTypedParameter params[8]{};
    int nparams = 8;
    QCOMPARE(virDomainGetSchedulerParametersFlags(dom, params, &nparams, VIR_DOMAIN_AFFECT_LIVE), 0);
    bool sharesSeen = false;
    for (int i = 0; i < nparams; ++i) {
        if (qstrcmp(params[i].field, VIR_DOMAIN_SCHEDULER_CPU_SHARES) == 0) {
            QCOMPARE(params[i].value.ul, 512ULL);
            sharesSeen = true;
        }
    }
    QVERIFY(sharesSeen);
    virDomainFree(dom);
    QTRY_COMPARE_WITH_TIMEOUT(m_bed.domainStats(options.name).value(QStringLiteral("vcpu.current")).toInt(),
                              2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_bed.domainStats(options.name).value(QStringLiteral("balloon.current")).toULongLong(), 200ULL * 1024,
        20000);
    // The guest onlines the new vCPU itself (background loop in /init).
    QTRY_VERIFY_WITH_TIMEOUT(
        m_bed.domainStats(options.name).value(QStringLiteral("vcpu.1.time")).toULongLong() > 0, 10000);

    QVERIFY2(m_bed.undefineGuest(options.name, &error), qPrintable(error));
    // libvirt deletes the tap it created when the guest stops.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/sys/class/net/") + tap), 5000);
}

void TestbedSmokeTest::kernelsPoolSwitchesInitrd()
{
    QString error;
    QVERIFY2(m_bed.defineKernelsPool(&error), qPrintable(error));
    virStoragePoolPtr pool = virStoragePoolLookupByName(m_bed.connection(), "kernels");
    QVERIFY(pool);
    QStringList names;
    virStorageVolPtr *vols = nullptr;
    const int count = virStoragePoolListAllVolumes(pool, &vols, 0);
    QString kernel, initrd;
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(virStorageVolGetName(vols[i]));
        names << name;
        char *path = virStorageVolGetPath(vols[i]);
        if (name == QStringLiteral("vmlinuz-6.1.0-test-b"))
            kernel = QString::fromUtf8(path);
        if (name == QStringLiteral("initrd.img-6.1.0-test-b"))
            initrd = QString::fromUtf8(path);
        free(path);
        virStorageVolFree(vols[i]);
    }
    free(vols);
    virStoragePoolFree(pool);
    names.sort();
    QCOMPARE(names, QStringList(
                        {QStringLiteral("initrd.img-6.1.0-test-a"), QStringLiteral("initrd.img-6.1.0-test-b"),
                         QStringLiteral("vmlinuz-6.1.0-test-a"), QStringLiteral("vmlinuz-6.1.0-test-b")}));

    // Define with the default (A) initrd first, then redefine with the pool's
    // B pair: the second define updates the same domain.
    Testbed::GuestOptions options;
    options.name = QStringLiteral("smoke-pool");
    options.nic = false;
    QVERIFY2(m_bed.defineGuest(options, &error), qPrintable(error));
    options.variant = QStringLiteral("B");
    options.kernel = kernel;
    options.initrd = initrd;
    QVERIFY2(m_bed.bootGuest(options, 60000, &error), qPrintable(error));
    QVERIFY(!m_bed.serialLog(options.name).contains(Testbed::banner(QStringLiteral("A"))));
    QVERIFY2(m_bed.undefineGuest(options.name, &error), qPrintable(error));
}

void TestbedSmokeTest::daemonSuspendAndRestart()
{
    Testbed::GuestOptions options;
    options.name = QStringLiteral("smoke-survivor");
    options.nic = false;
    QString error;
    QVERIFY2(m_bed.bootGuest(options, 60000, &error), qPrintable(error));

    const qint64 pid = m_bed.daemonPid();
    QVERIFY(pid > 0);
    QVERIFY(m_bed.suspendDaemon());
    QCOMPARE(procState(pid), QStringLiteral("T"));
    QVERIFY(m_bed.resumeDaemon());
    QTRY_VERIFY(procState(pid) != QStringLiteral("T"));
    QVERIFY(m_bed.connection() && virConnectIsAlive(m_bed.connection()) == 1);

    // A restarted daemon (same DIR) finds the guest that kept running.
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_bed.restartDaemon(&error), qPrintable(error));
    qInfo("daemon restart %lld ms", timer.elapsed());
    QVERIFY(m_bed.daemonPid() > 0);
    QVERIFY(m_bed.daemonPid() != pid);
    virDomainPtr dom = virDomainLookupByName(m_bed.connection(&error), options.name.toUtf8().constData());
    QVERIFY2(dom, qPrintable(error));
    QCOMPARE(virDomainIsActive(dom), 1);
    virDomainFree(dom);

    Console console;
    QVERIFY2(console.open(m_bed.uri(), options.name, &error), qPrintable(error));
    const qsizetype from = console.size();
    QVERIFY(console.send("echo $((6*7))\r"));
    QVERIFY2(console.waitFor("\n42\r\n", 15000, from) >= 0, console.output().right(500).constData());
    console.close();

    QVERIFY2(m_bed.undefineAll(&error), qPrintable(error));
}

void TestbedSmokeTest::cleanupTestCase()
{
    if (!m_bed.isStarted())
        return;
    const QString dir = m_bed.dir();
    const QString prefix = QFile::exists(dir + QStringLiteral("/tap-prefix")) ? QString::fromUtf8([&] {
        QFile f(dir + QStringLiteral("/tap-prefix"));
        f.open(QIODevice::ReadOnly);
        return f.readAll().trimmed();
    }())
                                                                              : QString();
    QString error;
    QVERIFY2(m_bed.stop(&error), qPrintable(error));
    QCOMPARE(m_bed.daemonPid(), 0);
    if (!prefix.isEmpty()) {
        const QStringList left = QDir(QStringLiteral("/sys/class/net"))
                                     .entryList({prefix + QLatin1Char('*')}, QDir::AllEntries | QDir::System);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
    qInfo("whole smoke test %lld ms", m_total.elapsed());
}

QTEST_GUILESS_MAIN(TestbedSmokeTest)
#include "tst_testbed.moc"
