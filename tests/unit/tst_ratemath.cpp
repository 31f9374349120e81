// RateMath: CPU %, host CPU %, steal %, network and disk rates from two counter readings, with counter
// resets (reboot, restart, migration), vCPU hotplug mid-interval, missing keys and a zero interval
// giving gaps (NaN), never a negative value or a spike. Data-driven with named rows.

#include "metrics/MetricFormat.h"
#include "metrics/RateMath.h"

#include <QTest>

using namespace virtdeck;

Q_DECLARE_METATYPE(virtdeck::DomainCounters)

namespace {
constexpr qint64 kSecond = 1000000000LL;
const double G = kGap;

// A reading at `seconds` with `cpuSeconds` of CPU time over `vcpus` vCPUs.
DomainCounters reading(double seconds, double cpuSeconds, int vcpus = 2, int id = 7)
{
    DomainCounters c;
    c.uuid = QStringLiteral("0b9c5e8e-0000-4000-8000-000000000001");
    c.name = QStringLiteral("web-01");
    c.state = 1;
    c.id = id;
    c.monotonicNs = qint64(seconds * kSecond);
    c.wallMs = 1700000000000LL + qint64(seconds * 1000);
    c.cpuTimeNs = quint64(cpuSeconds * kSecond);
    c.vcpus = vcpus;
    for (int v = 0; v < vcpus; ++v)
        c.vcpuDelayNs.insert(v, 0);
    return c;
}

DomainCounters withDelays(DomainCounters c, const QList<double> &secondsPerVcpu)
{
    c.vcpuDelayNs.clear();
    for (int v = 0; v < secondsPerVcpu.size(); ++v)
        c.vcpuDelayNs.insert(v, quint64(secondsPerVcpu[v] * kSecond));
    return c;
}

DomainCounters withNic(DomainCounters c, const QString &name, int index, quint64 rx, quint64 tx,
                       quint64 rxp = 0, quint64 txp = 0)
{
    InterfaceCounters n;
    n.name = name;
    n.index = index;
    n.rxBytes = rx;
    n.txBytes = tx;
    n.rxPackets = rxp;
    n.txPackets = txp;
    c.interfaces << n;
    return c;
}

DomainCounters withDisk(DomainCounters c, quint64 rd, quint64 wr)
{
    c.diskReadBytes = rd;
    c.diskWriteBytes = wr;
    return c;
}

void compareValue(double actual, double expected, const char *what)
{
    if (isGap(expected)) {
        QVERIFY2(
            isGap(actual),
            qPrintable(QStringLiteral("%1: expected a gap, got %2").arg(QLatin1String(what)).arg(actual)));
    } else {
        QVERIFY2(
            !isGap(actual),
            qPrintable(QStringLiteral("%1: expected %2, got a gap").arg(QLatin1String(what)).arg(expected)));
        QVERIFY2(qAbs(actual - expected) < 1e-6, qPrintable(QStringLiteral("%1: expected %2, got %3")
                                                                .arg(QLatin1String(what))
                                                                .arg(expected)
                                                                .arg(actual)));
        QVERIFY2(actual >= 0, what);
    }
}
} // namespace

class TestRateMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rates_data();
    void rates();
    void interfaceRates();
    void firstReadingHasNoRates();
    void hostTotal();
    void units_data();
    void units();
};

void TestRateMath::rates_data()
{
    QTest::addColumn<DomainCounters>("previous");
    QTest::addColumn<DomainCounters>("current");
    QTest::addColumn<int>("hostCpus");
    QTest::addColumn<double>("cpu");
    QTest::addColumn<double>("hostCpu");
    QTest::addColumn<double>("steal");
    QTest::addColumn<double>("rx");
    QTest::addColumn<double>("tx");
    QTest::addColumn<double>("diskRead");

    // 2 s, 3 CPU seconds over 2 vCPUs = 75 %; of 8 host CPUs = 18.75 %.
    QTest::newRow("normal")
        << withDisk(withNic(withDelays(reading(10, 100), {1, 1}), "vnet0", 0, 1000, 500), 0, 0)
        << withDisk(withNic(withDelays(reading(12, 103), {1.2, 1.4}), "vnet0", 0, 5000, 2500), 4096, 0) << 8
        << 75.0 << 18.75 << 15.0 << 2000.0 << 1000.0 << 2048.0;
    QTest::newRow("idle") << reading(10, 100) << reading(12, 100) << 8 << 0.0 << 0.0 << 0.0 << G << G << G;
    QTest::newRow("counter reset (reboot reset the counters)")
        << withNic(reading(10, 500), "vnet0", 0, 900000, 900000)
        << withNic(reading(12, 1), "vnet0", 0, 100, 100) << 8 << G << G << 0.0 << G << G << G;
    QTest::newRow("restart (new id, counters already past the old ones)")
        << withNic(reading(10, 1, 2, 7), "vnet0", 0, 10, 10)
        << withNic(reading(12, 2.5, 2, 8), "vnet0", 0, 900, 900) << 8 << G << G << G << G << G << G;
    QTest::newRow("migration (counters start again on the destination)")
        << reading(10, 3600, 2, 7) << reading(12, 0.5, 2, 3) << 8 << G << G << G << G << G << G;
    QTest::newRow("impossible jump (reset seen late)")
        << reading(10, 100) << reading(12, 110) << 8 << G << G << 0.0 << G << G << G;
    QTest::newRow("slightly over 100 % (timing jitter) is capped")
        << reading(10, 100) << reading(12, 104.2) << 8 << 100.0 << 26.25 << 0.0 << G << G << G;
    // 2 → 4 vCPUs mid-interval: 2 busy for 1 s then 4 busy for 1 s = 6 CPU s; the larger count bounds it.
    QTest::newRow("vCPU hotplug mid-interval")
        << withDelays(reading(10, 100, 2), {0, 0}) << withDelays(reading(12, 106, 4), {0.2, 0.2, 0.1, 0.1})
        << 8 << 75.0 << 37.5 << 10.0 << G << G << G;
    // 4 → 2: dividing by the current 2 would read 150 %.
    QTest::newRow("vCPU unplug mid-interval")
        << reading(10, 100, 4) << reading(12, 106, 2) << 8 << 75.0 << 37.5 << 0.0 << G << G << G;
    QTest::newRow("vCPU delay counter reset")
        << withDelays(reading(10, 100), {5, 5}) << withDelays(reading(12, 101), {0.1, 5.2}) << 8 << 25.0
        << 6.25 << G << G << G << G;
    DomainCounters noKeysA = reading(10, 0);
    DomainCounters noKeysB = reading(12, 0);
    noKeysA.cpuTimeNs.reset();
    noKeysB.cpuTimeNs.reset();
    noKeysA.vcpuDelayNs.clear();
    noKeysB.vcpuDelayNs.clear();
    QTest::newRow("missing keys") << noKeysA << noKeysB << 8 << G << G << G << G << G << G;
    DomainCounters unknownVcpus = reading(12, 103, 0);
    QTest::newRow("vCPU count unknown, host CPUs unknown")
        << reading(10, 100, 0) << unknownVcpus << 0 << G << G << G << G << G << G;
    QTest::newRow("zero interval") << withNic(reading(10, 100), "vnet0", 0, 1, 1)
                                   << withNic(reading(10, 100.5), "vnet0", 0, 2, 2) << 8 << G << G << G << G
                                   << G << G;
    QTest::newRow("clock went backwards")
        << reading(12, 100) << reading(10, 101) << 8 << G << G << G << G << G << G;
    QTest::newRow("disk counter reset")
        << withDisk(reading(10, 100), 5000, 5000) << withDisk(reading(12, 100), 10, 10) << 8 << 0.0 << 0.0
        << 0.0 << G << G << G;
}

void TestRateMath::rates()
{
    QFETCH(DomainCounters, previous);
    QFETCH(DomainCounters, current);
    QFETCH(int, hostCpus);
    QFETCH(double, cpu);
    QFETCH(double, hostCpu);
    QFETCH(double, steal);
    QFETCH(double, rx);
    QFETCH(double, tx);
    QFETCH(double, diskRead);
    const DomainRates r = RateMath::compute(previous, current, hostCpus);
    QCOMPARE(r.uuid, current.uuid);
    QCOMPARE(r.wallMs, current.wallMs);
    compareValue(r.cpuPercent, cpu, "cpu");
    compareValue(r.hostCpuPercent, hostCpu, "hostCpu");
    compareValue(r.stealPercent, steal, "steal");
    compareValue(r.rxBytes, rx, "rx");
    compareValue(r.txBytes, tx, "tx");
    compareValue(r.diskReadBytes, diskRead, "diskRead");
}

void TestRateMath::interfaceRates()
{
    DomainCounters a =
        withNic(withNic(reading(0, 0), "vnet0", 0, 1000, 2000, 10, 20), "vnet1", 1, 0, 0, 0, 0);
    DomainCounters b =
        withNic(withNic(reading(4, 0), "vnet0", 0, 5000, 10000, 50, 60), "vnet1", 1, 400, 800, 4, 8);
    // A NIC hot-plugged since the last tick has no rate yet, and does not spoil the total.
    b = withNic(b, "vnet2", 2, 123456, 123456);
    const DomainRates r = RateMath::compute(a, b, 4);
    QCOMPARE(r.interfaces.size(), 3);
    const InterfaceRates *n0 = r.interfaceAt(0);
    QVERIFY(n0);
    QCOMPARE(n0->name, QStringLiteral("vnet0"));
    QCOMPARE(n0->rxBytes, 1000.0);
    QCOMPARE(n0->txBytes, 2000.0);
    QCOMPARE(n0->rxPackets, 10.0);
    QCOMPARE(n0->txPackets, 10.0);
    QCOMPARE(r.interfaceAt(1)->txBytes, 200.0);
    QVERIFY(isGap(r.interfaceAt(2)->txBytes));
    QCOMPARE(r.rxBytes, 1100.0);
    QCOMPARE(r.txBytes, 2200.0);
    QCOMPARE(r.rxPackets, 11.0);
    QCOMPARE(r.txPackets, 12.0);

    // One interface reset: its rate is a gap, and so is the total (it would dip otherwise).
    DomainCounters c =
        withNic(withNic(reading(8, 0), "vnet0", 0, 10, 10, 1, 1), "vnet1", 1, 800, 1600, 8, 16);
    const DomainRates r2 = RateMath::compute(b, c, 4);
    QVERIFY(isGap(r2.interfaceAt(0)->rxBytes));
    QCOMPARE(r2.interfaceAt(1)->rxBytes, 100.0);
    QVERIFY(isGap(r2.rxBytes));
    QVERIFY(isGap(r2.txBytes));

    // Interfaces are matched by name: a renamed device (new tap after a hot re-plug) is not compared.
    DomainCounters d = withNic(reading(12, 0), "vnet9", 0, 999999, 999999);
    const DomainRates r3 = RateMath::compute(c, d, 4);
    QVERIFY(isGap(r3.interfaceAt(0)->rxBytes));
}

void TestRateMath::firstReadingHasNoRates()
{
    DomainCounters c = withNic(reading(5, 50), "vnet0", 0, 10, 10);
    c.balloonCurrentKiB = 524288;
    c.balloonAvailableKiB = 500000;
    const DomainRates r = RateMath::firstReading(c);
    QVERIFY(isGap(r.cpuPercent));
    QVERIFY(isGap(r.rxBytes));
    QCOMPARE(r.memoryKiB.value_or(0), quint64(524288));
    QCOMPARE(r.memoryAvailableKiB.value_or(0), quint64(500000));
    QCOMPARE(r.vcpus, 2);
    QCOMPARE(r.interfaces.size(), 1);
}

void TestRateMath::hostTotal()
{
    DomainRates a;
    a.hostCpuPercent = 10;
    a.rxBytes = 100;
    a.txBytes = 50;
    a.vcpus = 2;
    DomainRates b;
    b.hostCpuPercent = 5;
    b.rxBytes = kGap; // reset on this one: left out of the sum
    b.txBytes = 25;
    b.vcpus = 1;
    const DomainRates t = RateMath::hostTotal({a, b}, 42);
    QCOMPARE(t.wallMs, qint64(42));
    QCOMPARE(t.hostCpuPercent, 15.0);
    QCOMPARE(t.cpuPercent, 15.0);
    QCOMPARE(t.rxBytes, 100.0);
    QCOMPARE(t.txBytes, 75.0);
    QVERIFY(isGap(t.diskReadBytes));
    QCOMPARE(t.vcpus, 3);
    QVERIFY(isGap(RateMath::hostTotal({}, 1).hostCpuPercent));
}

void TestRateMath::units_data()
{
    QTest::addColumn<double>("bytesPerSecond");
    QTest::addColumn<bool>("bits");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << 512.0 << false << QStringLiteral("512 B/s");
    QTest::newRow("KiB") << 1536.0 << false << QStringLiteral("1.50 KiB/s");
    QTest::newRow("MiB") << 12.5 * 1024 * 1024 << false << QStringLiteral("12.5 MiB/s");
    QTest::newRow("GiB") << 3.0 * 1024 * 1024 * 1024 << false << QStringLiteral("3 GiB/s");
    QTest::newRow("fraction of a Gbit") << 1.3e8 << true << QStringLiteral("1.04 Gbit/s");
    QTest::newRow("bits") << 100.0 << true << QStringLiteral("800 bit/s");
    QTest::newRow("Mbit (decimal)") << 12.5e6 << true << QStringLiteral("100 Mbit/s");
    QTest::newRow("Gbit") << 1.25e9 << true << QStringLiteral("10 Gbit/s");
    QTest::newRow("gap") << kGap << false << QString();
}

void TestRateMath::units()
{
    QFETCH(double, bytesPerSecond);
    QFETCH(bool, bits);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(MetricFormat::rate(bytesPerSecond, bits), text);
    QCOMPARE(MetricFormat::percent(42.0), QStringLiteral("42 %"));
    QCOMPARE(MetricFormat::percent(0.25), QStringLiteral("0.25 %"));
    QVERIFY(MetricFormat::percent(kGap).isEmpty());
}

QTEST_GUILESS_MAIN(TestRateMath)
#include "tst_ratemath.moc"
