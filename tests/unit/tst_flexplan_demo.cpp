// Flex plans applied on the demo fleet through libvirt's real test driver (in process): memory in two
// calls, CPU weight skipped with a note (the driver cannot set it), maxima raised and "pending reboot"
// until a restart, bulk flex with a failure listed and retried, and FlexAutomation running a due
// schedule rule and an Autoflex step with a fake clock and synthetic CPU history; Autoflex with next-boot
// steps allowed takes one step beyond the live ceiling and then waits for the restart over several
// cool-downs.

#include "flex/BulkFlex.h"
#include "flex/CpuHistorySource.h"
#include "flex/FlexAutomation.h"
#include "flex/FlexContext.h"
#include "flex/FlexOperations.h"
#include "flex/ScheduleState.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestFlexPlanDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void applyWithinMaxima();
    void beyondMaximaThenRestart();
    void bulkFailureListedAndRetried();
    void automationRunsScheduleAndAutoflex();
    void autoflexWaitsForRestartAfterNextBootStep();

private:
    DomainSnapshot named(const QString &name) const;
    Operation waitFor(const QString &id);
    Services services() { return Services{nullptr, m_manager, m_queue, m_list}; }

    QTemporaryDir m_dir;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_list = nullptr;
    OperationQueue *m_queue = nullptr;
    ShareProfileStore m_profiles;
    QString m_uri;
};

void TestFlexPlanDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_profiles.load(QString()).isEmpty());
    m_manager = new ConnectionManager(this);
    m_list = new ServerListModel(this);
    m_list->attach(m_manager);
    m_list->setShareEstimator(m_profiles.estimator());
    m_queue = new OperationQueue(m_manager, nullptr, this);
    FlexOperations::registerKinds(*m_queue);
    Lifecycle::registerKinds(*m_queue, 10, 10);
    m_uri = DemoFleet::prepare().value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_list->serversOf(m_uri).size(), 30, 10000);
}

DomainSnapshot TestFlexPlanDemo::named(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_list->serverNamed(m_uri, name))
        return *s;
    return {};
}

Operation TestFlexPlanDemo::waitFor(const QString &id)
{
    if (!QTest::qWaitFor([&] { return m_queue->find(id) && m_queue->find(id)->isFinished(); }, 10000))
        qWarning("operation %s did not finish", qPrintable(id));
    return m_queue->find(id).value_or(Operation());
}

void TestFlexPlanDemo::applyWithinMaxima()
{
    const FlexPlan plan = FlexContext::plan(services(), m_profiles, named(QStringLiteral("www-en-05")), 4);
    QVERIFY(plan.ok());
    const Operation op = waitFor(FlexOperations::enqueue(*m_queue, plan, QStringLiteral("test")).value());
    qInfo() << op.log;
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.result,
             QStringLiteral("4 shares: vCPUs 2, memory 1 GiB. CPU weight not set: the test driver cannot set "
                            "CPU weight."));
    QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("www-en-05")).metadata.shares == 4, 5000);
    const DomainSnapshot s = named(QStringLiteral("www-en-05"));
    QCOMPARE(s.vcpus, 2);
    QCOMPARE(s.memoryKiB, 1024ull * 1024);
    QVERIFY(!s.needsReboot()); // live and definition both changed (memory in two calls)
    QCOMPARE(m_list->sharesText(s), QStringLiteral("4"));
}

void TestFlexPlanDemo::beyondMaximaThenRestart()
{
    const FlexPlan plan = FlexContext::plan(services(), m_profiles, named(QStringLiteral("www-fr-01")), 12);
    QVERIFY(plan.ok());
    QVERIFY(plan.needsReboot());
    const Operation op = waitFor(FlexOperations::enqueue(*m_queue, plan).value());
    QCOMPARE(op.state, OperationState::Succeeded);
    QVERIFY(op.result.contains(QStringLiteral("Pending reboot")));
    QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("www-fr-01")).needsReboot(), 5000);
    DomainSnapshot s = named(QStringLiteral("www-fr-01"));
    QCOMPARE(s.maxMemoryKiB, 2048ull * 1024); // the running server keeps its boot-time maxima
    QCOMPARE(s.memoryKiB, 2048ull * 1024);    // grown as far as they allow
    QVERIFY(m_list->data(m_list->indexOf(s.ref()), ServerListModel::PendingRebootRole).toBool());

    const Operation restart =
        waitFor(Lifecycle::enqueue(*m_queue, Lifecycle::Action::Restart, {s}).value().ids.first());
    QCOMPARE(restart.state, OperationState::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(!named(QStringLiteral("www-fr-01")).needsReboot(), 5000);
    s = named(QStringLiteral("www-fr-01"));
    QCOMPARE(s.vcpus, 6);
    QCOMPARE(s.maxVcpus, 6);
    QCOMPARE(s.memoryKiB, 3072ull * 1024);
    QCOMPARE(s.maxMemoryKiB, 3072ull * 1024);
}

void TestFlexPlanDemo::bulkFailureListedAndRetried()
{
    const QStringList names = {QStringLiteral("www-fr-04"), QStringLiteral("www-fr-05"),
                               QStringLiteral("www-fr-07"), QStringLiteral("www-fr-09")};
    QList<DomainSnapshot> servers;
    for (const QString &n : names)
        servers << named(n);
    const BulkFlexRequest request =
        BulkFlexRequest::parse(BulkFlexRequest::Mode::Add, QStringLiteral("1")).value();
    QCOMPARE(request.describe(), QStringLiteral("+1 shares"));
    const QList<FlexPlan> plans = FlexContext::planBatch(
        services(), m_profiles, servers, [&](const DomainSnapshot &, int n) { return request.targetFor(n); });
    QCOMPARE(plans.size(), 4);
    QVERIFY(!plans[3].ok()); // www-fr-09 is paused
    // www-fr-07 disappears between planning and running: its operation fails.
    Connection *c = m_manager->connection(m_uri);
    const QString gone = named(QStringLiteral("www-fr-07")).uuid;
    c->post([gone](virConnectPtr conn) {
        virDomainPtr d = virDomainLookupByUUIDString(conn, gone.toLatin1().constData());
        virDomainDestroy(d);
        virDomainUndefine(d);
        virDomainFree(d);
    });
    BulkFlexBatch batch(m_queue);
    QSignalSpy done(&batch, &BulkFlexBatch::batchFinished);
    QVERIFY(batch.start(plans, QStringLiteral("bulk")).ok());
    QCOMPARE(batch.total(), 3);
    QCOMPARE(batch.skipped().size(), 1);
    QVERIFY(batch.skipped().first().startsWith(QStringLiteral("www-fr-09: ")));
    QVERIFY(done.wait(10000));
    QCOMPARE(batch.succeeded(), 2);
    QCOMPARE(batch.failures().size(), 1);
    QCOMPARE(batch.failures().first().targetNames(), QStringLiteral("www-fr-07"));
    QVERIFY2(batch.failures().first().errorMessage.contains(QStringLiteral("no longer exists")),
             qPrintable(batch.failures().first().errorMessage));
    QCOMPARE(batch.planIndex(batch.failures().first().id), 2);

    // Retry the failed one: a new operation, still failing, listed again.
    const QString failedId = batch.failures().first().id;
    QCOMPARE(batch.retryFailed().valueOr(0), 1);
    QVERIFY(!batch.operationIds().contains(failedId));
    QVERIFY(done.wait(10000));
    QCOMPARE(batch.failures().size(), 1);
    QCOMPARE(batch.failures().first().retryOf, failedId);
    QCOMPARE(batch.planIndex(batch.failures().first().id), 2);
}

void TestFlexPlanDemo::automationRunsScheduleAndAutoflex()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString schedule = m_dir.filePath(QStringLiteral("schedule.json"));
    const QString state = m_dir.filePath(QStringLiteral("state.json"));
    const QString policies = m_dir.filePath(QStringLiteral("autoflex.json"));
    QFile f(schedule);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QStringLiteral(R"({"rules": [{"name": "demo rule", "at": "%1", "servers": ["www-fr-02", "www-fr-03"],
                                           "set": 2}]})")
            .arg(now.addSecs(-60).toString(QStringLiteral("HH:mm")))
            .toUtf8());
    f.close();
    QFile p(policies);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(R"({"policies": [{"name": "fr08", "enabled": true, "servers": ["www-fr-08"], "upAbovePercent": 80,
               "upForMinutes": 10, "downBelowPercent": 20, "downForMinutes": 30, "maxShares": 4,
               "cooldownMinutes": 15}]})");
    p.close();

    // Synthetic history: www-fr-08 busy for the last 20 minutes; nothing for the others.
    FunctionCpuHistorySource history([now](const ServerRef &s, const QDateTime &from, const QDateTime &to) {
        QList<CpuPoint> out;
        if (s.name != QLatin1String("www-fr-08"))
            return out;
        for (QDateTime t = now.addSecs(-20 * 60); t <= now; t = t.addSecs(60)) {
            if (t >= from && t <= to)
                out << CpuPoint{t, 93, 99};
        }
        return out;
    });
    FlexAutomation automation(services(), &m_profiles);
    automation.setPaths(schedule, state, policies);
    automation.setCpuHistorySource(&history);
    QDateTime clock = now;
    automation.setClock([&clock] { return clock; });
    QVERIFY(automation.reload().isEmpty());
    QSignalSpy ran(&automation, &FlexAutomation::scheduleRan);
    QSignalSpy stepped(&automation, &FlexAutomation::autoflexStepped);
    automation.tick();

    QCOMPARE(ran.size(), 1);
    QCOMPARE(ran[0][0].toString(), QStringLiteral("demo rule"));
    const QStringList ids = ran[0][1].toStringList();
    QCOMPARE(ids.size(), 2);
    QVERIFY(ran[0][2].toStringList().isEmpty());
    for (const QString &id : ids) {
        const Operation op = waitFor(id);
        QCOMPARE(op.state, OperationState::Succeeded);
        QCOMPARE(op.reason, QStringLiteral("schedule rule 'demo rule'"));
    }
    QCOMPARE(stepped.size(), 1);
    QCOMPARE(stepped[0][0].value<ServerRef>().name, QStringLiteral("www-fr-08"));
    QCOMPARE(stepped[0][1].toInt(), 1);
    QCOMPARE(stepped[0][2].toInt(), 2);
    const Operation auto1 = waitFor(stepped[0][4].toString());
    QCOMPARE(auto1.state, OperationState::Succeeded);
    QCOMPARE(auto1.reason,
             QStringLiteral("Autoflex policy 'fr08': CPU above 80 % for 10 min (average 93 %)"));
    QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("www-fr-08")).metadata.shares == 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("www-fr-02")).metadata.shares == 2, 5000);

    // A minute later: the rule already ran and Autoflex is cooling down.
    clock = now.addSecs(60);
    automation.tick();
    QCOMPARE(ran.size(), 1);
    QCOMPARE(stepped.size(), 1);
    QVERIFY(ScheduleState::load(state).lastRun(QStringLiteral("demo rule")).has_value());
}

void TestFlexPlanDemo::autoflexWaitsForRestartAfterNextBootStep()
{
    const QString name = QStringLiteral("www-en-07");
    // First to its live ceiling, within its boot-time maxima.
    const FlexPlan probe = FlexContext::plan(services(), m_profiles, named(name), 4);
    QVERIFY(probe.ok());
    const int ceiling = probe.liveCeiling;
    QVERIFY(ceiling >= 2);
    const FlexPlan toCeiling = FlexContext::plan(services(), m_profiles, named(name), ceiling);
    QVERIFY(toCeiling.ok());
    QVERIFY(!toCeiling.needsReboot());
    QCOMPARE(waitFor(FlexOperations::enqueue(*m_queue, toCeiling, QStringLiteral("test")).value()).state,
             OperationState::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(named(name).metadata.shares == ceiling, 5000);
    QVERIFY(!named(name).needsReboot());

    const QString policies = m_dir.filePath(QStringLiteral("autoflex-nextboot.json"));
    QFile p(policies);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(QStringLiteral(R"({"policies": [{"name": "en07", "enabled": true, "servers": ["%1"],
               "upAbovePercent": 80, "upForMinutes": 10, "downBelowPercent": 20, "downForMinutes": 30,
               "maxShares": %2, "allowNextBoot": true, "cooldownMinutes": 15}]})")
                .arg(name)
                .arg(ceiling + 4)
                .toUtf8());
    p.close();
    // Busy all the time: one point a minute, whatever window is asked for.
    FunctionCpuHistorySource history([name](const ServerRef &s, const QDateTime &from, const QDateTime &to) {
        QList<CpuPoint> out;
        if (s.name != name)
            return out;
        for (QDateTime t = from; t <= to; t = t.addSecs(60))
            out << CpuPoint{t, 95, 99};
        return out;
    });
    FlexAutomation automation(services(), &m_profiles);
    automation.setPaths(m_dir.filePath(QStringLiteral("none.json")),
                        m_dir.filePath(QStringLiteral("st.json")), policies);
    automation.setCpuHistorySource(&history);
    QDateTime clock = QDateTime::currentDateTime().addSecs(3600);
    automation.setClock([&clock] { return clock; });
    QVERIFY(automation.reload().isEmpty());
    QSignalSpy stepped(&automation, &FlexAutomation::autoflexStepped);

    // One step beyond the live ceiling: written for the next boot, the server now waits for a restart.
    automation.tick();
    QCOMPARE(stepped.size(), 1);
    QCOMPARE(stepped[0][2].toInt(), ceiling + 1);
    QCOMPARE(waitFor(stepped[0][4].toString()).state, OperationState::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(named(name).needsReboot(), 5000);
    QCOMPARE(named(name).metadata.shares, ceiling + 1);

    // Several cool-downs later, still busy and still not restarted: no further share.
    for (int i = 1; i <= 4; ++i) {
        clock = clock.addSecs(16 * 60);
        automation.tick();
        for (const QList<QVariant> &step : std::as_const(stepped))
            waitFor(step[4].toString());
        QTest::qWait(50);
    }
    qInfo("shares after four more cool-downs: %d (live ceiling %d)", named(name).metadata.shares.value_or(0),
          ceiling);
    QCOMPARE(stepped.size(), 1);
    QCOMPARE(named(name).metadata.shares, ceiling + 1);

    // Restarted: the pending step applies and Autoflex may step again after the next cool-down.
    const Operation restart =
        waitFor(Lifecycle::enqueue(*m_queue, Lifecycle::Action::Restart, {named(name)}).value().ids.first());
    QCOMPARE(restart.state, OperationState::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(!named(name).needsReboot() && named(name).state == DomainState::Running, 5000);
    clock = clock.addSecs(16 * 60);
    automation.tick();
    QCOMPARE(stepped.size(), 2);
    QCOMPARE(stepped[1][2].toInt(), ceiling + 2);
    QCOMPARE(waitFor(stepped[1][4].toString()).state, OperationState::Succeeded);
}

QTEST_GUILESS_MAIN(TestFlexPlanDemo)
#include "tst_flexplan_demo.moc"
