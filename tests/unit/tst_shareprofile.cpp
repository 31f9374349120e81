// Share profiles: the shipped default (the seed's numbers), the maths (memory, CPU weight, the vCPU
// rule, the live ceiling), validation of bad profiles with one message per bad field, per-host
// overrides from the user's file, the host's CPU weight range (cgroup v1 / v2, Xen, test driver) and
// the estimator the server list uses.

#include "flex/FlexHost.h"
#include "flex/ShareProfile.h"
#include "flex/ShareProfileStore.h"
#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"

#include <nlohmann/json.hpp>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestShareProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shippedDefaultFollowsTheSeed();
    void vcpuRule_data();
    void vcpuRule();
    void memoryAndWeight();
    void liveCeiling_data();
    void liveCeiling();
    void badProfiles_data();
    void badProfiles();
    void everyBadFieldIsReported();
    void userOverrides();
    void brokenUserFileRefusesEveryHost();
    void weightRange_data();
    void weightRange();
    void estimator();

private:
    QTemporaryDir m_dir;
};

void TestShareProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestShareProfile::shippedDefaultFollowsTheSeed()
{
    ShareProfileStore store;
    const QStringList warnings = store.load(QString());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    const ShareProfile p = store.profileFor(QStringLiteral("qemu:///system")).value();
    QCOMPARE(p.name, QStringLiteral("seed"));
    QCOMPARE(p.memoryMiBPerShare, 256);
    QCOMPARE(p.cpuWeightPerShare, 256ull);
    QCOMPARE(p.sharesPerVcpu, 2);
    QCOMPARE(p.liveCeiling, 8);
    QCOMPARE(p.absoluteMax, 24);
    QVERIFY(p.validate(QStringLiteral("shipped")).ok());
}

void TestShareProfile::vcpuRule_data()
{
    QTest::addColumn<int>("shares");
    QTest::addColumn<int>("hostCpus");
    QTest::addColumn<int>("minVcpus");
    QTest::addColumn<int>("expected");
    QTest::newRow("1 share: 1 vCPU") << 1 << 32 << 1 << 1;
    QTest::newRow("2 shares: 1 vCPU") << 2 << 32 << 1 << 1;
    QTest::newRow("3 shares: ceil(3/2) = 2") << 3 << 32 << 1 << 2;
    QTest::newRow("8 shares: 4 vCPUs") << 8 << 32 << 1 << 4;
    QTest::newRow("24 shares: 12 vCPUs (db-01)") << 24 << 32 << 1 << 12;
    QTest::newRow("capped by the host's 2 CPUs") << 8 << 2 << 1 << 2;
    QTest::newRow("host CPUs unknown: no cap") << 8 << 0 << 1 << 4;
    QTest::newRow("minimum of 2 vCPUs") << 1 << 32 << 2 << 2;
}

void TestShareProfile::vcpuRule()
{
    QFETCH(int, shares);
    QFETCH(int, hostCpus);
    QFETCH(int, minVcpus);
    QFETCH(int, expected);
    ShareProfile p;
    p.minVcpus = minVcpus;
    QCOMPARE(p.vcpusFor(shares, hostCpus), expected);
}

void TestShareProfile::memoryAndWeight()
{
    const ShareProfile p;
    QCOMPARE(p.memoryKiBFor(1), 262144ull);
    QCOMPARE(p.memoryKiBFor(4), 1048576ull); // the demo fleet: 4 shares = 1 GiB
    QCOMPARE(p.cpuWeightFor(4), 1024ull);    // libvirt's default weight is 4 shares
    QCOMPARE(p.cpuWeightFor(24), 6144ull);
}

void TestShareProfile::liveCeiling_data()
{
    QTest::addColumn<int>("maxVcpus");
    QTest::addColumn<int>("maxMemoryMiB");
    QTest::addColumn<int>("hostCpus");
    QTest::addColumn<int>("expected");
    QTest::newRow("web tier: 4 vCPUs, 2 GiB") << 4 << 2048 << 32 << 8;
    QTest::newRow("memcached: 8 vCPUs, 4 GiB") << 8 << 4096 << 32 << 16;
    QTest::newRow("db-01: capped by the absolute maximum") << 16 << 8192 << 32 << 24;
    QTest::newRow("legacy-01: 2 vCPUs, 1 GiB") << 2 << 1024 << 32 << 4;
    QTest::newRow("backup-01: 1000 MiB is 3 whole shares") << 2 << 1000 << 32 << 3;
    QTest::newRow("test guest: 4 vCPUs, 1 GiB, 2 host CPUs") << 4 << 1024 << 2 << 4;
    QTest::newRow("1 vCPU max: 2 shares") << 1 << 4096 << 32 << 2;
    QTest::newRow("less than one share of memory") << 4 << 128 << 32 << 0;
}

void TestShareProfile::liveCeiling()
{
    QFETCH(int, maxVcpus);
    QFETCH(int, maxMemoryMiB);
    QFETCH(int, hostCpus);
    QFETCH(int, expected);
    const ShareProfile p;
    QCOMPARE(p.liveCeilingWithin(maxVcpus, quint64(maxMemoryMiB) * 1024, hostCpus), expected);
}

void TestShareProfile::badProfiles_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    const QString good = QStringLiteral(
        R"({"name":"p","memoryMiBPerShare":256,"cpuWeightPerShare":256,"sharesPerVcpu":2,"minVcpus":1,)"
        R"("minShares":1,"liveCeiling":8,"absoluteMax":24,"cpuOvercommit":4,"hostMemoryReserveMiB":1024%1})");
    QTest::newRow("missing field")
        << QStringLiteral(
               R"({"name":"p","cpuWeightPerShare":256,"sharesPerVcpu":2,"minVcpus":1,"minShares":1,)"
               R"("liveCeiling":8,"absoluteMax":24,"cpuOvercommit":4,"hostMemoryReserveMiB":0})")
        << QStringLiteral("\"memoryMiBPerShare\" is missing");
    QTest::newRow("zero memory")
        << QString(good)
               .replace(QStringLiteral("\"memoryMiBPerShare\":256"),
                        QStringLiteral("\"memoryMiBPerShare\":0"))
               .arg(QString())
        << QStringLiteral("\"memoryMiBPerShare\" must be a whole number from 16 to 65536; it is 0");
    QTest::newRow("text instead of a number")
        << QString(good)
               .replace(QStringLiteral("\"sharesPerVcpu\":2"), QStringLiteral("\"sharesPerVcpu\":\"two\""))
               .arg(QString())
        << QStringLiteral("\"sharesPerVcpu\" must be a whole number from 1 to 256; it is \"two\"");
    QTest::newRow("fraction of a share")
        << QString(good)
               .replace(QStringLiteral("\"absoluteMax\":24"), QStringLiteral("\"absoluteMax\":2.5"))
               .arg(QString())
        << QStringLiteral("\"absoluteMax\" must be a whole number");
    QTest::newRow("negative reserve")
        << QString(good)
               .replace(QStringLiteral("\"hostMemoryReserveMiB\":1024"),
                        QStringLiteral("\"hostMemoryReserveMiB\":-1"))
               .arg(QString())
        << QStringLiteral("\"hostMemoryReserveMiB\" must be a whole number from 0");
    QTest::newRow("live ceiling above the absolute maximum")
        << QString(good)
               .replace(QStringLiteral("\"liveCeiling\":8"), QStringLiteral("\"liveCeiling\":30"))
               .arg(QString())
        << QStringLiteral("\"absoluteMax\" (24) must not be below \"liveCeiling\" (30)");
    QTest::newRow("weight beyond any host")
        << QString(good)
               .replace(QStringLiteral("\"cpuWeightPerShare\":256"),
                        QStringLiteral("\"cpuWeightPerShare\":20000"))
               .arg(QString())
        << QStringLiteral("above the largest CPU weight any host accepts (262144)");
    QTest::newRow("absurd overcommit")
        << QString(good)
               .replace(QStringLiteral("\"cpuOvercommit\":4"), QStringLiteral("\"cpuOvercommit\":1000"))
               .arg(QString())
        << QStringLiteral("\"cpuOvercommit\" must be a number from 1 to 64");
    QTest::newRow("typo in a field name") << good.arg(QStringLiteral(",\"memoryMibPerShare\":512"))
                                          << QStringLiteral("unknown field \"memoryMibPerShare\"");
    QTest::newRow("unknown cgroup version")
        << good.arg(QStringLiteral(",\"cgroupVersion\":3"))
        << QStringLiteral("\"cgroupVersion\" must be a whole number from 0 to 2");
    QTest::newRow("not an object") << QStringLiteral("[1,2]") << QStringLiteral("must be a JSON object");
}

void TestShareProfile::badProfiles()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    const nlohmann::json j = nlohmann::json::parse(json.toStdString());
    const Result<ShareProfile> p = ShareProfile::fromJson(j, QStringLiteral("test profile"));
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
    QVERIFY(p.error().message.contains(QStringLiteral("test profile")));
}

void TestShareProfile::everyBadFieldIsReported()
{
    const nlohmann::json j = nlohmann::json::parse(
        R"({"name":"p","memoryMiBPerShare":-5,"cpuWeightPerShare":"x","sharesPerVcpu":2,"minVcpus":1,"minShares":1,)"
        R"("liveCeiling":8,"absoluteMax":24,"cpuOvercommit":4})");
    const Result<ShareProfile> p = ShareProfile::fromJson(j, QStringLiteral("file.json"));
    QVERIFY(!p.ok());
    const QStringList lines = p.error().message.split(QLatin1Char('\n'));
    // The heading, then one line per problem: memory, weight, the missing reserve.
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[1].contains(QStringLiteral("memoryMiBPerShare")));
    QVERIFY(lines[2].contains(QStringLiteral("cpuWeightPerShare")));
    QVERIFY(lines[3].contains(QStringLiteral("\"hostMemoryReserveMiB\" is missing")));
}

void TestShareProfile::userOverrides()
{
    const QString path = m_dir.filePath(QStringLiteral("overrides.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":1,"default":{"hostMemoryReserveMiB":2048},
               "hosts":{"qemu+ssh://big/system":{"memoryMiBPerShare":512,"absoluteMax":48,"liveCeiling":16},
                        "qemu+ssh://bad/system":{"liveCeiling":0}}})");
    f.close();
    ShareProfileStore store;
    const QStringList warnings = store.load(path);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("host qemu+ssh://bad/system")),
             qPrintable(warnings.first()));
    QVERIFY(warnings.first().contains(QStringLiteral("\"liveCeiling\" must be a whole number from 1")));

    const ShareProfile other = store.profileFor(QStringLiteral("qemu:///system")).value();
    QCOMPARE(other.hostMemoryReserveMiB, 2048);
    QCOMPARE(other.memoryMiBPerShare, 256);
    const ShareProfile big = store.profileFor(QStringLiteral("qemu+ssh://big/system")).value();
    QCOMPARE(big.memoryMiBPerShare, 512);
    QCOMPARE(big.absoluteMax, 48);
    QCOMPARE(big.hostMemoryReserveMiB, 2048); // inherited from "default"
    const Result<ShareProfile> bad = store.profileFor(QStringLiteral("qemu+ssh://bad/system"));
    QVERIFY(!bad.ok());
}

void TestShareProfile::brokenUserFileRefusesEveryHost()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"default\": {\"memoryMiBPerShare\": 256,}\n}");
    f.close();
    ShareProfileStore store;
    const QStringList warnings = store.load(path);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("is not valid JSON (line 1, column")),
             qPrintable(warnings.first()));
    QVERIFY(!store.profileFor(QStringLiteral("qemu:///system")).ok());
    // The list still shows estimates, from the shipped profile.
    DomainSnapshot s;
    s.memoryKiB = 1024 * 1024;
    QCOMPARE(store.estimator()(s).value_or(0), 4.0);
}

void TestShareProfile::weightRange_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("driverType");
    QTest::addColumn<int>("cgroupVersion");
    QTest::addColumn<bool>("settable");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qulonglong>("min");
    QTest::addColumn<qulonglong>("max");
    QTest::newRow("cgroup v1 (cpu.shares)") << "qemu+ssh://a/system"
                                            << "QEMU" << 1 << true << "cpu_shares" << 2ull << 262144ull;
    QTest::newRow("cgroup v2 (cpu.weight)") << "qemu+ssh://a/system"
                                            << "QEMU" << 2 << true << "cpu_shares" << 1ull << 10000ull;
    QTest::newRow("remote, version unknown: both accept")
        << "qemu+ssh://a/system"
        << "QEMU" << 0 << true << "cpu_shares" << 2ull << 10000ull;
    QTest::newRow("Xen credit scheduler") << "xen+ssh://a/"
                                          << "Xen" << 0 << true << "weight" << 1ull << 65535ull;
    QTest::newRow("test driver: cannot set") << "test:///default"
                                             << "TEST" << 0 << false << "" << 0ull << 0ull;
}

void TestShareProfile::weightRange()
{
    QFETCH(QString, uri);
    QFETCH(QString, driverType);
    QFETCH(int, cgroupVersion);
    QFETCH(bool, settable);
    QFETCH(QString, field);
    QFETCH(qulonglong, min);
    QFETCH(qulonglong, max);
    HostSnapshot h;
    h.uri = uri;
    h.driverType = driverType;
    const FlexHost host = FlexHost::from(h, cgroupVersion);
    QCOMPARE(host.canSetWeight(), settable);
    QCOMPARE(host.weightField(), field);
    QCOMPARE(host.weightMin, min);
    QCOMPARE(host.weightMax, max);
    if (!settable)
        QCOMPARE(host.weightUnsupportedReason(), QStringLiteral("the test driver cannot set CPU weight"));
}

void TestShareProfile::estimator()
{
    ShareProfileStore store;
    QVERIFY(store.load(QString()).isEmpty());
    DomainSnapshot backup; // backup-01 of the demo fleet: 1000 MiB, no share count
    backup.uri = QStringLiteral("test:///fleet.xml");
    backup.memoryKiB = 1000 * 1024;
    const std::optional<double> e = store.estimator()(backup);
    QVERIFY(e.has_value());
    QVERIFY(qAbs(*e - 3.90625) < 1e-9);
}

QTEST_GUILESS_MAIN(TestShareProfile)
#include "tst_shareprofile.moc"
