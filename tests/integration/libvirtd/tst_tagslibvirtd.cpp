// Tag edits from two independent consoles on one real guest (a private libvirtd, a running QEMU guest):
// two ConnectionManagers, each with its own server list and operation queue, as two windows or two
// colleagues. Each edits the tags from its own, by then stale, snapshot; both edits must survive, a retry
// of an old edit must not revert a later one, and an operation persisted by an older virtdeck (the whole
// list in its parameters) still runs as written.

#include "Testbed.h"

#include "hypervisor/ConnectionManager.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QStandardPaths>
#include <QTest>

using namespace virtdeck;
using virtdeck::testbed::Testbed;

namespace {
// One console: its own connection to the daemon, list and queue.
struct Console
{
    ConnectionManager *manager = nullptr;
    ServerListModel *list = nullptr;
    OperationQueue *queue = nullptr;
};
} // namespace

class TestTagsLibvirtd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void concurrentEditsBothSurvive();

private:
    Console open();
    std::optional<DomainSnapshot> server(const Console &c) const;
    Operation waitFor(const Console &c, const QString &id);
    QStringList storedTags(); // read with the bed's own connection: what libvirt really keeps

    Testbed m_bed;
    Console m_a;
    Console m_b;
    const QString m_guest = QStringLiteral("tags-guest");
};

Console TestTagsLibvirtd::open()
{
    Console c;
    c.manager = new ConnectionManager(this);
    c.list = new ServerListModel(this);
    c.list->attach(c.manager);
    c.queue = new OperationQueue(c.manager, nullptr, this);
    Lifecycle::registerKinds(*c.queue, 30, 30);
    Connection::Options o;
    o.uri = m_bed.uri();
    if (!c.manager->connectTo(o).ok())
        qWarning("cannot connect to %s", qPrintable(m_bed.uri()));
    return c;
}

void TestTagsLibvirtd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_TESTBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    Testbed::GuestOptions g;
    g.name = m_guest;
    g.nic = false;
    QVERIFY2(m_bed.bootGuest(g, 90000, &error), qPrintable(error));
    m_a = open();
    m_b = open();
    for (const Console *c : {&m_a, &m_b})
        QTRY_VERIFY_WITH_TIMEOUT(server(*c) && server(*c)->active, 30000);
}

void TestTagsLibvirtd::cleanupTestCase()
{
    for (Console *c : {&m_a, &m_b}) {
        delete c->queue;
        delete c->list;
        delete c->manager;
        *c = Console();
    }
    if (m_bed.isStarted())
        m_bed.undefineAll();
}

std::optional<DomainSnapshot> TestTagsLibvirtd::server(const Console &c) const
{
    return c.list->serverNamed(m_bed.uri(), m_guest);
}

Operation TestTagsLibvirtd::waitFor(const Console &c, const QString &id)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(c.queue->find(id) && c.queue->find(id)->isFinished(), 30000); }();
    return c.queue->find(id).value_or(Operation());
}

QStringList TestTagsLibvirtd::storedTags()
{
    QStringList out;
    virDomainPtr dom = virDomainLookupByName(m_bed.connection(), m_guest.toUtf8().constData());
    if (!dom)
        return out;
    // The persistent definition: what the next boot and every other console will see.
    char *xml = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, ServerMetadata::NamespaceUri,
                                     VIR_DOMAIN_AFFECT_CONFIG);
    virDomainFree(dom);
    if (xml) {
        if (Result<ServerMetadata> m = ServerMetadata::parse(QString::fromUtf8(xml)))
            out = m->tags;
        free(xml);
    }
    return out;
}

void TestTagsLibvirtd::concurrentEditsBothSurvive()
{
    // Both consoles see the guest without tags; each keeps its snapshot while the other edits.
    const DomainSnapshot seenByA = server(m_a).value();
    const DomainSnapshot seenByB = server(m_b).value();
    QVERIFY(seenByA.metadata.tags.isEmpty());
    QVERIFY(seenByB.metadata.tags.isEmpty());

    Result<QString> a1 = Lifecycle::enqueueSetTags(*m_a.queue, seenByA, {QStringLiteral("web")});
    QVERIFY(a1.ok());
    QCOMPARE(waitFor(m_a, a1.value()).state, OperationState::Succeeded);
    QCOMPARE(storedTags(), QStringList{QStringLiteral("web")});

    // B has not seen A's tag yet (its snapshot is older) and adds its own.
    Result<QString> b1 = Lifecycle::enqueueSetTags(*m_b.queue, seenByB, {QStringLiteral("db")});
    QVERIFY(b1.ok());
    QCOMPARE(waitFor(m_b, b1.value()).state, OperationState::Succeeded);
    qInfo("after A added web and B added db: %s", qPrintable(storedTags().join(QLatin1Char(','))));
    QCOMPARE(storedTags(), (QStringList{QStringLiteral("web"), QStringLiteral("db")}));
    QTRY_COMPARE_WITH_TIMEOUT(server(m_a)->metadata.tags,
                              (QStringList{QStringLiteral("web"), QStringLiteral("db")}), 10000);

    // B removes web (from a fresh view); then A retries its old operation: web comes back (that is what
    // the operation adds), db stays.
    QTRY_COMPARE_WITH_TIMEOUT(server(m_b)->metadata.tags.size(), 2, 10000);
    Result<QString> b2 = Lifecycle::enqueueSetTags(*m_b.queue, server(m_b).value(), {QStringLiteral("db")});
    QVERIFY(b2.ok());
    QCOMPARE(waitFor(m_b, b2.value()).state, OperationState::Succeeded);
    QCOMPARE(storedTags(), QStringList{QStringLiteral("db")});
    // B adds "backup"; A's retry of its first edit must not remove it.
    Result<QString> b3 = Lifecycle::enqueueSetTags(*m_b.queue, seenByB, {QStringLiteral("backup")});
    QVERIFY(b3.ok());
    QCOMPARE(waitFor(m_b, b3.value()).state, OperationState::Succeeded);
    QCOMPARE(storedTags(), (QStringList{QStringLiteral("db"), QStringLiteral("backup")}));
    // A retry runs the operation's stored kind and parameters again. The queue refuses to retry one that
    // succeeded (only targets that did not succeed are retried), so run what a retry of a failed or
    // interrupted copy of A's first edit would run: the same kind and parameters.
    const Operation first = m_a.queue->find(a1.value()).value();
    Result<QString> retry = m_a.queue->enqueue(first.kind, first.title, first.targets, first.params);
    QVERIFY(retry.ok());
    QCOMPARE(waitFor(m_a, retry.value()).state, OperationState::Succeeded);
    qInfo("after A retried its first edit: %s", qPrintable(storedTags().join(QLatin1Char(','))));
    QCOMPARE(storedTags(),
             (QStringList{QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("web")}));

    // An operation persisted by an older virtdeck (the whole list) still runs as written.
    Result<QString> old =
        m_a.queue->enqueue(QStringLiteral("server.setTags"), QStringLiteral("old"), {seenByA.ref()},
                           {{QStringLiteral("tags"), QStringList{QStringLiteral("legacy")}}});
    QVERIFY(old.ok());
    QCOMPARE(waitFor(m_a, old.value()).state, OperationState::Succeeded);
    QCOMPARE(storedTags(), QStringList{QStringLiteral("legacy")});
    // A bad tag in a persisted operation is refused on the worker, nothing changed.
    Result<QString> bad =
        m_a.queue->enqueue(QStringLiteral("server.setTags"), QStringLiteral("bad"), {seenByA.ref()},
                           {{QStringLiteral("add"), QStringList{QStringLiteral("a b")}}});
    QVERIFY(bad.ok());
    QCOMPARE(waitFor(m_a, bad.value()).state, OperationState::Failed);
    QCOMPARE(storedTags(), QStringList{QStringLiteral("legacy")});
}

QTEST_GUILESS_MAIN(TestTagsLibvirtd)
#include "tst_tagslibvirtd.moc"
