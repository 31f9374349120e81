// The boot feature against a private libvirtd with tiny QEMU (TCG) guests: a command line applied for
// the next boot shows in the guest's /proc/cmdline after a power cycle; a kernel/initrd pair picked from
// the bed's "kernels" pool boots (its banner differs); a one-time rescue boot runs once with its options
// and the persistent definition is byte for byte the original before, during and after; an invalid
// command line changes nothing.

#include "Testbed.h"

#include "boot/BootOperations.h"
#include "boot/KernelCatalog.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace virtdeck;

// QVERIFY2 evaluates its message even when the check passes: never call error() on a success.
template <typename T>
QString why(const virtdeck::Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

using BootOperations::BootRequest;
using virtdeck::testbed::Console;
using virtdeck::testbed::Testbed;

class TestBootLibvirtd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void probeShowsAfterRestart();
    void secondInitramfsFromPool();
    void rescueBootOnce();
    void invalidCmdlineChangesNothing();
    void vanishedVolumeChangesNothing();

private:
    std::optional<DomainSnapshot> server(const QString &name) const;
    Operation waitFor(const QString &id, int timeoutMs = 120000);
    QString inactiveXml(const QString &name);
    // Power cycle through the product's Restart (forced: the busybox guest ignores ACPI).
    void restart(const QString &name, const QByteArray &banner);
    QByteArray procCmdline(const QString &name);

    Testbed m_bed;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_list = nullptr;
    OperationQueue *m_queue = nullptr;
    const QString m_guest = QStringLiteral("boot-probe");
};

void TestBootLibvirtd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_TESTBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    QVERIFY2(m_bed.defineKernelsPool(&error), qPrintable(error));
    m_manager = new ConnectionManager(this);
    m_list = new ServerListModel(this);
    m_list->attach(m_manager);
    m_queue = new OperationQueue(m_manager, nullptr, this);
    BootOperations::registerKinds(*m_queue, 30);
    Lifecycle::registerKinds(*m_queue, 30, 30);
    Connection::Options o;
    o.uri = m_bed.uri();
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->host(m_bed.uri()).isUsable(), 30000);

    Testbed::GuestOptions g;
    g.name = m_guest;
    g.nic = false;
    QVERIFY2(m_bed.bootGuest(g, 90000, &error), qPrintable(error));
    m_manager->connection(m_bed.uri())->relist();
    QTRY_VERIFY_WITH_TIMEOUT(server(m_guest) && server(m_guest)->active, 10000);
}

void TestBootLibvirtd::cleanupTestCase()
{
    if (m_bed.isStarted())
        m_bed.undefineAll();
    delete m_queue;
    m_queue = nullptr;
    delete m_manager;
    m_manager = nullptr;
}

std::optional<DomainSnapshot> TestBootLibvirtd::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_list->serverNamed(m_bed.uri(), name))
        return *s;
    return std::nullopt;
}

Operation TestBootLibvirtd::waitFor(const QString &id, int timeoutMs)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(id) && m_queue->find(id)->isFinished(), timeoutMs); }();
    return m_queue->find(id).value_or(Operation());
}

QString TestBootLibvirtd::inactiveXml(const QString &name)
{
    // The bed's own connection: what is really stored, read independently of the product.
    virDomainPtr dom = virDomainLookupByName(m_bed.connection(), name.toUtf8().constData());
    if (!dom)
        return {};
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    virDomainFree(dom);
    const QString out = QString::fromUtf8(xml);
    free(xml);
    return out;
}

void TestBootLibvirtd::restart(const QString &name, const QByteArray &banner)
{
    Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(
        *m_queue, Lifecycle::Action::Restart, {server(name).value()}, {}, {{QStringLiteral("force"), true}});
    QVERIFY2(r, qPrintable(why(r)));
    const Operation op = waitFor(r->ids.first());
    QVERIFY2(op.state == OperationState::Succeeded,
             qPrintable(op.errorMessage + QLatin1Char(' ') + op.errorDetail));
    // The serial log starts afresh with each QEMU process (append='off').
    QVERIFY2(m_bed.waitForSerial(name, banner, 90000) >= 0, m_bed.serialLog(name).right(1500).constData());
    // The guest is up; the list learns it from the lifecycle events, which may still be on their way.
    QTRY_VERIFY_WITH_TIMEOUT(server(name) && server(name)->state == DomainState::Running, 10000);
}

QByteArray TestBootLibvirtd::procCmdline(const QString &name)
{
    Console console;
    QString error;
    if (!console.open(m_bed.uri(), name, &error)) {
        qWarning("console: %s", qPrintable(error));
        return {};
    }
    // Markers around the output so the echo of the command itself is not mistaken for it.
    const qsizetype from = console.size();
    console.send("echo B-E-G-I-N; cat /proc/cmdline; echo E-N-D\r");
    const qsizetype end = console.waitFor("\nE-N-D", 20000, from);
    const QByteArray out = console.output();
    const qsizetype begin = out.indexOf("\nB-E-G-I-N", from);
    if (end < 0 || begin < 0) {
        qWarning("no /proc/cmdline: %s", out.right(800).constData());
        return {};
    }
    return out.mid(begin + 11, end - begin - 11).trimmed();
}

void TestBootLibvirtd::probeShowsAfterRestart()
{
    const DomainSnapshot s = server(m_guest).value();
    const QString before = inactiveXml(m_guest);
    const QString oldCmdline = s.definition.boot.cmdline;
    BootRequest r;
    r.kernel = s.definition.boot.kernel;
    r.initrd = s.definition.boot.initrd;
    r.cmdline = oldCmdline + QStringLiteral(" virtdeck.probe=42");
    Result<QString> id = BootOperations::enqueueApply(*m_queue, s, r);
    QVERIFY2(id, qPrintable(why(id)));
    const Operation op = waitFor(id.value());
    QVERIFY2(op.state == OperationState::Succeeded,
             qPrintable(op.errorMessage + QLatin1Char(' ') + op.errorDetail));

    // Only the cmdline text changed in what libvirt stores.
    QString expected = before;
    expected.replace(
        QStringLiteral("<cmdline>") + BootDefinition::escape(oldCmdline) + QStringLiteral("</cmdline>"),
        QStringLiteral("<cmdline>") + BootDefinition::escape(r.cmdline) + QStringLiteral("</cmdline>"));
    QVERIFY(expected != before);
    QCOMPARE(inactiveXml(m_guest), expected);
    // Running: pending reboot; a reboot from inside would not pick it up, the product's Restart does.
    QTRY_VERIFY_WITH_TIMEOUT(server(m_guest)->needsReboot(), 10000);
    QVERIFY(!procCmdline(m_guest).contains("virtdeck.probe=42"));
    restart(m_guest, Testbed::banner(QStringLiteral("A")));
    const QByteArray cmdline = procCmdline(m_guest);
    qInfo("guest /proc/cmdline: %s", cmdline.constData());
    QVERIFY2(cmdline.contains("virtdeck.probe=42"), cmdline.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!server(m_guest)->needsReboot(), 10000);
}

void TestBootLibvirtd::secondInitramfsFromPool()
{
    std::optional<Result<KernelCatalogData>> catalog;
    m_manager->connection(m_bed.uri())
        ->run(
            this,
            [uri = m_bed.uri()](virConnectPtr conn) {
                return KernelCatalog::load(conn, uri, QStringLiteral("kernels"), {});
            },
            [&catalog](Result<KernelCatalogData> r) { catalog = r; });
    QTRY_VERIFY_WITH_TIMEOUT(catalog.has_value(), 10000);
    QVERIFY2(catalog->ok(), qPrintable(why(*catalog)));
    const QList<KernelEntry> &entries = catalog->value().entries;
    QStringList versions;
    for (const KernelEntry &e : entries)
        versions << e.version + QLatin1Char('/') + e.initrdVolume;
    qInfo("catalog: %s", qPrintable(versions.join(QStringLiteral(", "))));
    QCOMPARE(entries.size(), 2);
    const KernelEntry b = entries.first(); // newest first: -test-b
    QCOMPARE(b.version, QStringLiteral("6.1.0-test-b"));
    QCOMPARE(b.initrdVolume, QStringLiteral("initrd.img-6.1.0-test-b"));

    const DomainSnapshot s = server(m_guest).value();
    BootRequest r;
    r.kernel = b.kernelPath;
    r.initrd = b.initrdPath;
    r.cmdline = s.definition.boot.cmdline;
    r.volumes = {b.kernelPath, b.initrdPath};
    Result<QString> id = BootOperations::enqueueApply(*m_queue, s, r);
    QVERIFY2(id, qPrintable(why(id)));
    const Operation op = waitFor(id.value());
    QVERIFY2(op.state == OperationState::Succeeded,
             qPrintable(op.errorMessage + QLatin1Char(' ') + op.errorDetail));
    QVERIFY(inactiveXml(m_guest).contains(QStringLiteral("<initrd>") + b.initrdPath +
                                          QStringLiteral("</initrd>")));
    restart(m_guest, Testbed::banner(QStringLiteral("B")));
    QVERIFY(!m_bed.serialLog(m_guest).contains(Testbed::banner(QStringLiteral("A"))));
    QTRY_COMPARE_WITH_TIMEOUT(server(m_guest)->definition.boot.initrd, b.initrdPath, 10000);
}

void TestBootLibvirtd::rescueBootOnce()
{
    const DomainSnapshot s = server(m_guest).value();
    QVERIFY(s.active);
    const QString before = inactiveXml(m_guest);
    const QString normal = s.definition.boot.cmdline;
    BootRequest r;
    r.kernel = s.definition.boot.kernel;
    r.initrd = s.definition.boot.initrd;
    r.cmdline = normal + QStringLiteral(" single selinux=0 virtdeck.rescue=1");
    Result<QString> id = BootOperations::enqueueRescue(*m_queue, s, r, true);
    QVERIFY2(id, qPrintable(why(id)));
    const Operation op = waitFor(id.value());
    QVERIFY2(op.state == OperationState::Succeeded,
             qPrintable(op.errorMessage + QLatin1Char(' ') + op.errorDetail));
    qInfo("rescue operation log:\n%s\nresult: %s", qPrintable(op.log.join(QLatin1Char('\n'))),
          qPrintable(op.result));
    QVERIFY2(m_bed.waitForSerial(m_guest, Testbed::banner(QStringLiteral("B")), 90000) >= 0,
             m_bed.serialLog(m_guest).right(1500).constData());

    const QByteArray during = procCmdline(m_guest);
    qInfo("during the rescue boot: %s", during.constData());
    QVERIFY2(during.contains("single selinux=0 virtdeck.rescue=1"), during.constData());
    QCOMPARE(inactiveXml(m_guest), before); // the definition was never changed
    QTRY_VERIFY_WITH_TIMEOUT(server(m_guest)->needsReboot(), 10000);
    QVERIFY(server(m_guest)->persistent);

    // The next power cycle boots normally: it was once.
    restart(m_guest, Testbed::banner(QStringLiteral("B")));
    const QByteArray after = procCmdline(m_guest);
    qInfo("after the next restart: %s", after.constData());
    QVERIFY(!after.isEmpty());
    QVERIFY2(!after.contains("virtdeck.rescue=1"), after.constData());
    QCOMPARE(inactiveXml(m_guest), before);
    QTRY_VERIFY_WITH_TIMEOUT(!server(m_guest)->needsReboot(), 10000);
}

void TestBootLibvirtd::invalidCmdlineChangesNothing()
{
    const DomainSnapshot s = server(m_guest).value();
    const QString before = inactiveXml(m_guest);
    const QStringList bad = {s.definition.boot.cmdline + QStringLiteral("\nsingle"),
                             s.definition.boot.cmdline + QStringLiteral(" x=\"unclosed"),
                             s.definition.boot.cmdline + QLatin1Char(' ') + QString(2100, QLatin1Char('x'))};
    for (const QString &cmdline : bad) {
        BootRequest r;
        r.kernel = s.definition.boot.kernel;
        r.initrd = s.definition.boot.initrd;
        r.cmdline = cmdline;
        // Refused before queueing...
        QVERIFY(!BootOperations::enqueueApply(*m_queue, s, r));
        QVERIFY(!BootOperations::enqueueRescue(*m_queue, s, r, true));
        // ...and by the run itself, as when retried from an old log.
        for (const QString &kind : {BootOperations::applyKind(), BootOperations::rescueKind()}) {
            Result<QString> id = m_queue->enqueue(kind, QStringLiteral("bad"), {s.ref()}, r.toParams());
            QVERIFY(id);
            const Operation op = waitFor(id.value());
            QCOMPARE(op.state, OperationState::Failed);
            qInfo("%s refused: %s", qPrintable(kind), qPrintable(op.errorMessage.left(120)));
        }
        QCOMPARE(inactiveXml(m_guest), before);
    }
    QVERIFY(server(m_guest)->active); // never stopped by a refused rescue boot
}

void TestBootLibvirtd::vanishedVolumeChangesNothing()
{
    // The -a initrd deleted behind libvirt's back after the catalog listed it, then picked.
    const QString kernel = m_bed.kernelsPoolDir() + QStringLiteral("/vmlinuz-6.1.0-test-a");
    const QString initrd = m_bed.kernelsPoolDir() + QStringLiteral("/initrd.img-6.1.0-test-a");
    QVERIFY(QFile::exists(initrd));
    QVERIFY(QFile::remove(initrd));
    const DomainSnapshot s = server(m_guest).value();
    const QString before = inactiveXml(m_guest);
    BootRequest r;
    r.kernel = kernel;
    r.initrd = initrd;
    r.cmdline = s.definition.boot.cmdline;
    r.volumes = {kernel, initrd};
    for (bool rescue : {false, true}) {
        Result<QString> id = rescue ? BootOperations::enqueueRescue(*m_queue, s, r, true)
                                    : BootOperations::enqueueApply(*m_queue, s, r);
        QVERIFY2(id, qPrintable(why(id)));
        const Operation op = waitFor(id.value());
        QCOMPARE(op.state, OperationState::Failed);
        qInfo("refused: %s (%s)", qPrintable(op.errorMessage), qPrintable(op.errorDetail));
        QVERIFY(op.errorMessage.contains(QStringLiteral("initrd.img-6.1.0-test-a")));
        QCOMPARE(inactiveXml(m_guest), before);
    }
    QVERIFY(server(m_guest)->active);
    QString error;
    QVERIFY2(m_bed.defineKernelsPool(&error), qPrintable(error)); // puts the file back
}

QTEST_GUILESS_MAIN(TestBootLibvirtd)
#include "tst_bootlibvirtd.moc"
