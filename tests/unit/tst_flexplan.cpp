// Flex planning: a server from its share count to a target under the seed profile, on the demo fleet's
// host (32 CPUs, 64 GiB) and a small one — now vs next boot (and why), the vCPU rule, the CPU weight
// and its host range, the host's free capacity, the refusals for bad input, the order of the libvirt
// steps (maxima first, share count last, memory in two calls) and the operation parameters.

#include "flex/FlexPlanner.h"
#include "flex/FlexSteps.h"
#include "hypervisor/HostSnapshot.h"

#include <QTest>

using namespace virtdeck;

namespace {
constexpr quint64 MiB = 1024;
constexpr quint64 GiB = 1024 * 1024;

HostSnapshot demoHost()
{
    HostSnapshot h;
    h.uri = QStringLiteral("qemu+ssh://kvm-01/system");
    h.driverType = QStringLiteral("QEMU");
    h.state = HostState::Connected;
    h.cpus = 32;
    h.memoryKiB = 64 * GiB;
    return h;
}

// A running server following the demo conventions: shares × 256 MiB, ceil(shares / 2) vCPUs.
DomainSnapshot server(const QString &name, std::optional<int> shares, int vcpus, int maxVcpus,
                      quint64 memoryKiB, quint64 maxMemoryKiB, DomainState state = DomainState::Running)
{
    DomainSnapshot s;
    s.uri = demoHost().uri;
    s.uuid = name + QStringLiteral("-uuid");
    s.name = name;
    s.state = state;
    s.active = state != DomainState::ShutOff;
    s.vcpus = vcpus;
    s.maxVcpus = maxVcpus;
    s.memoryKiB = memoryKiB;
    s.maxMemoryKiB = maxMemoryKiB;
    s.definition.vcpus = vcpus;
    s.definition.maxVcpus = maxVcpus;
    s.definition.currentMemoryKiB = memoryKiB;
    s.definition.memoryKiB = maxMemoryKiB;
    s.metadata.shares = shares;
    if (shares)
        s.cpuShares = quint64(*shares) * 256;
    return s;
}

FlexPlan planOn(const DomainSnapshot &s, int target, const HostSnapshot &host = demoHost(),
                const QList<DomainSnapshot> &others = {}, int cgroupVersion = 1)
{
    const ShareProfile profile;
    QList<DomainSnapshot> all = others;
    all << s;
    return FlexPlanner::plan(s, target, profile, FlexHost::from(host, cgroupVersion),
                             HostCapacity::compute(host, all, profile));
}
} // namespace

class TestFlexPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseShares_data();
    void parseShares();
    void nowOrNextBoot_data();
    void nowOrNextBoot();
    void nextBootRaisesMaximaToTheCeiling();
    void shutOffAppliesAtNextStart();
    void estimatedShares();
    void testDriverSkipsWeight();
    void refusals_data();
    void refusals();
    void capacity_data();
    void capacity();
    void stepsOrder();
    void stepsForShrink();
    void stepsWhenWeightUnknown();
    void paramsRoundTrip();
    void badParamsRefused_data();
    void badParamsRefused();
};

void TestFlexPlan::parseShares_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: refused
    QTest::addColumn<QString>("message");
    QTest::newRow("whole number") << "4" << 4 << "";
    QTest::newRow("spaces around") << " 7 " << 7 << "";
    QTest::newRow("zero") << "0" << 0 << "at least 1 share";
    QTest::newRow("negative") << "-2" << 0 << "at least 1 share";
    QTest::newRow("letters") << "four" << 0 << "is not a number of shares";
    QTest::newRow("fraction") << "1.5" << 0 << "is not a number of shares";
    QTest::newRow("empty") << "" << 0 << "is not a number of shares";
    QTest::newRow("absurd") << "100000" << 0 << "far beyond any server size";
}

void TestFlexPlan::parseShares()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QFETCH(QString, message);
    const Result<int> r = FlexPlanner::parseShares(text);
    QCOMPARE(r.ok(), expected > 0);
    if (r)
        QCOMPARE(r.value(), expected);
    else
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestFlexPlan::nowOrNextBoot_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<quint64>("memoryKiB");
    QTest::addColumn<quint64>("weight");
    QTest::addColumn<FlexWhen>("vcpuWhen");
    QTest::addColumn<FlexWhen>("memoryWhen");
    QTest::addColumn<QString>("why");
    // www-en-02: 4 shares, 2/4 vCPUs, 1 GiB / 2 GiB.
    QTest::newRow("up within the maxima: now")
        << 4 << 8 << 4 << 2 * GiB << 2048ull << FlexWhen::Now << FlexWhen::Now << "";
    QTest::newRow("odd count: vCPUs unchanged")
        << 4 << 3 << 2 << 768 * MiB << 768ull << FlexWhen::Unchanged << FlexWhen::Now << "";
    QTest::newRow("down: now") << 4 << 1 << 1 << 256 * MiB << 256ull << FlexWhen::Now << FlexWhen::Now << "";
    QTest::newRow("beyond memory and vCPU max: next boot")
        << 4 << 10 << 5 << 2560 * MiB << 2560ull << FlexWhen::NextBoot << FlexWhen::NextBoot
        << "memory max at boot is 2 GiB";
    QTest::newRow("9 shares: 5 vCPUs beyond 4") << 4 << 9 << 5 << 2304 * MiB << 2304ull << FlexWhen::NextBoot
                                                << FlexWhen::NextBoot << "vCPU max at boot is 4";
}

void TestFlexPlan::nowOrNextBoot()
{
    QFETCH(int, from);
    QFETCH(int, target);
    QFETCH(int, vcpus);
    QFETCH(quint64, memoryKiB);
    QFETCH(quint64, weight);
    QFETCH(FlexWhen, vcpuWhen);
    QFETCH(FlexWhen, memoryWhen);
    QFETCH(QString, why);
    const DomainSnapshot s =
        server(QStringLiteral("www-en-02"), from, 2, 4, quint64(from) * 256 * MiB, 2 * GiB);
    const FlexPlan p = planOn(s, target);
    QVERIFY2(p.ok(), qPrintable(p.refusal ? p.refusal->toString() : QString()));
    QCOMPARE(p.targets.vcpus, vcpus);
    QCOMPARE(p.targets.memoryKiB, memoryKiB);
    QCOMPARE(p.targets.cpuWeight, weight);
    QCOMPARE(p.vcpus.when, vcpuWhen);
    QCOMPARE(p.memory.when, memoryWhen);
    QCOMPARE(p.weight.when, FlexWhen::Now);
    QCOMPARE(p.needsReboot(), vcpuWhen == FlexWhen::NextBoot || memoryWhen == FlexWhen::NextBoot);
    QCOMPARE(p.liveCeiling, 8);
    if (!why.isEmpty()) {
        const QString both = p.memory.why + QLatin1Char('|') + p.vcpus.why;
        QVERIFY2(both.contains(why), qPrintable(both));
        QVERIFY(p.summary().contains(why));
    }
}

void TestFlexPlan::nextBootRaisesMaximaToTheCeiling()
{
    // A guest that booted with 1 GiB: 6 shares need 1.5 GiB, so the maximum goes to the profile's live
    // ceiling (8 shares, 2 GiB) and the server can flex live up to 8 after one restart.
    const DomainSnapshot s = server(QStringLiteral("guest"), 4, 2, 4, 1 * GiB, 1 * GiB);
    const FlexPlan p = planOn(s, 6);
    QVERIFY(p.ok());
    QCOMPARE(p.memory.when, FlexWhen::NextBoot);
    QCOMPARE(p.memory.now, 1 * GiB); // as far as the boot maximum allows now
    QCOMPARE(p.memory.newMax, 2 * GiB);
    QCOMPARE(p.targets.newMaxMemoryKiB, 2 * GiB);
    QCOMPARE(p.vcpus.when, FlexWhen::Now);
    QCOMPARE(p.targets.newMaxVcpus, 0);
    // Beyond the ceiling the maxima follow the target.
    const FlexPlan big = planOn(s, 12);
    QCOMPARE(big.targets.newMaxMemoryKiB, 3 * GiB);
    QCOMPARE(big.targets.newMaxVcpus, 6);
}

void TestFlexPlan::shutOffAppliesAtNextStart()
{
    const DomainSnapshot s =
        server(QStringLiteral("www-en-10"), 2, 1, 4, 512 * MiB, 2 * GiB, DomainState::ShutOff);
    const FlexPlan p = planOn(s, 12);
    QVERIFY2(p.ok(), qPrintable(p.refusal ? p.refusal->toString() : QString()));
    QCOMPARE(p.memory.when, FlexWhen::NextStart);
    QCOMPARE(p.vcpus.when, FlexWhen::NextStart);
    QCOMPARE(p.weight.when, FlexWhen::NextStart);
    QVERIFY(!p.needsReboot());
    QCOMPARE(p.targets.newMaxMemoryKiB, 3 * GiB);
    QCOMPARE(p.liveCeiling, 8);
}

void TestFlexPlan::estimatedShares()
{
    // monitor-01: no share count, 1536 MiB → ≈ 6.
    DomainSnapshot s = server(QStringLiteral("monitor-01"), std::nullopt, 3, 4, 1536 * MiB, 2 * GiB);
    FlexPlan p = planOn(s, 6);
    QCOMPARE(p.fromShares, 6);
    QVERIFY(p.fromEstimated);
    // Same resources, but the count is written for the first time: not "nothing to change".
    QVERIFY2(p.ok(), qPrintable(p.refusal ? p.refusal->toString() : QString()));
    // backup-01: 1000 MiB → ≈ 3.9 → 4.
    s = server(QStringLiteral("backup-01"), std::nullopt, 2, 2, 1000 * MiB, 1000 * MiB);
    p = planOn(s, 4);
    QCOMPARE(p.fromShares, 4);
    QVERIFY(qAbs(p.estimate - 3.90625) < 1e-9);
}

void TestFlexPlan::testDriverSkipsWeight()
{
    HostSnapshot h = demoHost();
    h.uri = QStringLiteral("test:///tmp/fleet.xml");
    h.driverType = QStringLiteral("TEST");
    DomainSnapshot s = server(QStringLiteral("www-en-05"), 2, 1, 4, 512 * MiB, 2 * GiB);
    s.uri = h.uri;
    const FlexPlan p = planOn(s, 4, h);
    QVERIFY(p.ok());
    QCOMPARE(p.weight.when, FlexWhen::Skipped);
    QCOMPARE(p.weight.why, QStringLiteral("the test driver cannot set CPU weight"));
    QCOMPARE(p.targets.cpuWeight, 0ull);
    QVERIFY(p.targets.weightField.isEmpty());
}

void TestFlexPlan::refusals_data()
{
    QTest::addColumn<DomainSnapshot>("server");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<int>("cgroupVersion");
    QTest::addColumn<QString>("message");
    const DomainSnapshot www = server(QStringLiteral("www-en-02"), 4, 2, 4, 1 * GiB, 2 * GiB);
    QTest::newRow("zero shares") << www << 0 << false << 1 << "at least 1 share";
    QTest::newRow("negative shares") << www << -3 << false << 1 << "at least 1 share";
    QTest::newRow("above the absolute maximum")
        << www << 25 << false << 1 << "25 shares is above the absolute maximum of 24 shares";
    QTest::newRow("read-only connection") << www << 6 << true << 1 << "opened read-only";
    QTest::newRow("nothing to change") << www << 4 << false << 1 << "already has 4 shares";
    DomainSnapshot paused = www;
    paused.state = DomainState::Paused;
    QTest::newRow("paused") << paused << 6 << false << 1 << "is paused";
    DomainSnapshot transient = www;
    transient.persistent = false;
    QTest::newRow("transient beyond its maxima") << transient << 10 << false << 1 << "is transient";
    DomainSnapshot badMeta = www;
    badMeta.metadataError = QStringLiteral("parse error");
    QTest::newRow("unreadable metadata")
        << badMeta << 6 << false << 1 << "metadata of www-en-02 cannot be read";
}

void TestFlexPlan::refusals()
{
    QFETCH(DomainSnapshot, server);
    QFETCH(int, target);
    QFETCH(bool, readOnly);
    QFETCH(int, cgroupVersion);
    QFETCH(QString, message);
    HostSnapshot h = demoHost();
    h.readOnly = readOnly;
    const FlexPlan p = planOn(server, target, h, {}, cgroupVersion);
    QVERIFY(!p.ok());
    QVERIFY2(p.refusal->message.contains(message), qPrintable(p.refusal->message));
}

void TestFlexPlan::capacity_data()
{
    QTest::addColumn<int>("hostCpus");
    QTest::addColumn<int>("hostMemoryMiB");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("freeShares");
    QTest::addColumn<QString>("refusal");
    // The server itself holds 4 shares (2 vCPUs, 1 GiB); another server holds 2 vCPUs and 4 GiB.
    QTest::newRow("demo host: plenty") << 32 << 65536 << 8 << 232 << "";
    // 8 GiB host, 1 GiB reserve, 5 GiB held: 2 GiB free = 8 shares; growing 4 → 12 needs 2 GiB more: fits.
    QTest::newRow("memory just fits") << 32 << 8192 << 12 << 8 << "";
    QTest::newRow("memory short") << 32 << 8192 << 13 << 8 << "does not have the memory";
    // 2 CPUs × 4 = 8 vCPUs, 4 held: 4 free; 24 shares need 12 vCPUs (capped at 2 by the host).
    QTest::newRow("vCPUs capped by host CPUs") << 2 << 65536 << 24 << 8 << "";
    // 1 CPU × 4 = 4 vCPUs, all held: memory is free but no vCPU is.
    QTest::newRow("vCPUs short") << 1 << 65536 << 6 << 0 << "";
}

void TestFlexPlan::capacity()
{
    QFETCH(int, hostCpus);
    QFETCH(int, hostMemoryMiB);
    QFETCH(int, target);
    QFETCH(int, freeShares);
    QFETCH(QString, refusal);
    HostSnapshot h = demoHost();
    h.cpus = hostCpus;
    h.memoryKiB = quint64(hostMemoryMiB) * MiB;
    const DomainSnapshot s = server(QStringLiteral("www"), 4, 2, 4, 1 * GiB, 4 * GiB);
    const DomainSnapshot other = server(QStringLiteral("db"), 16, 2, 8, 4 * GiB, 8 * GiB);
    const FlexPlan p = planOn(s, target, h, {other});
    QCOMPARE(p.freeShares, freeShares);
    if (refusal.isEmpty()) {
        // vCPUs are capped by the host, so a 1-CPU host still fits 1 vCPU per server.
        QVERIFY2(p.ok() || !p.refusal->message.contains(QStringLiteral("do not fit")),
                 qPrintable(p.refusal ? p.refusal->message : QString()));
    } else {
        QVERIFY(!p.ok());
        QVERIFY2(p.refusal->message.contains(refusal), qPrintable(p.refusal->message));
        QVERIFY(p.refusal->message.contains(QStringLiteral("do not fit on this host")));
    }
}

void TestFlexPlan::stepsOrder()
{
    FlexTargets t;
    t.shares = 6;
    t.vcpus = 3;
    t.memoryKiB = 1536 * MiB;
    t.cpuWeight = 1536;
    t.weightField = QStringLiteral("cpu_shares");
    t.newMaxVcpus = 0;
    t.newMaxMemoryKiB = 2 * GiB;
    FlexCurrent c;
    c.active = true;
    c.liveVcpus = c.configVcpus = 1;
    c.liveMaxVcpus = c.configMaxVcpus = 4;
    c.liveMemoryKiB = c.configMemoryKiB = 256 * MiB;
    c.liveMaxMemoryKiB = c.configMaxMemoryKiB = 1 * GiB;
    c.liveWeight = c.configWeight = 1024;
    const QList<FlexStep> steps = buildFlexSteps(t, c);
    QStringList order;
    for (const FlexStep &s : steps)
        order << s.describe();
    qInfo() << order;
    QCOMPARE(steps.size(), 7);
    // The persistent maximum first, so the counts set after it always fit.
    QCOMPARE(steps[0].kind, FlexStep::Kind::MaxMemory);
    QCOMPARE(steps[0].flags, unsigned(VIR_DOMAIN_AFFECT_CONFIG) | unsigned(VIR_DOMAIN_MEM_MAXIMUM));
    QCOMPARE(steps[0].value, 2 * GiB);
    QCOMPARE(steps[0].previous.value(), 1 * GiB);
    // The definition's vCPUs (reversible) early.
    QCOMPARE(steps[1].kind, FlexStep::Kind::Vcpus);
    QCOMPARE(steps[1].flags, unsigned(VIR_DOMAIN_AFFECT_CONFIG));
    QCOMPARE(steps[1].value, 3ull);
    // Memory in two calls: live up to the boot maximum, the definition to the target.
    QCOMPARE(steps[2].kind, FlexStep::Kind::Memory);
    QCOMPARE(steps[2].flags, unsigned(VIR_DOMAIN_AFFECT_LIVE));
    QCOMPARE(steps[2].value, 1 * GiB);
    QCOMPARE(steps[3].kind, FlexStep::Kind::Memory);
    QCOMPARE(steps[3].flags, unsigned(VIR_DOMAIN_AFFECT_CONFIG));
    QCOMPARE(steps[3].value, 1536 * MiB);
    // CPU weight in one LIVE|CONFIG call.
    QCOMPARE(steps[4].kind, FlexStep::Kind::Weight);
    QCOMPARE(steps[4].flags, unsigned(VIR_DOMAIN_AFFECT_LIVE) | unsigned(VIR_DOMAIN_AFFECT_CONFIG));
    QCOMPARE(steps[4].previous.value(), 1024ull);
    // Live vCPUs last of the resources: taking a vCPU back needs the guest's help.
    QCOMPARE(steps[5].kind, FlexStep::Kind::Vcpus);
    QCOMPARE(steps[5].flags, unsigned(VIR_DOMAIN_AFFECT_LIVE));
    QCOMPARE(steps[5].value, 3ull);
    // The share count last, and its undo removes it (the server had none).
    QCOMPARE(steps[6].kind, FlexStep::Kind::Shares);
    QVERIFY(!steps[6].previous.has_value());
}

void TestFlexPlan::stepsForShrink()
{
    FlexTargets t;
    t.shares = 1;
    t.vcpus = 1;
    t.memoryKiB = 256 * MiB;
    FlexCurrent c;
    c.active = true;
    c.liveVcpus = c.configVcpus = 2;
    c.liveMaxVcpus = c.configMaxVcpus = 4;
    c.liveMemoryKiB = c.configMemoryKiB = 1 * GiB;
    c.liveMaxMemoryKiB = c.configMaxMemoryKiB = 2 * GiB;
    c.shares = 4;
    const QList<FlexStep> steps = buildFlexSteps(t, c);
    QCOMPARE(steps.size(), 5); // vCPUs (definition), memory live, memory definition, live vCPUs, share count
    QCOMPARE(steps.last().kind, FlexStep::Kind::Shares);
    QCOMPARE(steps.last().previous.value(), 4ull);
    for (const FlexStep &s : steps)
        QVERIFY(s.kind != FlexStep::Kind::MaxMemory && s.kind != FlexStep::Kind::MaxVcpus);
}

void TestFlexPlan::stepsWhenWeightUnknown()
{
    FlexTargets t;
    t.shares = 2;
    t.vcpus = 1;
    t.memoryKiB = 512 * MiB;
    t.cpuWeight = 512;
    t.weightField = QStringLiteral("cpu_shares");
    FlexCurrent c;
    c.active = true;
    c.liveVcpus = c.configVcpus = c.liveMaxVcpus = c.configMaxVcpus = 1;
    c.liveMemoryKiB = c.configMemoryKiB = 512 * MiB;
    c.liveMaxMemoryKiB = c.configMaxMemoryKiB = 1 * GiB;
    c.shares = 2;
    const QList<FlexStep> steps = buildFlexSteps(t, c);
    QCOMPARE(steps.size(), 1);
    QVERIFY(steps[0].isWeight());
    QVERIFY(!steps[0].previous.has_value()); // cannot be restored exactly: the undo says so
    QVERIFY(steps[0].describeUndo().contains(QStringLiteral("previous value is unknown")));
}

void TestFlexPlan::paramsRoundTrip()
{
    const DomainSnapshot s = server(QStringLiteral("guest"), 4, 2, 4, 1 * GiB, 1 * GiB);
    const FlexPlan p = planOn(s, 6);
    const Result<FlexTargets> back = FlexTargets::fromParams(p.targets.toParams());
    QVERIFY(back.ok());
    QCOMPARE(back->shares, 6);
    QCOMPARE(back->memoryKiB, 1536 * MiB);
    QCOMPARE(back->newMaxMemoryKiB, 2 * GiB);
    QCOMPARE(back->cpuWeight, 1536ull);
    QCOMPARE(back->weightField, QStringLiteral("cpu_shares"));
    // Numbers come back from the JSON log as doubles or other integer types.
    QVariantMap asDoubles = p.targets.toParams();
    for (auto it = asDoubles.begin(); it != asDoubles.end(); ++it) {
        if (it.key() != QLatin1String("weightField"))
            it.value() = it.value().toDouble();
    }
    QCOMPARE(FlexTargets::fromParams(asDoubles)->memoryKiB, 1536 * MiB);
}

void TestFlexPlan::badParamsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("zero shares") << "shares" << QVariant(0);
    QTest::newRow("negative vCPUs") << "vcpus" << QVariant(-1);
    QTest::newRow("text memory") << "memoryKiB" << QVariant(QStringLiteral("lots"));
    QTest::newRow("fractional shares") << "shares" << QVariant(2.5);
    QTest::newRow("missing memory") << "memoryKiB" << QVariant();
    QTest::newRow("weight without a field") << "weightField" << QVariant(QString());
}

void TestFlexPlan::badParamsRefused()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const DomainSnapshot s = server(QStringLiteral("guest"), 4, 2, 4, 1 * GiB, 2 * GiB);
    QVariantMap params = planOn(s, 6).targets.toParams();
    if (value.isValid())
        params.insert(key, value);
    else
        params.remove(key);
    const Result<FlexTargets> t = FlexTargets::fromParams(params);
    QVERIFY(!t.ok());
    QVERIFY(t.error().message.contains(QStringLiteral("not valid")));
}

QTEST_GUILESS_MAIN(TestFlexPlan)
#include "tst_flexplan.moc"
