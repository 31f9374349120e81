#include "hypervisor/SnapshotBuilder.h"

#include "hypervisor/LibvirtError.h"
#include "hypervisor/LibvirtHandles.h"

#include <libvirt/virterror.h>

#include <QCoreApplication>

namespace virtdeck::SnapshotBuilder {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::SnapshotBuilder)
};

Result<QString> xmlDesc(virDomainPtr dom, unsigned int flags)
{
    CString xml(virDomainGetXMLDesc(dom, flags));
    if (!xml)
        return libvirtError(Text::tr("Cannot read the server's definition."));
    return QString::fromUtf8(xml.get());
}

void compare(QStringList &out, const QString &what, const QString &now, const QString &next)
{
    if (now != next)
        out << QStringLiteral("%1: %2 → %3")
                   .arg(what, now.isEmpty() ? Text::tr("none") : now,
                        next.isEmpty() ? Text::tr("none") : next);
}
} // namespace

QStringList pendingChanges(const DomainDescription &live, const DomainDescription &persistent)
{
    QStringList out;
    compare(out, Text::tr("maximum vCPUs"), QString::number(live.maxVcpus),
            QString::number(persistent.maxVcpus));
    compare(out, Text::tr("vCPUs"), QString::number(live.vcpus), QString::number(persistent.vcpus));
    compare(out, Text::tr("maximum memory"), formatMemoryKiB(live.memoryKiB),
            formatMemoryKiB(persistent.memoryKiB));
    // The current (balloon) memory is left out: the live value is what the guest's balloon reached, which
    // trails the target for a while after every start without anything waiting for a restart.
    compare(out, Text::tr("CPU weight"), live.cpuShares ? QString::number(*live.cpuShares) : QString(),
            persistent.cpuShares ? QString::number(*persistent.cpuShares) : QString());
    compare(out, Text::tr("kernel"), live.boot.kernel, persistent.boot.kernel);
    compare(out, Text::tr("initrd"), live.boot.initrd, persistent.boot.initrd);
    compare(out, Text::tr("kernel command line"), live.boot.cmdline, persistent.boot.cmdline);
    return out;
}

Result<DomainHandle> lookup(virConnectPtr conn, const QString &uuid, const QString &name)
{
    virDomainPtr dom = virDomainLookupByUUIDString(conn, uuid.toLatin1().constData());
    if (!dom) {
        return libvirtError(
            Text::tr("The server %1 no longer exists on this host.").arg(name.isEmpty() ? uuid : name));
    }
    return DomainHandle(dom);
}

Result<ServerMetadata> readMetadata(virDomainPtr dom)
{
    CString xml(virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, ServerMetadata::NamespaceUri,
                                     VIR_DOMAIN_AFFECT_CURRENT));
    if (!xml) {
        if (lastLibvirtErrorCode() == VIR_ERR_NO_DOMAIN_METADATA)
            return ServerMetadata();
        return libvirtError(Text::tr("Cannot read the server's virtdeck metadata."));
    }
    return ServerMetadata::parse(QString::fromUtf8(xml.get()));
}

Status updateMetadata(virDomainPtr dom, const std::function<void(ServerMetadata &)> &change)
{
    Result<ServerMetadata> current = readMetadata(dom);
    if (!current)
        return Error(Text::tr("The server's virtdeck metadata cannot be read, so it is left unchanged."),
                     current.error().toString());
    ServerMetadata meta = current.value();
    change(meta);
    const int active = virDomainIsActive(dom);
    const int persistent = virDomainIsPersistent(dom);
    unsigned int flags = VIR_DOMAIN_AFFECT_CURRENT;
    if (active == 1 && persistent == 1)
        flags = VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG;
    const QByteArray xml = meta.toXml().toUtf8();
    const int rc = meta.isEmpty()
                       ? virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, nullptr, nullptr,
                                              ServerMetadata::NamespaceUri, flags)
                       : virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_ELEMENT, xml.constData(),
                                              ServerMetadata::Prefix, ServerMetadata::NamespaceUri, flags);
    if (rc < 0)
        return libvirtError(Text::tr("Cannot write the server's virtdeck metadata."));
    return {};
}

Result<DomainSnapshot> domain(virDomainPtr dom, const QString &uri)
{
    DomainSnapshot s;
    s.uri = uri;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(dom, uuid) < 0)
        return libvirtError(Text::tr("Cannot read a server's UUID."));
    s.uuid = QString::fromLatin1(uuid);
    s.name = QString::fromUtf8(virDomainGetName(dom));

    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0)
        return libvirtError(Text::tr("Cannot read the state of %1.").arg(s.name));
    s.state = domainStateFromLibvirt(state);
    s.stateReason = reason;
    s.active = virDomainIsActive(dom) == 1;
    s.persistent = virDomainIsPersistent(dom) == 1;
    int autostart = 0;
    if (s.persistent && virDomainGetAutostart(dom, &autostart) == 0)
        s.autostart = autostart != 0;

    Result<QString> liveXml = xmlDesc(dom, 0);
    if (!liveXml)
        return liveXml.error();
    Result<DomainDescription> live = parseDomainXml(liveXml.value());
    if (!live)
        return live.error();
    s.definition = live.value();
    if (s.active && s.persistent) {
        if (Result<QString> inactiveXml = xmlDesc(dom, VIR_DOMAIN_XML_INACTIVE)) {
            if (Result<DomainDescription> next = parseDomainXml(inactiveXml.value()))
                s.pendingChanges = pendingChanges(s.definition, next.value());
        }
    }
    s.title = s.definition.title;
    s.description = s.definition.description;
    s.vcpus = s.definition.vcpus;
    s.maxVcpus = s.definition.maxVcpus;
    s.maxMemoryKiB = s.definition.memoryKiB;
    s.memoryKiB = s.definition.currentMemoryKiB;
    s.cpuShares = s.definition.cpuShares;
    virDomainInfo info;
    if (s.active && virDomainGetInfo(dom, &info) == 0 && info.memory > 0)
        s.memoryKiB = info.memory; // the balloon's actual size when running

    Result<ServerMetadata> meta = readMetadata(dom);
    if (meta)
        s.metadata = meta.value();
    else
        s.metadataError = meta.error().toString();
    return s;
}

void hostFacts(virConnectPtr conn, HostSnapshot &host)
{
    unsigned long lib = 0, hv = 0;
    if (virConnectGetLibVersion(conn, &lib) == 0)
        host.libvirtVersion = libvirtVersionString(lib);
    if (virConnectGetVersion(conn, &hv) == 0)
        host.hypervisorVersion = libvirtVersionString(hv);
    if (const char *type = virConnectGetType(conn))
        host.driverType = QString::fromUtf8(type);
    if (CString name{virConnectGetHostname(conn)})
        host.hostname = QString::fromUtf8(name.get());
    virNodeInfo node;
    if (virNodeGetInfo(conn, &node) == 0) {
        host.cpus = int(node.cpus);
        host.cpuMHz = int(node.mhz);
        host.cpuModel = QString::fromUtf8(node.model);
        host.memoryKiB = node.memory;
    }
}

} // namespace virtdeck::SnapshotBuilder
