// Parsers of the diagnosis checklist (uptime, free, df, ps, dmesg), data-driven with outputs of real
// systems: the Debian 12 (procps-ng 4, coreutils 9) and BusyBox 1.35 rows were captured on the build
// machine; the others are the documented layouts of older procps (CentOS 6/7), BusyBox 1.2x (Alpine),
// FreeBSD and macOS.

#include "diagnostics/SystemParsers.h"

#include <QStandardPaths>
#include <QTest>

using namespace virtdeck;
using namespace virtdeck::SystemParsers;

class TestSystemParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uptime_data();
    void uptime();
    void uptimeUnreadable_data();
    void uptimeUnreadable();
    void freeOutput_data();
    void freeOutput();
    void freeUnreadable();
    void df_data();
    void df();
    void ps_data();
    void ps();
    void dmesg_data();
    void dmesg();
    void sizes_data();
    void sizes();
};

void TestSystemParsers::uptime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("upSeconds"); // -1: not reported
    QTest::addColumn<int>("users");        // -1: not reported
    QTest::addColumn<double>("load1");
    QTest::addColumn<double>("load15");

    QTest::newRow("debian12-procps") << " 04:48:17 up 40 min,  0 user,  load average: 6.75, 7.66, 4.71\n"
                                     << qint64(2400) << 0 << 6.75 << 4.71;
    QTest::newRow("busybox-1.35") << " 04:48:17 up 40 min,  0 users,  load average: 6.74, 7.65, 4.70\n"
                                  << qint64(2400) << 0 << 6.74 << 4.70;
    QTest::newRow("centos7-days-clock")
        << " 10:14:35 up 3 days,  2:01,  2 users,  load average: 0.08, 0.03, 0.05\n"
        << qint64(3 * 86400 + 2 * 3600 + 60) << 2 << 0.08 << 0.05;
    QTest::newRow("ubuntu-long-uptime")
        << " 16:02:11 up 127 days, 17:38,  1 user,  load average: 12.41, 10.02, 9.87"
        << qint64(127 * 86400 + 17 * 3600 + 38 * 60) << 1 << 12.41 << 9.87;
    QTest::newRow("busybox-old-no-users") << " 12:01:33 up  5:03,  load average: 0.00, 0.01, 0.05\n"
                                          << qint64(5 * 3600 + 3 * 60) << -1 << 0.0 << 0.05;
    QTest::newRow("freebsd") << " 3:17PM  up 12 days,  3:21, 2 users, load averages: 0.52, 0.58, 0.59\n"
                             << qint64(12 * 86400 + 3 * 3600 + 21 * 60) << 2 << 0.52 << 0.59;
    QTest::newRow("macos") << "15:17  up 3 days, 21:35, 3 users, load averages: 2.14 1.98 1.90\n"
                           << qint64(3 * 86400 + 21 * 3600 + 35 * 60) << 3 << 2.14 << 1.90;
    QTest::newRow("german-decimal-commas")
        << " 10:14:35 up 1 day,  3:07,  1 user,  load average: 0,52, 0,58, 0,59\n"
        << qint64(86400 + 3 * 3600 + 7 * 60) << 1 << 0.52 << 0.59;
    QTest::newRow("just-booted") << " 09:00:01 up 0 min,  1 user,  load average: 0.52, 0.14, 0.05\n"
                                 << qint64(0) << 1 << 0.52 << 0.05;
    QTest::newRow("proc-loadavg-fallback") << "0.08 0.03 0.01 2/123 4567\n"
                                           << qint64(-1) << -1 << 0.08 << 0.01;
    QTest::newRow("motd-noise-before")
        << "Welcome to web-01\n\n 10:00:00 up 2 min,  1 user,  load average: 1.00, 0.50, 0.25\n"
        << qint64(120) << 1 << 1.0 << 0.25;
}

void TestSystemParsers::uptime()
{
    QFETCH(QString, text);
    QFETCH(qint64, upSeconds);
    QFETCH(int, users);
    QFETCH(double, load1);
    QFETCH(double, load15);
    const Result<UptimeInfo> r = parseUptime(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->upSeconds.value_or(-1), upSeconds);
    QCOMPARE(r->users.value_or(-1), users);
    QCOMPARE(r->load1, load1);
    QCOMPARE(r->load15, load15);
}

void TestSystemParsers::uptimeUnreadable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("not-found") << "sh: 1: uptime: not found\ncat: /proc/loadavg: No such file or directory\n";
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02\x7f\xff garbage");
}

void TestSystemParsers::uptimeUnreadable()
{
    QFETCH(QString, text);
    const Result<UptimeInfo> r = parseUptime(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
}

void TestSystemParsers::freeOutput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("total");
    QTest::addColumn<quint64>("available");
    QTest::addColumn<bool>("estimated");
    QTest::addColumn<quint64>("swapTotal");
    QTest::addColumn<quint64>("swapUsed");

    QTest::newRow("debian12-procps")
        << "               total        used        free      shared  buff/cache   available\n"
           "Mem:        24684096     2473928    20726132        8788     1802644    22210168\n"
           "Swap:              0           0           0\n"
        << quint64(24684096) << quint64(22210168) << false << quint64(0) << quint64(0);
    QTest::newRow("busybox-1.35")
        << "              total        used        free      shared  buff/cache   available\n"
           "Mem:       24684096     2155204    20726132        8788     1802760    22210284\n"
           "Swap:             0           0           0\n"
        << quint64(24684096) << quint64(22210284) << false << quint64(0) << quint64(0);
    QTest::newRow("centos6-buffers-cache-line")
        << "             total       used       free     shared    buffers     cached\n"
           "Mem:       1922252    1800464     121788        264     139476    1302068\n"
           "-/+ buffers/cache:     358920    1563332\n"
           "Swap:      4128764      12416    4116348\n"
        << quint64(1922252) << quint64(1563332) << true << quint64(4128764) << quint64(12416);
    QTest::newRow("busybox-1.2x-buffers-line")
        << "             total       used       free     shared    buffers     cached\n"
           "Mem:        506260     143364     362896          0      10668      77440\n"
           "-/+ buffers:          132696     373564\n"
           "Swap:            0          0          0\n"
        << quint64(506260) << quint64(373564) << true << quint64(0) << quint64(0);
    QTest::newRow("busybox-no-buffers-line")
        << "             total       used       free     shared    buffers\n"
           "Mem:        252080     241200      10880          0       2048\n"
           "Swap:            0          0          0\n"
        << quint64(252080) << quint64(12928) << true << quint64(0) << quint64(0);
    QTest::newRow("procps-human-units")
        << "               total        used        free      shared  buff/cache   available\n"
           "Mem:           7.7Gi       2.1Gi       3.4Gi       180Mi       2.2Gi       5.3Gi\n"
           "Swap:          2.0Gi          0B       2.0Gi\n"
        << quint64(8074035) << quint64(5557453) << false << quint64(2097152) << quint64(0);
    QTest::newRow("procps-wide")
        << "               total        used        free      shared     buffers       cache   available\n"
           "Mem:        16303944     4515800     7436956      721296      389512     3961676    10919632\n"
           "Swap:        2097148           0     2097148\n"
        << quint64(16303944) << quint64(10919632) << false << quint64(2097148) << quint64(0);
    QTest::newRow("exhausted-no-swap")
        << "               total        used        free      shared  buff/cache   available\n"
           "Mem:         2030944     1951200       30120        1204       49624       20876\n"
           "Swap:              0           0           0\n"
        << quint64(2030944) << quint64(20876) << false << quint64(0) << quint64(0);
}

void TestSystemParsers::freeOutput()
{
    QFETCH(QString, text);
    QFETCH(quint64, total);
    QFETCH(quint64, available);
    QFETCH(bool, estimated);
    QFETCH(quint64, swapTotal);
    QFETCH(quint64, swapUsed);
    const Result<MemoryInfo> r = parseFree(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->totalKiB, total);
    QCOMPARE(r->availableKiB, available);
    QCOMPARE(r->availableEstimated, estimated);
    QCOMPARE(r->swapTotalKiB, swapTotal);
    QCOMPARE(r->swapUsedKiB, swapUsed);
}

void TestSystemParsers::freeUnreadable()
{
    QVERIFY(!parseFree(QStringLiteral("sh: free: not found\n")).ok());
    QVERIFY(!parseFree(QString()).ok());
    QVERIFY(!parseFree(QStringLiteral("Mem: x y z\n")).ok());
}

void TestSystemParsers::df_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("fullestMount"); // the fullest filesystem that is not ignorable
    QTest::addColumn<int>("fullestPercent");
    QTest::addColumn<quint64>("fullestSizeKiB");
    QTest::addColumn<int>("ignorable");

    QTest::newRow("debian12-coreutils")
        << "Filesystem              1024-blocks     Used Available Capacity Mounted on\n"
           "devtmpfs                   12334524        0  12334524       0% /dev\n"
           "tmpfs                      24684096        0  24684096       0% /dev/shm\n"
           "/dev/vda                  264212084 19074452  81262736      20% /\n"
           "tmpfs                      12342048        0  12342048       0% /sys/fs/cgroup\n"
        << 4 << "/" << 20 << quint64(264212084) << 2;
    QTest::newRow("busybox-1.35")
        << "Filesystem           1024-blocks    Used Available Capacity Mounted on\n"
           "devtmpfs              12334524         0  12334524   0% /dev\n"
           "tmpfs                 24684096         0  24684096   0% /dev/shm\n"
           "/dev/vda             264212084  19074452  81262736  19% /\n"
        << 3 << "/" << 19 << quint64(264212084) << 1;
    QTest::newRow("ubuntu-root-full-with-snaps")
        << "Filesystem     1024-blocks     Used Available Capacity Mounted on\n"
           "udev               4007452        0   4007452       0% /dev\n"
           "tmpfs               808024     1980    806044       1% /run\n"
           "/dev/sda2         61174704 58041028         0     100% /\n"
           "tmpfs              4040108        0   4040108       0% /dev/shm\n"
           "/dev/loop0           56832    56832         0     100% /snap/core18/2128\n"
           "/dev/sda1           523248     5364    517884       2% /boot/efi\n"
        << 6 << "/" << 100 << quint64(61174704) << 2;
    QTest::newRow("database-disk-97")
        << "Filesystem     1024-blocks      Used Available Capacity Mounted on\n"
           "/dev/vda1         20508240   9000000  10443696      47% /\n"
           "/dev/vdb1        104806400 100614144   4192256      97% /var/lib/mysql\n"
        << 2 << "/var/lib/mysql" << 97 << quint64(104806400) << 0;
    QTest::newRow("macos-512-blocks")
        << "Filesystem    512-blocks      Used Available Capacity  Mounted on\n"
           "/dev/disk1s1   976490576 880000000  90000000    91%    /System/Volumes/Data\n"
           "map auto_home          0         0         0   100%    /System/Volumes/Data/home\n"
        << 2 << "/System/Volumes/Data" << 91 << quint64(488245288) << 1;
    QTest::newRow("centos6-wrapped-lvm-name")
        << "Filesystem           1K-blocks      Used Available Use% Mounted on\n"
           "/dev/mapper/VolGroup-lv_root\n"
           "                      51606140  49000000         0 100% /\n"
           "tmpfs                   961124         0    961124   0% /dev/shm\n"
        << 2 << "/" << 100 << quint64(51606140) << 0;
    QTest::newRow("mount-point-with-space")
        << "Filesystem     1024-blocks Used Available Capacity Mounted on\n"
           "/dev/sdb1             1000  960        40      96% /media/usb stick\n"
        << 1 << "/media/usb stick" << 96 << quint64(1000) << 0;
    QTest::newRow("capacity-dash") << "Filesystem     1024-blocks Used Available Capacity Mounted on\n"
                                      "/dev/vdc              1000  990         9        - /data\n"
                                   << 1 << "/data" << 100 << quint64(1000) << 0;
}

void TestSystemParsers::df()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, fullestMount);
    QFETCH(int, fullestPercent);
    QFETCH(quint64, fullestSizeKiB);
    QFETCH(int, ignorable);
    const Result<QList<FilesystemUsage>> r = parseDf(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->size(), count);
    const FilesystemUsage *fullest = nullptr;
    int ignored = 0;
    for (const FilesystemUsage &fs : r.value()) {
        ignored += fs.ignorable ? 1 : 0;
        if (!fs.ignorable && (!fullest || fs.usedPercent > fullest->usedPercent))
            fullest = &fs;
    }
    QVERIFY(fullest);
    QCOMPARE(fullest->mountPoint, fullestMount);
    QCOMPARE(fullest->usedPercent, fullestPercent);
    QCOMPARE(fullest->sizeKiB, fullestSizeKiB);
    QCOMPARE(ignored, ignorable);
}

void TestSystemParsers::ps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("hasCpu");
    QTest::addColumn<QString>("busiest"); // command with the most CPU (empty: no CPU column)
    QTest::addColumn<QString>("largest"); // command with the most memory
    QTest::addColumn<int>("zombies");

    QTest::newRow("debian12-procps") << "  PID USER     STAT %CPU %MEM   RSS COMMAND\n"
                                        "    1 root     SLl   0.4  0.0 17200 process_api\n"
                                        "    2 root     S     0.0  0.0     0 kthreadd\n"
                                        "    3 root     S     0.0  0.0     0 pool_workqueue_release\n"
                                        "    4 root     I<    0.0  0.0     0 kworker/R-rcu_gp\n"
                                        "  812 www-data R    97.3 12.1 3012004 php-fpm8.2\n"
                                     << 5 << true << "php-fpm8.2"
                                     << "php-fpm8.2" << 0;
    QTest::newRow("busybox-1.35-o-columns") << "PID   USER     STAT RSS  COMMAND\n"
                                               "    1 root     S     16m process_api\n"
                                               "    2 root     SW      0 kthreadd\n"
                                               "  340 root     S    2.5g java\n"
                                            << 3 << false << ""
                                            << "java" << 0;
    QTest::newRow("busybox-1.35-plain")
        << "PID   USER     COMMAND\n"
           "    1 root     /process_api --firecracker-init --addr 0.0.0.0:2024 --max-ws-buffer-size 32768\n"
           "    2 root     [kthreadd]\n"
           "    3 root     [pool_workqueue_]\n"
        << 3 << false << ""
        << "" << 0;
    QTest::newRow("busybox-old-time-column") << "PID   USER     TIME  COMMAND\n"
                                                "    1 root      0:01 /sbin/init\n"
                                                "  123 root      0:00 [kworker/0:1]\n"
                                             << 2 << false << ""
                                             << "" << 0;
    QTest::newRow("zombies-and-d-state") << "  PID USER     STAT %CPU %MEM   RSS COMMAND\n"
                                            "  100 root     Ss    0.0  0.1  4000 cron\n"
                                            "  101 root     Z     0.0  0.0     0 cron\n"
                                            "  102 root     Z     0.0  0.0     0 cron\n"
                                            "  200 root     D     1.0  0.0     0 jbd2/vda1-8\n"
                                            " 4242 app      Rl  398.2 41.0 6291456 java\n"
                                         << 5 << true << "java"
                                         << "java" << 2;
    QTest::newRow("header-repeated-and-blank-lines") << "  PID USER     STAT %CPU %MEM   RSS COMMAND\n\n"
                                                        "    1 root     Ss    0.0  0.1 11000 systemd\n"
                                                        "  PID USER     STAT %CPU %MEM   RSS COMMAND\n"
                                                        "    7 root     S     2.0  0.0  2000 sshd\n"
                                                     << 2 << true << "sshd"
                                                     << "systemd" << 0;
}

void TestSystemParsers::ps()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(bool, hasCpu);
    QFETCH(QString, busiest);
    QFETCH(QString, largest);
    QFETCH(int, zombies);
    const Result<ProcessTable> r = parsePs(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->count(), count);
    QCOMPARE(r->hasCpu, hasCpu);
    if (!busiest.isEmpty())
        QCOMPARE(r->topByCpu(1).constFirst().command, busiest);
    if (!largest.isEmpty())
        QCOMPARE(r->topByMemory(1).constFirst().command, largest);
    QCOMPARE(r->zombies(), zombies);
}

void TestSystemParsers::dmesg_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("killed"); // "name:pid"
    QTest::addColumn<int>("invocations");
    QTest::addColumn<bool>("notPermitted");
    QTest::addColumn<int>("readOnly");
    QTest::addColumn<int>("ioErrors");
    QTest::addColumn<int>("hung");
    QTest::addColumn<int>("lockups");
    QTest::addColumn<int>("segfaults");

    QTest::newRow("oom-kernel-5") << "[123456.789012] java invoked oom-killer: "
                                     "gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0\n"
                                     "[123456.789123] Out of memory: Killed process 2211 (java) "
                                     "total-vm:8123456kB, anon-rss:3456789kB, "
                                     "file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:7012kB oom_score_adj:0\n"
                                     "[123456.812345] oom_reaper: reaped process 2211 (java), now "
                                     "anon-rss:0kB, file-rss:0kB, shmem-rss:0kB\n"
                                  << QStringList{QStringLiteral("java:2211")} << 1 << false << 0 << 0 << 0
                                  << 0 << 0;
    QTest::newRow("oom-centos7-kernel-3.10")
        << "[ 8765.432100] Out of memory: Kill process 1234 (mysqld) score 912 or sacrifice child\n"
           "[ 8765.432200] Killed process 1234 (mysqld) total-vm:2345678kB, anon-rss:1234567kB, "
           "file-rss:0kB\n"
        << QStringList{QStringLiteral("mysqld:1234")} << 0 << false << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("oom-cgroup-and-human-time")
        << "[  99.000001] Memory cgroup out of memory: Killed process 4242 (node) total-vm:1000kB\n"
           "[Mon Nov 20 10:11:12 2023] Out of memory: Killed process 77 (php-fpm) total-vm:2000kB\n"
        << QStringList{QStringLiteral("node:4242"), QStringLiteral("php-fpm:77")} << 0 << false << 0 << 0 << 0
        << 0 << 0;
    QTest::newRow("restricted-util-linux") << "dmesg: read kernel buffer failed: Operation not permitted\n"
                                           << QStringList() << 0 << true << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("restricted-busybox") << "dmesg: klogctl: Operation not permitted\n"
                                        << QStringList() << 0 << true << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("ext4-aborted-read-only")
        << "[ 1234.567890] EXT4-fs error (device vda1): ext4_journal_check_start:83: Detected aborted "
           "journal\n"
           "[ 1234.567999] EXT4-fs (vda1): Remounting filesystem read-only\n"
           "[  456.789000] blk_update_request: I/O error, dev vdb, sector 123456 op 0x1:(WRITE) flags 0x800 "
           "phys_seg 1 prio class 0\n"
        << QStringList() << 0 << false << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("hung-task-and-soft-lockup")
        << "[ 1000.000000] INFO: task jbd2/vda1-8:123 blocked for more than 120 seconds.\n"
           "[ 2000.000000] watchdog: BUG: soft lockup - CPU#1 stuck for 22s! [kworker/1:2:345]\n"
        << QStringList() << 0 << false << 0 << 0 << 1 << 1 << 0;
    QTest::newRow("debian12-segfault-lines")
        << "[ 2386.781132] tst_terminalscr[25099]: segfault at 1 ip 00007f8eedfb9da8 sp 00007ffcb75eed50 "
           "error 4 in "
           "libvterm.so.0.0.4[5da8,7f8eedfb6000+a000] likely on CPU 1 (core 1, socket 0)\n"
           "[ 2386.781147] Code: 34 48 8b 73 3c 53 4c 8d 05 85 0b 00 00 e8 b0 c3 ff ff c7 43 34 ff ff ff ff "
           "58 5a 83\n"
        << QStringList() << 0 << false << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("facility-prefix-dmesg-x")
        << "kern  :err   : [ 5.000000] Out of memory: Killed process 9 (stress) total-vm:1kB\n"
        << QStringList{QStringLiteral("stress:9")} << 0 << false << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("clean-boot")
        << "[    0.000000] Linux version 6.1.0-13-amd64 (debian-kernel@lists.debian.org)\n"
           "[    1.234567] EXT4-fs (vda1): mounted filesystem with ordered data mode. Quota mode: none.\n"
        << QStringList() << 0 << false << 0 << 0 << 0 << 0 << 0;
}

void TestSystemParsers::dmesg()
{
    QFETCH(QString, text);
    QFETCH(QStringList, killed);
    QFETCH(int, invocations);
    QFETCH(bool, notPermitted);
    QFETCH(int, readOnly);
    QFETCH(int, ioErrors);
    QFETCH(int, hung);
    QFETCH(int, lockups);
    QFETCH(int, segfaults);
    const KernelLog log = parseDmesg(text);
    QStringList seen;
    for (const OomKill &k : log.oomKills)
        seen << QStringLiteral("%1:%2").arg(k.process).arg(k.pid);
    QCOMPARE(seen, killed);
    QCOMPARE(log.oomInvocations, invocations);
    QCOMPARE(log.notPermitted, notPermitted);
    QCOMPARE(int(log.readOnlyRemounts.size()), readOnly);
    QCOMPARE(int(log.ioErrors.size()), ioErrors);
    QCOMPARE(int(log.hungTasks.size()), hung);
    QCOMPARE(int(log.lockups.size()), lockups);
    QCOMPARE(log.segfaults, segfaults);
    for (const OomKill &k : log.oomKills)
        QVERIFY2(!k.line.startsWith(QLatin1Char('[')), qPrintable(k.line)); // timestamp stripped
}

void TestSystemParsers::sizes_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<quint64>("unit");
    QTest::addColumn<qint64>("kib"); // -1: not a size
    QTest::newRow("plain-kib") << "2048" << quint64(1024) << qint64(2048);
    QTest::newRow("512-blocks") << "2048" << quint64(512) << qint64(1024);
    QTest::newRow("gibi") << "1.5Gi" << quint64(1024) << qint64(1572864);
    QTest::newRow("mega") << "512M" << quint64(1024) << qint64(524288);
    QTest::newRow("busybox-lower-m") << "16m" << quint64(1024) << qint64(16384);
    QTest::newRow("zero-bytes") << "0B" << quint64(1024) << qint64(0);
    QTest::newRow("decimal-comma") << "1,5G" << quint64(1024) << qint64(1572864);
    QTest::newRow("word") << "total" << quint64(1024) << qint64(-1);
    QTest::newRow("negative") << "-5" << quint64(1024) << qint64(-1);
}

void TestSystemParsers::sizes()
{
    QFETCH(QString, token);
    QFETCH(quint64, unit);
    QFETCH(qint64, kib);
    const std::optional<quint64> r = parseSizeKiB(token, unit);
    QCOMPARE(r ? qint64(*r) : qint64(-1), kib);
}

QTEST_GUILESS_MAIN(TestSystemParsers)
#include "tst_systemparsers.moc"
