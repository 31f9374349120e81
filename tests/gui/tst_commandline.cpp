// The command line: libvirt URIs given as plain arguments (what a desktop launcher's Exec=virtdeck %U
// passes, as virt-manager users type them) are accepted like --connect URI; a bad one is refused with a
// message naming it and what is allowed, and the real program then exits 2 having written nothing.

#include "CommandLine.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void helpNamesPositionalUris();
    void programConnectsToPositionalUri();
    void programRefusesBadUriAndSavesNothing();

private:
    static QProcessEnvironment environment(const QTemporaryDir &home);
};

void TestCommandLine::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("uris");
    QTest::addColumn<bool>("readOnly");
    const QString ssh = QStringLiteral("qemu+ssh://root@kvm-01.example.net/system");
    const QString local = QStringLiteral("qemu:///system");
    const QString test = QStringLiteral("test:///default");
    QTest::newRow("none") << QStringList{} << QStringList{} << false;
    QTest::newRow("one positional") << QStringList{ssh} << QStringList{ssh} << false;
    QTest::newRow("several positional") << QStringList{ssh, local} << QStringList{ssh, local} << false;
    QTest::newRow("trimmed") << QStringList{QStringLiteral(" qemu:///system ")} << QStringList{local}
                             << false;
    QTest::newRow("--connect first, then positional")
        << QStringList{QStringLiteral("--connect"), test, ssh} << QStringList{test, ssh} << false;
    QTest::newRow("same URI twice") << QStringList{ssh, QStringLiteral("-c"), ssh} << QStringList{ssh}
                                    << false;
    QTest::newRow("read-only applies to positional")
        << QStringList{QStringLiteral("--read-only"), local} << QStringList{local} << true;
}

void TestCommandLine::accepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, uris);
    QFETCH(bool, readOnly);
    arguments.prepend(QStringLiteral("virtdeck"));
    const Result<CommandLineOptions> o = parseCommandLine(arguments);
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
    QCOMPARE(o.value().connectUris, uris);
    QCOMPARE(o.value().readOnly, readOnly);
}

void TestCommandLine::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("not a URI") << QStringList{QStringLiteral("kvm-01")}
                               << QStringList{QStringLiteral("\"kvm-01\""),
                                              QStringLiteral("not a libvirt URI"),
                                              QStringLiteral("driver[+transport]://")};
    QTest::newRow("unknown driver") << QStringList{QStringLiteral("vmware://host/")}
                                    << QStringList{QStringLiteral("\"vmware://host/\""),
                                                   QStringLiteral("Unknown hypervisor driver")};
    QTest::newRow("a file URL") << QStringList{QStringLiteral("file:///home/me/fleet.xml")}
                                << QStringList{QStringLiteral("\"file:///home/me/fleet.xml\"")};
    QTest::newRow("bad one after a good one")
        << QStringList{QStringLiteral("qemu:///system"), QStringLiteral("qemu+ssh:///system")}
        << QStringList{QStringLiteral("\"qemu+ssh:///system\""), QStringLiteral("needs a host name")};
    QTest::newRow("run-schedules with a URI")
        << QStringList{QStringLiteral("--run-schedules"), QStringLiteral("qemu:///system")}
        << QStringList{QStringLiteral("--run-schedules"), QStringLiteral("takes no URI")};
}

void TestCommandLine::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, says);
    arguments.prepend(QStringLiteral("virtdeck"));
    const Result<CommandLineOptions> o = parseCommandLine(arguments);
    QVERIFY(!o.ok());
    QCOMPARE(o.error().code, 2);
    for (const QString &part : std::as_const(says))
        QVERIFY2(o.error().message.contains(part), qPrintable(o.error().message));
}

void TestCommandLine::helpNamesPositionalUris()
{
    const Result<CommandLineOptions> o =
        parseCommandLine({QStringLiteral("virtdeck"), QStringLiteral("--help")});
    QVERIFY(!o.ok());
    QCOMPARE(o.error().code, 0);
    QVERIFY2(o.error().message.contains(QStringLiteral("[uri...]")), qPrintable(o.error().message));
}

QProcessEnvironment TestCommandLine::environment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    return env;
}

void TestCommandLine::programConnectsToPositionalUri()
{
    // The real program with test:///default (libvirt's built-in test host: one server, "test") as a plain
    // argument: it lists that host's server and not the demo fleet, and remembers the URI.
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(environment(home));
    p.start(QStringLiteral(VIRTDECK_APP_BINARY),
            {QStringLiteral("test:///default"), QStringLiteral("--bench-startup")});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromLocal8Bit(p.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("(1 servers)")), qPrintable(out));
    QSettings saved(home.filePath(QStringLiteral("config/virtdeck/virtdeck.conf")), QSettings::IniFormat);
    QCOMPARE(saved.value(QStringLiteral("connections/recent")).toStringList(),
             QStringList{QStringLiteral("test:///default")});
}

void TestCommandLine::programRefusesBadUriAndSavesNothing()
{
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(environment(home));
    p.start(QStringLiteral(VIRTDECK_APP_BINARY), {QStringLiteral("qemu+ssh:///system")});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(QStringLiteral("\"qemu+ssh:///system\" is not a libvirt URI")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("needs a host name")), qPrintable(err));
    // Nothing written: no settings, no operations log, no demo fleet copy.
    const QStringList written =
        QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
