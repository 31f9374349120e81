// Retry runs only the targets that did not succeed: per-target results reported by a run are kept on the
// operation and persisted in the log, so a retry (also after a "restart") names and runs only those;
// a kind that reports only the whole outcome retries all its targets; nothing left is refused; and the
// kind's confirmation is built for the retry's targets.

#include "hypervisor/ConnectionManager.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "operations/OperationRun.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestOperationRetry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void retryRunsOnlyTheTargetsThatFailed();
    void perTargetResultsSurviveARestart();
    void wholeOutcomeRetriesEveryTarget();
    void nothingLeftToRetry();
    void confirmationNamesTheRetriedServers();

private:
    void registerKinds(OperationQueue &q);
    void makeQueue();
    void runMulti(const QStringList &failing, QString *id);
    ServerRef server(int n) const
    {
        return {QStringLiteral("test:///default"), QStringLiteral("uuid-%1").arg(n),
                QStringLiteral("srv%1").arg(n)};
    }
    QList<ServerRef> servers(int n) const
    {
        QList<ServerRef> out;
        for (int i = 1; i <= n; ++i)
            out << server(i);
        return out;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<OperationQueue> m_queue;
    QList<QStringList> m_ranOn; // names each run of "test.multi" ran on
};

// "test.multi" runs on each target and fails on those named in its "failing" parameter, reporting each
// target's result like the command on many servers does.
void TestOperationRetry::registerKinds(OperationQueue &q)
{
    OperationKind multi;
    multi.kind = QStringLiteral("test.multi");
    multi.start = [this](OperationRun *run) {
        const QStringList failing = run->param(QStringLiteral("failing")).toStringList();
        QStringList ran;
        bool anyFailed = false;
        for (const ServerRef &t : run->operation().targets) {
            ran << t.name;
            const bool ok = !failing.contains(t.name);
            anyFailed |= !ok;
            run->setTargetResult(t, ok);
        }
        m_ranOn << ran;
        if (anyFailed)
            run->fail(Error(QStringLiteral("some failed")));
        else
            run->succeed();
    };
    multi.confirm = [](const Operation &op) {
        OperationConfirmation c;
        c.text = QStringLiteral("Really on %1?").arg(op.targetNames());
        return c;
    };
    q.registerKind(multi);
    OperationKind whole; // reports no per-target result
    whole.kind = QStringLiteral("test.whole");
    whole.start = [](OperationRun *run) { run->fail(Error(QStringLiteral("all or nothing"))); };
    q.registerKind(whole);
}

void TestOperationRetry::makeQueue()
{
    m_queue = std::make_unique<OperationQueue>(m_manager.get(),
                                               new OperationLog(m_dir.filePath(QStringLiteral("ops.jsonl"))));
    registerKinds(*m_queue);
}

void TestOperationRetry::init()
{
    m_manager = std::make_unique<ConnectionManager>();
    makeQueue();
    m_ranOn.clear();
}

void TestOperationRetry::cleanup()
{
    m_queue.reset();
    m_manager.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("ops.jsonl")));
}

void TestOperationRetry::runMulti(const QStringList &failing, QString *id)
{
    const Result<QString> r = m_queue->enqueue(QStringLiteral("test.multi"), QStringLiteral("Multi"),
                                               servers(5), {{QStringLiteral("failing"), failing}});
    QVERIFY(r.ok());
    *id = r.value();
    QTRY_VERIFY(m_queue->find(*id)->isFinished());
}

void TestOperationRetry::retryRunsOnlyTheTargetsThatFailed()
{
    QString id;
    runMulti({QStringLiteral("srv2"), QStringLiteral("srv4")}, &id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_queue->find(id)->state, OperationState::Failed);
    const Result<Operation> plan = m_queue->retryPlan(id);
    QVERIFY(plan.ok());
    QCOMPARE(plan->targetNames(), QStringLiteral("srv2, srv4"));
    const Result<QString> again = m_queue->retry(id);
    QVERIFY(again.ok());
    QTRY_VERIFY(m_queue->find(again.value())->isFinished());
    QCOMPARE(m_ranOn.last(), (QStringList{QStringLiteral("srv2"), QStringLiteral("srv4")}));
    QCOMPARE(m_queue->find(again.value())->retryOf, id);
    QVERIFY(m_queue->find(again.value())->title.contains(QLatin1String("Multi")));
}

void TestOperationRetry::perTargetResultsSurviveARestart()
{
    QString id;
    runMulti({QStringLiteral("srv3")}, &id);
    if (QTest::currentTestFailed())
        return;
    m_queue.reset();
    makeQueue();
    QVERIFY(m_queue->loadLog().isEmpty());
    const Result<QString> again = m_queue->retry(id);
    QVERIFY(again.ok());
    QCOMPARE(m_queue->find(again.value())->targets, QList<ServerRef>{server(3)});
    QTRY_VERIFY(m_queue->find(again.value())->isFinished());
    QCOMPARE(m_ranOn.last(), QStringList{QStringLiteral("srv3")});
}

void TestOperationRetry::wholeOutcomeRetriesEveryTarget()
{
    const QString id =
        m_queue->enqueue(QStringLiteral("test.whole"), QStringLiteral("W"), servers(3)).value();
    QTRY_COMPARE(m_queue->find(id)->state, OperationState::Failed);
    const Result<QString> again = m_queue->retry(id);
    QVERIFY(again.ok());
    QCOMPARE(m_queue->find(again.value())->targets, servers(3));
    QCOMPARE(m_queue->find(again.value())->title, QStringLiteral("W"));
}

void TestOperationRetry::nothingLeftToRetry()
{
    // Cancelled after every target succeeded: nothing to run again.
    OperationKind k;
    k.kind = QStringLiteral("test.cancelAfter");
    k.start = [](OperationRun *run) {
        for (const ServerRef &t : run->operation().targets)
            run->setTargetResult(t, true);
        run->cancelled();
    };
    m_queue->registerKind(k);
    const QString id = m_queue->enqueue(k.kind, QStringLiteral("C"), servers(2)).value();
    QTRY_COMPARE(m_queue->find(id)->state, OperationState::Cancelled);
    const Result<QString> again = m_queue->retry(id);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QLatin1String("nothing to retry")));
}

void TestOperationRetry::confirmationNamesTheRetriedServers()
{
    QString id;
    runMulti({QStringLiteral("srv5")}, &id);
    if (QTest::currentTestFailed())
        return;
    const Result<Operation> plan = m_queue->retryPlan(id);
    QVERIFY(plan.ok());
    QCOMPARE(m_queue->confirmationFor(*plan).text, QStringLiteral("Really on srv5?"));
    QVERIFY(m_queue->confirmationFor(Operation{}).isEmpty());
}

QTEST_GUILESS_MAIN(TestOperationRetry)
#include "tst_operationretry.moc"
