#pragma once

// Worker-side functions that read a domain or a host through libvirt and return value snapshots, and
// the read-modify-write of virtdeck's metadata. Called only on a connection's worker thread (inside
// Connection or a job given to Connection::run).

#include "core/Result.h"
#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"
#include "hypervisor/LibvirtHandles.h"

#include <libvirt/libvirt.h>

#include <functional>

namespace virtdeck::SnapshotBuilder {

Result<DomainSnapshot> domain(virDomainPtr dom, const QString &uri);
// Fills the facts of a connected host (versions, CPUs, memory) into host.
void hostFacts(virConnectPtr conn, HostSnapshot &host);

// Human list of what differs between the running definition and the persistent one.
QStringList pendingChanges(const DomainDescription &live, const DomainDescription &persistent);

// Reads virtdeck's metadata of a domain (empty when it has none).
Result<ServerMetadata> readMetadata(virDomainPtr dom);
// Reads, lets change() edit, and writes back virtdeck's metadata: live and persistent for a running
// persistent server, the current definition otherwise. Refuses to overwrite metadata it cannot parse.
Status updateMetadata(virDomainPtr dom, const std::function<void(ServerMetadata &)> &change);

// Looks a domain up by UUID string with a translated "no longer exists" error.
Result<DomainHandle> lookup(virConnectPtr conn, const QString &uuid, const QString &name = {});

} // namespace virtdeck::SnapshotBuilder
