// OperationLog: the JSON-lines file of operations — round trip, a corrupt or truncated line skipped with
// a warning while the rest loads, unfinished operations coming back "interrupted", cleared ones staying
// gone, and compaction keeping the file bounded. Shared by processes: two real processes (this test
// run again as "--append-child") append 1,000 records each while compacting, and none is lost; a line
// cut by a crash never swallows the next record; the file is created 0600.

#include "operations/OperationLog.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

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
    void twoProcessesLoseNoAppend();
    void truncatedLastLineNeverSwallowsTheNext();
    void createdPrivate();

public:
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

private:
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

void TestOperationLog::twoProcessesLoseNoAppend()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.jsonl"));
    const QString go = m_dir.filePath(QStringLiteral("shared.go"));
    constexpr int Count = 1000;
    QProcess a;
    QProcess b;
    for (auto [p, tag] : {std::pair{&a, "a"}, std::pair{&b, "b"}}) {
        p->setProcessChannelMode(QProcess::ForwardedChannels);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--append-child"), path, QLatin1String(tag), QString::number(Count), go});
        QVERIFY(p->waitForStarted(10000));
    }
    {
        QFile start(go); // both are running: let them go at once
        QVERIFY(start.open(QIODevice::WriteOnly));
    }
    for (QProcess *p : {&a, &b}) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
    const auto loaded = OperationLog(path, 5000).load();
    QSet<QString> ids;
    for (const Operation &op : loaded.operations)
        ids.insert(op.id);
    QStringList missing;
    for (const char *tag : {"a", "b"}) {
        for (int i = 0; i < Count; ++i) {
            const QString id = QLatin1String(tag) + QString::number(i);
            if (!ids.contains(id))
                missing << id;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 appends lost, e.g. %3")
                                               .arg(missing.size())
                                               .arg(2 * Count)
                                               .arg(missing.mid(0, 5).join(QLatin1Char(' ')))));
    QCOMPARE(loaded.skippedLines, 0);
}

void TestOperationLog::truncatedLastLineNeverSwallowsTheNext()
{
    const QString path = m_dir.filePath(QStringLiteral("cut.jsonl"));
    {
        OperationLog log(path);
        log.append(sample(QStringLiteral("before")));
    }
    QFile f(path); // a crash in the middle of a write
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"v\":1,\"id\":\"cut\",\"kind\":\"server.st");
    f.close();
    {
        OperationLog log(path);
        log.append(sample(QStringLiteral("after")));
    }
    const auto loaded = OperationLog(path).load();
    QStringList ids;
    for (const Operation &op : loaded.operations)
        ids << op.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("before"), QStringLiteral("after")}));
    QCOMPARE(loaded.skippedLines, 1);
}

void TestOperationLog::createdPrivate()
{
    const mode_t old = ::umask(022);
    const QString path = m_dir.filePath(QStringLiteral("private.jsonl"));
    OperationLog log(path, 10);
    for (int i = 0; i < 60; ++i) // past a compaction: the rewritten file and the .1 copy too
        log.append(sample(QStringLiteral("p%1").arg(i)));
    ::umask(old);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &p : {path, QString(path + QStringLiteral(".1"))}) {
        QVERIFY2(QFile::exists(p), qPrintable(p));
        QVERIFY2(!(QFile::permissions(p) & others),
                 qPrintable(QStringLiteral("%1: %2").arg(p).arg(int(QFile::permissions(p)), 0, 16)));
    }
}

// The other process of twoProcessesLoseNoAppend: waits for the go file, then appends `count` operations,
// compacting every 50 (so the file is replaced under the other process again and again).
static int appendChild(const QString &path, const QString &tag, int count, const QString &go)
{
    for (int i = 0; i < 1000 && !QFile::exists(go); ++i)
        QThread::msleep(5);
    OperationLog log(path, 5000);
    for (int i = 0; i < count; ++i) {
        log.append(TestOperationLog::sample(tag + QString::number(i)));
        if (i % 50 == 49)
            log.compact();
        QThread::usleep(100);
    }
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 6 && qstrcmp(argv[1], "--append-child") == 0)
        return appendChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                           QByteArray(argv[4]).toInt(), QString::fromLocal8Bit(argv[5]));
    TestOperationLog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_operationlog.moc"
