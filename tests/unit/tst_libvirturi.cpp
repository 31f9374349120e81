// LibvirtUri: the URIs the Connect dialog and --connect accept or refuse (with a message saying what is
// allowed), checked without calling libvirt.

#include "hypervisor/LibvirtUri.h"

#include <QTest>

using namespace virtdeck;

class TestLibvirtUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void displayName_data();
    void displayName();
};

void TestLibvirtUri::validate_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("qemu system") << "qemu:///system" << true << "";
    QTest::newRow("qemu session") << "qemu:///session" << true << "";
    QTest::newRow("qemu+ssh") << "qemu+ssh://root@kvm-01.example.net/system" << true << "";
    QTest::newRow("qemu+libssh with port")
        << "qemu+libssh://admin@10.0.0.7:2222/system?known_hosts=/tmp/kh" << true << "";
    QTest::newRow("xen+ssh") << "xen+ssh://root@xen-01/system" << true << "";
    QTest::newRow("test default") << "test:///default" << true << "";
    QTest::newRow("test file") << "test:///home/me/fleet.xml" << true << "";
    QTest::newRow("private socket") << "qemu:///system?socket=/tmp/bed/run/libvirt-sock" << true << "";
    QTest::newRow("surrounding spaces trimmed") << "  qemu:///system  " << true << "";
    QTest::newRow("empty") << "" << false << "Enter a libvirt URI";
    QTest::newRow("no scheme") << "kvm-01.example.net" << false << "driver";
    QTest::newRow("unknown driver") << "vmware:///system" << false << "Unknown hypervisor driver";
    QTest::newRow("unknown transport") << "qemu+http://host/system" << false << "Unknown transport";
    QTest::newRow("ssh without host") << "qemu+ssh:///system" << false << "needs a host";
    QTest::newRow("qemu bad path") << "qemu:///systems" << false << "/system or /session";
    QTest::newRow("test with host") << "test://host/default" << false << "local";
    QTest::newRow("test relative") << "test://" << false << "/default";
    QTest::newRow("inner space") << "qemu:///sys tem" << false << "spaces";
    QTest::newRow("control char") << QStringLiteral("qemu:///system\x01") << false << "control";
    QTest::newRow("port zero") << "qemu+tcp://host:0/system" << false << "port";
    QTest::newRow("unknown parameter") << "qemu:///system?frobnicate=1" << false << "Unknown URI parameter";
}

void TestLibvirtUri::validate()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    const Result<QString> r = LibvirtUri::validate(uri);
    QCOMPARE(r.ok(), valid);
    if (valid)
        QCOMPARE(r.value(), uri.trimmed());
    else
        QVERIFY2(r.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.error().message));
}

void TestLibvirtUri::displayName_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("name");
    QTest::newRow("local system") << "qemu:///system"
                                  << "Local QEMU/KVM";
    QTest::newRow("remote") << "qemu+ssh://root@kvm-01/system"
                            << "root@kvm-01 (QEMU/KVM)";
    QTest::newRow("xen") << "xen+ssh://xen-01/system"
                         << "xen-01 (Xen)";
    QTest::newRow("test default") << "test:///default"
                                  << "Test driver";
}

void TestLibvirtUri::displayName()
{
    QFETCH(QString, uri);
    QFETCH(QString, name);
    QCOMPARE(LibvirtUri::displayName(uri), name);
}

QTEST_GUILESS_MAIN(TestLibvirtUri)
#include "tst_libvirturi.moc"
