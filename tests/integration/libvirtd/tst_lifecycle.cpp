// Lifecycle against a real private libvirtd with a QEMU (TCG) tiny guest: start → the running event
// arrives; ACPI shutdown, force off, pause and resume are each observed through domain events; a
// restart applies a pending change of the persistent definition; a read-only connection refuses every
// change, at our door and at libvirt's.

#include "hypervisor/ConnectionManager.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include "Testbed.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace virtdeck;
using virtdeck::testbed::Testbed;

class TestLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startShutdownForceOffPauseResume();
    void restartAppliesPendingChanges();
    void readOnlyRefuses();
    void cleanupTestCase();

private:
    std::optional<DomainSnapshot> guest() const;
    bool runAndWait(Lifecycle::Action action, int timeoutMs = 60000, QVariantMap params = {});
    bool waitForEvent(int event, int timeoutMs);

    Testbed m_bed;
    Testbed::GuestOptions m_guest;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<ServerListModel> m_model;
    std::unique_ptr<OperationQueue> m_queue;
    QList<DomainEvent> m_events;
};

void TestLifecycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_TESTBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    m_guest.name = QStringLiteral("life-1");
    m_guest.nic = false;
    QVERIFY2(m_bed.defineGuest(m_guest, &error), qPrintable(error));

    m_manager = std::make_unique<ConnectionManager>();
    m_model = std::make_unique<ServerListModel>();
    m_model->attach(m_manager.get());
    m_queue = std::make_unique<OperationQueue>(m_manager.get(), nullptr);
    Lifecycle::registerKinds(*m_queue, 60, 60);
    connect(m_manager.get(), &ConnectionManager::domainEvent, this,
            [this](const DomainEvent &e) { m_events << e; });
    Connection::Options o;
    o.uri = m_bed.uri();
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->host(o.uri).state, HostState::Connected, 20000);
    QTRY_VERIFY(guest().has_value());
    QCOMPARE(guest()->state, DomainState::ShutOff);
    QCOMPARE(m_manager->host(o.uri).driverType, QStringLiteral("QEMU"));
}

void TestLifecycle::cleanupTestCase()
{
    m_queue.reset();
    m_model.reset();
    m_manager.reset();
}

std::optional<DomainSnapshot> TestLifecycle::guest() const
{
    for (const DomainSnapshot &s : m_model->serversOf(m_bed.uri())) {
        if (s.name == m_guest.name)
            return s;
    }
    return std::nullopt;
}

bool TestLifecycle::runAndWait(Lifecycle::Action action, int timeoutMs, QVariantMap params)
{
    const Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(*m_queue, action, {*guest()}, {}, params);
    if (!r) {
        qWarning("enqueue failed: %s", qPrintable(r.error().toString()));
        return false;
    }
    const QString id = r->ids.first();
    QDeadlineTimer deadline(timeoutMs);
    while (!m_queue->find(id)->isFinished() && !deadline.hasExpired())
        QTest::qWait(20);
    const Operation op = *m_queue->find(id);
    if (op.state != OperationState::Succeeded)
        qWarning("%s: %s %s", qPrintable(op.title), qPrintable(op.errorMessage), qPrintable(op.errorDetail));
    return op.state == OperationState::Succeeded;
}

bool TestLifecycle::waitForEvent(int event, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (const DomainEvent &e : std::as_const(m_events)) {
            if (e.kind == DomainEvent::Kind::Lifecycle && e.event == event && e.name == m_guest.name)
                return true;
        }
        QTest::qWait(20);
    }
    return false;
}

void TestLifecycle::startShutdownForceOffPauseResume()
{
    m_events.clear();
    QVERIFY(runAndWait(Lifecycle::Action::Start));
    QVERIFY(waitForEvent(VIR_DOMAIN_EVENT_STARTED, 20000));
    QTRY_COMPARE(guest()->state, DomainState::Running);
    QVERIFY(guest()->runningSinceExact);
    // The guest's acpid must be up before it can honour an ACPI shutdown.
    QVERIFY(m_bed.waitForSerial(m_guest.name, Testbed::banner(QStringLiteral("A")), 60000) >= 0);

    m_events.clear();
    QVERIFY(runAndWait(Lifecycle::Action::Shutdown, 60000)); // succeeds only once the stopped event arrived
    QVERIFY(waitForEvent(VIR_DOMAIN_EVENT_STOPPED, 1000));
    QTRY_COMPARE(guest()->state, DomainState::ShutOff);
    QCOMPARE(domainStateReason(guest()->state, guest()->stateReason), QStringLiteral("shut down"));

    QVERIFY(runAndWait(Lifecycle::Action::Start));
    QTRY_COMPARE(guest()->state, DomainState::Running);
    m_events.clear();
    QVERIFY(runAndWait(Lifecycle::Action::Pause));
    QVERIFY(waitForEvent(VIR_DOMAIN_EVENT_SUSPENDED, 10000));
    QTRY_COMPARE(guest()->state, DomainState::Paused);
    QVERIFY(runAndWait(Lifecycle::Action::Resume));
    QVERIFY(waitForEvent(VIR_DOMAIN_EVENT_RESUMED, 10000));
    QTRY_COMPARE(guest()->state, DomainState::Running);

    m_events.clear();
    QVERIFY(runAndWait(Lifecycle::Action::ForceOff));
    QVERIFY(waitForEvent(VIR_DOMAIN_EVENT_STOPPED, 10000));
    QTRY_COMPARE(guest()->state, DomainState::ShutOff);
    QCOMPARE(domainStateReason(guest()->state, guest()->stateReason), QStringLiteral("forced off"));
}

void TestLifecycle::restartAppliesPendingChanges()
{
    QVERIFY(runAndWait(Lifecycle::Action::Start));
    QTRY_COMPARE(guest()->state, DomainState::Running);
    QVERIFY(m_bed.waitForSerial(m_guest.name, Testbed::banner(QStringLiteral("A")), 60000) >= 0);
    // Change the persistent definition only (as the boot and flex features do).
    Testbed::GuestOptions changed = m_guest;
    changed.extraCmdline = QStringLiteral("virtdeck.probe=lifecycle");
    QString error;
    QVERIFY2(m_bed.defineGuest(changed, &error), qPrintable(error));
    m_manager->connection(m_bed.uri())->refreshDomain(guest()->uuid);
    QTRY_VERIFY(guest()->needsReboot());
    QVERIFY2(guest()->pendingChanges.join(QLatin1Char(' ')).contains(QStringLiteral("command line")),
             qPrintable(guest()->pendingChanges.join(QStringLiteral("; "))));

    QVERIFY(runAndWait(Lifecycle::Action::Restart, 90000));
    QTRY_COMPARE(guest()->state, DomainState::Running);
    QTRY_VERIFY(!guest()->needsReboot());
    QVERIFY(guest()->definition.boot.cmdline.contains(QStringLiteral("virtdeck.probe=lifecycle")));
    QVERIFY(runAndWait(Lifecycle::Action::ForceOff));
}

void TestLifecycle::readOnlyRefuses()
{
    m_bed.destroyGuest(m_guest.name);
    ConnectionManager manager;
    ServerListModel model;
    model.attach(&manager);
    OperationQueue queue(&manager, nullptr);
    Lifecycle::registerKinds(queue);
    Connection::Options o;
    o.uri = m_bed.uri();
    o.readOnly = true;
    QVERIFY(manager.connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(manager.host(o.uri).state, HostState::Connected, 20000);
    QTRY_COMPARE(model.serversOf(o.uri).size(), qsizetype(1));
    const DomainSnapshot s = model.serversOf(o.uri).first();
    const Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(queue, Lifecycle::Action::Start, {s});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("read-only")));
    std::optional<Status> direct;
    manager.connection(o.uri)->runOnDomain(
        this, s.ref(),
        [](virDomainPtr d, virConnectPtr) -> Status {
            if (virDomainCreate(d) < 0)
                return Error(QString::fromUtf8(virGetLastErrorMessage()));
            return {};
        },
        [&](Status st) { direct = st; });
    QTRY_VERIFY(direct.has_value());
    QVERIFY(!direct->ok());
    QVERIFY2(direct->error().message.contains(QStringLiteral("read only")),
             qPrintable(direct->error().message));
    QCOMPARE(model.serversOf(o.uri).first().state, DomainState::ShutOff);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
