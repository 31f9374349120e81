// CommandBatch against a real sshd listening on three ports ("three servers"): one command, one of them
// failing; a listener that accepts and never speaks times out while the others complete; the bound on
// concurrent sessions; a per-server timeout; cancel; a server without an address.

#include "SshBed.h"

#include "diagnostics/CommandBatch.h"
#include "diagnostics/CommandResultsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace virtdeck;
using virtdeck::sshbed::SshBed;

class TestRunCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void threeServersOneFailing();
    void silentListenerDoesNotHoldTheOthers();
    void concurrencyIsBounded();
    void perServerTimeout();
    void cancelStopsRunningAndQueued();
    void serverWithoutAddress();

private:
    BatchItem item(int port, const QString &name) const;
    SshOptions options() const;

    SshBed m_bed;
    QTemporaryDir m_tmp;
    QThreadPool m_pool;
};

BatchItem TestRunCommand::item(int port, const QString &name) const
{
    BatchItem i;
    i.server = ServerRef{QStringLiteral("test:///bed"), name, name};
    i.target.host = QStringLiteral("127.0.0.1");
    i.target.port = port;
    i.target.user = m_bed.keyUser();
    i.target.label = name;
    return i;
}

SshOptions TestRunCommand::options() const
{
    SshOptions o;
    o.sshDir = m_tmp.filePath(QStringLiteral("dot-ssh"));
    o.configFile = m_tmp.filePath(QStringLiteral("ssh_config"));
    o.knownHostsFile = m_tmp.filePath(QStringLiteral("known_hosts"));
    o.globalKnownHostsFile = m_tmp.filePath(QStringLiteral("global_known_hosts"));
    o.useAgent = false;
    o.identityFiles = {m_bed.clientKey()};
    o.connectTimeoutMs = 2000;
    return o;
}

void TestRunCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_SSHBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(3, &error), qPrintable(error));
    QVERIFY(m_bed.writeKnownHosts(m_tmp.filePath(QStringLiteral("known_hosts")), m_bed.ports()));
    m_pool.setMaxThreadCount(8);
}

void TestRunCommand::cleanupTestCase()
{
    m_pool.waitForDone();
    m_bed.stop();
}

void TestRunCommand::threeServersOneFailing()
{
    const QList<BatchItem> items{item(m_bed.port(0), QStringLiteral("web-1")),
                                 item(m_bed.port(1), QStringLiteral("web-2")),
                                 item(m_bed.port(2), QStringLiteral("web-3"))};
    // The server port is the 4th field of SSH_CONNECTION: the third "server" fails.
    const QString command = QStringLiteral("p=$(echo \"$SSH_CONNECTION\" | cut -d' ' -f4); echo \"port $p\"; "
                                           "if [ \"$p\" = %1 ]; then echo 'disk full' >&2; exit 7; fi")
                                .arg(m_bed.port(2));
    CommandBatch batch(&m_pool, nullptr, options(), command, 20000, 8, items);
    CommandResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatch(&batch);
    QSignalSpy finished(&batch, &CommandBatch::finished);
    batch.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const QList<BatchItem> &r = batch.items();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(r.at(i).state, BatchItem::State::Succeeded);
        QCOMPARE(r.at(i).result.out, QStringLiteral("port %1\n").arg(m_bed.port(i)).toUtf8());
        QCOMPARE(r.at(i).result.exitStatus, 0);
        QCOMPARE(r.at(i).endpoint, QStringLiteral("vdtest-key@127.0.0.1:%1").arg(m_bed.port(i)));
    }
    QCOMPARE(r.at(2).state, BatchItem::State::Failed);
    QCOMPARE(r.at(2).result.exitStatus, 7);
    QCOMPARE(r.at(2).result.err, QByteArray("disk full\n"));
    QCOMPARE(batch.failedCount(), 1);
    QCOMPARE(batch.failedServers(), QList<ServerRef>{items.at(2).server});
    QCOMPARE(batch.summary(), QStringLiteral("2 of 3 server(s) succeeded; 1 failed"));
    // The table shows it row by row.
    QCOMPARE(model.data(model.index(2, CommandResultsModel::ExitColumn)).toString(), QStringLiteral("7"));
    QCOMPARE(model.data(model.index(0, CommandResultsModel::OutputColumn)).toString(),
             QStringLiteral("port %1").arg(m_bed.port(0)));
    QCOMPARE(model.data(model.index(2, 0), CommandResultsModel::StderrRole).toString(),
             QStringLiteral("disk full\n"));
    QVERIFY(!model.data(model.index(2, CommandResultsModel::DurationColumn)).toString().isEmpty());
}

void TestRunCommand::silentListenerDoesNotHoldTheOthers()
{
    sshbed::SilentListener silent;
    QVERIFY(silent.listen());
    QList<BatchItem> items{item(silent.port(), QStringLiteral("hung"))};
    for (int i = 0; i < 3; ++i)
        items << item(m_bed.port(i), QStringLiteral("web-%1").arg(i + 1));
    // Two at once: the hung one holds one slot for its whole timeout; the three others pass through the
    // other.
    CommandBatch batch(&m_pool, nullptr, options(), QStringLiteral("echo ok"), 20000, 2, items);
    QSignalSpy finished(&batch, &CommandBatch::finished);
    batch.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const QList<BatchItem> &r = batch.items();
    QCOMPARE(r.at(0).state, BatchItem::State::Unreachable);
    QCOMPARE(r.at(0).failure, SshSession::Failure::Timeout);
    QVERIFY(r.at(0).error.message.contains(QLatin1String("did not answer")));
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(r.at(i).state, BatchItem::State::Succeeded);
        QCOMPARE(r.at(i).result.out, QByteArray("ok\n"));
        QVERIFY(r.at(i).finishedAt <= r.at(0).finishedAt);
    }
    QCOMPARE(batch.maxRunningSeen(), 2);
}

void TestRunCommand::concurrencyIsBounded()
{
    QList<BatchItem> items;
    for (int i = 0; i < 6; ++i)
        items << item(m_bed.port(i % 3), QStringLiteral("s%1").arg(i));
    CommandBatch batch(&m_pool, nullptr, options(), QStringLiteral("sleep 1; echo done"), 20000, 2, items);
    QSignalSpy finished(&batch, &CommandBatch::finished);
    batch.start();
    QCOMPARE(batch.runningCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(batch.maxRunningSeen(), 2);
    QCOMPARE(batch.failedCount(), 0);
}

void TestRunCommand::perServerTimeout()
{
    const QList<BatchItem> items{item(m_bed.port(0), QStringLiteral("a")),
                                 item(m_bed.port(1), QStringLiteral("b"))};
    CommandBatch batch(&m_pool, nullptr, options(), QStringLiteral("echo begun; sleep 60"), 1500, 8, items);
    QSignalSpy finished(&batch, &CommandBatch::finished);
    batch.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    for (const BatchItem &i : batch.items()) {
        QCOMPARE(i.state, BatchItem::State::TimedOut);
        QCOMPARE(i.result.out, QByteArray("begun\n"));
        QVERIFY(i.isFailure());
    }
}

void TestRunCommand::cancelStopsRunningAndQueued()
{
    QList<BatchItem> items;
    for (int i = 0; i < 5; ++i)
        items << item(m_bed.port(i % 3), QStringLiteral("c%1").arg(i));
    CommandBatch batch(&m_pool, nullptr, options(), QStringLiteral("echo begun; sleep 60"), 120000, 3, items);
    QSignalSpy finished(&batch, &CommandBatch::finished);
    QSignalSpy changed(&batch, &CommandBatch::itemChanged);
    batch.start();
    QTest::qWait(1500); // the first three run
    batch.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(batch.wasCancelled());
    for (const BatchItem &i : batch.items())
        QCOMPARE(i.state, BatchItem::State::Cancelled);
    QCOMPARE(batch.maxRunningSeen(), 3);
    QVERIFY(batch.summary().contains(QLatin1String("cancelled")));
}

void TestRunCommand::serverWithoutAddress()
{
    BatchItem none;
    none.server = ServerRef{QStringLiteral("test:///bed"), QStringLiteral("n"), QStringLiteral("no-address")};
    const QList<BatchItem> items{none, item(m_bed.port(0), QStringLiteral("web-1"))};
    CommandBatch batch(&m_pool, nullptr, options(), QStringLiteral("echo ok"), 20000, 8, items);
    QSignalSpy finished(&batch, &CommandBatch::finished);
    batch.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(batch.items().at(0).state, BatchItem::State::Unreachable);
    QVERIFY(batch.items().at(0).error.message.contains(QLatin1String("No address known for no-address")));
    QCOMPARE(batch.items().at(1).state, BatchItem::State::Succeeded);
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
