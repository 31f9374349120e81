// OperationListModel over a real OperationQueue (with its log in a temporary directory): rows are the
// queue's operations newest first and rowOf()/operationAt() agree with them through additions, state
// changes, retries, clearing the finished ones and loading a saved log, whether the model was made
// before or after. Runs QAbstractItemModelTester.

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

using namespace virtdeck;

class TestOperationListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void followsTheQueue();
    void modelMadeBeforeOrAfterLoading();

private:
    void registerKinds(OperationQueue &queue);
    std::unique_ptr<OperationQueue> makeQueue();
    // The model shows exactly the queue's operations, newest first, and its index agrees.
    static bool mirrors(const OperationListModel &model, const OperationQueue &queue, QString *why);
    ServerRef server(int n) const
    {
        return {QStringLiteral("test:///default"), QStringLiteral("uuid-%1").arg(n),
                QStringLiteral("srv%1").arg(n)};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionManager> m_manager;
    QList<OperationRun *> m_held;
};

void TestOperationListModel::registerKinds(OperationQueue &queue)
{
    OperationKind ok;
    ok.kind = QStringLiteral("test.ok");
    ok.start = [](OperationRun *run) { run->succeed(); };
    queue.registerKind(ok);
    OperationKind fail;
    fail.kind = QStringLiteral("test.fail");
    fail.start = [](OperationRun *run) { run->fail(Error(QStringLiteral("It broke"))); };
    queue.registerKind(fail);
    OperationKind hold; // runs until the test releases it
    hold.kind = QStringLiteral("test.hold");
    hold.start = [this](OperationRun *run) { m_held << run; };
    queue.registerKind(hold);
}

std::unique_ptr<OperationQueue> TestOperationListModel::makeQueue()
{
    auto queue = std::make_unique<OperationQueue>(
        m_manager.get(), new OperationLog(m_dir.filePath(QStringLiteral("ops.jsonl"))));
    registerKinds(*queue);
    return queue;
}

void TestOperationListModel::init()
{
    m_manager = std::make_unique<ConnectionManager>();
    m_held.clear();
}

void TestOperationListModel::cleanup()
{
    m_manager.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("ops.jsonl")));
}

bool TestOperationListModel::mirrors(const OperationListModel &model, const OperationQueue &queue,
                                     QString *why)
{
    const QList<Operation> ops = queue.operations();
    if (model.rowCount() != ops.size()) {
        *why = QStringLiteral("%1 rows for %2 operations").arg(model.rowCount()).arg(ops.size());
        return false;
    }
    for (int row = 0; row < ops.size(); ++row) {
        const Operation op = model.operationAt(row);
        if (op.id != ops[row].id || op.state != ops[row].state) {
            *why = QStringLiteral("row %1 shows %2, the queue has %3").arg(row).arg(op.id, ops[row].id);
            return false;
        }
        if (model.rowOf(ops[row].id) != row) {
            *why = QStringLiteral("rowOf(%1) is %2, not %3")
                       .arg(ops[row].id)
                       .arg(model.rowOf(ops[row].id))
                       .arg(row);
            return false;
        }
        if (model.index(row, OperationListModel::TitleColumn).data().toString() != ops[row].title) {
            *why = QStringLiteral("row %1 has the wrong title").arg(row);
            return false;
        }
    }
    if (model.rowOf(QStringLiteral("no-such-id")) != -1) {
        *why = QStringLiteral("an unknown id has a row");
        return false;
    }
    return true;
}

void TestOperationListModel::followsTheQueue()
{
    std::unique_ptr<OperationQueue> queue = makeQueue();
    OperationListModel model(queue.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString why;
    QStringList ids;
    // Many additions, of every outcome; some stay running.
    for (int i = 0; i < 60; ++i) {
        const QString kind = i % 5 == 0
                                 ? QStringLiteral("test.hold")
                                 : (i % 3 == 0 ? QStringLiteral("test.fail") : QStringLiteral("test.ok"));
        const Result<QString> id = queue->enqueue(kind, QStringLiteral("op %1").arg(i), {server(i)});
        QVERIFY(id.ok());
        ids << id.value();
        QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));
        QCOMPARE(model.rowOf(id.value()), 0); // the newest on top
    }
    QTRY_COMPARE(m_held.size(), 12);
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));

    // Clearing the finished ones leaves the running, in order.
    queue->clearFinished();
    QCOMPARE(model.rowCount(), 12);
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));

    // Finish a few, retry a failed one, add more, clear again.
    const QString firstHeld = m_held[0]->id();
    for (int i = 0; i < 6; ++i)
        m_held[i]->fail(Error(QStringLiteral("stopped")));
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));
    const Result<QString> retried = queue->retry(firstHeld);
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().toString()));
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));
    for (int i = 0; i < 5; ++i)
        QVERIFY(queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("more %1").arg(i), {server(100 + i)})
                    .ok());
    QTRY_COMPARE(m_held.size(), 13); // the retried one runs again
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));
    queue->clearFinished();
    QCOMPARE(model.rowCount(), 7);
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));
    for (int i = 6; i < m_held.size(); ++i)
        m_held[i]->succeed();
    QTRY_COMPARE(queue->runningCount(), 0);
    queue->clearFinished();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));
    QVERIFY(queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("last"), {server(1)}).ok());
    QVERIFY2(mirrors(model, *queue, &why), qPrintable(why));
}

void TestOperationListModel::modelMadeBeforeOrAfterLoading()
{
    {
        std::unique_ptr<OperationQueue> queue = makeQueue();
        for (int i = 0; i < 20; ++i)
            QVERIFY(
                queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("old %1").arg(i), {server(i)}).ok());
        QTRY_COMPARE(queue->runningCount(), 0);
    }
    const QString log = m_dir.filePath(QStringLiteral("ops.jsonl"));
    const QString saved = m_dir.filePath(QStringLiteral("ops-saved.jsonl"));
    QFile::remove(saved);
    QVERIFY(QFile::copy(log, saved));
    for (bool modelFirst : {true, false}) {
        QFile::remove(log);
        QVERIFY(QFile::copy(saved, log));
        std::unique_ptr<OperationQueue> queue = makeQueue();
        std::unique_ptr<OperationListModel> model;
        if (modelFirst)
            model = std::make_unique<OperationListModel>(queue.get());
        queue->loadLog();
        if (!modelFirst)
            model = std::make_unique<OperationListModel>(queue.get());
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 20);
        QString why;
        QVERIFY2(mirrors(*model, *queue, &why), qPrintable(why));
        QCOMPARE(model->operationAt(0).title, QStringLiteral("old 19"));
        const Result<QString> id =
            queue->enqueue(QStringLiteral("test.ok"), QStringLiteral("new"), {server(1)});
        QVERIFY(id.ok());
        QCOMPARE(model->rowOf(id.value()), 0);
        QVERIFY2(mirrors(*model, *queue, &why), qPrintable(why));
        QTRY_COMPARE(queue->runningCount(), 0);
        QVERIFY2(mirrors(*model, *queue, &why), qPrintable(why));
    }
}

QTEST_GUILESS_MAIN(TestOperationListModel)
#include "tst_operationlistmodel.moc"
