// DomainXml: reading identity, vCPUs, memory units, boot mode, disks and interfaces from domain XML, and
// SnapshotBuilder::pendingChanges between a live and a persistent definition.

#include "hypervisor/DomainXml.h"
#include "hypervisor/SnapshotBuilder.h"

#include <QTest>

using namespace virtdeck;

static const char *SampleXml = R"(<domain type='kvm'>
  <name>www-en-01</name>
  <uuid>353804a7-9c2d-55b9-bc7c-844f2d5d6d6e</uuid>
  <title>English front-end</title>
  <description>Canary
second line</description>
  <memory unit='GiB'>2</memory>
  <currentMemory unit='MiB'>512</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <cputune><shares>512</shares></cputune>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <kernel>/var/lib/libvirt/kernels/vmlinuz-6.1</kernel>
    <initrd>/var/lib/libvirt/kernels/initrd.img-6.1</initrd>
    <cmdline>root=/dev/vda1  ro console=ttyS0,115200</cmdline>
  </os>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/img/www.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='volume' device='cdrom'><source pool='iso' volume='rescue.iso'/><target dev='sda' bus='sata'/><readonly/></disk>
    <interface type='bridge'><mac address='52:54:00:aa:bb:cc'/><source bridge='br0'/><target dev='vnet3'/><model type='virtio'/></interface>
    <serial type='pty'><target port='0'/></serial>
    <console type='pty'><target type='serial' port='0'/></console>
  </devices>
</domain>)";

class TestDomainXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesSample();
    void bootModes_data();
    void bootModes();
    void memoryUnits_data();
    void memoryUnits();
    void refusesGarbage_data();
    void refusesGarbage();
    void pendingChanges();
};

void TestDomainXml::parsesSample()
{
    const Result<DomainDescription> d = parseDomainXml(QString::fromUtf8(SampleXml));
    QVERIFY(d.ok());
    QCOMPARE(d->name, QStringLiteral("www-en-01"));
    QCOMPARE(d->domainType, QStringLiteral("kvm"));
    QCOMPARE(d->title, QStringLiteral("English front-end"));
    QCOMPARE(d->vcpus, 2);
    QCOMPARE(d->maxVcpus, 4);
    QCOMPARE(d->memoryKiB, quint64(2 * 1024 * 1024));
    QCOMPARE(d->currentMemoryKiB, quint64(512 * 1024));
    QCOMPARE(d->cpuShares.value_or(0), quint64(512));
    QCOMPARE(d->boot.mode, BootInfo::Mode::DirectKernel);
    QCOMPARE(d->boot.cmdline, QStringLiteral("root=/dev/vda1  ro console=ttyS0,115200"));
    QCOMPARE(d->disks.size(), 2);
    QCOMPARE(d->disks[0].target, QStringLiteral("vda"));
    QCOMPARE(d->disks[0].format, QStringLiteral("qcow2"));
    QCOMPARE(d->disks[1].source, QStringLiteral("iso/rescue.iso"));
    QVERIFY(d->disks[1].readOnly);
    QCOMPARE(d->interfaces.size(), 1);
    QCOMPARE(d->interfaces[0].mac, QStringLiteral("52:54:00:aa:bb:cc"));
    QCOMPARE(d->interfaces[0].source, QStringLiteral("br0"));
    QCOMPARE(d->interfaces[0].targetDev, QStringLiteral("vnet3"));
    QCOMPARE(d->serialCount, 1);
    QCOMPARE(d->consoleCount, 1);
}

void TestDomainXml::bootModes_data()
{
    QTest::addColumn<QString>("os");
    QTest::addColumn<int>("mode");
    QTest::newRow("bios") << "<os><type>hvm</type><boot dev='hd'/></os>" << int(BootInfo::Mode::Bios);
    QTest::newRow("efi firmware attr")
        << "<os firmware='efi'><type>hvm</type></os>" << int(BootInfo::Mode::Uefi);
    QTest::newRow("pflash loader") << "<os><type>hvm</type><loader readonly='yes' "
                                      "type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader></os>"
                                   << int(BootInfo::Mode::Uefi);
    QTest::newRow("direct kernel") << "<os><type>hvm</type><kernel>/k</kernel></os>"
                                   << int(BootInfo::Mode::DirectKernel);
}

void TestDomainXml::bootModes()
{
    QFETCH(QString, os);
    QFETCH(int, mode);
    const Result<DomainDescription> d = parseDomainXml(QStringLiteral("<domain type='qemu'><name>x</name>") +
                                                       os + QStringLiteral("</domain>"));
    QVERIFY(d.ok());
    QCOMPARE(int(d->boot.mode), mode);
}

void TestDomainXml::memoryUnits_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qulonglong>("kib");
    QTest::newRow("default KiB") << "1024"
                                 << "" << 1024ull;
    QTest::newRow("bytes") << "1048576"
                           << "b" << 1024ull;
    QTest::newRow("MiB") << "256"
                         << "MiB" << 262144ull;
    QTest::newRow("M") << "256"
                       << "M" << 262144ull;
    QTest::newRow("GiB") << "1"
                         << "GiB" << 1048576ull;
    QTest::newRow("MB decimal") << "1"
                                << "MB" << 976ull;
}

void TestDomainXml::memoryUnits()
{
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(qulonglong, kib);
    QCOMPARE(memoryToKiB(value, unit).value_or(0), kib);
}

void TestDomainXml::refusesGarbage_data()
{
    QTest::addColumn<QString>("xml");
    QTest::newRow("empty") << "";
    QTest::newRow("not xml") << "name: www";
    QTest::newRow("wrong root") << "<network><name>x</name></network>";
    QTest::newRow("no name") << "<domain type='kvm'/>";
    QTest::newRow("unclosed") << "<domain><name>x</name>";
}

void TestDomainXml::refusesGarbage()
{
    QFETCH(QString, xml);
    QVERIFY(!parseDomainXml(xml).ok());
}

void TestDomainXml::pendingChanges()
{
    DomainDescription live = parseDomainXml(QString::fromUtf8(SampleXml)).value();
    DomainDescription next = live;
    QVERIFY(SnapshotBuilder::pendingChanges(live, next).isEmpty());
    next.maxVcpus = 8;
    next.boot.cmdline = QStringLiteral("root=/dev/vda1 single");
    const QStringList changes = SnapshotBuilder::pendingChanges(live, next);
    QCOMPARE(changes.size(), 2);
    next.currentMemoryKiB = live.currentMemoryKiB / 2; // balloon state is not a pending change
    QCOMPARE(SnapshotBuilder::pendingChanges(live, next).size(), 2);
    QVERIFY(changes[0].contains(QStringLiteral("4 → 8")));
    QVERIFY(changes[1].contains(QStringLiteral("single")));
}

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
