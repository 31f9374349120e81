// CmdlineToggles: each control's option read from and written into one command line, other tokens and
// their order untouched, and the free text ("the rest") editable character by character without
// duplicating or moving the options the controls show.

#include "boot/CmdlineToggles.h"

#include <QStandardPaths>
#include <QtTest>

using namespace virtdeck;

class TestCmdlineToggles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readsControls();
    void selinux();
    void singleAndQuiet();
    void root();
    void rootMode();
    void consoles();
    void logLevelAndSysrq();
    void rescueShell();
    void restText();
    void typingInRestCharByChar();
    void typingManagedOptionInRest();
    void restEditsKeepOrder();
    void restUnclosedQuote();
    void initArgumentsStayInRest();
};

void TestCmdlineToggles::readsControls()
{
    const CmdlineToggles t(QStringLiteral("root=/dev/vda1 ro console=ttyS0,115200 selinux=0 quiet loglevel=3 "
                                          "foo=bar single init=/bin/sh sysrq_always_enabled"));
    QVERIFY(t.selinuxOff());
    QVERIFY(t.singleUser());
    QCOMPARE(t.root(), QStringLiteral("/dev/vda1"));
    QCOMPARE(t.rootMode(), CmdlineToggles::RootMode::ReadOnly);
    QCOMPARE(t.consoles(), QStringList{QStringLiteral("ttyS0,115200")});
    QVERIFY(t.quiet());
    QCOMPARE(t.logLevel(), std::optional<int>(3));
    QVERIFY(t.rescueShell());
    QVERIFY(t.sysrqAlwaysEnabled());
    QCOMPARE(t.restText(), QStringLiteral("foo=bar"));
}

void TestCmdlineToggles::selinux()
{
    CmdlineToggles t(QStringLiteral("root=/dev/vda1 selinux=1 ro"));
    QVERIFY(!t.selinuxOff());
    QCOMPARE(t.restText(), QStringLiteral("selinux=1")); // not what the toggle shows: it stays visible
    t.setSelinuxOff(true);
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 selinux=0 ro")); // replaced in place, no conflict
    QCOMPARE(t.restText(), QString());
    t.setSelinuxOff(false);
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 ro"));
    t.setSelinuxOff(true);
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 ro selinux=0"));
}

void TestCmdlineToggles::singleAndQuiet()
{
    CmdlineToggles t(QStringLiteral("quiet  ro"));
    t.setSingleUser(true);
    QCOMPARE(t.text(), QStringLiteral("quiet  ro single"));
    t.setQuiet(false);
    QCOMPARE(t.text(), QStringLiteral("ro single"));
    t.setSingleUser(false);
    t.setQuiet(true);
    QCOMPARE(t.text(), QStringLiteral("ro quiet"));
}

void TestCmdlineToggles::root()
{
    CmdlineToggles t(QStringLiteral("root=/dev/vda1 ro root=/dev/vdb1 quiet"));
    QCOMPARE(t.root(), QStringLiteral("/dev/vdb1")); // the kernel keeps the last one
    t.setRoot(QStringLiteral("LABEL=rootfs"));
    QCOMPARE(t.text(), QStringLiteral("root=LABEL=rootfs ro quiet"));
    t.setRoot(QStringLiteral("/dev/xvda2"));
    QCOMPARE(t.text(), QStringLiteral("root=/dev/xvda2 ro quiet"));
    t.setRoot(QString());
    QCOMPARE(t.text(), QStringLiteral("ro quiet"));
    t.setRoot(QStringLiteral("UUID=0a1b"));
    QCOMPARE(t.text(), QStringLiteral("ro quiet root=UUID=0a1b"));
}

void TestCmdlineToggles::rootMode()
{
    CmdlineToggles t(QStringLiteral("root=/dev/vda1 ro quiet rw"));
    QCOMPARE(t.rootMode(), CmdlineToggles::RootMode::ReadWrite);
    t.setRootMode(CmdlineToggles::RootMode::ReadOnly);
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 ro quiet"));
    t.setRootMode(CmdlineToggles::RootMode::Unset);
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 quiet"));
    t.setRootMode(CmdlineToggles::RootMode::ReadWrite);
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 quiet rw"));
}

void TestCmdlineToggles::consoles()
{
    CmdlineToggles t(QStringLiteral("console=tty0 ro console=ttyS0,115200 quiet"));
    QCOMPARE(t.consoles(), QStringList({QStringLiteral("tty0"), QStringLiteral("ttyS0,115200")}));
    t.setConsoles({QStringLiteral("ttyS0,115200"), QStringLiteral("hvc0")});
    QCOMPARE(t.text(), QStringLiteral("console=ttyS0,115200 console=hvc0 ro quiet"));
    t.setConsoles({});
    QCOMPARE(t.text(), QStringLiteral("ro quiet"));
    t.setConsoles({QStringLiteral("xvc0")});
    QCOMPARE(t.text(), QStringLiteral("ro quiet console=xvc0"));
}

void TestCmdlineToggles::logLevelAndSysrq()
{
    CmdlineToggles t(QStringLiteral("loglevel=9 ro"));
    QVERIFY(!t.logLevel()); // not 0..7: left to the free text
    QCOMPARE(t.restText(), QStringLiteral("loglevel=9"));
    t.setLogLevel(4);
    QCOMPARE(t.text(), QStringLiteral("loglevel=4 ro"));
    t.setLogLevel(std::nullopt);
    QCOMPARE(t.text(), QStringLiteral("ro"));
    t.setSysrqAlwaysEnabled(true);
    QCOMPARE(t.text(), QStringLiteral("ro sysrq_always_enabled"));
    t.setText(QStringLiteral("sysrq-always-enabled=1 ro"));
    QVERIFY(t.sysrqAlwaysEnabled());
    t.setSysrqAlwaysEnabled(false);
    QCOMPARE(t.text(), QStringLiteral("ro"));
}

void TestCmdlineToggles::rescueShell()
{
    CmdlineToggles t(QStringLiteral("ro init=/sbin/myinit quiet"));
    QVERIFY(!t.rescueShell());
    QCOMPARE(t.restText(), QStringLiteral("init=/sbin/myinit"));
    t.setRescueShell(true);
    QCOMPARE(t.text(), QStringLiteral("ro init=/bin/sh quiet"));
    t.setRescueShell(false);
    QCOMPARE(t.text(), QStringLiteral("ro quiet"));
}

void TestCmdlineToggles::restText()
{
    CmdlineToggles t(QStringLiteral("root=/dev/vda1 foo ro bar=\"a b\" quiet"));
    QCOMPARE(t.restText(), QStringLiteral("foo bar=\"a b\""));
    t.setRestText(QStringLiteral("foo bar=\"a b\" baz"));
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 foo ro bar=\"a b\" baz quiet"));
    t.setRestText(QStringLiteral("bar=\"a b\" baz"));
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 ro bar=\"a b\" baz quiet"));
    t.setRestText(QString());
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 ro quiet"));
    t.setRestText(QStringLiteral("net.ifnames=0"));
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 ro quiet net.ifnames=0"));
}

void TestCmdlineToggles::typingInRestCharByChar()
{
    CmdlineToggles t(QStringLiteral("root=/dev/vda1 foo ro quiet"));
    const QString typed = QStringLiteral("foo virtdeck.probe=42");
    QString field = t.restText();
    QCOMPARE(field, QStringLiteral("foo"));
    for (QChar c : typed.mid(field.size())) {
        field += c;
        t.setRestText(field);
    }
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 foo virtdeck.probe=42 ro quiet"));
    // Backspacing the whole word away leaves the rest untouched.
    while (field.size() > 3) {
        field.chop(1);
        t.setRestText(field);
    }
    QCOMPARE(t.text(), QStringLiteral("root=/dev/vda1 foo ro quiet"));
}

void TestCmdlineToggles::typingManagedOptionInRest()
{
    CmdlineToggles t(QStringLiteral("ro quiet"));
    QString field;
    for (QChar c : QStringLiteral("single x")) {
        field += c;
        t.setRestText(field);
    }
    QVERIFY(t.singleUser()); // the toggle follows the text
    QCOMPARE(t.text(), QStringLiteral("ro quiet single x"));
    // The toggle turned off takes it out of the text; the free text is redrawn without it.
    t.setSingleUser(false);
    QCOMPARE(t.text(), QStringLiteral("ro quiet x"));
    QCOMPARE(t.restText(), QStringLiteral("x"));
}

void TestCmdlineToggles::restEditsKeepOrder()
{
    CmdlineToggles t(QStringLiteral("a root=/dev/vda1 b ro c quiet d"));
    QCOMPARE(t.restText(), QStringLiteral("a b c d"));
    t.setRestText(QStringLiteral("a b2 c d")); // one token changed: it stays in its place
    QCOMPARE(t.text(), QStringLiteral("a root=/dev/vda1 b2 ro c quiet d"));
    t.setRestText(QStringLiteral("a b2 d")); // one removed
    QCOMPARE(t.text(), QStringLiteral("a root=/dev/vda1 b2 ro quiet d"));
    t.setRestText(QStringLiteral("z a b2 d")); // one added in front
    QCOMPARE(t.text(), QStringLiteral("z a root=/dev/vda1 b2 ro quiet d"));
}

void TestCmdlineToggles::restUnclosedQuote()
{
    CmdlineToggles t(QStringLiteral("ro quiet"));
    t.setRestText(QStringLiteral("x=\"open"));
    QCOMPARE(t.text(), QStringLiteral("ro quiet x=\"open"));
    t.setRestText(QStringLiteral("x=\"open y\""));
    QCOMPARE(t.text(), QStringLiteral("ro quiet x=\"open y\""));
    QCOMPARE(t.cmdline().lastValue(QStringLiteral("x")), std::optional<QString>(QStringLiteral("open y")));
}

void TestCmdlineToggles::initArgumentsStayInRest()
{
    CmdlineToggles t(QStringLiteral("ro -- single"));
    QVERIFY(!t.singleUser());
    QCOMPARE(t.restText(), QStringLiteral("-- single"));
    t.setSingleUser(true);
    QCOMPARE(t.text(), QStringLiteral("ro single -- single"));
    t.setRestText(QStringLiteral("x -- single"));
    QCOMPARE(t.text(), QStringLiteral("ro single x -- single"));
}

QTEST_GUILESS_MAIN(TestCmdlineToggles)
#include "tst_cmdlinetoggles.moc"
