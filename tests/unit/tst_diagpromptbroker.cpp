// SshPromptBroker: a worker blocks in ask() while the main thread answers asynchronously; nobody
// listening, a cancelled run, cancelAll and the timeout all refuse at once and withdraw the prompt.

#include "diagnostics/SshPromptBroker.h"

#include <QFuture>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace virtdeck;

class TestDiagPromptBroker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void nobodyListeningRefuses();
    void answeredFromTheMainThread();
    void cancelledRunWithdraws();
    void cancelAllRefusesPendingAndLater();
    void timeoutWithdraws();
    void notifyNeverBlocks();
};

namespace {
SshPrompt passwordPrompt()
{
    SshPrompt p;
    p.kind = SshPrompt::Kind::Password;
    p.target = QStringLiteral("root@192.0.2.1:22");
    p.serverName = QStringLiteral("web-01");
    return p;
}
} // namespace

void TestDiagPromptBroker::nobodyListeningRefuses()
{
    SshPromptBroker broker;
    const SshPromptReply r = broker.ask(passwordPrompt(), makeCancelFlag());
    QVERIFY(!r.accepted);
    QCOMPARE(broker.pendingCount(), 0);
}

void TestDiagPromptBroker::answeredFromTheMainThread()
{
    SshPromptBroker broker;
    Qt::HANDLE askedOn = nullptr;
    connect(&broker, &SshPromptBroker::promptRequested, this, [&](quint64 id, const SshPrompt &p) {
        askedOn = QThread::currentThreadId();
        QCOMPARE(p.serverName, QStringLiteral("web-01"));
        SshPromptReply reply;
        reply.accepted = true;
        reply.secret = QStringLiteral("s3cret");
        broker.answer(id, reply);
    });
    QFuture<SshPromptReply> f =
        QtConcurrent::run([&] { return broker.ask(passwordPrompt(), makeCancelFlag()); });
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
    QCOMPARE(askedOn, QThread::currentThreadId()); // answered on the main thread, worker waited
    QVERIFY(f.result().accepted);
    QCOMPARE(f.result().secret, QStringLiteral("s3cret"));
    QCOMPARE(broker.pendingCount(), 0);
}

void TestDiagPromptBroker::cancelledRunWithdraws()
{
    SshPromptBroker broker;
    QSignalSpy requested(&broker, &SshPromptBroker::promptRequested);
    QSignalSpy withdrawn(&broker, &SshPromptBroker::promptWithdrawn);
    const CancelFlag cancel = makeCancelFlag();
    QFuture<SshPromptReply> f = QtConcurrent::run([&] { return broker.ask(passwordPrompt(), cancel); });
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10000);
    cancel->store(true);
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
    QVERIFY(!f.result().accepted);
    QTRY_COMPARE_WITH_TIMEOUT(withdrawn.size(), 1, 5000);
    QCOMPARE(withdrawn.first().first().toULongLong(), requested.first().first().toULongLong());
    // A late answer for a withdrawn prompt is ignored.
    broker.answer(requested.first().first().toULongLong(), SshPromptReply{true, QStringLiteral("x"), {}});
    QCOMPARE(broker.pendingCount(), 0);
}

void TestDiagPromptBroker::cancelAllRefusesPendingAndLater()
{
    SshPromptBroker broker;
    QSignalSpy requested(&broker, &SshPromptBroker::promptRequested);
    QFuture<SshPromptReply> f =
        QtConcurrent::run([&] { return broker.ask(passwordPrompt(), makeCancelFlag()); });
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10000);
    broker.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
    QVERIFY(!f.result().accepted);
    QVERIFY(!broker.ask(passwordPrompt(), makeCancelFlag()).accepted);
}

void TestDiagPromptBroker::timeoutWithdraws()
{
    SshPromptBroker broker;
    broker.setTimeoutMs(200);
    QSignalSpy requested(&broker, &SshPromptBroker::promptRequested);
    QSignalSpy withdrawn(&broker, &SshPromptBroker::promptWithdrawn);
    QFuture<SshPromptReply> f =
        QtConcurrent::run([&] { return broker.ask(passwordPrompt(), makeCancelFlag()); });
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
    QVERIFY(!f.result().accepted);
    QTRY_COMPARE_WITH_TIMEOUT(withdrawn.size(), 1, 5000);
}

void TestDiagPromptBroker::notifyNeverBlocks()
{
    SshPromptBroker broker;
    QSignalSpy notified(&broker, &SshPromptBroker::notified);
    SshPrompt p;
    p.kind = SshPrompt::Kind::ChangedHostKey;
    QFuture<void> f = QtConcurrent::run([&] { broker.notify(p); });
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestDiagPromptBroker)
#include "tst_diagpromptbroker.moc"
