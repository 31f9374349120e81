// The operations dock's Retry: it asks again exactly what the first run asked (Force off, a dangerous
// SysRq key, the safe reboot, a command on many servers), naming the servers, and retries nothing when
// the answer is no; a command that succeeded on some servers is retried only on the others, and the
// question names them; a harmless operation is retried without a question. The failed operations come
// from the operations log (as after a restart), with the real kinds registered.

#include "common/MessageBox.h"
#include "console/ConsoleOperations.h"
#include "core/Config.h"
#include "diagnostics/DiagnosticsService.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationListModel.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "operations/OperationsDock.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace virtdeck;

using Results = QMap<QString, bool>; // server name → succeeded

class TestOperationsDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void retryAsksAgain_data();
    void retryAsksAgain();

private:
    static ServerRef server(const QString &name)
    {
        return {QStringLiteral("test:///nowhere"), QStringLiteral("uuid-") + name, name};
    }
    QTemporaryDir m_dir;
};

void TestOperationsDock::retryAsksAgain_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<Results>("results");
    QTest::addColumn<bool>("asks");
    QTest::addColumn<QStringList>("retried"); // the servers the retry runs on (and the question names)

    const QStringList one{QStringLiteral("db-01")};
    QTest::newRow("force off") << QStringLiteral("server.forceoff") << QVariantMap() << one << Results()
                               << true << one;
    for (const char *key : {"b", "c", "o"}) {
        QTest::addRow("sysrq %s", key) << QStringLiteral("console.sysrq")
                                       << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)}}
                                       << one << Results() << true << one;
    }
    QTest::newRow("safe reboot") << QStringLiteral("console.safeReboot")
                                 << QVariantMap{{QStringLiteral("pauseMs"), 2000}} << one << Results() << true
                                 << one;
    const QStringList three{QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")};
    const QVariantMap command{{QStringLiteral("command"), QStringLiteral("systemctl restart nginx")},
                              {QStringLiteral("timeoutSeconds"), 30},
                              {QStringLiteral("concurrency"), 8}};
    QTest::newRow("command, one of three failed")
        << QStringLiteral("diagnostics.runCommand") << command << three
        << Results{{QStringLiteral("web-1"), true},
                   {QStringLiteral("web-2"), true},
                   {QStringLiteral("web-3"), false}}
        << true << QStringList{QStringLiteral("web-3")};
    QTest::newRow("command, none finished")
        << QStringLiteral("diagnostics.runCommand") << command << three << Results() << true << three;
    // Harmless: no question, as on the first run.
    QTest::newRow("sysrq h") << QStringLiteral("console.sysrq")
                             << QVariantMap{{QStringLiteral("key"), QStringLiteral("h")}} << one << Results()
                             << false << one;
    QTest::newRow("start") << QStringLiteral("server.start") << QVariantMap() << one << Results() << false
                           << one;
}

void TestOperationsDock::retryAsksAgain()
{
    QFETCH(QString, kind);
    QFETCH(QVariantMap, params);
    QFETCH(QStringList, targets);
    QFETCH(Results, results);
    QFETCH(bool, asks);
    QFETCH(QStringList, retried);

    // The failed operation as the log holds it (per-target results included).
    const QString logPath = m_dir.filePath(QStringLiteral("%1.jsonl").arg(QTest::currentDataTag()));
    Operation failed;
    failed.id = QStringLiteral("failed-1");
    failed.kind = kind;
    failed.title = QStringLiteral("The first run");
    for (const QString &name : targets)
        failed.targets << server(name);
    failed.params = params;
    failed.reason = QStringLiteral("by user");
    failed.state = OperationState::Failed;
    failed.queuedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    failed.startedAt = failed.queuedAt;
    failed.finishedAt = failed.queuedAt.addSecs(5);
    failed.errorMessage = QStringLiteral("It failed");
    nlohmann::json record = toJson(failed);
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        record["targetResults"][server(it.key()).key().toStdString()] = it.value() ? "succeeded" : "failed";
    {
        QFile f(logPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(record.dump()) + '\n');
    }

    Config config(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    ConnectionManager connections;
    ServerListModel servers;
    OperationQueue queue(&connections, new OperationLog(logPath));
    Lifecycle::registerKinds(queue);
    ConsoleOperations::registerKinds(queue);
    DiagnosticsService diagnostics(Services{&config, &connections, &queue, &servers});
    diagnostics.registerKinds(queue);
    QVERIFY(queue.loadLog().isEmpty());
    QCOMPARE(queue.operations().size(), 1);

    OperationsDock dock(&queue);
    dock.show();
    dock.view()->setCurrentIndex(dock.model()->index(0, 0));
    auto *retry = dock.findChild<QPushButton *>(QStringLiteral("retryOperation"));
    QVERIFY(retry);
    QVERIFY(retry->isEnabled());
    MessageBox::resetCounters();

    if (asks) {
        // "No": asked, naming the servers, and nothing runs again.
        MessageBox::setNextAnswer(QMessageBox::No);
        retry->click();
        QTRY_COMPARE(MessageBox::askedCount(), 1);
        const QString question = MessageBox::lastQuestionText();
        for (const QString &name : targets) {
            QVERIFY2(question.contains(name) == retried.contains(name),
                     qPrintable(QStringLiteral("%1 in \"%2\"").arg(name, question)));
        }
        QTest::qWait(50);
        QCOMPARE(queue.operations().size(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
    }
    retry->click();
    QTRY_COMPARE(queue.operations().size(), 2);
    QCOMPARE(MessageBox::askedCount(), asks ? 2 : 0);
    const Operation again = queue.operations().first();
    QCOMPARE(again.retryOf, failed.id);
    QStringList names;
    for (const ServerRef &t : again.targets)
        names << t.name;
    QCOMPARE(names, retried);
    QTRY_VERIFY(queue.find(again.id)->isFinished()); // no such host here: it fails, and nothing waits
}

QTEST_MAIN(TestOperationsDock)
#include "tst_operationsdock.moc"
