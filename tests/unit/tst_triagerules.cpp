// The triage rules, one named row per rule and its counter-cases, driven through TriageEngine with
// synthetic snapshots, events, operations and stats ticks and a fake clock: no hardware acceleration,
// CPU steal over the window, CPU pegged for 10 min, restarted by the host (and restarts a virtdeck
// operation or a guest reboot explains), crashed, paused with libvirt's reason, shut off unexpectedly,
// pending changes, rescue boot, host not responding, memory at its maximum.

#include "operations/Operation.h"
#include "triage/TriageCapabilities.h"
#include "triage/TriageEngine.h"
#include "triage/TriageRules.h"

#include <libvirt/libvirt.h>

#include <QStandardPaths>
#include <QTest>

using namespace virtdeck;

namespace {
const QString kUri = QStringLiteral("qemu+ssh://hv1/system");
const qint64 kT0 = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kMin = 60 * 1000;

HostSnapshot host(HostState state = HostState::Connected)
{
    HostSnapshot h;
    h.uri = kUri;
    h.displayName = QStringLiteral("hv1");
    h.state = state;
    h.cpus = 8;
    return h;
}

DomainSnapshot server(DomainState state = DomainState::Running, int reason = 1,
                      const QString &type = QStringLiteral("kvm"))
{
    DomainSnapshot s;
    s.uri = kUri;
    s.uuid = QStringLiteral("00000000-0000-0000-0000-000000000001");
    s.name = QStringLiteral("shop-01");
    s.state = state;
    s.stateReason = reason;
    s.active = isActive(state);
    s.vcpus = 2;
    s.maxVcpus = 4;
    s.memoryKiB = 2 * 1024 * 1024;
    s.maxMemoryKiB = 2 * 1024 * 1024;
    s.definition.domainType = type;
    if (s.active) {
        // Already running when virtdeck connected, two hours before: not a fresh start.
        s.runningSince = QDateTime::fromMSecsSinceEpoch(kT0 - 120 * kMin, Qt::UTC);
        s.runningSinceExact = false;
    }
    return s;
}

DomainRates rates(qint64 wallMs, double cpu, double steal)
{
    DomainRates r;
    r.uuid = server().uuid;
    r.wallMs = wallMs;
    r.cpuPercent = cpu;
    r.stealPercent = steal;
    r.vcpus = 2;
    return r;
}

Operation operation(const QString &kind, qint64 queuedMs, qint64 finishedMs)
{
    Operation op;
    op.id = QStringLiteral("op-") + kind;
    op.kind = kind;
    op.targets = {server().ref()};
    op.state = OperationState::Succeeded;
    op.queuedAt = QDateTime::fromMSecsSinceEpoch(queuedMs, Qt::UTC);
    op.startedAt = op.queuedAt;
    op.finishedAt = QDateTime::fromMSecsSinceEpoch(finishedMs, Qt::UTC);
    return op;
}
} // namespace

class TestTriageRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rule_data();
    void rule();
    void transientPauses();
    void capabilitiesOfferKvm_data();
    void capabilitiesOfferKvm();
    void stealFindingEndsWhenStealDrops();
    void restartFindingExpiresAfterTheWindow();
    void raisedThresholdEndsFindingsAtOnce();

private:
    // Runs a named scenario against the engine; the clock ends at m_now.
    void play(const QString &scenario, TriageEngine &engine);
    void feedSteal(TriageEngine &engine, qint64 fromMs, qint64 toMs, double steal, double cpu = 30);

    qint64 m_now = kT0;
};

void TestTriageRules::feedSteal(TriageEngine &engine, qint64 fromMs, qint64 toMs, double steal, double cpu)
{
    for (qint64 t = fromMs; t <= toMs; t += 10 * 1000) {
        m_now = t;
        engine.applyRates(kUri, {rates(t, cpu, steal)});
    }
}

void TestTriageRules::play(const QString &scenario, TriageEngine &engine)
{
    m_now = kT0;
    const bool kvmHost = scenario != QLatin1String("qemu on a host without kvm");
    engine.applyHost(host());
    engine.setHostOffersKvm(kUri, kvmHost);
    DomainSnapshot s = server();
    if (scenario.startsWith(QLatin1String("qemu on")))
        s.definition.domainType = QStringLiteral("qemu");
    if (scenario == QLatin1String("found shut off after a crash"))
        s = server(DomainState::ShutOff, VIR_DOMAIN_SHUTOFF_CRASHED);
    else if (scenario == QLatin1String("found shut off normally"))
        s = server(DomainState::ShutOff, VIR_DOMAIN_SHUTOFF_SHUTDOWN);
    engine.applyListing(kUri, {s});

    if (scenario == QLatin1String("steal 20 % over 5 min")) {
        feedSteal(engine, kT0, kT0 + 6 * kMin, 20);
    } else if (scenario == QLatin1String("steal 5 % over 5 min")) {
        feedSteal(engine, kT0, kT0 + 6 * kMin, 5);
    } else if (scenario == QLatin1String("steal 20 % for 2 min only")) {
        feedSteal(engine, kT0, kT0 + 2 * kMin, 20);
    } else if (scenario == QLatin1String("pegged for 11 min")) {
        feedSteal(engine, kT0, kT0 + 11 * kMin, 0, 99);
    } else if (scenario == QLatin1String("pegged for 9 min")) {
        feedSteal(engine, kT0, kT0 + 9 * kMin, 0, 99);
    } else if (scenario == QLatin1String("pegged with a dip")) {
        feedSteal(engine, kT0, kT0 + 6 * kMin, 0, 99);
        feedSteal(engine, kT0 + 6 * kMin + 10000, kT0 + 6 * kMin + 10000, 0, 40);
        feedSteal(engine, kT0 + 6 * kMin + 20000, kT0 + 12 * kMin, 0, 99);
    } else if (scenario.startsWith(QLatin1String("started"))) {
        // Stopped then started at T0 + 10 min, seen through events (exact times).
        m_now = kT0 + 9 * kMin;
        if (scenario.contains(QLatin1String("by a virtdeck operation")))
            engine.applyOperation(operation(QStringLiteral("server.restart"), m_now, kT0 + 10 * kMin + 5000));
        DomainSnapshot off = server(DomainState::ShutOff, VIR_DOMAIN_SHUTOFF_DESTROYED);
        engine.applyServer(off);
        m_now = kT0 + 10 * kMin;
        if (scenario.contains(QLatin1String("guest reboot"))) {
            DomainEvent e;
            e.kind = DomainEvent::Kind::Reboot;
            e.uri = kUri;
            e.uuid = s.uuid;
            engine.applyEvent(e);
        }
        s.runningSince = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
        s.runningSinceExact = true;
        engine.applyServer(s);
        m_now = scenario.contains(QLatin1String("2 h ago")) ? kT0 + 130 * kMin : kT0 + 20 * kMin;
        engine.recheck();
    } else if (scenario == QLatin1String("crashed")) {
        m_now = kT0 + kMin;
        engine.applyServer(server(DomainState::Crashed, VIR_DOMAIN_CRASHED_PANICKED));
    } else if (scenario == QLatin1String("paused on an I/O error")) {
        m_now = kT0 + kMin;
        engine.applyServer(server(DomainState::Paused, VIR_DOMAIN_PAUSED_IOERROR));
    } else if (scenario == QLatin1String("paused on a full disk")) {
        m_now = kT0 + kMin;
        engine.applyServer(server(DomainState::Paused, VIR_DOMAIN_PAUSED_IOERROR));
        engine.setDiskErrors(s.ref(), QStringLiteral("vda: no space left"));
    } else if (scenario == QLatin1String("paused by a user")) {
        m_now = kT0 + kMin;
        engine.applyServer(server(DomainState::Paused, VIR_DOMAIN_PAUSED_USER));
    } else if (scenario == QLatin1String("paused for a migration")) {
        m_now = kT0 + kMin;
        engine.applyServer(server(DomainState::Paused, VIR_DOMAIN_PAUSED_MIGRATION));
    } else if (scenario == QLatin1String("shut off by a virtdeck operation")) {
        m_now = kT0 + kMin;
        Operation op = operation(QStringLiteral("server.shutdown"), m_now - 5000, m_now + 2000);
        op.state = OperationState::Running;
        op.finishedAt = {};
        engine.applyOperation(op);
        engine.applyServer(server(DomainState::ShutOff, VIR_DOMAIN_SHUTOFF_SHUTDOWN));
    } else if (scenario == QLatin1String("shut off without an operation")) {
        m_now = kT0 + kMin;
        engine.applyServer(server(DomainState::ShutOff, VIR_DOMAIN_SHUTOFF_DESTROYED));
    } else if (scenario == QLatin1String("pending changes")) {
        s.pendingChanges = {QStringLiteral("maximum memory: 2 GiB → 4 GiB")};
        m_now = kT0 + kMin;
        engine.applyServer(s);
    } else if (scenario == QLatin1String("rescue boot by virtdeck")) {
        s.pendingChanges = {QStringLiteral("kernel command line: console=ttyS0 → console=ttyS0 single")};
        s.runningSince = QDateTime::fromMSecsSinceEpoch(kT0 + kMin, Qt::UTC);
        s.runningSinceExact = true;
        Operation op = operation(QStringLiteral("boot.rescue"), kT0, kT0 + kMin + 3000);
        engine.applyOperation(op);
        m_now = kT0 + kMin + 1000;
        engine.applyServer(s);
        m_now = kT0 + 2 * kMin;
        engine.recheck();
    } else if (scenario == QLatin1String("rescue shell on the command line")) {
        s.definition.boot.cmdline = QStringLiteral("console=ttyS0 init=/bin/sh");
        engine.applyServer(s);
    } else if (scenario == QLatin1String("host not responding")) {
        m_now = kT0 + kMin;
        HostSnapshot h = host();
        h.state = HostState::NotResponding;
        h.reason = QStringLiteral("keepalive timeout");
        engine.applyHost(h);
    } else if (scenario == QLatin1String("host disconnected by the user")) {
        m_now = kT0 + kMin;
        engine.applyHost(host(HostState::Disconnected));
    } else if (scenario.startsWith(QLatin1String("memory"))) {
        const bool starved = scenario == QLatin1String("memory at its maximum, 40 MiB usable");
        for (int i = 0; i < 3; ++i) {
            DomainRates r = rates(kT0 + i * 10000, 50, 0);
            r.memoryKiB = 2 * 1024 * 1024;
            r.memoryUsableKiB = starved ? 40 * 1024 : 600 * 1024;
            m_now = r.wallMs;
            engine.applyRates(kUri, {r});
        }
    } else if (scenario != QLatin1String("kvm guest, nothing wrong") &&
               !scenario.startsWith(QLatin1String("qemu on")) &&
               !scenario.startsWith(QLatin1String("found"))) {
        QFAIL(qPrintable(QStringLiteral("unknown scenario ") + scenario));
    }
}

void TestTriageRules::rule_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("evidence"); // a part of the first finding's evidence
    QTest::addColumn<int>("severity");     // of the first finding; -1: none

    auto row = [](const char *name, const QStringList &kinds, const QString &evidence = {},
                  int severity = -1) { QTest::newRow(name) << kinds << evidence << severity; };
    const int critical = int(TriageSeverity::Critical), warning = int(TriageSeverity::Warning),
              notice = int(TriageSeverity::Notice);
    row("kvm guest, nothing wrong", {});
    row("qemu on a kvm host", {QStringLiteral("no-hardware-acceleration")}, QStringLiteral("offers kvm"),
        warning);
    row("qemu on a host without kvm", {});
    row("steal 20 % over 5 min", {QStringLiteral("cpu-steal")}, QStringLiteral("vCPU wait 20 %"), warning);
    row("steal 5 % over 5 min", {});
    row("steal 20 % for 2 min only", {});
    row("pegged for 11 min", {QStringLiteral("cpu-pegged")}, QStringLiteral("CPU 99 % of its 2 vCPU"),
        warning);
    row("pegged for 9 min", {});
    row("pegged with a dip", {});
    row("started outside virtdeck", {QStringLiteral("restarted-by-host")},
        QStringLiteral("running for 10 min"), warning);
    row("started by a virtdeck operation", {});
    row("started after a guest reboot", {});
    row("started outside virtdeck 2 h ago", {});
    row("crashed", {QStringLiteral("crashed")}, QStringLiteral("kernel panic"), critical);
    row("paused on an I/O error", {QStringLiteral("paused")}, QStringLiteral("disk I/O error"), critical);
    row("paused on a full disk", {QStringLiteral("paused")},
        QStringLiteral("disk I/O error (vda: no space left)"), critical);
    row("paused by a user", {QStringLiteral("paused")}, QStringLiteral("by a user"), warning);
    row("paused for a migration", {});
    row("shut off by a virtdeck operation", {});
    row("shut off without an operation", {QStringLiteral("shut-off-unexpectedly")},
        QStringLiteral("no virtdeck operation stopped it"), warning);
    row("found shut off after a crash", {QStringLiteral("shut-off-unexpectedly")}, QStringLiteral("crashed"),
        critical);
    row("found shut off normally", {});
    row("pending changes", {QStringLiteral("pending-changes")},
        QStringLiteral("reboot to apply: maximum memory"), notice);
    row("rescue boot by virtdeck", {QStringLiteral("rescue-boot")}, QStringLiteral("rescue options"), notice);
    row("rescue shell on the command line", {QStringLiteral("rescue-boot")}, QStringLiteral("init=/bin/sh"),
        notice);
    row("host not responding", {QStringLiteral("host-not-responding")}, QStringLiteral("keepalive timeout"),
        critical);
    row("host disconnected by the user", {});
    row("memory at its maximum, 40 MiB usable", {QStringLiteral("memory-exhausted")},
        QStringLiteral("40 MiB usable"), warning);
    row("memory at its maximum, 600 MiB usable", {});
}

void TestTriageRules::rule()
{
    QFETCH(QStringList, kinds);
    QFETCH(QString, evidence);
    QFETCH(int, severity);

    TriageEngine engine;
    engine.setClock([this] { return m_now; });
    play(QString::fromUtf8(QTest::currentDataTag()), engine);

    const QList<TriageFinding> found = engine.findings();
    QStringList got;
    for (const TriageFinding &f : found)
        got << TriageFinding::kindKey(f.kind);
    got.sort();
    QCOMPARE(got, kinds);
    if (found.isEmpty())
        return;
    const TriageFinding &f = found.first();
    QVERIFY2(f.evidence.contains(evidence), qPrintable(f.evidence));
    QCOMPARE(int(f.severity), severity);
    QVERIFY(f.since.isValid());
    QVERIFY(!f.title().isEmpty());
    QVERIFY(!f.actionText().isEmpty());
    QCOMPARE(engine.openCount(), int(found.size()));
}

void TestTriageRules::transientPauses()
{
    QVERIFY(TriageRules::isTransientPause(VIR_DOMAIN_PAUSED_MIGRATION));
    QVERIFY(TriageRules::isTransientPause(VIR_DOMAIN_PAUSED_SNAPSHOT));
    QVERIFY(!TriageRules::isTransientPause(VIR_DOMAIN_PAUSED_USER));
    QVERIFY(!TriageRules::isTransientPause(VIR_DOMAIN_PAUSED_IOERROR));
    QVERIFY(!TriageRules::isTransientPause(VIR_DOMAIN_PAUSED_UNKNOWN));
}

void TestTriageRules::capabilitiesOfferKvm_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("offers");
    const QString head = QStringLiteral("<capabilities><host><cpu><arch>x86_64</arch></cpu></host>"
                                        "<guest><os_type>hvm</os_type><arch name='x86_64'>"
                                        "<emulator>/usr/bin/qemu-system-x86_64</emulator>");
    const QString tail = QStringLiteral("</arch></guest></capabilities>");
    QTest::newRow("qemu and kvm") << head + QStringLiteral("<domain type='qemu'/><domain type='kvm'/>") + tail
                                  << true;
    QTest::newRow("qemu only (no /dev/kvm)")
        << head + QStringLiteral("<domain type='qemu'/>") + tail << false;
    QTest::newRow("test driver") << QStringLiteral("<capabilities><guest><arch name='i686'>"
                                                   "<domain type='test'/></arch></guest></capabilities>")
                                 << false;
    QTest::newRow("not xml") << QStringLiteral("<capabilities><guest>") << false;
}

void TestTriageRules::capabilitiesOfferKvm()
{
    QFETCH(QString, xml);
    QFETCH(bool, offers);
    QCOMPARE(TriageCapabilities::offersKvm(xml), offers);
}

void TestTriageRules::stealFindingEndsWhenStealDrops()
{
    TriageEngine engine;
    engine.setClock([this] { return m_now; });
    engine.applyHost(host());
    engine.setHostOffersKvm(kUri, true);
    engine.applyListing(kUri, {server()});
    QList<QStringList> removedSeen;
    connect(&engine, &TriageEngine::findingsChanged, this,
            [&](const QList<TriageFinding> &, const QStringList &removed) {
                if (!removed.isEmpty())
                    removedSeen << removed;
            });
    feedSteal(engine, kT0, kT0 + 6 * kMin, 30);
    QCOMPARE(engine.findings().size(), 1);
    const QDateTime since = engine.findings().first().since;
    // The first tick whose samples cover 80 % of the 5 min window.
    QCOMPARE(since.toMSecsSinceEpoch(), kT0 + 4 * kMin);
    feedSteal(engine, kT0 + 6 * kMin + 10000, kT0 + 12 * kMin, 0);
    QVERIFY(engine.findings().isEmpty());
    QCOMPARE(removedSeen.size(), 1);
}

void TestTriageRules::restartFindingExpiresAfterTheWindow()
{
    TriageEngine engine;
    engine.setClock([this] { return m_now; });
    play(QStringLiteral("started outside virtdeck"), engine);
    QCOMPARE(engine.findings().size(), 1);
    m_now = kT0 + 71 * kMin; // started at T0 + 10 min, one hour window
    engine.recheck();
    QVERIFY(engine.findings().isEmpty());
}

void TestTriageRules::raisedThresholdEndsFindingsAtOnce()
{
    TriageEngine engine;
    engine.setClock([this] { return m_now; });
    engine.applyHost(host());
    engine.applyListing(kUri, {server()});
    feedSteal(engine, kT0, kT0 + 11 * kMin, 20, 99); // steal 20 % and pegged at 99 %
    QCOMPARE(engine.findings().size(), 2);
    TriageSettings s = engine.settings();
    s.stealPercent = 25;
    s.peggedPercent = 99.5;
    engine.setSettings(s); // no tick in between
    QVERIFY(engine.findings().isEmpty());
}

QTEST_GUILESS_MAIN(TestTriageRules)
#include "tst_triagerules.moc"
