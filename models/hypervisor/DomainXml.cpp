#include "hypervisor/DomainXml.h"

#include <QCoreApplication>
#include <QDomDocument>

namespace virtdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::DomainXml)
};

QString childText(const QDomElement &parent, const QString &name)
{
    return parent.firstChildElement(name).text().trimmed();
}

quint64 elementKiB(const QDomElement &parent, const QString &name)
{
    const QDomElement e = parent.firstChildElement(name);
    if (e.isNull())
        return 0;
    return memoryToKiB(e.text(), e.attribute(QStringLiteral("unit"))).value_or(0);
}

BootInfo readBoot(const QDomElement &os)
{
    BootInfo boot;
    boot.kernel = childText(os, QStringLiteral("kernel"));
    boot.initrd = childText(os, QStringLiteral("initrd"));
    boot.cmdline = os.firstChildElement(QStringLiteral("cmdline")).text(); // exact, spaces kept
    const QDomElement loader = os.firstChildElement(QStringLiteral("loader"));
    boot.loader = loader.text().trimmed();
    for (QDomElement b = os.firstChildElement(QStringLiteral("boot")); !b.isNull();
         b = b.nextSiblingElement(QStringLiteral("boot")))
        boot.bootDevices << b.attribute(QStringLiteral("dev"));
    if (!boot.kernel.isEmpty())
        boot.mode = BootInfo::Mode::DirectKernel;
    else if (os.attribute(QStringLiteral("firmware")) == QLatin1String("efi") ||
             loader.attribute(QStringLiteral("type")) == QLatin1String("pflash") ||
             boot.loader.contains(QLatin1String("OVMF"), Qt::CaseInsensitive) ||
             boot.loader.contains(QLatin1String("efi"), Qt::CaseInsensitive))
        boot.mode = BootInfo::Mode::Uefi;
    return boot;
}

QString diskSource(const QDomElement &disk)
{
    const QDomElement src = disk.firstChildElement(QStringLiteral("source"));
    for (const char *attr : {"file", "dev", "name", "dir", "volume"}) {
        const QString v = src.attribute(QLatin1String(attr));
        if (!v.isEmpty()) {
            if (QLatin1String(attr) == QLatin1String("volume"))
                return src.attribute(QStringLiteral("pool")) + QLatin1Char('/') + v;
            return v;
        }
    }
    return {};
}

void readDevices(const QDomElement &devices, DomainDescription &d)
{
    for (QDomElement e = devices.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        const QString tag = e.tagName();
        if (tag == QLatin1String("disk")) {
            DiskInfo disk;
            disk.device = e.attribute(QStringLiteral("device"), QStringLiteral("disk"));
            const QDomElement target = e.firstChildElement(QStringLiteral("target"));
            disk.target = target.attribute(QStringLiteral("dev"));
            disk.bus = target.attribute(QStringLiteral("bus"));
            disk.source = diskSource(e);
            disk.format = e.firstChildElement(QStringLiteral("driver")).attribute(QStringLiteral("type"));
            disk.readOnly = !e.firstChildElement(QStringLiteral("readonly")).isNull();
            d.disks << disk;
        } else if (tag == QLatin1String("interface")) {
            InterfaceInfo nic;
            nic.type = e.attribute(QStringLiteral("type"));
            nic.mac = e.firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address"));
            nic.model = e.firstChildElement(QStringLiteral("model")).attribute(QStringLiteral("type"));
            const QDomElement src = e.firstChildElement(QStringLiteral("source"));
            for (const char *attr : {"network", "bridge", "dev", "address"}) {
                if (nic.source.isEmpty())
                    nic.source = src.attribute(QLatin1String(attr));
            }
            nic.targetDev = e.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev"));
            d.interfaces << nic;
        } else if (tag == QLatin1String("serial")) {
            ++d.serialCount;
        } else if (tag == QLatin1String("console")) {
            ++d.consoleCount;
        } else if (tag == QLatin1String("graphics")) {
            d.graphics << e.attribute(QStringLiteral("type"));
        }
    }
}
} // namespace

std::optional<quint64> memoryToKiB(const QString &value, const QString &unit)
{
    bool ok = false;
    const quint64 n = value.trimmed().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString u = unit.trimmed();
    if (u.isEmpty() || u == QLatin1String("k") || u == QLatin1String("KiB"))
        return n;
    if (u == QLatin1String("b") || u == QLatin1String("bytes"))
        return n / 1024;
    if (u == QLatin1String("KB"))
        return n * 1000 / 1024;
    if (u == QLatin1String("M") || u == QLatin1String("MiB"))
        return n * 1024;
    if (u == QLatin1String("MB"))
        return n * 1000 * 1000 / 1024;
    if (u == QLatin1String("G") || u == QLatin1String("GiB"))
        return n * 1024 * 1024;
    if (u == QLatin1String("GB"))
        return n * 1000 * 1000 * 1000 / 1024;
    if (u == QLatin1String("T") || u == QLatin1String("TiB"))
        return n * 1024 * 1024 * 1024;
    return std::nullopt;
}

Result<DomainDescription> parseDomainXml(const QString &xml)
{
    QDomDocument doc;
    const auto parsed = doc.setContent(xml);
    if (!parsed)
        return Error(Text::tr("The server's definition (domain XML) could not be read."),
                     Text::tr("not well-formed XML"));
    const QDomElement root = doc.documentElement();
    if (root.tagName() != QLatin1String("domain"))
        return Error(Text::tr("The server's definition is not a libvirt domain."), root.tagName());

    DomainDescription d;
    d.domainType = root.attribute(QStringLiteral("type"));
    d.name = childText(root, QStringLiteral("name"));
    d.uuid = childText(root, QStringLiteral("uuid"));
    d.title = childText(root, QStringLiteral("title"));
    d.description = root.firstChildElement(QStringLiteral("description")).text().trimmed();
    if (d.name.isEmpty())
        return Error(Text::tr("The server's definition has no name."));

    const QDomElement vcpu = root.firstChildElement(QStringLiteral("vcpu"));
    d.maxVcpus = vcpu.text().trimmed().toInt();
    d.vcpus = vcpu.hasAttribute(QStringLiteral("current")) ? vcpu.attribute(QStringLiteral("current")).toInt()
                                                           : d.maxVcpus;
    d.memoryKiB = elementKiB(root, QStringLiteral("memory"));
    d.currentMemoryKiB = elementKiB(root, QStringLiteral("currentMemory"));
    if (d.currentMemoryKiB == 0)
        d.currentMemoryKiB = d.memoryKiB;
    d.hotplugMaxMemoryKiB = elementKiB(root, QStringLiteral("maxMemory"));

    const QDomElement shares =
        root.firstChildElement(QStringLiteral("cputune")).firstChildElement(QStringLiteral("shares"));
    if (!shares.isNull()) {
        bool ok = false;
        const quint64 v = shares.text().trimmed().toULongLong(&ok);
        if (ok)
            d.cpuShares = v;
    }

    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    const QDomElement type = os.firstChildElement(QStringLiteral("type"));
    d.osType = type.text().trimmed();
    d.arch = type.attribute(QStringLiteral("arch"));
    d.machine = type.attribute(QStringLiteral("machine"));
    d.boot = readBoot(os);
    readDevices(root.firstChildElement(QStringLiteral("devices")), d);
    return d;
}

QString bootModeName(BootInfo::Mode mode)
{
    switch (mode) {
    case BootInfo::Mode::Bios: return Text::tr("BIOS");
    case BootInfo::Mode::Uefi: return Text::tr("UEFI");
    case BootInfo::Mode::DirectKernel: return Text::tr("Direct kernel boot");
    }
    return {};
}

} // namespace virtdeck
