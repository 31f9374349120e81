// OperationLog: the JSON-lines file of operations — round trip, a corrupt or truncated line skipped with
// a warning while the rest loads, unfinished operations coming back "interrupted", cleared ones staying
// gone, and compaction keeping the file bounded.

#include "operations/OperationLog.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestOperationLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip();
    void lastRecordWins();
    void corruptAndTruncatedLinesAreSkipped();
    void unfinishedBecomeInterrupted();
    void removedStayRemoved();
    void staysBounded();
    void missingFileIsEmpty();

private:
    static Operation sample(const QString &id, OperationState state = OperationState::Succeeded)
    {
        Operation op;
        op.id = id;
        op.kind = QStringLiteral("server.start");
        op.title = QStringLiteral("Start www-en-01 «é»");
        op.targets = {ServerRef{QStringLiteral("qemu:///system"), QStringLiteral("uuid-1"),
                                QStringLiteral("www-en-01")}};
        op.params = {{QStringLiteral("shares"), 4},
                     {QStringLiteral("names"), QStringList{QStringLiteral("a"), QStringLiteral("b")}},
                     {QStringLiteral("nested"), QVariantMap{{QStringLiteral("force"), true}}}};
        op.reason = QStringLiteral("by user");
        op.state = state;
        op.queuedAt = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00.125Z"), Qt::ISODateWithMs);
        op.startedAt = op.queuedAt.addSecs(1);
        if (state != OperationState::Running && state != OperationState::Queued)
            op.finishedAt = op.queuedAt.addSecs(3);
        op.errorMessage = state == OperationState::Failed ? QStringLiteral("Cannot start") : QString();
        op.errorDetail = state == OperationState::Failed ? QStringLiteral("internal error") : QString();
        op.log = {QStringLiteral("10:00:01 asked libvirt")};
        return op;
    }
    QTemporaryDir m_dir;
};

void TestOperationLog::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.jsonl"));
    {
        OperationLog log(path);
        log.append(sample(QStringLiteral("a"), OperationState::Failed));
    }
    OperationLog log(path);
    const OperationLog::Loaded loaded = log.load();
    QCOMPARE(loaded.operations.size(), 1);
    QVERIFY(loaded.warnings.isEmpty());
    const Operation &op = loaded.operations.first();
    const Operation expected = sample(QStringLiteral("a"), OperationState::Failed);
    QCOMPARE(op.title, expected.title);
    QCOMPARE(op.state, OperationState::Failed);
    QCOMPARE(op.targets.first().uuid, QStringLiteral("uuid-1"));
    QCOMPARE(op.params.value(QStringLiteral("shares")).toInt(), 4);
    QCOMPARE(op.params.value(QStringLiteral("names")).toStringList(), (QStringList{"a", "b"}));
    QCOMPARE(op.params.value(QStringLiteral("nested")).toMap().value(QStringLiteral("force")).toBool(), true);
    QCOMPARE(op.queuedAt, expected.queuedAt);
    QCOMPARE(op.errorDetail, QStringLiteral("internal error"));
    QCOMPARE(op.log, expected.log);
}

void TestOperationLog::lastRecordWins()
{
    const QString path = m_dir.filePath(QStringLiteral("last.jsonl"));
    OperationLog log(path);
    log.append(sample(QStringLiteral("a"), OperationState::Queued));
    log.append(sample(QStringLiteral("b"), OperationState::Queued));
    log.append(sample(QStringLiteral("a"), OperationState::Running));
    log.append(sample(QStringLiteral("a"), OperationState::Succeeded));
    const auto loaded = OperationLog(path).load();
    QCOMPARE(loaded.operations.size(), 2);
    QCOMPARE(loaded.operations[0].id, QStringLiteral("a"));
    QCOMPARE(loaded.operations[0].state, OperationState::Succeeded);
}

void TestOperationLog::corruptAndTruncatedLinesAreSkipped()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.jsonl"));
    {
        OperationLog log(path);
        log.append(sample(QStringLiteral("good1")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write("this is not json\n");
    f.write("{\"id\":\"x\",\"kind\":\"server.start\"}\n"); // no state
    f.write("\xff\xfe\x00garbage\n", 11);
    f.close();
    {
        OperationLog log(path);
        log.append(sample(QStringLiteral("good2")));
    }
    // A crash in the middle of a write leaves a truncated last line.
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"v\":1,\"id\":\"cut\",\"kind\":\"server.st");
    f.close();
    const auto loaded = OperationLog(path).load();
    QCOMPARE(loaded.operations.size(), 2);
    QCOMPARE(loaded.operations[1].id, QStringLiteral("good2"));
    QCOMPARE(loaded.skippedLines, 4);
    QVERIFY(!loaded.warnings.isEmpty());
}

void TestOperationLog::unfinishedBecomeInterrupted()
{
    const QString path = m_dir.filePath(QStringLiteral("interrupted.jsonl"));
    OperationLog log(path);
    log.append(sample(QStringLiteral("r"), OperationState::Running));
    log.append(sample(QStringLiteral("q"), OperationState::Queued));
    const auto loaded = OperationLog(path).load();
    QCOMPARE(loaded.operations.size(), 2);
    for (const Operation &op : loaded.operations) {
        QCOMPARE(op.state, OperationState::Interrupted);
        QVERIFY(op.canRetry());
        QVERIFY(!op.errorMessage.isEmpty());
    }
}

void TestOperationLog::removedStayRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("removed.jsonl"));
    OperationLog log(path);
    log.append(sample(QStringLiteral("a")));
    log.append(sample(QStringLiteral("b")));
    log.appendRemoved({QStringLiteral("a")});
    const auto loaded = OperationLog(path).load();
    QCOMPARE(loaded.operations.size(), 1);
    QCOMPARE(loaded.operations[0].id, QStringLiteral("b"));
}

void TestOperationLog::staysBounded()
{
    const QString path = m_dir.filePath(QStringLiteral("bounded.jsonl"));
    OperationLog log(path, 50);
    for (int i = 0; i < 2000; ++i) {
        Operation op = sample(QStringLiteral("op%1").arg(i), OperationState::Queued);
        log.append(op);
        op.state = OperationState::Succeeded;
        log.append(op);
    }
    // Compaction keeps the newest 50 and at most 4 × 50 lines between compactions.
    const auto loaded = OperationLog(path).load();
    QVERIFY2(loaded.operations.size() <= 250, qPrintable(QString::number(loaded.operations.size())));
    QCOMPARE(loaded.operations.last().id, QStringLiteral("op1999"));
    QVERIFY(QFile::exists(path + QStringLiteral(".1")));
    QVERIFY(log.sizeOnDisk() < 300 * 1024);
}

void TestOperationLog::missingFileIsEmpty()
{
    const auto loaded = OperationLog(m_dir.filePath(QStringLiteral("none.jsonl"))).load();
    QVERIFY(loaded.operations.isEmpty());
    QVERIFY(loaded.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestOperationLog)
#include "tst_operationlog.moc"
