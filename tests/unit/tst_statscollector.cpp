// The sampler's collection: parsing of bulk statistics records (named rows: a QEMU record, a record
// with only state.* as libvirt's test driver sends, several disks), and the per-domain fallback against
// libvirt's real test driver (the demo fleet), which has no bulk statistics: the host note says so, CPU
// follows the driver's wall-clock cpuTime, interface and disk counters come from per-domain calls, steal
// (absent there) stays empty. MetricsService on top: latest rates, host totals, one signal per tick,
// sparklines and history files.

#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "metrics/MetricsService.h"
#include "metrics/StatsCollector.h"
#include "metrics/StatsSampler.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace virtdeck;

Q_DECLARE_METATYPE(virtdeck::DomainCounters)

namespace {
struct Params
{
    std::vector<virTypedParameter> list;
    std::vector<QByteArray> strings;

    Params &u(const char *field, unsigned long long v)
    {
        virTypedParameter p{};
        qstrncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH);
        p.type = VIR_TYPED_PARAM_ULLONG;
        p.value.ul = v;
        list.push_back(p);
        return *this;
    }
    Params &i(const char *field, int v)
    {
        virTypedParameter p{};
        qstrncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH);
        p.type = VIR_TYPED_PARAM_INT;
        p.value.i = v;
        list.push_back(p);
        return *this;
    }
    Params &s(const char *field, const char *v)
    {
        strings.emplace_back(v);
        virTypedParameter p{};
        qstrncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH);
        p.type = VIR_TYPED_PARAM_STRING;
        p.value.s = strings.back().data();
        list.push_back(p);
        return *this;
    }
};

const QString kWww05 = QStringLiteral("www-en-05"); // running, 1 vCPU
const QString kWww01 = QStringLiteral("www-en-01"); // running, 4 vCPUs
} // namespace

class TestStatsCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseRecord_data();
    void parseRecord();
    void testDriverFallsBackToPerDomainCalls();
    void serviceOnTestDriver();
    void cleanupTestCase();

private:
    QString m_uri;
    QTemporaryDir m_dir;
};

void TestStatsCollector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<virtdeck::StatsTick>();
    Result<QString> uri = DemoFleet::prepare();
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().toString()));
    m_uri = uri.value();
}

void TestStatsCollector::parseRecord_data()
{
    QTest::addColumn<std::shared_ptr<Params>>("params");
    QTest::addColumn<DomainCounters>("expected");

    auto qemu = std::make_shared<Params>();
    qemu->i("state.state", 1)
        .i("state.reason", 1)
        .u("cpu.time", 123456789)
        .u("cpu.user", 1)
        .i("vcpu.current", 2)
        .i("vcpu.maximum", 4)
        .i("vcpu.0.state", 1)
        .u("vcpu.0.time", 5)
        .u("vcpu.0.delay", 700)
        .u("vcpu.1.delay", 300)
        .u("net.count", 1)
        .s("net.0.name", "vnet3")
        .u("net.0.rx.bytes", 1000)
        .u("net.0.rx.pkts", 10)
        .u("net.0.tx.bytes", 2000)
        .u("net.0.tx.pkts", 20)
        .u("balloon.current", 131072)
        .u("balloon.maximum", 262144)
        .u("balloon.available", 120000)
        .u("balloon.usable", 90000);
    DomainCounters q;
    q.state = 1;
    q.cpuTimeNs = 123456789;
    q.vcpus = 2;
    q.vcpuDelayNs = {{0, 700}, {1, 300}};
    InterfaceCounters n;
    n.name = QStringLiteral("vnet3");
    n.index = 0;
    n.rxBytes = 1000;
    n.rxPackets = 10;
    n.txBytes = 2000;
    n.txPackets = 20;
    q.interfaces << n;
    q.balloonCurrentKiB = 131072;
    q.balloonMaximumKiB = 262144;
    q.balloonAvailableKiB = 120000;
    q.balloonUsableKiB = 90000;
    QTest::newRow("qemu record") << qemu << q;

    auto stateOnly = std::make_shared<Params>();
    stateOnly->i("state.state", 3).i("state.reason", 1);
    DomainCounters s;
    s.state = 3;
    QTest::newRow("missing keys (test driver: state only)") << stateOnly << s;

    auto disks = std::make_shared<Params>();
    disks->i("state.state", 1)
        .u("block.count", 2)
        .s("block.0.name", "vda")
        .u("block.0.rd.bytes", 100)
        .u("block.0.wr.bytes", 10)
        .s("block.1.name", "vdb")
        .u("block.1.rd.bytes", 50)
        .u("block.1.wr.bytes", 5)
        .s("net.1.name", "vnet7") // a second NIC whose first reported nothing
        .u("net.1.tx.bytes", 9);
    DomainCounters d;
    d.state = 1;
    d.diskReadBytes = 150;
    d.diskWriteBytes = 15;
    InterfaceCounters n1;
    n1.name = QStringLiteral("vnet7");
    n1.index = 1;
    n1.txBytes = 9;
    d.interfaces << n1;
    QTest::newRow("several disks, sparse NICs") << disks << d;

    auto odd = std::make_shared<Params>();
    odd->i("state.state", 1).i("cpu.time", -1).s("cpu.time.unit", "ns").u("vcpu.x.delay", 5).u("bogus", 1);
    DomainCounters o;
    o.state = 1;
    QTest::newRow("negative and unknown keys ignored") << odd << o;
}

void TestStatsCollector::parseRecord()
{
    QFETCH(std::shared_ptr<Params>, params);
    QFETCH(DomainCounters, expected);
    const DomainCounters c = StatsCollector::parseRecord(params->list.data(), int(params->list.size()));
    QCOMPARE(c.state, expected.state);
    QCOMPARE(c.cpuTimeNs, expected.cpuTimeNs);
    QCOMPARE(c.vcpus, expected.vcpus);
    QCOMPARE(c.vcpuDelayNs, expected.vcpuDelayNs);
    QCOMPARE(c.interfaces.size(), expected.interfaces.size());
    for (qsizetype i = 0; i < c.interfaces.size(); ++i) {
        QCOMPARE(c.interfaces[i].name, expected.interfaces[i].name);
        QCOMPARE(c.interfaces[i].index, expected.interfaces[i].index);
        QCOMPARE(c.interfaces[i].rxBytes, expected.interfaces[i].rxBytes);
        QCOMPARE(c.interfaces[i].txBytes, expected.interfaces[i].txBytes);
        QCOMPARE(c.interfaces[i].rxPackets, expected.interfaces[i].rxPackets);
        QCOMPARE(c.interfaces[i].txPackets, expected.interfaces[i].txPackets);
    }
    QCOMPARE(c.diskReadBytes, expected.diskReadBytes);
    QCOMPARE(c.diskWriteBytes, expected.diskWriteBytes);
    QCOMPARE(c.balloonCurrentKiB, expected.balloonCurrentKiB);
    QCOMPARE(c.balloonMaximumKiB, expected.balloonMaximumKiB);
    QCOMPARE(c.balloonAvailableKiB, expected.balloonAvailableKiB);
    QCOMPARE(c.balloonUsableKiB, expected.balloonUsableKiB);
}

void TestStatsCollector::testDriverFallsBackToPerDomainCalls()
{
    ConnectionManager manager;
    Connection::Options options;
    options.uri = m_uri;
    Result<Connection *> c = manager.connectTo(options);
    QVERIFY(c.ok());
    QTRY_VERIFY_WITH_TIMEOUT(c.value()->isConnected(), 10000);

    StatsSampler sampler(c.value());
    QSignalSpy ticks(&sampler, &StatsSampler::ticked);
    sampler.sampleNow();
    QTRY_COMPARE_WITH_TIMEOUT(ticks.count(), 1, 10000);
    QTest::qWait(1100);
    sampler.sampleNow();
    QTRY_COMPARE_WITH_TIMEOUT(ticks.count(), 2, 10000);

    const StatsTick tick = ticks.last().first().value<StatsTick>();
    QVERIFY(!tick.bulk);
    QVERIFY(!sampler.usesBulkStats());
    QCOMPARE(tick.hostCpus, 32);
    QCOMPARE(tick.servers.size(), 26); // the active servers of the fleet
    QTRY_VERIFY_WITH_TIMEOUT(c.value()->host().notes.contains(QStringLiteral("Statistics")), 5000);
    QVERIFY(
        c.value()->host().notes.value(QStringLiteral("Statistics")).contains(QStringLiteral("per-domain")));

    auto find = [&tick](const QString &name) {
        for (const DomainRates &r : tick.servers) {
            if (r.name == name)
                return r;
        }
        return DomainRates();
    };
    // The test driver's cpuTime is the wall clock: one full CPU per server.
    const DomainRates one = find(kWww05);
    QVERIFY(qAbs(one.cpuPercent - 100.0) < 1.0);
    QVERIFY(qAbs(one.hostCpuPercent - 100.0 / 32) < 0.5);
    const DomainRates four = find(kWww01);
    QVERIFY2(qAbs(four.cpuPercent - 25.0) < 1.0, qPrintable(QString::number(four.cpuPercent)));
    // Fake interface counters from the wall clock: rx about 100 000 B/s, tx about half.
    QVERIFY2(four.rxBytes > 50000 && four.rxBytes < 200000, qPrintable(QString::number(four.rxBytes)));
    QVERIFY(four.txBytes > 25000 && four.txBytes < 100000);
    QCOMPARE(four.interfaces.size(), 1);
    QCOMPARE(four.interfaces.first().name, QStringLiteral("testnet0"));
    QCOMPARE(four.rxBytes, four.interfaces.first().rxBytes);
    QVERIFY(four.diskReadBytes > 0);
    QCOMPARE(four.memoryKiB.value_or(0), quint64(2048 * 1024));
    // No vcpu.N.delay on this driver: the steal series stays empty.
    QVERIFY(isGap(four.stealPercent));
}

void TestStatsCollector::serviceOnTestDriver()
{
    ConnectionManager manager;
    Config config(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    config.setValue(QStringLiteral("metrics/interval"), 1);
    const QString history = m_dir.filePath(QStringLiteral("history"));
    MetricsService service(&manager, &config, nullptr, history);
    QCOMPARE(service.interval(), 1);
    QSignalSpy ticked(&service, &MetricsService::ticked);
    Connection::Options options;
    options.uri = m_uri;
    QVERIFY(manager.connectTo(options).ok());
    QTRY_VERIFY_WITH_TIMEOUT(ticked.count() >= 3, 20000);
    QVERIFY(!service.usesBulkStats(m_uri));

    const QList<ServerRef> touched = ticked.last().at(1).value<QList<ServerRef>>();
    QCOMPARE(ticked.last().at(0).toString(), m_uri);
    QCOMPARE(touched.size(), 26);
    ServerRef www05;
    for (const ServerRef &r : touched) {
        if (r.name == kWww05)
            www05 = r;
    }
    QVERIFY(www05.isValid());
    const std::optional<DomainRates> latest = service.latest(www05);
    QVERIFY(latest && qAbs(latest->cpuPercent - 100.0) < 1.0);
    // Host totals: every active server uses one of the 32 CPUs.
    const std::optional<DomainRates> host = service.latestHost(m_uri);
    QVERIFY(host);
    QVERIFY2(qAbs(host->cpuPercent - 26 * 100.0 / 32) < 3.0, qPrintable(QString::number(host->cpuPercent)));
    QVERIFY(host->rxBytes > 26 * 50000.0);

    const Sparkline cpu = service.cpuSparkline(www05);
    QCOMPARE(cpu.maximum, 100.0);
    QVERIFY(cpu.primary.size() >= 3);
    QVERIFY(cpu.toMs - cpu.fromMs == qint64(MetricsService::kSparklineSeconds) * 1000);
    const Sparkline net = service.hostNetworkSparkline(m_uri);
    QCOMPARE(net.primary.size(), net.secondary.size());
    QVERIFY(!net.primary.isEmpty());
    QVERIFY(service.recent(www05).size() >= 3);

    // Settings apply to the running samplers.
    config.setValue(QStringLiteral("metrics/interval"), 99);
    service.reloadSettings();
    QCOMPARE(service.interval(), 60);
    QCOMPARE(service.sampler(m_uri)->interval(), 60);

    // One history file per running server, named by UUID.
    bool written = false;
    service.history()->whenWritten(this, [&written] { written = true; });
    QTRY_VERIFY(written);
    QVERIFY(QFile::exists(history + QLatin1Char('/') + www05.uuid + QStringLiteral(".rrd")));
    QCOMPARE(QDir(history).entryList({QStringLiteral("*.rrd")}).size(), 26);
}

void TestStatsCollector::cleanupTestCase() {}

QTEST_GUILESS_MAIN(TestStatsCollector)
#include "tst_statscollector.moc"
