// OperationQueue: queued → running → succeeded/failed, retry with the same parameters, cancel of queued
// and cancellable running operations, one operation per server at a time, the concurrency cap, clearing,
// read-only refusal (a real read-only test:// connection) and persistence across a "restart".

#include "hypervisor/ConnectionManager.h"
#include "operations/OperationListModel.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "operations/OperationRun.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace virtdeck;

class TestOperationQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void succeedsAndFails();
    void retryUsesSameParameters();
    void cancelQueuedAndRunning();
    void oneOperationPerServer();
    void concurrencyCap();
    void clearFinished();
    void unknownKindRefused();
    void readOnlyConnectionRefusesChanges();
    void survivesRestart();
    void showsRecordsOfAnotherProcess();

private:
    void registerKinds(OperationQueue &q);
    ServerRef server(int n) const
    {
        return {QStringLiteral("test:///default"), QStringLiteral("uuid-%1").arg(n),
                QStringLiteral("srv%1").arg(n)};
    }
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<OperationQueue> m_queue;
    QList<OperationRun *> m_held;
};

void TestOperationQueue::registerKinds(OperationQueue &q)
{
    OperationKind ok;
    ok.kind = QStringLiteral("test.ok");
    ok.start = [](OperationRun *run) {
        run->setProgress(50, QStringLiteral("half"));
        run->log(QStringLiteral("working"));
        QTimer::singleShot(10, run,
                           [run] { run->succeed(QStringLiteral("done %1").arg(run->param("n").toInt())); });
    };
    q.registerKind(ok);
    OperationKind fail;
    fail.kind = QStringLiteral("test.fail");
    fail.start = [](OperationRun *run) {
        if (run->param(QStringLiteral("failUntil")).toString() == QStringLiteral("never"))
            return run->succeed();
        run->fail(Error(QStringLiteral("It broke"), QStringLiteral("detail 42")));
    };
    q.registerKind(fail);
    OperationKind hold; // stays running until the test releases it
    hold.kind = QStringLiteral("test.hold");
    hold.cancellableWhileRunning = true;
    hold.start = [this](OperationRun *run) {
        m_held << run;
        connect(run, &OperationRun::cancelRequested, run,
                [run] { run->cancelled(QStringLiteral("stopped")); });
    };
    q.registerKind(hold);
    OperationKind look;
    look.kind = QStringLiteral("test.look");
    look.changesServers = false;
    look.start = [](OperationRun *run) { run->succeed(); };
    q.registerKind(look);
}

void TestOperationQueue::init()
{
    m_manager = std::make_unique<ConnectionManager>();
    m_queue = std::make_unique<OperationQueue>(m_manager.get(),
                                               new OperationLog(m_dir.filePath(QStringLiteral("ops.jsonl"))));
    registerKinds(*m_queue);
    m_held.clear();
}

void TestOperationQueue::cleanup()
{
    m_queue.reset();
    m_manager.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("ops.jsonl")));
}

void TestOperationQueue::succeedsAndFails()
{
    OperationListModel model(m_queue.get());
    QAbstractItemModelTester tester(&model);
    QSignalSpy finished(m_queue.get(), &OperationQueue::operationFinished);
    const Result<QString> a =
        m_queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("A"), {server(1)}, {{"n", 7}});
    const Result<QString> b = m_queue->enqueue(QStringLiteral("test.fail"), QStringLiteral("B"), {server(2)});
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(m_queue->find(a.value())->state, OperationState::Queued);
    QTRY_COMPARE(finished.size(), 2);
    const Operation opA = *m_queue->find(a.value());
    QCOMPARE(opA.state, OperationState::Succeeded);
    QCOMPARE(opA.result, QStringLiteral("done 7"));
    QCOMPARE(opA.progress, 100);
    QVERIFY(opA.startedAt.isValid() && opA.finishedAt.isValid());
    QCOMPARE(opA.log.size(), 1);
    const Operation opB = *m_queue->find(b.value());
    QCOMPARE(opB.state, OperationState::Failed);
    QCOMPARE(opB.errorMessage, QStringLiteral("It broke"));
    QCOMPARE(opB.errorDetail, QStringLiteral("detail 42"));
    // Newest first in the dock's model.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.operationAt(0).id, b.value());
}

void TestOperationQueue::retryUsesSameParameters()
{
    QSignalSpy finished(m_queue.get(), &OperationQueue::operationFinished);
    const QString id =
        m_queue
            ->enqueue(QStringLiteral("test.fail"), QStringLiteral("B"), {server(2)}, {{"failUntil", "retry"}})
            .value();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!m_queue->retry(QStringLiteral("nope")).ok());
    const Result<QString> again = m_queue->retry(id);
    QVERIFY(again.ok());
    QTRY_COMPARE(finished.size(), 2);
    const Operation op = *m_queue->find(again.value());
    QCOMPARE(op.retryOf, id);
    QCOMPARE(op.params.value("failUntil").toString(), QStringLiteral("retry"));
    QCOMPARE(op.targets, (QList<ServerRef>{server(2)}));
    // A succeeded one cannot be retried.
    const QString ok = m_queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("A"), {server(1)}).value();
    QTRY_COMPARE(m_queue->find(ok)->state, OperationState::Succeeded);
    QVERIFY(!m_queue->retry(ok).ok());
}

void TestOperationQueue::cancelQueuedAndRunning()
{
    const QString running =
        m_queue->enqueue(QStringLiteral("test.hold"), QStringLiteral("H"), {server(1)}).value();
    const QString queued =
        m_queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("Q"), {server(1)}).value();
    QTRY_COMPARE(m_queue->find(running)->state, OperationState::Running);
    QCOMPARE(m_queue->find(queued)->state, OperationState::Queued); // same server: waits
    QVERIFY(m_queue->cancel(queued).ok());
    QCOMPARE(m_queue->find(queued)->state, OperationState::Cancelled);
    QVERIFY(m_queue->cancel(running).ok());
    QTRY_COMPARE(m_queue->find(running)->state, OperationState::Cancelled);
    QVERIFY(!m_queue->cancel(running).ok()); // already finished
}

void TestOperationQueue::oneOperationPerServer()
{
    const QString first =
        m_queue->enqueue(QStringLiteral("test.hold"), QStringLiteral("H1"), {server(1)}).value();
    const QString second =
        m_queue->enqueue(QStringLiteral("test.hold"), QStringLiteral("H2"), {server(1)}).value();
    const QString other =
        m_queue->enqueue(QStringLiteral("test.hold"), QStringLiteral("H3"), {server(2)}).value();
    QTRY_COMPARE(m_queue->find(other)->state, OperationState::Running);
    QCOMPARE(m_queue->find(first)->state, OperationState::Running);
    QCOMPARE(m_queue->find(second)->state, OperationState::Queued);
    m_held.first()->succeed();
    QTRY_COMPARE(m_queue->find(second)->state, OperationState::Running);
}

void TestOperationQueue::concurrencyCap()
{
    m_queue->setMaxConcurrent(2);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << m_queue->enqueue(QStringLiteral("test.hold"), QStringLiteral("H"), {server(i)}).value();
    QTRY_COMPARE(m_queue->runningCount(), 2);
    QTest::qWait(20);
    QCOMPARE(m_queue->runningCount(), 2);
    m_held.takeFirst()->succeed();
    QTRY_COMPARE(m_held.size(), 2);
    QCOMPARE(m_queue->runningCount(), 2);
}

void TestOperationQueue::clearFinished()
{
    QSignalSpy finished(m_queue.get(), &OperationQueue::operationFinished);
    m_queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("A"), {server(1)}).value();
    const QString hold =
        m_queue->enqueue(QStringLiteral("test.hold"), QStringLiteral("H"), {server(2)}).value();
    QTRY_COMPARE(finished.size(), 1);
    m_queue->clearFinished();
    QCOMPARE(m_queue->operations().size(), 1);
    QCOMPARE(m_queue->operations().first().id, hold);
}

void TestOperationQueue::unknownKindRefused()
{
    const Result<QString> r = m_queue->enqueue(QStringLiteral("no.such"), QStringLiteral("X"), {server(1)});
    QVERIFY(!r.ok());
    QVERIFY(m_queue->operations().isEmpty());
}

void TestOperationQueue::readOnlyConnectionRefusesChanges()
{
    Connection::Options o;
    o.uri = QStringLiteral("test:///default");
    o.readOnly = true;
    QVERIFY(m_manager->connectTo(o).ok());
    const Result<QString> change =
        m_queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("A"), {server(1)});
    QVERIFY(!change.ok());
    QVERIFY(change.error().message.contains(QStringLiteral("read-only")));
    QVERIFY(m_queue->operations().isEmpty());
    // Looking does not change anything: allowed.
    QVERIFY(m_queue->enqueue(QStringLiteral("test.look"), QStringLiteral("L"), {server(1)}).ok());
}

void TestOperationQueue::survivesRestart()
{
    QSignalSpy finished(m_queue.get(), &OperationQueue::operationFinished);
    const QString failed =
        m_queue
            ->enqueue(QStringLiteral("test.fail"), QStringLiteral("B"), {server(2)}, {{"failUntil", "never"}})
            .value();
    Q_UNUSED(failed);
    const QString fails =
        m_queue->enqueue(QStringLiteral("test.fail"), QStringLiteral("C"), {server(3)}).value();
    const QString hold =
        m_queue->enqueue(QStringLiteral("test.hold"), QStringLiteral("H"), {server(1)}).value();
    QTRY_COMPARE(finished.size(), 2);
    QTRY_COMPARE(m_queue->find(hold)->state, OperationState::Running);
    // "Quit" with the hold still running, then start again.
    m_queue.reset();
    m_queue = std::make_unique<OperationQueue>(m_manager.get(),
                                               new OperationLog(m_dir.filePath(QStringLiteral("ops.jsonl"))));
    registerKinds(*m_queue);
    const QStringList warnings = m_queue->loadLog();
    QVERIFY(warnings.isEmpty());
    QCOMPARE(m_queue->operations().size(), 3);
    QCOMPARE(m_queue->find(hold)->state, OperationState::Interrupted);
    QCOMPARE(m_queue->find(fails)->state, OperationState::Failed);
    // Retry after the restart runs from the persisted parameters.
    const Result<QString> again = m_queue->retry(hold);
    QVERIFY(again.ok());
    QTRY_COMPARE(m_queue->find(again.value())->state, OperationState::Running);
}

void TestOperationQueue::showsRecordsOfAnotherProcess()
{
    QVERIFY(m_queue->loadLog().isEmpty()); // from here on the queue watches the file
    // Another process (`virtdeck --run-schedules` from cron) has its own log object on the same file.
    OperationLog other(m_dir.filePath(QStringLiteral("ops.jsonl")));
    Operation op;
    op.id = QStringLiteral("from-cron");
    op.kind = QStringLiteral("test.hold");
    op.title = QStringLiteral("Flex srv1 to 2 shares");
    op.targets = {server(1)};
    op.reason = QStringLiteral("schedule rule 'afternoon peak'");
    op.state = OperationState::Queued;
    op.queuedAt = QDateTime::currentDateTimeUtc();
    other.append(op);
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(op.id).has_value(), 2000);
    QCOMPARE(m_queue->find(op.id)->title, op.title);
    // Shown, never started here: the other process runs it.
    QTest::qWait(200);
    QCOMPARE(m_queue->find(op.id)->state, OperationState::Queued);
    QVERIFY(m_held.isEmpty());
    QVERIFY(!m_queue->cancel(op.id).ok());

    QSignalSpy finished(m_queue.get(), &OperationQueue::operationFinished);
    op.state = OperationState::Failed;
    op.errorMessage = QStringLiteral("It broke over there");
    other.append(op);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->find(op.id)->state, OperationState::Failed, 2000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_queue->find(op.id)->errorMessage, op.errorMessage);

    // Our own records coming back through the file are not shown twice.
    const QString own = m_queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("A"), {server(2)}).value();
    QTRY_COMPARE(m_queue->find(own)->state, OperationState::Succeeded);
    QTest::qWait(300);
    QCOMPARE(m_queue->operations().size(), 2);
}

QTEST_GUILESS_MAIN(TestOperationQueue)
#include "tst_operationqueue.moc"
