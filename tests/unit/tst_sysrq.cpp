// The SysRq table (commands, meanings, dangerous ones, Linux keycodes), the Ctrl+O prefix state machine,
// and the console.sysrq / console.nmi / console.safeReboot operations on libvirt's real test driver
// (where virDomainSendKey and virDomainInjectNMI succeed and do nothing).

#include "console/ConsoleOperations.h"
#include "console/SysRqPrefix.h"
#include "console/SysRqTable.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationQueue.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace virtdeck;

class TestSysRq : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tableHasEveryCommand();
    void dangerousCommands_data();
    void dangerousCommands();
    void keycodes_data();
    void keycodes();
    void prefix_data();
    void prefix();

    void sysRqOperation();
    void unknownKeyRefused();
    void nmiOperation();
    void safeRebootSendsSixKeys();
    void safeRebootCancelled();
    void readOnlyRefused();

private:
    Operation waitFinished(const QString &id, int timeoutMs = 10000);

    ConnectionManager *m_manager = nullptr;
    OperationQueue *m_queue = nullptr;
    ServerRef m_server;
};

void TestSysRq::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_manager = new ConnectionManager(this);
    m_queue = new OperationQueue(m_manager, nullptr, this);
    ConsoleOperations::registerKinds(*m_queue);
    Connection::Options o;
    o.uri = QStringLiteral("test:///default");
    QSignalSpy listed(m_manager, &ConnectionManager::domainsListed);
    QVERIFY(m_manager->connectTo(o).ok());
    QVERIFY(listed.wait(10000));
    const auto list = listed.first().at(1).value<QList<DomainSnapshot>>();
    QVERIFY(!list.isEmpty());
    m_server = list.first().ref();
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->connection(o.uri)->isConnected(), 10000);
}

void TestSysRq::cleanupTestCase()
{
    m_manager->removeAll();
}

void TestSysRq::tableHasEveryCommand()
{
    const QList<SysRqCommand> commands = SysRqTable::commands();
    QString keys;
    QSet<QChar> seen;
    for (const SysRqCommand &c : commands) {
        keys += c.key;
        QVERIFY2(!seen.contains(c.key), qPrintable(QString(c.key)));
        seen.insert(c.key);
        QVERIFY(!c.name.isEmpty());
        QVERIFY(c.meaning.endsWith(QLatin1Char('.')));
        QVERIFY(c.keycode > 0);
    }
    QCOMPARE(keys, QStringLiteral("h0123456789bcefijklmnopqrstuwz"));
    QVERIFY(SysRqTable::find(QLatin1Char('B')).has_value()); // case-insensitive
    QVERIFY(!SysRqTable::find(QLatin1Char('x')).has_value());
    QVERIFY(!SysRqTable::find(QLatin1Char('g')).has_value());
    QCOMPARE(SysRqTable::safeRebootKeys(), QStringLiteral("reisub"));
}

void TestSysRq::dangerousCommands_data()
{
    QTest::addColumn<QChar>("key");
    QTest::addColumn<bool>("dangerous");
    for (char k : QByteArray("bcefikou"))
        QTest::newRow(QByteArray(1, k).constData()) << QChar(QLatin1Char(k)) << true;
    for (char k : QByteArray("h0123456789jlmnpqrstwz"))
        QTest::newRow(QByteArray(1, k).constData()) << QChar(QLatin1Char(k)) << false;
}

void TestSysRq::dangerousCommands()
{
    QFETCH(QChar, key);
    QFETCH(bool, dangerous);
    QCOMPARE(SysRqTable::find(key)->dangerous, dangerous);
}

void TestSysRq::keycodes_data()
{
    QTest::addColumn<QChar>("key");
    QTest::addColumn<unsigned int>("code");
    // Linux input keycodes (linux/input-event-codes.h).
    QTest::newRow("h") << QChar(u'h') << 35u;
    QTest::newRow("b") << QChar(u'b') << 48u;
    QTest::newRow("0") << QChar(u'0') << 11u;
    QTest::newRow("1") << QChar(u'1') << 2u;
    QTest::newRow("9") << QChar(u'9') << 10u;
    QTest::newRow("s") << QChar(u's') << 31u;
    QTest::newRow("u") << QChar(u'u') << 22u;
    QTest::newRow("z") << QChar(u'z') << 44u;
}

void TestSysRq::keycodes()
{
    QFETCH(QChar, key);
    QFETCH(unsigned int, code);
    // Alt + SysRq + key.
    QCOMPARE(SysRqTable::keycodes(key), (QList<unsigned int>{56u, 99u, code}));
}

void TestSysRq::prefix_data()
{
    // Each step: "^O" (Ctrl+O), "Esc", "" (a key without text) or the key's text.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QList<int>>("outcomes");
    QTest::addColumn<QChar>("key");
    using O = SysRqPrefix::Outcome;
    auto list = [](std::initializer_list<O> l) {
        QList<int> out;
        for (O o : l)
            out << int(o);
        return out;
    };
    QTest::newRow("plain keys pass") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                     << list({O::NotHandled, O::NotHandled}) << QChar();
    QTest::newRow("Ctrl+O h") << QStringList{QStringLiteral("^O"), QStringLiteral("h")}
                              << list({O::Armed, O::SysRq}) << QChar(u'h');
    QTest::newRow("upper case is the same command") << QStringList{QStringLiteral("^O"), QStringLiteral("B")}
                                                    << list({O::Armed, O::SysRq}) << QChar(u'b');
    QTest::newRow("Ctrl+O twice is a literal Ctrl+O")
        << QStringList{QStringLiteral("^O"), QStringLiteral("^O"), QStringLiteral("x")}
        << list({O::Armed, O::LiteralCtrlO, O::NotHandled}) << QChar();
    QTest::newRow("Escape cancels") << QStringList{QStringLiteral("^O"), QStringLiteral("Esc"),
                                                   QStringLiteral("h")}
                                    << list({O::Armed, O::Cancelled, O::NotHandled}) << QChar();
    QTest::newRow("Shift alone keeps it armed")
        << QStringList{QStringLiteral("^O"), QString(), QStringLiteral("t")}
        << list({O::Armed, O::Ignored, O::SysRq}) << QChar(u't');
    QTest::newRow("not a command disarms")
        << QStringList{QStringLiteral("^O"), QStringLiteral("x"), QStringLiteral("h")}
        << list({O::Armed, O::Rejected, O::NotHandled}) << QChar(u'x');
    QTest::newRow("digits are log levels") << QStringList{QStringLiteral("^O"), QStringLiteral("7")}
                                           << list({O::Armed, O::SysRq}) << QChar(u'7');
}

void TestSysRq::prefix()
{
    QFETCH(QStringList, steps);
    QFETCH(QList<int>, outcomes);
    QFETCH(QChar, key);
    SysRqPrefix p;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString s = steps.at(i);
        const bool ctrlO = s == QLatin1String("^O");
        const bool esc = s == QLatin1String("Esc");
        const SysRqPrefix::Outcome o = p.press(ctrlO, ctrlO || esc ? QString() : s, esc);
        QCOMPARE(int(o), outcomes.at(i));
        QCOMPARE(p.isArmed(), o == SysRqPrefix::Outcome::Armed || o == SysRqPrefix::Outcome::Ignored);
    }
    if (!key.isNull())
        QCOMPARE(p.key(), key);
}

Operation TestSysRq::waitFinished(const QString &id, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const std::optional<Operation> op = m_queue->find(id);
        if (op && op->isFinished())
            return *op;
        QTest::qWait(20);
    }
    return m_queue->find(id).value_or(Operation());
}

void TestSysRq::sysRqOperation()
{
    Result<QString> id = ConsoleOperations::enqueueSysRq(*m_queue, m_server, QLatin1Char('h'));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    const Operation op = waitFinished(id.value());
    QCOMPARE(op.kind, QStringLiteral("console.sysrq"));
    QCOMPARE(op.params.value(QStringLiteral("key")).toString(), QStringLiteral("h"));
    QCOMPARE(op.state, OperationState::Succeeded);
    QVERIFY2(op.title.contains(m_server.name), qPrintable(op.title));
    QVERIFY(op.result.contains(QStringLiteral("Alt+SysRq+H")));
}

void TestSysRq::unknownKeyRefused()
{
    const int before = m_queue->operations().size();
    Result<QString> id = ConsoleOperations::enqueueSysRq(*m_queue, m_server, QLatin1Char('x'));
    QVERIFY(!id.ok());
    QVERIFY(id.error().message.contains(QStringLiteral("\"x\"")));
    QCOMPARE(m_queue->operations().size(), before);
    // A persisted operation with a bad key (edited log) fails cleanly when retried.
    Result<QString> bad = m_queue->enqueue(ConsoleOperations::sysRqKind(), QStringLiteral("bad"), {m_server},
                                           {{QStringLiteral("key"), QStringLiteral("xy")}});
    QVERIFY(bad.ok());
    QCOMPARE(waitFinished(bad.value()).state, OperationState::Failed);
}

void TestSysRq::nmiOperation()
{
    Result<QString> id = ConsoleOperations::enqueueNmi(*m_queue, m_server);
    QVERIFY(id.ok());
    const Operation op = waitFinished(id.value());
    QCOMPARE(op.kind, QStringLiteral("console.nmi"));
    QCOMPARE(op.state, OperationState::Succeeded);
}

void TestSysRq::safeRebootSendsSixKeys()
{
    Result<QString> id = ConsoleOperations::enqueueSafeReboot(*m_queue, m_server, 100);
    QVERIFY(id.ok());
    const Operation op = waitFinished(id.value());
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.params.value(QStringLiteral("pauseMs")).toInt(), 100);
    QCOMPARE(op.log.size(), 6);
    const QString keys = QStringLiteral("REISUB");
    for (int i = 0; i < 6; ++i)
        QVERIFY2(op.log.at(i).contains(QStringLiteral("Alt+SysRq+") + keys.at(i)), qPrintable(op.log.at(i)));
    // Out-of-range pauses are refused before anything is queued.
    QVERIFY(!ConsoleOperations::enqueueSafeReboot(*m_queue, m_server, 5).ok());
}

void TestSysRq::safeRebootCancelled()
{
    Result<QString> id = ConsoleOperations::enqueueSafeReboot(*m_queue, m_server, 1000);
    QVERIFY(id.ok());
    // Wait until the first key went out, then cancel during the pause.
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(id.value())->log.size() >= 1, 5000);
    QVERIFY(m_queue->cancel(id.value()).ok());
    const Operation op = waitFinished(id.value());
    QCOMPARE(op.state, OperationState::Cancelled);
    QVERIFY2(op.result.contains(QStringLiteral("R")), qPrintable(op.result));
    QVERIFY(op.log.size() < 6);
}

void TestSysRq::readOnlyRefused()
{
    // Its own manager and queue: the same URI opened read-only.
    ConnectionManager manager;
    OperationQueue queue(&manager, nullptr);
    ConsoleOperations::registerKinds(queue);
    Connection::Options o;
    o.uri = QStringLiteral("test:///default");
    o.readOnly = true;
    QVERIFY(manager.connectTo(o).ok());
    const int before = queue.operations().size();
    Result<QString> sysrq = ConsoleOperations::enqueueSysRq(queue, m_server, QLatin1Char('h'));
    QVERIFY(!sysrq.ok());
    QVERIFY2(sysrq.error().message.contains(QStringLiteral("read-only")), qPrintable(sysrq.error().message));
    QVERIFY(!ConsoleOperations::enqueueNmi(queue, m_server).ok());
    QVERIFY(!ConsoleOperations::enqueueSafeReboot(queue, m_server).ok());
    QCOMPARE(queue.operations().size(), before);
}

QTEST_GUILESS_MAIN(TestSysRq)
#include "tst_sysrq.moc"
