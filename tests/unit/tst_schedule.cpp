// Scheduled flex rules: the JSON format and its validation (one message per bad field: invalid times,
// missing names, no servers, several actions...), which servers a rule selects (names, wildcards, tags,
// hosts), and which rules are due at a given time with a fake clock (grace window, "already ran",
// days of the week), plus the shared "last ran" state file.

#include "flex/FlexSchedule.h"
#include "flex/ScheduleState.h"
#include "hypervisor/DomainSnapshot.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

namespace {
// Wednesday 12 June 2024, local time.
QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 6, day), QTime(hour, minute), Qt::LocalTime);
}

FlexSchedule parse(const char *json)
{
    Result<FlexSchedule> s = FlexSchedule::fromJson(QByteArray(json), QStringLiteral("test.json"));
    if (!s)
        qWarning("%s", qPrintable(s.error().message));
    return s.valueOr(FlexSchedule());
}

DomainSnapshot server(const QString &name, const QStringList &tags,
                      const QString &uri = QStringLiteral("qemu:///system"))
{
    DomainSnapshot s;
    s.name = name;
    s.uri = uri;
    s.metadata.tags = tags;
    return s;
}
} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsesRules();
    void roundTrip();
    void invalidSchedules_data();
    void invalidSchedules();
    void everyBadRuleIsReported();
    void selector_data();
    void selector();
    void targets();
    void lastOccurrence_data();
    void lastOccurrence();
    void due_data();
    void due();
    void peakAndBack();
    void stateFile();

private:
    QTemporaryDir m_dir;
};

void TestSchedule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSchedule::parsesRules()
{
    const FlexSchedule s = parse(R"({"format": 1, "graceMinutes": 10, "rules": [
        {"name": "afternoon peak", "at": "14:00", "servers": ["www-*"], "set": 4},
        {"name": "weekday web", "at": "9:30", "days": "weekdays", "tags": ["web"], "hosts": ["qemu:///system"],
         "add": 2, "enabled": false}]})");
    QCOMPARE(s.graceMinutes, 10);
    QCOMPARE(s.rules.size(), 2);
    const ScheduleRule &a = s.rules[0];
    QCOMPARE(a.name, QStringLiteral("afternoon peak"));
    QCOMPARE(a.at, QTime(14, 0));
    QVERIFY(a.days.isEmpty());
    QCOMPARE(a.selector.names, QStringList{QStringLiteral("www-*")});
    QCOMPARE(a.action, ScheduleRule::Action::Set);
    QCOMPARE(a.amount, 4);
    QVERIFY(a.enabled);
    QCOMPARE(a.describe(), QStringLiteral("every day at 14:00: www-*, set to 4 shares"));
    const ScheduleRule &b = s.rules[1];
    QCOMPARE(b.at, QTime(9, 30));
    QCOMPARE(b.days, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(b.selector.tags, QStringList{QStringLiteral("web")});
    QCOMPARE(b.selector.hosts, QStringList{QStringLiteral("qemu:///system")});
    QCOMPARE(b.action, ScheduleRule::Action::Add);
    QVERIFY(!b.enabled);
    // A missing file is an empty schedule.
    QVERIFY(FlexSchedule::load(m_dir.filePath(QStringLiteral("none.json")))->rules.isEmpty());
}

void TestSchedule::roundTrip()
{
    const FlexSchedule s = parse(R"({"rules": [
        {"name": "a", "at": "07:05", "days": ["sat", "sun"], "servers": ["db-0?"], "tags": ["database"], "remove": 3}]})");
    QCOMPARE(s.rules.size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("schedule.json"));
    QVERIFY(s.save(path).ok());
    const Result<FlexSchedule> back = FlexSchedule::load(path);
    QVERIFY(back.ok());
    QCOMPARE(back->rules, s.rules);
    QCOMPARE(back->rules[0].daysText(), QStringLiteral("weekends"));
}

void TestSchedule::invalidSchedules_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    auto rule = [](const char *fields) {
        return QStringLiteral(R"({"rules": [{"name": "r", %1}]})").arg(QLatin1String(fields));
    };
    QTest::newRow("hour 25")
        << rule(R"("at": "25:00", "servers": ["www-*"], "set": 4)")
        << "rule 1 \"r\": \"at\" must be a time of day as HH:MM, from 00:00 to 23:59; \"25:00\" is not.";
    QTest::newRow("one-digit minutes")
        << rule(R"("at": "14:5", "servers": ["www-*"], "set": 4)") << "\"14:5\" is not";
    QTest::newRow("2pm") << rule(R"("at": "2pm", "servers": ["www-*"], "set": 4)") << "\"2pm\" is not";
    QTest::newRow("time as a number") << rule(R"("at": 1400, "servers": ["www-*"], "set": 4)")
                                      << "\"at\" must be a text in quotes; it is 1400";
    QTest::newRow("missing time") << rule(R"("servers": ["www-*"], "set": 4)") << "\"at\" is missing";
    QTest::newRow("no servers or tags") << rule(R"("at": "14:00", "set": 4)") << "name servers";
    QTest::newRow("two actions") << rule(R"("at": "14:00", "servers": ["www-*"], "set": 4, "add": 1)")
                                 << "give exactly one action";
    QTest::newRow("no action") << rule(R"("at": "14:00", "servers": ["www-*"])") << "give exactly one action";
    QTest::newRow("zero shares") << rule(R"("at": "14:00", "servers": ["www-*"], "set": 0)")
                                 << "\"set\" must be a whole number from 1 to 4096; it is 0";
    QTest::newRow("negative") << rule(R"("at": "14:00", "servers": ["www-*"], "add": -1)")
                              << "\"add\" must be a whole number";
    QTest::newRow("text shares") << rule(R"("at": "14:00", "servers": ["www-*"], "set": "four")")
                                 << "it is \"four\"";
    QTest::newRow("bad day")
        << rule(R"("at": "14:00", "days": ["mon", "funday"], "servers": ["www-*"], "set": 1)")
        << "\"days\" must be";
    QTest::newRow("space in a pattern") << rule(R"("at": "14:00", "servers": ["www 01"], "set": 1)")
                                        << "\"www 01\" is not a server name or pattern";
    QTest::newRow("typo in a field") << rule(R"("at": "14:00", "server": ["www-*"], "set": 1)")
                                     << "unknown field \"server\"";
    QTest::newRow("missing name") << QStringLiteral(
                                         R"({"rules": [{"at": "14:00", "servers": ["a"], "set": 1}]})")
                                  << "rule 1: \"name\" is missing";
    QTest::newRow("duplicate names")
        << QStringLiteral(R"({"rules": [{"name": "x", "at": "14:00", "servers": ["a"], "set": 1},
                                         {"name": "X", "at": "15:00", "servers": ["a"], "set": 1}]})")
        << "another rule already has this name";
    QTest::newRow("rules not a list")
        << QStringLiteral(R"({"rules": {"name": "x"}})") << "\"rules\" must be a list";
    QTest::newRow("not JSON") << QStringLiteral("{\"rules\": [\n  {\"name\": \"x\",}\n]}")
                              << "is not valid JSON (line 2";
    QTest::newRow("zero grace") << QStringLiteral(R"({"graceMinutes": 0, "rules": []})")
                                << "\"graceMinutes\" must be";
}

void TestSchedule::invalidSchedules()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    const Result<FlexSchedule> s =
        FlexSchedule::fromJson(json.toUtf8(), QStringLiteral("flex-schedule.json"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QStringLiteral("flex-schedule.json")));
}

void TestSchedule::everyBadRuleIsReported()
{
    const Result<FlexSchedule> s = FlexSchedule::fromJson(R"({"rules": [
        {"name": "a", "at": "24:00", "servers": ["x"], "set": 1},
        {"name": "b", "at": "10:00", "set": 1},
        {"name": "c", "at": "10:00", "servers": ["x"], "set": 1}]})",
                                                          QStringLiteral("f"));
    QVERIFY(!s.ok());
    const QString m = s.error().message;
    QVERIFY(m.contains(QStringLiteral("rule 1 \"a\"")));
    QVERIFY(m.contains(QStringLiteral("rule 2 \"b\"")));
    QVERIFY(!m.contains(QStringLiteral("rule 3")));
    // A schedule with a bad rule is not saved either.
    FlexSchedule bad;
    ScheduleRule r;
    r.name = QStringLiteral("no time");
    r.selector.names = {QStringLiteral("www-*")};
    bad.rules << r;
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    const Status saved = bad.save(path);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().message.contains(QStringLiteral("time of day is not valid")));
    QVERIFY(!QFile::exists(path));
}

void TestSchedule::selector_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("www01"); // www-en-01, tags web production, qemu:///system
    QTest::addColumn<bool>("db01");  // db-01, tag database, qemu+ssh://db/system
    QTest::newRow("wildcard") << QStringList{"www-*"} << QStringList{} << QStringList{} << true << false;
    QTest::newRow("case-insensitive")
        << QStringList{"WWW-EN-0?"} << QStringList{} << QStringList{} << true << false;
    QTest::newRow("exact names") << QStringList{"db-01", "www-en-01"} << QStringList{} << QStringList{}
                                 << true << true;
    QTest::newRow("tag") << QStringList{} << QStringList{"database"} << QStringList{} << false << true;
    QTest::newRow("any of the tags") << QStringList{} << QStringList{"web", "database"} << QStringList{}
                                     << true << true;
    QTest::newRow("names and tags both")
        << QStringList{"*"} << QStringList{"web"} << QStringList{} << true << false;
    QTest::newRow("host") << QStringList{"*"} << QStringList{} << QStringList{"qemu+ssh://db/system"} << false
                          << true;
    QTest::newRow("nothing selected") << QStringList{} << QStringList{} << QStringList{} << false << false;
}

void TestSchedule::selector()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, hosts);
    QFETCH(bool, www01);
    QFETCH(bool, db01);
    ServerSelector s{names, tags, hosts};
    QCOMPARE(
        s.matches(server(QStringLiteral("www-en-01"), {QStringLiteral("web"), QStringLiteral("production")})),
        www01);
    QCOMPARE(s.matches(server(QStringLiteral("db-01"), {QStringLiteral("database")},
                              QStringLiteral("qemu+ssh://db/system"))),
             db01);
}

void TestSchedule::targets()
{
    ScheduleRule r;
    r.amount = 2;
    r.action = ScheduleRule::Action::Set;
    QCOMPARE(r.targetFor(7), 2);
    r.action = ScheduleRule::Action::Add;
    QCOMPARE(r.targetFor(7), 9);
    r.action = ScheduleRule::Action::Remove;
    QCOMPARE(r.targetFor(7), 5);
    QCOMPARE(r.targetFor(1), -1); // the planner refuses it with its message
}

void TestSchedule::lastOccurrence_data()
{
    QTest::addColumn<QString>("days");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("just after: today") << "daily" << at(12, 14, 5) << at(12, 14, 0);
    QTest::newRow("exactly at") << "daily" << at(12, 14, 0) << at(12, 14, 0);
    QTest::newRow("just before: yesterday") << "daily" << at(12, 13, 59) << at(11, 14, 0);
    QTest::newRow("weekdays, on Saturday: Friday") << "weekdays" << at(15, 15, 0) << at(14, 14, 0);
    QTest::newRow("weekends, on Wednesday: Sunday") << "weekends" << at(12, 15, 0) << at(9, 14, 0);
}

void TestSchedule::lastOccurrence()
{
    QFETCH(QString, days);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const FlexSchedule s =
        FlexSchedule::fromJson(
            QStringLiteral(
                R"({"rules": [{"name": "r", "at": "14:00", "days": "%1", "servers": ["a"], "set": 1}]})")
                .arg(days)
                .toUtf8(),
            QStringLiteral("t"))
            .value();
    QCOMPARE(s.rules[0].lastOccurrence(now).value(), expected);
}

void TestSchedule::due_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("lastRun"); // invalid: never ran
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("due");
    QTest::newRow("on time") << at(12, 14, 0) << QDateTime() << true << true;
    QTest::newRow("5 minutes late: still due") << at(12, 14, 5) << QDateTime() << true << true;
    QTest::newRow("15 minutes late: last chance") << at(12, 14, 15) << QDateTime() << true << true;
    QTest::newRow("16 minutes late: missed until tomorrow") << at(12, 14, 16) << QDateTime() << true << false;
    QTest::newRow("not yet") << at(12, 13, 59) << at(11, 14, 0) << true << false;
    QTest::newRow("already ran this occurrence") << at(12, 14, 3) << at(12, 14, 0) << true << false;
    QTest::newRow("ran yesterday: due today") << at(12, 14, 1) << at(11, 14, 0) << true << true;
    QTest::newRow("disabled") << at(12, 14, 0) << QDateTime() << false << false;
}

void TestSchedule::due()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, lastRun);
    QFETCH(bool, enabled);
    QFETCH(bool, due);
    FlexSchedule s = parse(R"({"rules": [{"name": "peak", "at": "14:00", "servers": ["www-*"], "set": 4}]})");
    s.rules[0].enabled = enabled;
    ScheduleState state;
    if (lastRun.isValid())
        state.markRan(QStringLiteral("peak"), lastRun);
    const QList<FlexSchedule::Due> d = s.dueRules(state, now);
    QCOMPARE(d.size(), due ? 1 : 0);
    if (due)
        QCOMPARE(d.first().occurrence, at(12, 14, 0));
}

void TestSchedule::peakAndBack()
{
    // "every day at 14:00 set www-* to 4 shares; at 15:00 back to 1"
    const FlexSchedule s = parse(R"({"rules": [
        {"name": "peak", "at": "14:00", "servers": ["www-*"], "set": 4},
        {"name": "back", "at": "15:00", "servers": ["www-*"], "set": 1}]})");
    ScheduleState state;
    QList<FlexSchedule::Due> d = s.dueRules(state, at(12, 14, 1));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].rule.name, QStringLiteral("peak"));
    state.markRan(d[0].rule.name, d[0].occurrence);
    QVERIFY(s.dueRules(state, at(12, 14, 30)).isEmpty());
    d = s.dueRules(state, at(12, 15, 2));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].rule.name, QStringLiteral("back"));
    QCOMPARE(d[0].rule.targetFor(4), 1);
}

void TestSchedule::stateFile()
{
    const QString path = m_dir.filePath(QStringLiteral("state.json"));
    QVERIFY(ScheduleState::update(
                [](ScheduleState &s) {
                    s.markRan(QStringLiteral("peak"), at(12, 14, 0));
                    return true;
                },
                path)
                .ok());
    const ScheduleState back = ScheduleState::load(path);
    QCOMPARE(back.lastRun(QStringLiteral("peak")).value(), at(12, 14, 0));
    QVERIFY(!back.lastRun(QStringLiteral("other")).has_value());
    // A damaged file reads as empty: the grace window keeps old occurrences from firing.
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    QVERIFY(!ScheduleState::load(path).lastRun(QStringLiteral("peak")).has_value());
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
