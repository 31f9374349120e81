// Autoflex decisions on synthetic CPU history with a fake clock: sustained high load adds a share up to
// the limit (the live ceiling unless next-boot changes are allowed), sustained low load removes one down
// to the floor, gaps and stale data decide nothing, a cool-down separates steps and only load measured
// after the last change counts; the dry run over a day; the policy file's validation.

#include "flex/Autoflex.h"
#include "flex/AutoflexPolicies.h"
#include "hypervisor/DomainSnapshot.h"

#include <QTest>

#include <functional>

using namespace virtdeck;

namespace {
const QDateTime T0(QDate(2024, 6, 12), QTime(8, 0), Qt::UTC);

QDateTime minute(int m)
{
    return T0.addSecs(qint64(m) * 60);
}

// One point a minute from minute `from` to `to` (inclusive), skipping those `skip` says.
QList<CpuPoint> history(int from, int to, const std::function<double(int)> &percent,
                        const std::function<bool(int)> &skip = {})
{
    QList<CpuPoint> out;
    for (int m = from; m <= to; ++m) {
        if (skip && skip(m))
            continue;
        out << CpuPoint{minute(m), percent(m), percent(m)};
    }
    return out;
}

AutoflexPolicy policy()
{
    AutoflexPolicy p;
    p.name = QStringLiteral("web");
    p.enabled = true;
    p.selector.names = {QStringLiteral("www-*")};
    p.upAbovePercent = 80;
    p.upForMinutes = 10;
    p.downBelowPercent = 20;
    p.downForMinutes = 30;
    p.minShares = 1;
    p.maxShares = 8;
    p.cooldownMinutes = 15;
    return p;
}

AutoflexContext context(int shares, int liveCeiling = 8)
{
    AutoflexContext c;
    c.shares = shares;
    c.liveCeiling = liveCeiling;
    c.absoluteMax = 24;
    c.profileMinShares = 1;
    return c;
}
} // namespace

class TestAutoflex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
    void dryRunOverADay();
    void dryRunOfAQuietServer();
    void sampleSpacing();
    void badPolicies_data();
    void badPolicies();
    void policyFor();
};

void TestAutoflex::decide_data()
{
    QTest::addColumn<QList<CpuPoint>>("points");
    QTest::addColumn<AutoflexPolicy>("policy");
    QTest::addColumn<int>("shares");
    QTest::addColumn<int>("liveCeiling");
    QTest::addColumn<int>("lastChangeMinute"); // -1: none
    QTest::addColumn<int>("expected");         // shares after the decision
    QTest::addColumn<bool>("nextBoot");
    QTest::addColumn<QString>("reason");
    const int now = 60;
    auto high = [](int) { return 95.0; };
    auto low = [](int) { return 5.0; };
    const AutoflexPolicy p = policy();
    QTest::newRow("high for 15 min: +1") << history(45, now, high) << p << 2 << 8 << -1 << 3 << false
                                         << "CPU above 80 % for 10 min (average 95 %)";
    QTest::newRow("high for 5 min only") << history(0, now, [](int m) { return m > 55 ? 95.0 : 50.0; }) << p
                                         << 2 << 8 << -1 << 2 << false << "within the policy's range";
    QTest::newRow("one dip below the threshold")
        << history(40, now, [](int m) { return m == 55 ? 70.0 : 95.0; }) << p << 2 << 8 << -1 << 2 << false
        << "";
    QTest::newRow("a gap in the data") << history(40, now, high, [](int m) { return m >= 52 && m <= 56; })
                                       << p << 2 << 8 << -1 << 2 << false << "";
    QTest::newRow("stale data") << history(30, 48, high) << p << 2 << 8 << -1 << 2 << false << "";
    QTest::newRow("no data") << QList<CpuPoint>() << p << 2 << 8 << -1 << 2 << false << "";
    QTest::newRow("at the live ceiling")
        << history(40, now, high) << p << 8 << 8 << -1 << 8 << false << "8 shares is the limit";
    AutoflexPolicy nextBoot = p;
    nextBoot.allowNextBoot = true;
    nextBoot.maxShares = 12;
    QTest::newRow("next boot allowed: beyond the ceiling")
        << history(40, now, high) << nextBoot << 8 << 8 << -1 << 9 << true << "";
    AutoflexPolicy small = p;
    small.maxShares = 4;
    QTest::newRow("policy limit below the ceiling")
        << history(40, now, high) << small << 4 << 8 << -1 << 4 << false << "4 shares is the limit";
    QTest::newRow("low for 30 min: -1") << history(20, now, low) << p << 3 << 8 << -1 << 2 << false
                                        << "CPU below 20 % for 30 min (average 5 %)";
    QTest::newRow("low for 20 min only") << history(0, now, [](int m) { return m > 40 ? 5.0 : 50.0; }) << p
                                         << 3 << 8 << -1 << 3 << false << "";
    QTest::newRow("at the floor") << history(20, now, low) << p << 1 << 8 << -1 << 1 << false
                                  << "1 shares is the floor";
    QTest::newRow("cool-down") << history(40, now, high) << p << 2 << 8 << 50 << 2 << false
                               << "cooling down after the last step";
    AutoflexPolicy noCooldown = p;
    noCooldown.cooldownMinutes = 0;
    QTest::newRow("only load after the last change counts")
        << history(40, now, high) << noCooldown << 3 << 8 << 52 << 3 << false << "";
    QTest::newRow("after the cool-down and a full window")
        << history(20, now, high) << p << 3 << 8 << 45 << 4 << false << "";
}

void TestAutoflex::decide()
{
    QFETCH(QList<CpuPoint>, points);
    QFETCH(AutoflexPolicy, policy);
    QFETCH(int, shares);
    QFETCH(int, liveCeiling);
    QFETCH(int, lastChangeMinute);
    QFETCH(int, expected);
    QFETCH(bool, nextBoot);
    QFETCH(QString, reason);
    AutoflexContext c = context(shares, liveCeiling);
    if (lastChangeMinute >= 0)
        c.lastChange = minute(lastChangeMinute);
    const AutoflexDecision d = Autoflex::decide(policy, points, c, minute(60));
    QCOMPARE(d.toShares, expected);
    QCOMPARE(d.changes(), expected != shares);
    QCOMPARE(d.nextBoot, nextBoot);
    if (!reason.isEmpty())
        QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
}

void TestAutoflex::dryRunOverADay()
{
    // 2 h quiet, 1 h busy, 2 h quiet; starting at 2 shares, limit 4.
    AutoflexPolicy p = policy();
    p.maxShares = 4;
    const QList<CpuPoint> day = history(0, 300, [](int m) { return m >= 120 && m < 180 ? 95.0 : 5.0; });
    const QList<AutoflexDecision> steps = Autoflex::dryRun(p, day, context(2));
    QStringList got;
    for (const AutoflexDecision &d : steps)
        got << QStringLiteral("%1:%2>%3").arg(T0.secsTo(d.at) / 60).arg(d.fromShares).arg(d.toShares);
    // A point stands for the minute before it, so the first 30 quiet minutes are covered at minute 29.
    // Down after 30 quiet minutes; up 10 busy minutes in, then every 15 min (cool-down) up to the limit;
    // down again 30 quiet minutes after the load ends, then every 30 min (a full window after each step).
    const QStringList expected = {QStringLiteral("29:2>1"),  QStringLiteral("130:1>2"),
                                  QStringLiteral("145:2>3"), QStringLiteral("160:3>4"),
                                  QStringLiteral("210:4>3"), QStringLiteral("240:3>2"),
                                  QStringLiteral("270:2>1")};
    QCOMPARE(got, expected);
    QVERIFY(steps[1].reason.startsWith(QStringLiteral("CPU above 80 %")));
}

void TestAutoflex::dryRunOfAQuietServer()
{
    const QList<CpuPoint> calm = history(0, 120, [](int m) { return 40.0 + (m % 7); });
    QVERIFY(Autoflex::dryRun(policy(), calm, context(2)).isEmpty());
    QVERIFY(Autoflex::dryRun(policy(), {}, context(2)).isEmpty());
}

void TestAutoflex::sampleSpacing()
{
    QCOMPARE(Autoflex::sampleSpacingSeconds({}), 60);
    QList<CpuPoint> fiveMinutes;
    for (int i = 0; i < 10; ++i)
        fiveMinutes << CpuPoint{minute(i * 5), 90, 90};
    QCOMPARE(Autoflex::sampleSpacingSeconds(fiveMinutes), 300);
    // Sustained over 10 minutes with one point every 5 minutes is still sustained.
    AutoflexPolicy p = policy();
    const AutoflexDecision d = Autoflex::decide(p, fiveMinutes, context(2), minute(45));
    QCOMPARE(d.toShares, 3);
}

void TestAutoflex::badPolicies_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    auto policyJson = [](const char *fields) {
        return QStringLiteral(R"({"policies": [{"name": "p", "servers": ["www-*"], %1}]})")
            .arg(QLatin1String(fields));
    };
    const char *good =
        R"("upAbovePercent": 80, "upForMinutes": 10, "downBelowPercent": 20, "downForMinutes": 30,
                          "maxShares": 8)";
    QTest::newRow("valid") << policyJson(good) << "";
    QTest::newRow("down above up")
        << policyJson(
               R"("upAbovePercent": 50, "upForMinutes": 10, "downBelowPercent": 60, "downForMinutes": 30, "maxShares": 8)")
        << "must be below the level to add one";
    QTest::newRow("above 100 %")
        << policyJson(
               R"("upAbovePercent": 120, "upForMinutes": 10, "downBelowPercent": 20, "downForMinutes": 30, "maxShares": 8)")
        << "\"upAbovePercent\" must be a number from 1 to 100; it is 120";
    QTest::newRow("zero minutes")
        << policyJson(
               R"("upAbovePercent": 80, "upForMinutes": 0, "downBelowPercent": 20, "downForMinutes": 30, "maxShares": 8)")
        << "\"upForMinutes\" must be a whole number from 1 to 1440; it is 0";
    QTest::newRow("limit below the floor")
        << policyJson(
               R"("upAbovePercent": 80, "upForMinutes": 10, "downBelowPercent": 20, "downForMinutes": 30, "maxShares": 2, "minShares": 4)")
        << "the limit (2 shares) must not be below the floor (4 shares)";
    QTest::newRow("missing limit")
        << policyJson(
               R"("upAbovePercent": 80, "upForMinutes": 10, "downBelowPercent": 20, "downForMinutes": 30)")
        << "\"maxShares\" is missing";
    QTest::newRow("no servers")
        << QStringLiteral(
               R"({"policies": [{"name": "p", "upAbovePercent": 80, "upForMinutes": 10, "downBelowPercent": 20, "downForMinutes": 30, "maxShares": 8}]})")
        << "name servers";
    QTest::newRow("unknown field") << policyJson(
                                          R"("upAbovePercent": 80, "upForMinutes": 10, "downBelowPercent": 20,
                                                    "downForMinutes": 30, "maxShares": 8, "cooldown": 5)")
                                   << "unknown field \"cooldown\"";
}

void TestAutoflex::badPolicies()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    const Result<AutoflexPolicies> p =
        AutoflexPolicies::fromJson(json.toUtf8(), QStringLiteral("autoflex.json"));
    if (message.isEmpty()) {
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->policies.size(), 1);
        QVERIFY(!p->policies[0].enabled); // off until switched on after a dry run
        return;
    }
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
    QVERIFY(p.error().message.contains(QStringLiteral("policy 1 \"p\"")));
}

void TestAutoflex::policyFor()
{
    AutoflexPolicies set;
    AutoflexPolicy off = policy();
    off.name = QStringLiteral("off");
    off.enabled = false;
    AutoflexPolicy byTag = policy();
    byTag.name = QStringLiteral("by tag");
    byTag.selector = ServerSelector{{}, {QStringLiteral("web")}, {}};
    AutoflexPolicy byName = policy();
    byName.name = QStringLiteral("by name");
    set.policies = {off, byTag, byName};
    DomainSnapshot s;
    s.name = QStringLiteral("www-en-01");
    s.metadata.tags = {QStringLiteral("web")};
    QCOMPARE(set.policyFor(s)->name, QStringLiteral("by tag"));
    s.metadata.tags.clear();
    QCOMPARE(set.policyFor(s)->name, QStringLiteral("by name"));
    s.name = QStringLiteral("db-01");
    QVERIFY(!set.policyFor(s));
    const Result<AutoflexPolicies> back = AutoflexPolicies::fromJson(set.toJson(), QStringLiteral("t"));
    QVERIFY(back.ok());
    QCOMPARE(back->policies, set.policies);
}

QTEST_GUILESS_MAIN(TestAutoflex)
#include "tst_autoflex.moc"
