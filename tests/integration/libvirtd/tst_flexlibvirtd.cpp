// Flex against a private libvirtd with tiny QEMU (TCG) guests: a live flex read back from libvirt (vCPUs,
// balloon, cpu_shares, metadata), a flex beyond the boot-time maxima (persistent definition raised,
// "pending reboot", live values after a restart), a failing step rolled back, bulk flex of three guests
// and `--run-schedules` running a due rule.

#include "Testbed.h"

#include "core/Config.h"
#include "core/Services.h"
#include "flex/BulkFlex.h"
#include "flex/FlexContext.h"
#include "flex/FlexHost.h"
#include "flex/FlexOperations.h"
#include "flex/FlexPlanner.h"
#include "flex/HeadlessSchedules.h"
#include "flex/ShareProfileStore.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DomainXml.h"
#include "hypervisor/LibvirtHandles.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace virtdeck;
using virtdeck::testbed::Testbed;

namespace {
constexpr quint64 MiB = 1024;

struct Readback
{
    int vcpus = 0;             // live
    quint64 balloonKiB = 0;    // virDomainGetInfo memory (the balloon's size)
    quint64 liveTargetKiB = 0; // live XML currentMemory
    quint64 liveMaxKiB = 0;
    std::optional<quint64> liveShares; // scheduler cpu_shares (live)
    DomainDescription config;          // persistent definition
    std::optional<int> shares;         // metadata
};
} // namespace

class TestFlexLibvirtd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void flexUpLive();
    void flexBeyondMaximaNeedsReboot();
    void failingStepRollsBack();
    void bulkFlexOfThree();
    void runSchedulesRunsDueRule();

private:
    bool boot(const QString &name, int maxVcpus = 4, int maxMemoryMiB = 1024, int memoryMiB = 256);
    std::optional<DomainSnapshot> server(const QString &name) const;
    FlexPlan planFor(const QString &name, int shares) const;
    Operation waitFor(const QString &id, int timeoutMs = 90000);
    Readback readBack(const QString &name);

    Testbed m_bed;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_list = nullptr;
    OperationQueue *m_queue = nullptr;
    ShareProfileStore m_profiles;
    QStringList m_guests;
};

void TestFlexLibvirtd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_TESTBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    QVERIFY(m_profiles.load(QString()).isEmpty());
    m_manager = new ConnectionManager(this);
    m_list = new ServerListModel(this);
    m_list->attach(m_manager);
    m_list->setShareEstimator(m_profiles.estimator());
    m_queue = new OperationQueue(m_manager, nullptr, this);
    FlexOperations::registerKinds(*m_queue);
    Lifecycle::registerKinds(*m_queue, 30, 30);
    Connection::Options o;
    o.uri = m_bed.uri();
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->host(m_bed.uri()).isUsable(), 30000);
    qInfo("host: %d CPUs, %llu MiB, cgroup v%d", m_manager->host(m_bed.uri()).cpus,
          m_manager->host(m_bed.uri()).memoryKiB / 1024, FlexHost::localCgroupVersion());
}

void TestFlexLibvirtd::cleanupTestCase()
{
    for (const QString &g : std::as_const(m_guests))
        m_bed.undefineGuest(g);
    delete m_queue;
    m_queue = nullptr;
    delete m_manager;
    m_manager = nullptr;
}

bool TestFlexLibvirtd::boot(const QString &name, int maxVcpus, int maxMemoryMiB, int memoryMiB)
{
    Testbed::GuestOptions g;
    g.name = name;
    g.vcpus = 1;
    g.maxVcpus = maxVcpus;
    g.memoryMiB = memoryMiB;
    g.maxMemoryMiB = maxMemoryMiB;
    g.nic = false;
    QString error;
    if (!m_bed.bootGuest(g, 90000, &error)) {
        qWarning("boot %s: %s", qPrintable(name), qPrintable(error));
        return false;
    }
    m_guests << name;
    m_manager->connection(m_bed.uri())->relist();
    // QEMU starts the balloon at the maximum; the guest's driver then gives memory back down to
    // currentMemory. Plans read the balloon's size, so wait until it settled and the list shows it.
    if (!QTest::qWaitFor([&] { return readBack(name).balloonKiB == quint64(memoryMiB) * MiB; }, 60000)) {
        qWarning("balloon of %s did not settle at %d MiB", qPrintable(name), memoryMiB);
        return false;
    }
    m_manager->connection(m_bed.uri())->relist();
    return QTest::qWaitFor(
        [&] { return server(name) && server(name)->memoryKiB == quint64(memoryMiB) * MiB; }, 10000);
}

std::optional<DomainSnapshot> TestFlexLibvirtd::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_list->serverNamed(m_bed.uri(), name))
        return *s;
    return std::nullopt;
}

FlexPlan TestFlexLibvirtd::planFor(const QString &name, int shares) const
{
    const DomainSnapshot s = server(name).value();
    const HostSnapshot host = m_manager->host(m_bed.uri());
    const ShareProfile profile = m_profiles.profileFor(host.uri).value();
    return FlexPlanner::plan(s, shares, profile, FlexHost::from(host, profile.cgroupVersion),
                             HostCapacity::compute(host, m_list->serversOf(host.uri), profile));
}

Operation TestFlexLibvirtd::waitFor(const QString &id, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return m_queue->find(id) && m_queue->find(id)->isFinished(); }, timeoutMs))
        qWarning("operation %s did not finish within %d ms", qPrintable(id), timeoutMs);
    return m_queue->find(id).value_or(Operation());
}

Readback TestFlexLibvirtd::readBack(const QString &name)
{
    Readback r;
    virConnectPtr conn = m_bed.connection();
    DomainHandle dom(virDomainLookupByName(conn, name.toUtf8().constData()));
    if (!dom)
        return r;
    virDomainInfo info;
    if (virDomainGetInfo(dom.get(), &info) == 0) {
        r.vcpus = info.nrVirtCpu;
        r.balloonKiB = info.memory;
    }
    CString live(virDomainGetXMLDesc(dom.get(), 0));
    if (live) {
        const DomainDescription d = parseDomainXml(QString::fromUtf8(live.get())).valueOr({});
        r.liveTargetKiB = d.currentMemoryKiB;
        r.liveMaxKiB = d.memoryKiB;
    }
    CString inactive(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE));
    if (inactive)
        r.config = parseDomainXml(QString::fromUtf8(inactive.get())).valueOr({});
    int n = 0;
    CString type(virDomainGetSchedulerType(dom.get(), &n));
    QList<virTypedParameter> params(std::max(n, 1));
    if (n > 0 &&
        virDomainGetSchedulerParametersFlags(dom.get(), params.data(), &n, VIR_DOMAIN_AFFECT_LIVE) == 0) {
        for (int i = 0; i < n; ++i) {
            if (qstrcmp(params[i].field, "cpu_shares") == 0)
                r.liveShares = params[i].value.ul;
        }
        virTypedParamsClear(params.data(), n);
    }
    CString meta(
        virDomainGetMetadata(dom.get(), VIR_DOMAIN_METADATA_ELEMENT, ServerMetadata::NamespaceUri, 0));
    if (meta)
        r.shares = ServerMetadata::parse(QString::fromUtf8(meta.get())).valueOr({}).shares;
    return r;
}

void TestFlexLibvirtd::flexUpLive()
{
    const QString name = QStringLiteral("flex-live");
    QVERIFY(boot(name));
    QTRY_VERIFY_WITH_TIMEOUT(server(name).has_value(), 10000);

    // 3 shares: ceil(3/2) = 2 vCPUs, 768 MiB, CPU weight 768 (the guest boots with 1024).
    const FlexPlan plan = planFor(name, 3);
    QVERIFY2(plan.ok(), qPrintable(plan.refusal ? plan.refusal->toString() : QString()));
    QCOMPARE(plan.fromShares, 1); // ≈ 1 from 256 MiB
    QVERIFY(plan.fromEstimated);
    QCOMPARE(plan.memory.when, FlexWhen::Now);
    QCOMPARE(plan.vcpus.when, FlexWhen::Now);
    QCOMPARE(plan.weight.when, FlexWhen::Now);
    QVERIFY(!plan.needsReboot());

    Result<QString> id = FlexOperations::enqueue(*m_queue, plan);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    const Operation op = waitFor(id.value());
    qInfo() << "log:" << op.log;
    QVERIFY2(op.state == OperationState::Succeeded,
             qPrintable(op.errorMessage + QLatin1Char(' ') + op.errorDetail));
    qInfo("result: %s", qPrintable(op.result));

    const int expectedVcpus = plan.targets.vcpus;
    Readback r;
    QTRY_VERIFY_WITH_TIMEOUT((r = readBack(name)).balloonKiB == 768 * MiB, 30000);
    qInfo("read back: vcpus %d, balloon %llu KiB, live target %llu KiB, cpu_shares %llu, config vcpus %d "
          "memory %llu KiB shares %llu, metadata shares %d",
          r.vcpus, r.balloonKiB, r.liveTargetKiB, r.liveShares.value_or(0), r.config.vcpus,
          r.config.currentMemoryKiB, r.config.cpuShares.value_or(0), r.shares.value_or(-1));
    QCOMPARE(r.vcpus, expectedVcpus);
    QCOMPARE(r.liveTargetKiB, plan.targets.memoryKiB);
    QCOMPARE(r.liveShares.value_or(0), plan.targets.cpuWeight);
    QCOMPARE(r.config.vcpus, expectedVcpus);
    QCOMPARE(r.config.currentMemoryKiB, plan.targets.memoryKiB);
    QCOMPARE(r.config.cpuShares.value_or(0), plan.targets.cpuWeight);
    QCOMPARE(r.shares.value_or(0), 3);
    // The list follows, with no pending reboot.
    QTRY_VERIFY_WITH_TIMEOUT(server(name)->metadata.shares == 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!server(name)->needsReboot(), 15000);

    // Back down to 1 share: memory and weight shrink at once. Taking a vCPU away needs the guest's help;
    // this tiny guest never releases one, so the definition gets 1 vCPU, the operation says so and the
    // server shows "pending reboot" instead of the flex failing.
    const FlexPlan down = planFor(name, 1);
    QVERIFY2(down.ok(), qPrintable(down.refusal ? down.refusal->toString() : QString()));
    id = FlexOperations::enqueue(*m_queue, down);
    QVERIFY(id.ok());
    const Operation shrunk = waitFor(id.value());
    qInfo() << "log:" << shrunk.log;
    QVERIFY2(shrunk.state == OperationState::Succeeded,
             qPrintable(shrunk.errorMessage + QLatin1Char(' ') + shrunk.errorDetail));
    qInfo("result: %s", qPrintable(shrunk.result));
    QTRY_VERIFY_WITH_TIMEOUT((r = readBack(name)).balloonKiB == 256 * MiB, 30000);
    QCOMPARE(r.liveShares.value_or(0), 256ull);
    QCOMPARE(r.config.vcpus, 1);
    QCOMPARE(r.shares.value_or(0), 1);
    qInfo("after flex down: live vcpus %d", r.vcpus);
    if (r.vcpus != 1) {
        QVERIFY(shrunk.result.contains(QStringLiteral("has not released")));
        QTRY_VERIFY_WITH_TIMEOUT(server(name)->needsReboot(), 15000);
    }
    QVERIFY(m_bed.undefineGuest(name));
    m_guests.removeAll(name);
}

void TestFlexLibvirtd::flexBeyondMaximaNeedsReboot()
{
    // Boot-time maxima of 1 vCPU and 1 GiB: 6 shares (2 vCPUs on this 2-CPU host, 1.5 GiB) need a restart.
    const QString name = QStringLiteral("flex-grow");
    QVERIFY(boot(name, 1, 1024, 256));
    const FlexPlan plan = planFor(name, 6);
    QVERIFY2(plan.ok(), qPrintable(plan.refusal ? plan.refusal->toString() : QString()));
    QCOMPARE(plan.vcpus.when, FlexWhen::NextBoot);
    QCOMPARE(plan.vcpus.why, QStringLiteral("vCPU max at boot is 1"));
    QCOMPARE(plan.memory.when, FlexWhen::NextBoot);
    QCOMPARE(plan.memory.why, QStringLiteral("memory max at boot is 1 GiB"));
    QCOMPARE(plan.weight.when, FlexWhen::Now);
    QVERIFY(plan.needsReboot());

    Result<QString> id = FlexOperations::enqueue(*m_queue, plan);
    QVERIFY(id.ok());
    const Operation op = waitFor(id.value());
    qInfo() << "log:" << op.log;
    QVERIFY2(op.state == OperationState::Succeeded,
             qPrintable(op.errorMessage + QLatin1Char(' ') + op.errorDetail));
    qInfo("result: %s", qPrintable(op.result));
    QVERIFY(op.result.contains(QStringLiteral("Pending reboot")));

    // The persistent definition has the raised maxima and the target; the running guest grew as far as its
    // boot-time maxima allow (1 GiB) and took the new CPU weight at once.
    Readback r;
    QTRY_VERIFY_WITH_TIMEOUT((r = readBack(name)).balloonKiB == 1024 * MiB, 30000);
    QCOMPARE(r.config.maxVcpus, plan.targets.newMaxVcpus);
    QCOMPARE(r.config.vcpus, plan.targets.vcpus);
    QCOMPARE(r.config.memoryKiB, 2048 * MiB); // the profile's live ceiling: 8 shares
    QCOMPARE(r.config.currentMemoryKiB, 1536 * MiB);
    QCOMPARE(r.config.cpuShares.value_or(0), 1536ull);
    QCOMPARE(r.vcpus, 1);
    QCOMPARE(r.liveMaxKiB, 1024 * MiB);
    QCOMPARE(r.liveTargetKiB, 1024 * MiB);
    QCOMPARE(r.liveShares.value_or(0), 1536ull);

    // The list marks it "pending reboot" and says what differs.
    QTRY_VERIFY_WITH_TIMEOUT(server(name)->needsReboot(), 15000);
    const QModelIndex row = m_list->indexOf(server(name)->ref());
    QVERIFY(row.data(ServerListModel::PendingRebootRole).toBool());
    qInfo() << "pending:" << server(name)->pendingChanges;
    QVERIFY(server(name)->pendingChanges.join(QLatin1Char('|')).contains(QStringLiteral("maximum memory")));

    // "Reboot now" is a power cycle (Lifecycle Restart): the guest comes back with the new definition.
    Result<Lifecycle::Enqueued> restart =
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::Restart, {*server(name)},
                           QStringLiteral("flex: apply pending changes"), {{QStringLiteral("force"), true}});
    QVERIFY2(restart.ok(), qPrintable(restart.ok() ? QString() : restart.error().toString()));
    const Operation cycled = waitFor(restart->ids.first());
    QVERIFY2(cycled.state == OperationState::Succeeded, qPrintable(cycled.errorMessage));
    QTRY_VERIFY_WITH_TIMEOUT((r = readBack(name)).balloonKiB == 1536 * MiB, 60000);
    qInfo("after restart: vcpus %d, balloon %llu KiB, max %llu KiB, cpu_shares %llu", r.vcpus, r.balloonKiB,
          r.liveMaxKiB, r.liveShares.value_or(0));
    QCOMPARE(r.vcpus, plan.targets.vcpus);
    QCOMPARE(r.liveMaxKiB, 2048 * MiB);
    QCOMPARE(r.liveTargetKiB, plan.targets.memoryKiB);
    QCOMPARE(r.liveShares.value_or(0), plan.targets.cpuWeight);
    m_manager->connection(m_bed.uri())->refreshDomain(server(name)->uuid);
    QTRY_VERIFY_WITH_TIMEOUT(!server(name)->needsReboot(), 15000);
    QVERIFY(m_bed.undefineGuest(name));
    m_guests.removeAll(name);
}

void TestFlexLibvirtd::failingStepRollsBack()
{
    const QString name = QStringLiteral("flex-fail");
    QVERIFY(boot(name));
    const Readback before = readBack(name);
    // A plan whose CPU weight the host refuses (above cgroup v1's 262144): vCPUs and memory are applied
    // first, then the weight fails and they are undone. Made by hand: the planner would refuse it.
    FlexTargets t = planFor(name, 3).targets;
    t.cpuWeight = 300000;
    QVariantMap params = t.toParams();
    Result<QString> id = m_queue->enqueue(QLatin1String(FlexOperations::ApplyKind),
                                          QStringLiteral("Flex flex-fail"), {server(name)->ref()}, params);
    QVERIFY(id.ok());
    const Operation op = waitFor(id.value());
    qInfo() << "log:" << op.log;
    qInfo("error: %s (%s)", qPrintable(op.errorMessage), qPrintable(op.errorDetail));
    QCOMPARE(op.state, OperationState::Failed);
    QVERIFY(op.errorMessage.contains(QStringLiteral("failed at \"CPU weight")));
    QVERIFY(op.errorMessage.contains(QStringLiteral("were undone; nothing changed")));
    const QString log = op.log.join(QLatin1Char('\n'));
    QCOMPARE(log.count(QStringLiteral("undone: memory back to 256 MiB")), 2); // live and definition
    QVERIFY(log.contains(QStringLiteral("undone: vCPUs back to 1")));
    // The undo happens in reverse order: memory before the definition's vCPUs.
    QVERIFY(log.indexOf(QStringLiteral("undone: memory")) < log.indexOf(QStringLiteral("undone: vCPUs")));
    // The live vCPUs come after the weight: they were never touched.
    QVERIFY(!log.contains(QStringLiteral("vCPUs now")));

    Readback after;
    QTRY_VERIFY_WITH_TIMEOUT((after = readBack(name)).balloonKiB == 256 * MiB, 30000);
    QCOMPARE(after.vcpus, 1);
    QCOMPARE(after.liveTargetKiB, before.liveTargetKiB);
    QCOMPARE(after.config.vcpus, before.config.vcpus);
    QCOMPARE(after.config.currentMemoryKiB, before.config.currentMemoryKiB);
    QCOMPARE(after.liveShares, before.liveShares);
    QCOMPARE(after.config.cpuShares, before.config.cpuShares);
    QVERIFY(!after.shares.has_value());
    QVERIFY(m_bed.undefineGuest(name));
    m_guests.removeAll(name);
}

void TestFlexLibvirtd::bulkFlexOfThree()
{
    const QStringList names = {QStringLiteral("flex-bulk-1"), QStringLiteral("flex-bulk-2"),
                               QStringLiteral("flex-bulk-3")};
    QList<DomainSnapshot> servers;
    for (const QString &n : names) {
        QVERIFY(boot(n));
        servers << *server(n);
    }
    const Services services{nullptr, m_manager, m_queue, m_list};
    const BulkFlexRequest request =
        BulkFlexRequest::parse(BulkFlexRequest::Mode::Add, QStringLiteral("1")).value();
    const QList<FlexPlan> plans = FlexContext::planBatch(
        services, m_profiles, servers, [&](const DomainSnapshot &, int n) { return request.targetFor(n); });
    BulkFlexBatch batch(m_queue);
    QSignalSpy finished(&batch, &BulkFlexBatch::batchFinished);
    QSignalSpy progress(&batch, &BulkFlexBatch::progressChanged);
    QVERIFY(batch.start(plans, QStringLiteral("bulk test")).ok());
    QCOMPARE(batch.total(), 3);
    QVERIFY(finished.wait(120000));
    QCOMPARE(batch.succeeded(), 3);
    QVERIFY(batch.failures().isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 3);
    for (const QString &n : names) {
        Readback r;
        QTRY_VERIFY_WITH_TIMEOUT((r = readBack(n)).balloonKiB == 512 * MiB, 30000);
        QCOMPARE(r.liveShares.value_or(0), 512ull);
        QCOMPARE(r.shares.value_or(0), 2);
        QCOMPARE(m_queue->find(batch.operationIds().at(names.indexOf(n)))->reason,
                 QStringLiteral("bulk test"));
    }
    for (const QString &n : names) {
        QVERIFY(m_bed.undefineGuest(n));
        m_guests.removeAll(n);
    }
}

void TestFlexLibvirtd::runSchedulesRunsDueRule()
{
    const QString name = QStringLiteral("flex-sched-1");
    QVERIFY(boot(name));
    QTemporaryDir dir;
    Config config(dir.filePath(QStringLiteral("virtdeck.conf")));
    config.saveConnection({m_bed.uri(), true, false});
    QFile schedule(dir.filePath(QStringLiteral("flex-schedule.json")));
    QVERIFY(schedule.open(QIODevice::WriteOnly));
    schedule.write(R"({"format": 1, "rules": [
        {"name": "afternoon peak", "at": "14:00", "servers": ["flex-sched-*"], "set": 2},
        {"name": "nobody home", "at": "14:00", "servers": ["no-such-server-*"], "set": 2},
        {"name": "later", "at": "15:00", "servers": ["flex-sched-*"], "set": 1}]})");
    schedule.close();
    HeadlessScheduleOptions options;
    options.schedulePath = schedule.fileName();
    options.statePath = dir.filePath(QStringLiteral("state.json"));
    options.profilesPath = dir.filePath(QStringLiteral("no-overrides.json"));
    options.operationLogPath = QStringLiteral("-");
    const QDateTime now(QDate::currentDate(), QTime(14, 3));

    QString text;
    QTextStream out(&text);
    const int code = runDueSchedules(config, out, now, options);
    qInfo("exit %d:\n%s", code, qPrintable(text));
    QCOMPARE(code, 1); // "nobody home" matched no server
    QVERIFY(text.contains(QStringLiteral("Rule \"afternoon peak\"")));
    QVERIFY(text.contains(QStringLiteral("flex-sched-1: done")));
    QVERIFY(text.contains(QStringLiteral("Rule \"nobody home\" matched no server")));
    QVERIFY(!text.contains(QStringLiteral("Rule \"later\"")));
    Readback r;
    QTRY_VERIFY_WITH_TIMEOUT((r = readBack(name)).balloonKiB == 512 * MiB, 30000);
    QCOMPARE(r.shares.value_or(0), 2);
    QCOMPARE(r.liveShares.value_or(0), 512ull);

    // The same occurrence never runs twice.
    text.clear();
    QCOMPARE(runDueSchedules(config, out, now.addSecs(60), options), 0);
    QVERIFY2(text.contains(QStringLiteral("No scheduled flex rule is due")), qPrintable(text));
    QVERIFY(m_bed.undefineGuest(name));
    m_guests.removeAll(name);
}

QTEST_MAIN(TestFlexLibvirtd)
#include "tst_flexlibvirtd.moc"
