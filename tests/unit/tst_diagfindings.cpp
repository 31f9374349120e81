// Findings of the diagnosis: each rule on outputs of real systems (the parsers' test rows), the
// hypervisor-state and reachability rules, the order of findings, where SSH goes, what the checklist
// concludes without any network (paused, stopped, no address, the demo's made-up addresses), and the
// text report with raw output (binary output included).

#include "diagnostics/Diagnoser.h"
#include "diagnostics/FindingRules.h"
#include "diagnostics/OutputText.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace virtdeck;
using namespace virtdeck::SystemParsers;

Q_DECLARE_METATYPE(virtdeck::Finding::Action)
Q_DECLARE_METATYPE(virtdeck::TcpProbeResult::Outcome)
Q_DECLARE_METATYPE(virtdeck::SshSession::Failure)

namespace {
const char *const UbuntuRootFull =
    "Filesystem     1024-blocks     Used Available Capacity Mounted on\n"
    "udev               4007452        0   4007452       0% /dev\n"
    "/dev/sda2         61174704 58041028         0     100% /\n"
    "/dev/loop0           56832    56832         0     100% /snap/core18/2128\n"
    "/dev/sda1           523248     5364    517884       2% /boot/efi\n";
const char *const FreeExhausted =
    "               total        used        free      shared  buff/cache   available\n"
    "Mem:         2030944     1951200       30120        1204       49624       20876\n"
    "Swap:              0           0           0\n";
const char *const FreeHealthy =
    "               total        used        free      shared  buff/cache   available\n"
    "Mem:        24684096     2473928    20726132        8788     1802644    22210168\n"
    "Swap:              0           0           0\n";
const char *const FreeLow = "             total       used       free     shared    buffers     cached\n"
                            "Mem:       1922252    1800464     121788        264     139476    1302068\n"
                            "-/+ buffers/cache:    1760000     162252\n"
                            "Swap:      4128764    4000000     128764\n";
const char *const DmesgOom =
    "[123456.789012] java invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0\n"
    "[123456.789123] Out of memory: Killed process 2211 (java) total-vm:8123456kB\n";
const char *const PsRunaway = "  PID USER     STAT %CPU %MEM   RSS COMMAND\n"
                              "    1 root     Ss    0.0  0.1 11000 systemd\n"
                              " 4242 app      Rl  398.2 41.0 6291456 java\n"
                              "  812 www-data R    97.3 12.1 3012004 php-fpm8.2\n";

QString ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.id;
    return out.join(QLatin1Char(','));
}

ProcessTable manyProcesses(int count, const QString &command)
{
    ProcessTable t;
    t.hasCpu = true;
    for (int i = 0; i < count; ++i) {
        ProcessInfo p;
        p.pid = 1000 + i;
        p.user = QStringLiteral("www-data");
        p.state = QStringLiteral("S");
        p.cpuPercent = 0.1;
        p.command = command;
        t.processes << p;
    }
    return t;
}
} // namespace

class TestDiagFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void state_data();
    void state();
    void probe_data();
    void probe();
    void sshFailure_data();
    void sshFailure();
    void disks_data();
    void disks();
    void memory_data();
    void memory();
    void load_data();
    void load();
    void processes_data();
    void processes();
    void kernel();
    void sortsMostSevereFirst();
    void candidates();
    void notRunningIsTheAnswer_data();
    void notRunningIsTheAnswer();
    void noAddress_data();
    void noAddress();
    void reportText();
    void outputText();
};

void TestDiagFindings::state_data()
{
    QTest::addColumn<DomainState>("state");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Finding::Action>("action");
    QTest::newRow("running") << DomainState::Running << QString() << Finding::Action::None;
    QTest::newRow("paused") << DomainState::Paused << "state.paused" << Finding::Action::ResumeServer;
    QTest::newRow("shut-off") << DomainState::ShutOff << "state.off" << Finding::Action::StartServer;
    QTest::newRow("crashed") << DomainState::Crashed << "state.crashed" << Finding::Action::OpenConsole;
    QTest::newRow("pm-suspended") << DomainState::Suspended << "state.suspended"
                                  << Finding::Action::OpenConsole;
}

void TestDiagFindings::state()
{
    QFETCH(DomainState, state);
    QFETCH(QString, id);
    QFETCH(Finding::Action, action);
    const QList<Finding> f = FindingRules::forState(state, QStringLiteral("www-en-01"));
    QCOMPARE(ids(f), id);
    if (!f.isEmpty()) {
        QCOMPARE(f.first().action, action);
        QCOMPARE(f.first().severity, Finding::Severity::Critical);
        QVERIFY(f.first().title.contains(QLatin1String("www-en-01")));
    }
}

void TestDiagFindings::probe_data()
{
    QTest::addColumn<TcpProbeResult::Outcome>("outcome");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Finding::Action>("action");
    QTest::addColumn<QString>("adviceContains");
    QTest::newRow("connected") << TcpProbeResult::Outcome::Connected << QString() << Finding::Action::None
                               << QString();
    QTest::newRow("refused") << TcpProbeResult::Outcome::Refused << "ssh.refused"
                             << Finding::Action::OpenConsole << "SysRq";
    QTest::newRow("timeout") << TcpProbeResult::Outcome::TimedOut << "ssh.timeout"
                             << Finding::Action::OpenConsole << "serial console";
    QTest::newRow("no-route") << TcpProbeResult::Outcome::NoRoute << "network.noroute"
                              << Finding::Action::None << "network team";
    QTest::newRow("dns") << TcpProbeResult::Outcome::NotFound << "network.dns"
                         << Finding::Action::EditSshAccess << "SSH access";
}

void TestDiagFindings::probe()
{
    QFETCH(TcpProbeResult::Outcome, outcome);
    QFETCH(QString, id);
    QFETCH(Finding::Action, action);
    QFETCH(QString, adviceContains);
    TcpProbeResult r;
    r.outcome = outcome;
    r.host = QStringLiteral("web-01.example");
    r.address = QStringLiteral("192.0.2.10");
    r.port = 22;
    r.elapsedMs = 3;
    r.detail = QStringLiteral("No route to host");
    const QList<Finding> f = FindingRules::forProbe(r, QStringLiteral("web-01"));
    QCOMPARE(ids(f), id);
    if (!f.isEmpty()) {
        QCOMPARE(f.first().action, action);
        QVERIFY2(f.first().advice.contains(adviceContains), qPrintable(f.first().advice));
    }
}

void TestDiagFindings::sshFailure_data()
{
    QTest::addColumn<SshSession::Failure>("failure");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Finding::Action>("action");
    QTest::newRow("silent-sshd") << SshSession::Failure::Timeout << "ssh.silent"
                                 << Finding::Action::OpenConsole;
    QTest::newRow("host-key-changed")
        << SshSession::Failure::HostKeyChanged << "ssh.hostkey-changed" << Finding::Action::None;
    QTest::newRow("auth-denied") << SshSession::Failure::AuthDenied << "ssh.auth"
                                 << Finding::Action::EditSshAccess;
    QTest::newRow("cancelled") << SshSession::Failure::Cancelled << QString() << Finding::Action::None;
}

void TestDiagFindings::sshFailure()
{
    QFETCH(SshSession::Failure, failure);
    QFETCH(QString, id);
    QFETCH(Finding::Action, action);
    const QList<Finding> f = FindingRules::forSshFailure(
        failure, Error(QStringLiteral("message"), QStringLiteral("detail")), QStringLiteral("web-01"), 5000);
    QCOMPARE(ids(f), id);
    if (!f.isEmpty())
        QCOMPARE(f.first().action, action);
}

void TestDiagFindings::disks_data()
{
    QTest::addColumn<QString>("df");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ubuntu-root-full-snap-ignored") << QString::fromLatin1(UbuntuRootFull) << "disk.full";
    QTest::newRow("at-95") << "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                              "/dev/vda1 1000 950 50 95% /\n"
                           << "disk.full";
    QTest::newRow("at-94") << "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                              "/dev/vda1 1000 940 60 94% /\n"
                           << QString();
    QTest::newRow("two-full") << "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                                 "/dev/vda1 1000 990 10 99% /\n"
                                 "/dev/vdb1 104806400 100614144 4192256 97% /var/lib/mysql\n"
                              << "disk.full,disk.full";
}

void TestDiagFindings::disks()
{
    QFETCH(QString, df);
    QFETCH(QString, expected);
    const Result<QList<FilesystemUsage>> parsed = parseDf(df);
    QVERIFY(parsed.ok());
    const QList<Finding> f = FindingRules::forDisks(parsed.value(), FindingThresholds());
    QCOMPARE(ids(f), expected);
    for (const Finding &finding : f) {
        QCOMPARE(finding.severity, Finding::Severity::Critical);
        QVERIFY(finding.advice.contains(QLatin1String("Clean up")));
        QVERIFY(finding.advice.contains(QLatin1String("enlarge the disk")));
        QVERIFY(!finding.title.contains(QLatin1String("/snap/")));
    }
}

void TestDiagFindings::memory_data()
{
    QTest::addColumn<QString>("free");
    QTest::addColumn<QString>("dmesg");
    QTest::addColumn<QString>("expected");
    QTest::newRow("healthy") << QString::fromLatin1(FreeHealthy) << QString() << QString();
    QTest::newRow("exhausted") << QString::fromLatin1(FreeExhausted) << QString() << "memory.exhausted";
    QTest::newRow("low-centos6") << QString::fromLatin1(FreeLow) << QString() << "memory.low";
    QTest::newRow("oom-kill-with-memory-free-again")
        << QString::fromLatin1(FreeHealthy) << QString::fromLatin1(DmesgOom) << "memory.oom";
    QTest::newRow("oom-and-exhausted") << QString::fromLatin1(FreeExhausted) << QString::fromLatin1(DmesgOom)
                                       << "memory.oom,memory.exhausted";
}

void TestDiagFindings::memory()
{
    QFETCH(QString, free);
    QFETCH(QString, dmesg);
    QFETCH(QString, expected);
    const Result<MemoryInfo> m = parseFree(free);
    QVERIFY(m.ok());
    const Result<ProcessTable> ps = parsePs(QString::fromLatin1(PsRunaway));
    const QList<Finding> f =
        FindingRules::forMemory(m.value(), parseDmesg(dmesg), ps.value(), FindingThresholds());
    QCOMPARE(ids(f), expected);
    for (const Finding &finding : f) {
        QCOMPARE(finding.action, Finding::Action::OpenFlex);
        QVERIFY(finding.advice.contains(QLatin1String("Add shares")));
        // The largest processes are listed, the biggest first.
        QVERIFY(std::any_of(finding.evidence.begin(), finding.evidence.end(),
                            [](const QString &l) { return l.contains(QLatin1String("java")); }));
    }
    if (expected.startsWith(QLatin1String("memory.oom")))
        QVERIFY(f.first().detail.contains(QLatin1String("java (2211)")));
}

void TestDiagFindings::load_data()
{
    QTest::addColumn<QString>("uptime");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Finding::Severity>("severity");
    const QString busy =
        QStringLiteral(" 16:02:11 up 127 days, 17:38,  1 user,  load average: 12.41, 10.02, 9.87");
    QTest::newRow("above-2x-of-4") << busy << 4 << "load.high" << Finding::Severity::Warning;
    QTest::newRow("below-2x-of-8") << busy << 8 << QString() << Finding::Severity::Info;
    QTest::newRow("above-4x-of-2") << busy << 2 << "load.high" << Finding::Severity::Critical;
    QTest::newRow("vcpus-unknown") << busy << 0 << QString() << Finding::Severity::Info;
    QTest::newRow("short-spike-only") << " 10:00:00 up 2 min,  1 user,  load average: 30.00, 4.00, 1.00" << 2
                                      << QString() << Finding::Severity::Info;
}

void TestDiagFindings::load()
{
    QFETCH(QString, uptime);
    QFETCH(int, vcpus);
    QFETCH(QString, expected);
    QFETCH(Finding::Severity, severity);
    const Result<UptimeInfo> u = parseUptime(uptime);
    QVERIFY(u.ok());
    const QList<Finding> f = FindingRules::forLoad(
        u.value(), vcpus, parsePs(QString::fromLatin1(PsRunaway)).value(), FindingThresholds());
    QCOMPARE(ids(f), expected);
    if (!f.isEmpty()) {
        QCOMPARE(f.first().severity, severity);
        QCOMPARE(f.first().action, Finding::Action::OpenFlex);
        QVERIFY(f.first().advice.contains(QLatin1String("runaway process")));
        // Top processes listed, busiest first.
        QVERIFY(f.first().evidence.value(0).contains(QLatin1String("java")));
        QVERIFY(f.first().evidence.value(1).contains(QLatin1String("php-fpm8.2")));
    }
}

void TestDiagFindings::processes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1500-on-2-vcpus") << 1500 << 2 << "processes.many";
    QTest::newRow("900-on-2-vcpus") << 900 << 2 << QString();
    QTest::newRow("1500-on-4-vcpus") << 1500 << 4 << QString();
}

void TestDiagFindings::processes()
{
    QFETCH(int, count);
    QFETCH(int, vcpus);
    QFETCH(QString, expected);
    const ProcessTable t = manyProcesses(count, QStringLiteral("/usr/sbin/apache2 -k start"));
    const QList<Finding> f = FindingRules::forProcesses(t, vcpus, FindingThresholds());
    QCOMPARE(ids(f), expected);
    if (!f.isEmpty())
        QVERIFY2(f.first().detail.contains(QStringLiteral("apache2 × %1").arg(count)),
                 qPrintable(f.first().detail));
}

void TestDiagFindings::kernel()
{
    const KernelLog ro =
        parseDmesg(QStringLiteral("[ 1234.5] EXT4-fs (vda1): Remounting filesystem read-only\n"));
    QCOMPARE(ids(FindingRules::forKernel(ro, QStringLiteral("root"))), QStringLiteral("kernel.filesystem"));
    const KernelLog denied =
        parseDmesg(QStringLiteral("dmesg: read kernel buffer failed: Operation not permitted\n"));
    const QList<Finding> f = FindingRules::forKernel(denied, QStringLiteral("vdtest"));
    QCOMPARE(ids(f), QStringLiteral("kernel.denied"));
    QCOMPARE(f.first().severity, Finding::Severity::Info);
    QVERIFY(f.first().title.contains(QLatin1String("vdtest")));
    QVERIFY(FindingRules::forKernel(parseDmesg(QString()), QStringLiteral("root")).isEmpty());
}

void TestDiagFindings::sortsMostSevereFirst()
{
    QList<Finding> f;
    f << FindingRules::forKernel(parseDmesg(QStringLiteral("dmesg: klogctl: Operation not permitted")),
                                 QStringLiteral("u"));
    f << FindingRules::forProcesses(manyProcesses(2000, QStringLiteral("x")), 1, FindingThresholds());
    f << FindingRules::forState(DomainState::Paused, QStringLiteral("s"));
    FindingRules::sort(f);
    QCOMPARE(ids(f), QStringLiteral("state.paused,processes.many,kernel.denied"));
}

void TestDiagFindings::candidates()
{
    Diagnoser::Input in;
    in.server = ServerRef{QStringLiteral("qemu:///system"), QStringLiteral("u-1"), QStringLiteral("web-01")};
    auto address = [](const QString &a, bool v6) {
        ServerAddress s;
        s.address = a;
        s.ipv6 = v6;
        return s;
    };
    in.addresses = {address(QStringLiteral("2001:db8::5"), true), address(QStringLiteral("127.0.0.1"), false),
                    address(QStringLiteral("fe80::1"), true), address(QStringLiteral("192.0.2.5"), false)};
    QList<SshTarget> t = Diagnoser::candidates(in);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.at(0).host, QStringLiteral("192.0.2.5"));
    QCOMPARE(t.at(1).host, QStringLiteral("2001:db8::5"));
    QCOMPARE(t.at(0).label, QStringLiteral("web-01"));

    in.access = SshAccess{QStringLiteral("web-01.example.org"), 2222, QStringLiteral("admin")};
    t = Diagnoser::candidates(in);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().host, QStringLiteral("web-01.example.org"));
    QCOMPARE(t.first().port, 2222);
    QCOMPARE(t.first().user, QStringLiteral("admin"));

    in.access = SshAccess{QString(), 0, QStringLiteral("admin")}; // user only: addresses still used
    in.fakeAddresses = true;
    QVERIFY(Diagnoser::candidates(in).isEmpty());
}

void TestDiagFindings::notRunningIsTheAnswer_data()
{
    QTest::addColumn<DomainState>("state");
    QTest::addColumn<QString>("id");
    QTest::newRow("paused") << DomainState::Paused << "state.paused";
    QTest::newRow("shut-off") << DomainState::ShutOff << "state.off";
}

void TestDiagFindings::notRunningIsTheAnswer()
{
    QFETCH(DomainState, state);
    QFETCH(QString, id);
    Diagnoser::Input in;
    in.server = ServerRef{QStringLiteral("test:///x"), QStringLiteral("u-1"), QStringLiteral("www-fr-09")};
    in.state = state;
    in.vcpus = 1;
    in.access.host = QStringLiteral("127.0.0.1"); // would be reachable: never tried
    QList<int> progressed;
    const DiagnosisReport r = Diagnoser::run(in, nullptr, makeCancelFlag(),
                                             [&](int index, const DiagnosisStep &) { progressed << index; });
    QVERIFY(r.finished);
    QCOMPARE(ids(r.findings), id);
    QCOMPARE(r.step(QStringLiteral("hypervisor"))->status, DiagnosisStep::Status::Done);
    for (const QString &s :
         {QStringLiteral("reachability"), QStringLiteral("login"), QStringLiteral("uptime")})
        QCOMPARE(r.step(s)->status, DiagnosisStep::Status::Skipped);
    QVERIFY(progressed.contains(0));
    QVERIFY(r.endpoint.isEmpty());
    QVERIFY(r.summary().contains(r.findings.first().title));
}

void TestDiagFindings::noAddress_data()
{
    QTest::addColumn<bool>("fake");
    QTest::addColumn<QString>("id");
    QTest::newRow("no-address") << false << "address.none";
    QTest::newRow("demo-made-up-addresses") << true << "address.demo";
}

void TestDiagFindings::noAddress()
{
    QFETCH(bool, fake);
    QFETCH(QString, id);
    Diagnoser::Input in;
    in.server = ServerRef{QStringLiteral("test:///x"), QStringLiteral("u-1"), QStringLiteral("www-en-02")};
    in.state = DomainState::Running;
    in.vcpus = 2;
    in.fakeAddresses = fake;
    if (fake) {
        ServerAddress a;
        a.address = QStringLiteral("10.10.1.21");
        in.addresses << a;
    }
    const DiagnosisReport r = Diagnoser::run(in, nullptr, makeCancelFlag());
    QCOMPARE(ids(r.findings), id);
    QCOMPARE(r.findings.first().action, Finding::Action::EditSshAccess);
    QCOMPARE(r.step(QStringLiteral("reachability"))->status, DiagnosisStep::Status::Failed);
    QCOMPARE(r.step(QStringLiteral("login"))->status, DiagnosisStep::Status::Skipped);
}

void TestDiagFindings::reportText()
{
    Diagnoser::Input in;
    in.server = ServerRef{QStringLiteral("qemu:///system"), QStringLiteral("u-1"), QStringLiteral("db-01")};
    in.state = DomainState::Running;
    in.vcpus = 12;
    DiagnosisReport r = Diagnoser::plan(in);
    const int disk = r.stepIndex(QStringLiteral("disk"));
    r.steps[disk].status = DiagnosisStep::Status::Done;
    r.steps[disk].hasOutput = true;
    r.steps[disk].output.out = QByteArray(UbuntuRootFull) + QByteArray("\x00\x1b[2J", 5);
    r.steps[disk].output.outBytes = 3 * 1024 * 1024;
    r.steps[disk].output.exitStatus = 0;
    r.findings =
        FindingRules::forDisks(parseDf(QString::fromLatin1(UbuntuRootFull)).value(), FindingThresholds());
    r.finished = true;
    const QString text = r.toText();
    QVERIFY(text.contains(QLatin1String("Diagnosis of db-01")));
    QVERIFY(text.contains(QLatin1String("[Critical] / is 100 % full")));
    QVERIFY(text.contains(QLatin1String("$ LC_ALL=C df -P -k")));
    QVERIFY(text.contains(QLatin1String("/dev/sda2         61174704")));
    QVERIFY(text.contains(QLatin1String("[output cut:")));
    QVERIFY(!text.contains(QChar(0)));
    QVERIFY(!text.contains(QChar(0x1b)));
    QCOMPARE(r.problemCount(), 1);
    QCOMPARE(r.worst(), Finding::Severity::Critical);
    QVERIFY(r.summary().startsWith(QLatin1String("1 problem")));
}

void TestDiagFindings::outputText()
{
    QCOMPARE(OutputText::display("a\r\nb\rc\td"), QStringLiteral("a\nb\nc\td"));
    const QByteArray binary("\x7f"
                            "ELF\x02\x01\x01\x00\x00\x00\xff\xfe",
                            12);
    QVERIFY(OutputText::looksBinary(binary));
    QVERIFY(!OutputText::looksBinary("plain text\nwith lines\n"));
    const QString shown = OutputText::display(binary);
    QVERIFY(!shown.contains(QChar(0)));
    QVERIFY(shown.contains(QChar(0xFFFD)));
    QCOMPARE(OutputText::firstLine("\n\n  hello world  \nsecond"), QStringLiteral("hello world"));
    QCOMPARE(OutputText::display(QByteArray(1000, 'x'), 10).size(), 11); // 10 characters and an ellipsis
    QVERIFY(OutputText::display("caf\xc3\xa9 \xff").contains(QStringLiteral("café")));
}

QTEST_GUILESS_MAIN(TestDiagFindings)
#include "tst_diagfindings.moc"
