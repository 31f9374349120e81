#pragma once

// The boot feature's operations. "boot.apply" writes the kernel, initrd and command line into the
// persistent definition only (virDomainDefineXML of the current inactive XML with just those elements
// changed); a running server then shows "pending reboot" until it is power-cycled (Lifecycle Restart).
// "boot.rescue" boots a server once with other options: it stops it if needed and starts it with
// virDomainCreateXML of the edited XML, which libvirt takes as the live definition only; the persistent
// one is never touched, so nothing is left to undo if virtdeck quits at any moment, and libvirt drops
// the one-time definition when that instance stops. Registered by the main window (registerKinds);
// enqueued by the boot page; the worker-side helpers are used by the page and tests.

#include "boot/BootDefinition.h"
#include "core/Result.h"
#include "hypervisor/DomainSnapshot.h"

#include <libvirt/libvirt.h>

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace virtdeck {

class OperationQueue;

namespace BootOperations {

QString applyKind();  // "boot.apply"
QString rescueKind(); // "boot.rescue"

// What to boot: the operation's parameters (JSON-friendly, enough to run it again after a restart).
struct BootRequest
{
    QString kernel;  // path of the kernel (the current one when unchanged)
    QString initrd;  // path; empty: none
    QString cmdline; // empty: none
    // Paths picked from the kernel catalog: they must still be storage volumes when the operation runs.
    QStringList volumes;
    // The kernel was picked without an initrd while the server has one (refused unless allowed).
    bool dropsInitrd = false;

    BootFields fields() const;
    QVariantMap toParams() const;
    static BootRequest fromParams(const QVariantMap &params);
    friend bool operator==(const BootRequest &, const BootRequest &) = default;
};

// Refuses before queueing what cannot work: a read-only connection, a server that is not persistent or
// does not boot a kernel directly, a bad command line, a kernel without its initrd. Main thread.
Status check(const OperationQueue &queue, const DomainSnapshot &server, const BootRequest &request);
Result<QString> enqueueApply(OperationQueue &queue, const DomainSnapshot &server, const BootRequest &request);
// force: a running server is forced off instead of shut down (a broken guest may ignore ACPI).
Result<QString> enqueueRescue(OperationQueue &queue, const DomainSnapshot &server, const BootRequest &request,
                              bool force);

// shutdownTimeoutSeconds: how long a rescue boot waits for a running server to power off.
void registerKinds(OperationQueue &queue, int shutdownTimeoutSeconds = 120);

// --- worker side (inside Connection::run / runOnDomain) ---

// The persistent definition as libvirt writes it, with secrets (VIR_DOMAIN_XML_SECURE) so redefining it
// loses nothing. Without permission for secrets it is used only when it has no <graphics> (the only
// place a domain keeps passwords).
Result<QString> persistentXml(virDomainPtr dom);

struct PersistentBoot
{
    BootFields fields;             // from the persistent definition
    DomainDescription description; // the persistent definition (disks for root=, arch for the limit)
    bool persistent = true;
    bool active = false;
};
Result<PersistentBoot> readPersistent(virDomainPtr dom);

struct ApplyOutcome
{
    bool changed = false;
    bool active = false;
};
// Validates against the persistent definition and writes it; the definition is unchanged on any error.
Result<ApplyOutcome> applyOnWorker(virConnectPtr conn, virDomainPtr dom, const BootRequest &request);
// Starts a shut-off server once with request's boot fields; the persistent definition stays as it was
// (and is put back byte for byte if a driver took the one-time XML as the new definition).
Result<QString> startOnceOnWorker(virConnectPtr conn, virDomainPtr dom, const BootRequest &request);

} // namespace BootOperations
} // namespace virtdeck
