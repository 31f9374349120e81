// A window and `virtdeck --run-schedules` (cron) share the operations log. While a window's operation
// queue watches the log (the state it is in after start-up), a real `virtdeck --run-schedules` process
// (the built program, its XDG directories in a temporary directory) runs a due flex rule on the demo
// fleet; the window lists each of the rule's operations within 2 s of its being written, in the state
// the other process wrote last, and the dock shows it.

#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationListModel.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "operations/OperationsDock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestSchedulesProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void windowListsWhatCronRuns();
};

void TestSchedulesProcess::windowListsWhatCronRuns()
{
#ifndef VIRTDECK_APP_BINARY
    QFAIL("built without the virtdeck program (VIRTDECK_BUILD_GUI=OFF?)");
#else
    QTemporaryDir home;
    const QString configDir = home.filePath(QStringLiteral("config/virtdeck"));
    const QString dataDir = home.filePath(QStringLiteral("data/virtdeck"));
    QVERIFY(QDir().mkpath(configDir));
    QVERIFY(QDir().mkpath(dataDir));
    const Result<QString> demo = DemoFleet::prepare();
    QVERIFY(demo.ok());
    {
        Config config(configDir + QStringLiteral("/virtdeck.conf"));
        config.saveConnection({demo.value(), true, false});
        config.sync();
    }
    {
        QFile schedule(configDir + QStringLiteral("/flex-schedule.json"));
        QVERIFY(schedule.open(QIODevice::WriteOnly));
        const QString at = QTime::currentTime().toString(QStringLiteral("HH:mm"));
        schedule.write(QStringLiteral(R"({"format": 1, "rules": [
            {"name": "cron peak", "at": "%1", "servers": ["www-en-0*"], "set": 2}]})")
                           .arg(at)
                           .toUtf8());
    }

    // The window: its queue on the same log, loaded and watching, and the dock showing it.
    const QString logPath = dataDir + QStringLiteral("/operations.jsonl");
    ConnectionManager connections;
    OperationQueue queue(&connections, new OperationLog(logPath));
    QVERIFY(queue.loadLog().isEmpty());
    OperationsDock dock(&queue);
    dock.show();

    QProcess cron;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    cron.setProcessEnvironment(env);
    cron.setProcessChannelMode(QProcess::MergedChannels);
    cron.start(QStringLiteral(VIRTDECK_APP_BINARY), {QStringLiteral("--run-schedules")});
    QVERIFY(cron.waitForStarted(10000));

    // Each operation record the other process writes shows up in the window within 2 s.
    auto inWindow = [&](const Operation &written) {
        const std::optional<Operation> shown = queue.find(written.id);
        return shown && shown->state == written.state && dock.model()->rowOf(written.id) >= 0;
    };
    QElapsedTimer clock;
    clock.start();
    int seen = 0;
    while (clock.elapsed() < 120000) {
        const bool finished = cron.state() == QProcess::NotRunning;
        // Finished records (load() shows the unfinished ones as interrupted: those are compared later).
        QList<Operation> written = OperationLog(logPath).load().operations;
        written.removeIf([](const Operation &op) { return op.state == OperationState::Interrupted; });
        for (const Operation &op : std::as_const(written)) {
            QTRY_VERIFY2_WITH_TIMEOUT(inWindow(op), qPrintable(op.title + QStringLiteral(" is not listed")),
                                      2000);
        }
        seen = int(written.size());
        if (finished)
            break;
        QTest::qWait(20);
    }
    const QByteArray output = cron.readAll();
    qInfo("virtdeck --run-schedules (exit %d):\n%s", cron.exitCode(), output.constData());
    QCOMPARE(cron.state(), QProcess::NotRunning);
    QVERIFY2(seen > 0, "the scheduled run wrote no operation");
    bool fromRule = false;
    for (const Operation &op : queue.operations())
        fromRule |= op.kind == QLatin1String("flex.apply") && op.reason.contains(QLatin1String("cron peak"));
    QVERIFY(fromRule);
#endif
}

QTEST_MAIN(TestSchedulesProcess)
#include "tst_schedulesprocess.moc"
