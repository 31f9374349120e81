#pragma once

// Reads the parts of a libvirt domain XML that virtdeck shows and plans with (identity, vCPUs, memory,
// boot, disks, interfaces, consoles). Called on workers when a snapshot is built, and by tests.

#include "core/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace virtdeck {

struct DiskInfo
{
    QString device; // disk, cdrom, floppy, lun
    QString target; // vda, sdb, xvda
    QString bus;    // virtio, scsi, sata, xen, ide
    QString source; // file path, block device, pool/volume or network name
    QString format; // qcow2, raw...
    bool readOnly = false;
    friend bool operator==(const DiskInfo &, const DiskInfo &) = default;
};

struct InterfaceInfo
{
    QString type; // network, bridge, ethernet, direct, user
    QString mac;
    QString model;     // virtio, e1000...
    QString source;    // network or bridge name, host device
    QString targetDev; // host-side device (vnet3, tap name)
    friend bool operator==(const InterfaceInfo &, const InterfaceInfo &) = default;
};

struct BootInfo
{
    enum class Mode
    {
        Bios,
        Uefi,
        DirectKernel
    };
    Mode mode = Mode::Bios;
    QString kernel;
    QString initrd;
    QString cmdline;
    QString loader;          // firmware path (UEFI)
    QStringList bootDevices; // <boot dev='hd'/> order
    friend bool operator==(const BootInfo &, const BootInfo &) = default;
};

struct DomainDescription
{
    QString domainType; // qemu, kvm, xen, test
    QString name;
    QString uuid;
    QString title;
    QString description;
    int vcpus = 0;                    // current
    int maxVcpus = 0;                 // boot-time maximum
    quint64 memoryKiB = 0;            // <memory>: the boot-time maximum
    quint64 currentMemoryKiB = 0;     // <currentMemory>: the balloon target
    quint64 hotplugMaxMemoryKiB = 0;  // <maxMemory> when memory hotplug is configured
    std::optional<quint64> cpuShares; // <cputune><shares>
    QString osType;                   // hvm, xen, linux
    QString arch;
    QString machine;
    BootInfo boot;
    QList<DiskInfo> disks;
    QList<InterfaceInfo> interfaces;
    int serialCount = 0;
    int consoleCount = 0;
    QStringList graphics; // vnc, spice
};

// Memory value of an element with libvirt's unit attribute, in KiB (b, k, KiB, M, MiB, G, GiB, KB, MB...).
std::optional<quint64> memoryToKiB(const QString &value, const QString &unit);

Result<DomainDescription> parseDomainXml(const QString &xml);

QString bootModeName(BootInfo::Mode mode);

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DiskInfo)
Q_DECLARE_METATYPE(virtdeck::InterfaceInfo)
