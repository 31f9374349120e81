// BootOperations against the demo fleet on libvirt's real test driver (in process, no daemon): Apply
// changes only the boot elements of the persistent definition and leaves a running server "pending
// reboot"; bad input (read-only connection, not direct kernel boot, bad command line, vanished volume,
// kernel without its initrd) is refused with the definition unchanged; a rescue boot runs once with its
// options while the persistent definition stays byte for byte the same. The QEMU side of the same
// behaviour is tests/integration/libvirtd/tst_bootlibvirtd.cpp.

#include "boot/BootOperations.h"
#include "boot/KernelCatalog.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <nlohmann/json.hpp>

#include <QStandardPaths>
#include <QtTest>

using namespace virtdeck;

// QVERIFY2 evaluates its message even when the check passes: never call error() on a success.
template <typename T>
QString why(const virtdeck::Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

using BootOperations::BootRequest;

class TestBootOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void paramsRoundTripThroughJson();
    void applyChangesOnlyTheCmdline();
    void applyPicksAnotherKernel();
    void refusedBeforeQueueing_data();
    void refusedBeforeQueueing();
    void refusedWhenRunFromStaleParams();
    void vanishedVolume();
    void readOnlyConnection();
    void rescueBootOfRunningServer();
    void rescueBootOfShutOffServer();

private:
    DomainSnapshot server(const QString &name) const;
    QString persistentXml(const QString &name);
    QString liveXml(const QString &name);
    Operation waitFor(const QString &id);
    BootRequest requestFor(const DomainSnapshot &s, const QString &cmdline) const;

    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_list = nullptr;
    OperationQueue *m_queue = nullptr;
    QString m_uri;
};

void TestBootOperations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<QString> uri = DemoFleet::prepare();
    QVERIFY2(uri, qPrintable(why(uri)));
    m_uri = uri.value();
    m_manager = new ConnectionManager(this);
    m_list = new ServerListModel(this);
    m_list->attach(m_manager);
    m_queue = new OperationQueue(m_manager, nullptr, this);
    BootOperations::registerKinds(*m_queue, 10);
    Lifecycle::registerKinds(*m_queue, 10, 10);
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_list->serversOf(m_uri).size(), 30, 10000);
}

void TestBootOperations::cleanupTestCase()
{
    delete m_queue;
    delete m_manager;
}

DomainSnapshot TestBootOperations::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_list->serverNamed(m_uri, name))
        return *s;
    qFatal("no server %s", qPrintable(name));
}

QString TestBootOperations::persistentXml(const QString &name)
{
    // Through the same connection: each test:// connection has its own state.
    std::optional<Result<QString>> out;
    m_manager->connection(m_uri)->runOnDomain(
        this, server(name).ref(),
        [](virDomainPtr dom, virConnectPtr) { return BootOperations::persistentXml(dom); },
        [&out](Result<QString> r) { out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 5000); }();
    return out && out->ok() ? out->value() : QString();
}

QString TestBootOperations::liveXml(const QString &name)
{
    std::optional<Result<QString>> out;
    m_manager->connection(m_uri)->runOnDomain(
        this, server(name).ref(),
        [](virDomainPtr dom, virConnectPtr) -> Result<QString> {
            CString xml(virDomainGetXMLDesc(dom, 0));
            return xml ? Result<QString>(QString::fromUtf8(xml.get()))
                       : Result<QString>(Error(QStringLiteral("no xml")));
        },
        [&out](Result<QString> r) { out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 5000); }();
    return out && out->ok() ? out->value() : QString();
}

Operation TestBootOperations::waitFor(const QString &id)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(id) && m_queue->find(id)->isFinished(), 20000); }();
    return m_queue->find(id).value_or(Operation());
}

BootRequest TestBootOperations::requestFor(const DomainSnapshot &s, const QString &cmdline) const
{
    BootRequest r;
    r.kernel = s.definition.boot.kernel;
    r.initrd = s.definition.boot.initrd;
    r.cmdline = cmdline;
    return r;
}

void TestBootOperations::paramsRoundTripThroughJson()
{
    BootRequest r;
    r.kernel = QStringLiteral("/k/vmlinuz-6.1");
    r.initrd = QStringLiteral("/k/initrd.img-6.1");
    r.cmdline = QStringLiteral("root=/dev/vda1 a=\"b c\" été");
    r.volumes = {QStringLiteral("/k/vmlinuz-6.1"), QStringLiteral("/k/initrd.img-6.1")};
    // Persisted in the operations log and run again from there alone.
    const QVariant back = jsonToVariant(nlohmann::json::parse(variantToJson(r.toParams()).dump()));
    QCOMPARE(BootRequest::fromParams(back.toMap()), r);
}

void TestBootOperations::applyChangesOnlyTheCmdline()
{
    const DomainSnapshot before = server(QStringLiteral("www-en-06"));
    QVERIFY(before.active);
    QVERIFY(before.pendingChanges.isEmpty());
    const QString xml = persistentXml(before.name);
    const QString oldCmdline = before.definition.boot.cmdline;
    const QString newCmdline = oldCmdline + QStringLiteral(" virtdeck.probe=42 label=\"a b\"");

    Result<QString> id = BootOperations::enqueueApply(*m_queue, before, requestFor(before, newCmdline));
    QVERIFY2(id, qPrintable(why(id)));
    const Operation op = waitFor(id.value());
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.kind, QStringLiteral("boot.apply"));

    QString expected = xml;
    expected.replace(QStringLiteral("<cmdline>") + oldCmdline + QStringLiteral("</cmdline>"),
                     QStringLiteral("<cmdline>") + BootDefinition::escape(newCmdline) +
                         QStringLiteral("</cmdline>"));
    QCOMPARE(persistentXml(before.name), expected); // everything else byte for byte the same
    // The running instance keeps its command line; the list shows "pending reboot".
    QTRY_VERIFY_WITH_TIMEOUT(server(before.name).needsReboot(), 5000);
    QVERIFY(server(before.name)
                .pendingChanges.join(QLatin1Char(' '))
                .contains(QStringLiteral("virtdeck.probe=42")));
    QCOMPARE(server(before.name).definition.boot.cmdline, oldCmdline);

    // "Reboot now" is a power cycle: afterwards the live definition has it.
    Result<Lifecycle::Enqueued> restart =
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::Restart, {server(before.name)});
    QVERIFY2(restart, qPrintable(why(restart)));
    QCOMPARE(waitFor(restart->ids.first()).state, OperationState::Succeeded);
    QTRY_COMPARE_WITH_TIMEOUT(server(before.name).definition.boot.cmdline, newCmdline, 5000);
    QVERIFY(!server(before.name).needsReboot());

    // Applying the same settings again changes nothing.
    Result<QString> again = BootOperations::enqueueApply(*m_queue, server(before.name),
                                                         requestFor(server(before.name), newCmdline));
    QVERIFY(again);
    QCOMPARE(waitFor(again.value()).state, OperationState::Succeeded);
    QCOMPARE(persistentXml(before.name), expected);
}

void TestBootOperations::applyPicksAnotherKernel()
{
    const DomainSnapshot s = server(QStringLiteral("www-fr-02"));
    const QString xml = persistentXml(s.name);
    BootRequest r = requestFor(s, s.definition.boot.cmdline);
    r.kernel = QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64");
    r.initrd = QStringLiteral("/var/lib/libvirt/kernels/initrd.img-6.1.0-13-amd64");
    r.volumes = {r.kernel, r.initrd};
    Result<QString> id = BootOperations::enqueueApply(*m_queue, s, r);
    QVERIFY2(id, qPrintable(why(id)));
    const Operation op = waitFor(id.value());
    QVERIFY2(op.state == OperationState::Succeeded, qPrintable(op.errorMessage + op.errorDetail));
    QString expected = xml;
    expected.replace(s.definition.boot.kernel, r.kernel).replace(s.definition.boot.initrd, r.initrd);
    QCOMPARE(persistentXml(s.name), expected);
    QTRY_VERIFY_WITH_TIMEOUT(
        server(s.name).pendingChanges.join(QLatin1Char(' ')).contains(QStringLiteral("vmlinuz-6.1.0-13")),
        5000);
}

void TestBootOperations::refusedBeforeQueueing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cmdline");
    QTest::addColumn<bool>("dropsInitrd");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not direct kernel boot") << QStringLiteral("www-en-10") << QStringLiteral("ro") << false
                                            << QStringLiteral("direct kernel boot");
    QTest::newRow("UEFI server") << QStringLiteral("db-01") << QStringLiteral("ro") << false
                                 << QStringLiteral("UEFI");
    QTest::newRow("newline") << QStringLiteral("www-en-05") << QStringLiteral("ro\nsingle") << false
                             << QStringLiteral("line break");
    QTest::newRow("oversized") << QStringLiteral("www-en-05") << QString(3000, QLatin1Char('x')) << false
                               << QStringLiteral("2047");
    QTest::newRow("unbalanced quote")
        << QStringLiteral("www-en-05") << QStringLiteral("a=\"b") << false << QStringLiteral("quote");
    QTest::newRow("kernel without its initrd")
        << QStringLiteral("www-en-05") << QStringLiteral("ro") << true << QStringLiteral("initrd");
}

void TestBootOperations::refusedBeforeQueueing()
{
    QFETCH(QString, name);
    QFETCH(QString, cmdline);
    QFETCH(bool, dropsInitrd);
    QFETCH(QString, mentions);
    const DomainSnapshot s = server(name);
    const QString xml = persistentXml(name);
    const qsizetype queued = m_queue->operations().size();
    BootRequest r = requestFor(s, cmdline);
    if (r.kernel.isEmpty())
        r.kernel = QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64");
    r.dropsInitrd = dropsInitrd;
    for (bool rescue : {false, true}) {
        Result<QString> id = rescue ? BootOperations::enqueueRescue(*m_queue, s, r, false)
                                    : BootOperations::enqueueApply(*m_queue, s, r);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(mentions), qPrintable(id.error().message));
    }
    QCOMPARE(m_queue->operations().size(), queued);
    QCOMPARE(persistentXml(name), xml);
}

void TestBootOperations::refusedWhenRunFromStaleParams()
{
    // A retry from the operations log skips the page's checks: the run checks again on the host.
    const DomainSnapshot s = server(QStringLiteral("www-en-04"));
    const QString xml = persistentXml(s.name);
    BootRequest r = requestFor(s, QStringLiteral("root=/dev/vda1\nsingle"));
    Result<QString> id =
        m_queue->enqueue(BootOperations::applyKind(), QStringLiteral("stale"), {s.ref()}, r.toParams());
    QVERIFY(id);
    const Operation op = waitFor(id.value());
    QCOMPARE(op.state, OperationState::Failed);
    QVERIFY2(op.errorMessage.contains(QStringLiteral("line break")), qPrintable(op.errorMessage));
    QCOMPARE(persistentXml(s.name), xml);

    BootRequest bios = requestFor(server(QStringLiteral("www6-01")), QStringLiteral("ro"));
    bios.kernel = QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-6.1.0-13-amd64");
    const QString biosXml = persistentXml(QStringLiteral("www6-01"));
    Result<QString> id2 = m_queue->enqueue(BootOperations::rescueKind(), QStringLiteral("stale"),
                                           {server(QStringLiteral("www6-01")).ref()}, bios.toParams());
    QVERIFY(id2);
    const Operation op2 = waitFor(id2.value());
    QCOMPARE(op2.state, OperationState::Failed);
    QVERIFY2(op2.errorMessage.contains(QStringLiteral("direct kernel boot")), qPrintable(op2.errorMessage));
    QCOMPARE(persistentXml(QStringLiteral("www6-01")), biosXml);
    QVERIFY(server(QStringLiteral("www6-01")).active); // not stopped for nothing
}

void TestBootOperations::vanishedVolume()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-03"));
    const QString xml = persistentXml(s.name);
    BootRequest r = requestFor(s, s.definition.boot.cmdline);
    r.kernel =
        QStringLiteral("/var/lib/libvirt/kernels/vmlinuz-6.1.0-99-amd64"); // not (or no longer) in the pool
    r.volumes = {r.kernel};
    for (bool rescue : {false, true}) {
        Result<QString> id = rescue ? BootOperations::enqueueRescue(*m_queue, s, r, true)
                                    : BootOperations::enqueueApply(*m_queue, s, r);
        QVERIFY2(id, qPrintable(why(id)));
        const Operation op = waitFor(id.value());
        QCOMPARE(op.state, OperationState::Failed);
        QVERIFY2(op.errorMessage.contains(QStringLiteral("vmlinuz-6.1.0-99-amd64")),
                 qPrintable(op.errorMessage));
        QVERIFY(!op.errorDetail.isEmpty());
        QCOMPARE(persistentXml(s.name), xml);
        QVERIFY(server(s.name).active);
    }
}

void TestBootOperations::readOnlyConnection()
{
    ConnectionManager manager;
    ServerListModel list;
    list.attach(&manager);
    OperationQueue queue(&manager, nullptr);
    BootOperations::registerKinds(queue);
    Connection::Options o;
    o.uri = m_uri;
    o.readOnly = true;
    QVERIFY(manager.connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(list.serversOf(m_uri).size(), 30, 10000);
    DomainSnapshot s;
    for (const DomainSnapshot &d : list.serversOf(m_uri)) {
        if (d.name == QStringLiteral("www-en-02"))
            s = d;
    }
    const BootRequest r = requestFor(s, QStringLiteral("single"));
    Result<QString> apply = BootOperations::enqueueApply(queue, s, r);
    QVERIFY(!apply);
    QVERIFY2(apply.error().message.contains(QStringLiteral("read-only")), qPrintable(apply.error().message));
    QVERIFY(!BootOperations::enqueueRescue(queue, s, r, true));
    QVERIFY(queue.operations().isEmpty());
    // Even asked directly, the queue refuses a change on a read-only connection.
    QVERIFY(!queue.enqueue(BootOperations::applyKind(), QStringLiteral("x"), {s.ref()}, r.toParams()));
}

void TestBootOperations::rescueBootOfRunningServer()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-07"));
    QVERIFY(s.active);
    const QString xml = persistentXml(s.name);
    const QString normal = s.definition.boot.cmdline;
    const QString rescue = normal + QStringLiteral(" single selinux=0");
    Result<QString> id = BootOperations::enqueueRescue(*m_queue, s, requestFor(s, rescue), false);
    QVERIFY2(id, qPrintable(why(id)));
    const Operation op = waitFor(id.value());
    QVERIFY2(op.state == OperationState::Succeeded, qPrintable(op.errorMessage + op.errorDetail));
    QCOMPARE(op.kind, QStringLiteral("boot.rescue"));
    QVERIFY(op.log.join(QLatin1Char('\n')).contains(QStringLiteral("single selinux=0")));

    // Booted with the rescue options, the definition never touched.
    QVERIFY(liveXml(s.name).contains(QStringLiteral("<cmdline>") + rescue + QStringLiteral("</cmdline>")));
    QCOMPARE(persistentXml(s.name), xml);
    QTRY_VERIFY_WITH_TIMEOUT(server(s.name).active && server(s.name).needsReboot(), 5000);

    // The next power cycle boots normally again.
    Result<Lifecycle::Enqueued> restart =
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::Restart, {server(s.name)});
    QVERIFY(restart);
    QCOMPARE(waitFor(restart->ids.first()).state, OperationState::Succeeded);
    QTRY_COMPARE_WITH_TIMEOUT(server(s.name).definition.boot.cmdline, normal, 5000);
    QVERIFY(liveXml(s.name).contains(QStringLiteral("<cmdline>") + normal + QStringLiteral("</cmdline>")));
    QCOMPARE(persistentXml(s.name), xml);
}

void TestBootOperations::rescueBootOfShutOffServer()
{
    const DomainSnapshot s = server(QStringLiteral("legacy-01"));
    QCOMPARE(s.state, DomainState::ShutOff);
    const QString xml = persistentXml(s.name);
    BootRequest r = requestFor(s, QStringLiteral("root=/dev/sda1 init=/bin/sh console=ttyS0"));
    Result<QString> id = BootOperations::enqueueRescue(*m_queue, s, r, false);
    QVERIFY2(id, qPrintable(why(id)));
    const Operation op = waitFor(id.value());
    QVERIFY2(op.state == OperationState::Succeeded, qPrintable(op.errorMessage + op.errorDetail));
    QTRY_VERIFY_WITH_TIMEOUT(server(s.name).active, 5000);
    QCOMPARE(server(s.name).definition.boot.cmdline, r.cmdline);
    QCOMPARE(persistentXml(s.name), xml);
    QVERIFY(server(s.name).persistent);
    // Forced off, it is back to its definition.
    Result<Lifecycle::Enqueued> off =
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::ForceOff, {server(s.name)});
    QVERIFY(off);
    QCOMPARE(waitFor(off->ids.first()).state, OperationState::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(!server(s.name).active, 5000);
    QCOMPARE(server(s.name).definition.boot.cmdline,
             QStringLiteral("root=/dev/sda1 ro console=ttyS0 clocksource=acpi_pm noapic"));
}

QTEST_GUILESS_MAIN(TestBootOperations)
#include "tst_bootoperations.moc"
