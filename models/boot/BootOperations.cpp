#include "boot/BootOperations.h"

#include "boot/KernelCatalog.h"
#include "boot/KernelCmdline.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/LibvirtHandles.h"
#include "operations/OperationQueue.h"
#include "operations/OperationRun.h"

#include <libvirt/virterror.h>

#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace virtdeck::BootOperations {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::BootOperations)
};

const QString KernelKey = QStringLiteral("kernel");
const QString InitrdKey = QStringLiteral("initrd");
const QString CmdlineKey = QStringLiteral("cmdline");
const QString VolumesKey = QStringLiteral("volumes");
const QString DropsInitrdKey = QStringLiteral("dropsInitrd");
const QString ForceKey = QStringLiteral("force");
const QString TimeoutKey = QStringLiteral("timeoutSeconds");

ServerRef target(OperationRun *run)
{
    const Operation &op = run->operation();
    return op.targets.isEmpty() ? ServerRef() : op.targets.first();
}

QString fileName(const QString &path)
{
    return path.isEmpty() ? Text::tr("none") : QFileInfo(path).fileName();
}

Error notDirectKernel(const QString &name, BootInfo::Mode mode)
{
    return Error(
        Text::tr("%1 boots in %2 mode, not from a kernel named in its definition: choosing a kernel and its "
                 "command line needs direct kernel boot (os/kernel in the domain XML).")
            .arg(name, bootModeName(mode)));
}

CmdlineLimit limitFor(const DomainDescription &d)
{
    return CmdlineLimit::forGuest(d.arch, d.osType, d.domainType);
}

// Checks the parts of a request that do not need the host: command line, kernel, initrd.
Status checkFields(const BootRequest &request, const DomainDescription &definition, const QString &name)
{
    if (request.kernel.trimmed().isEmpty())
        return Error(Text::tr("Choose a kernel for %1.").arg(name));
    if (Status s = KernelCmdline::check(request.cmdline, limitFor(definition)); !s)
        return Error(Text::tr("The command line was not written: %1").arg(s.error().message));
    if (request.dropsInitrd) {
        return Error(
            Text::tr("The pool has no initrd for %1, and %2 boots with one now. Add its initrd to the pool "
                     "(initrd.img-VERSION or initramfs-VERSION.img), or choose another kernel.")
                .arg(fileName(request.kernel), name));
    }
    return {};
}

Status checkVolumes(virConnectPtr conn, const QStringList &paths)
{
    for (const QString &path : paths) {
        if (Status s = KernelCatalog::checkVolumePath(conn, path); !s)
            return s;
    }
    return {};
}

Result<QString> liveXml(virDomainPtr dom)
{
    CString xml(virDomainGetXMLDesc(dom, 0));
    if (!xml)
        return libvirtError(Text::tr("Cannot read the server's definition."));
    return QString::fromUtf8(xml.get());
}

Result<DomainHandle> defineXml(virConnectPtr conn, const QString &xml, const QString &failure)
{
    virDomainPtr dom = virDomainDefineXML(conn, xml.toUtf8().constData());
    if (!dom)
        return libvirtError(failure);
    return DomainHandle(dom);
}

QString describe(const BootFields &f)
{
    return Text::tr("kernel %1, initrd %2, command line \"%3\"")
        .arg(fileName(f.kernel.value_or(QString())), fileName(f.initrd.value_or(QString())),
             f.cmdline.value_or(QString()));
}

void startApply(OperationRun *run)
{
    const ServerRef server = target(run);
    const BootRequest request = BootRequest::fromParams(run->operation().params);
    Connection *c = run->connectionFor(server);
    if (!c)
        return;
    run->setProgress(20, Text::tr("writing the definition"));
    c->runOnDomain(
        run, server,
        [request](virDomainPtr dom, virConnectPtr conn) { return applyOnWorker(conn, dom, request); },
        [run, c, server, request](Result<ApplyOutcome> r) {
            if (!r)
                return run->fail(r.error());
            c->refreshDomain(server.uuid);
            run->log(Text::tr("next boot: %1").arg(describe(request.fields())));
            if (!r->changed)
                return run->succeed(Text::tr("the definition already had these boot settings"));
            if (r->active)
                return run->succeed(
                    Text::tr("written for the next boot; %1 picks it up when it is restarted (Restart, "
                             "not a reboot from inside the guest)")
                        .arg(server.name));
            run->succeed(Text::tr("written; %1 boots with it when started").arg(server.name));
        });
}

// Second half of a rescue boot: the server is off; start it once with the rescue options.
void bootOnce(OperationRun *run, Connection *c, const ServerRef &server, const BootRequest &request)
{
    run->setProgress(70, Text::tr("starting with the rescue options"));
    c->runOnDomain(
        run, server,
        [request](virDomainPtr dom, virConnectPtr conn) { return startOnceOnWorker(conn, dom, request); },
        [run, c, server](Result<QString> r) {
            c->refreshDomain(server.uuid);
            if (!r)
                return run->fail(r.error());
            run->log(r.value());
            run->succeed(
                Text::tr("booted once with the rescue options; its definition is unchanged, so the next "
                         "power cycle (Restart) boots it normally"));
        });
}

// Stops an active server (shutdown, or destroy when forced or not running), then boots it once.
void stopThenBoot(OperationRun *run, Connection *c, const ServerRef &server, const BootRequest &request,
                  bool running, int seconds)
{
    const bool force = run->param(ForceKey, false).toBool() || !running;
    auto booted = std::make_shared<bool>(false);
    auto next = [run, c, server, request, booted] {
        if (std::exchange(*booted, true))
            return;
        run->log(Text::tr("%1 is off").arg(server.name));
        bootOnce(run, c, server, request);
    };
    // Subscribed before asking: the test driver stops at once.
    QObject::connect(run->connections(), &ConnectionManager::domainEvent, run,
                     [server, next](const DomainEvent &e) {
                         if (e.uri == server.uri && e.uuid == server.uuid &&
                             e.kind == DomainEvent::Kind::Lifecycle && e.event == VIR_DOMAIN_EVENT_STOPPED)
                             next();
                     });
    QTimer::singleShot(seconds * 1000, run, [run, server, seconds, booted] {
        if (!*booted)
            run->fail(Error(
                Text::tr("%1 did not power off within %2 s, so it was not booted with the rescue options; "
                         "nothing was changed. Its system may ignore ACPI shutdown requests: try again "
                         "with \"force off\".")
                    .arg(server.name)
                    .arg(seconds)));
    });
    run->setProgress(30, force ? Text::tr("forcing off") : Text::tr("waiting for the guest to power off"));
    run->log(force ? Text::tr("forcing %1 off").arg(server.name)
                   : Text::tr("shutting %1 down").arg(server.name));
    c->runOnDomain(
        run, server,
        [force, server](virDomainPtr dom, virConnectPtr) -> Status {
            const int rc = force ? virDomainDestroy(dom) : virDomainShutdown(dom);
            if (rc < 0)
                return libvirtError(force ? Text::tr("Cannot force %1 off.").arg(server.name)
                                          : Text::tr("Cannot shut down %1.").arg(server.name));
            return {};
        },
        [run](Status s) {
            if (!s)
                run->fail(s.error());
        });
}

struct RescuePlan
{
    bool active = false;
    bool running = false;
    BootFields original;
};

void startRescue(OperationRun *run, int defaultTimeout)
{
    const int seconds = run->param(TimeoutKey, defaultTimeout).toInt();
    const ServerRef server = target(run);
    const BootRequest request = BootRequest::fromParams(run->operation().params);
    Connection *c = run->connectionFor(server);
    if (!c)
        return;
    run->setProgress(10, Text::tr("checking"));
    // Everything that can be refused is refused before the server is touched.
    c->runOnDomain(
        run, server,
        [request, server](virDomainPtr dom, virConnectPtr conn) -> Result<RescuePlan> {
            Result<PersistentBoot> boot = readPersistent(dom);
            if (!boot)
                return boot.error();
            if (!boot->persistent)
                return Error(Text::tr("%1 has no persistent definition to come back to after a rescue boot.")
                                 .arg(server.name));
            if (!boot->fields.isDirectKernel())
                return notDirectKernel(server.name, boot->description.boot.mode);
            if (Status s = checkFields(request, boot->description, server.name); !s)
                return s.error();
            if (Status s = checkVolumes(conn, request.volumes); !s)
                return s.error();
            int state = 0, reason = 0;
            if (virDomainGetState(dom, &state, &reason, 0) < 0)
                return libvirtError(Text::tr("Cannot read the state of %1.").arg(server.name));
            RescuePlan plan;
            plan.active = boot->active;
            plan.running = state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_BLOCKED;
            plan.original = boot->fields;
            return plan;
        },
        [run, c, server, request, seconds](Result<RescuePlan> plan) {
            if (!plan)
                return run->fail(plan.error());
            run->log(Text::tr("its definition stays: %1").arg(describe(plan->original)));
            run->log(Text::tr("this boot only: %1").arg(describe(request.fields())));
            if (plan->active)
                stopThenBoot(run, c, server, request, plan->running, seconds);
            else
                bootOnce(run, c, server, request);
        });
}

Result<QString> enqueueKind(OperationQueue &queue, const QString &kind, const QString &title,
                            const DomainSnapshot &server, const QVariantMap &params)
{
    return queue.enqueue(kind, title, {server.ref()}, params);
}
} // namespace

QString applyKind()
{
    return QStringLiteral("boot.apply");
}

QString rescueKind()
{
    return QStringLiteral("boot.rescue");
}

BootFields BootRequest::fields() const
{
    BootFields f;
    f.kernel = kernel;
    f.initrd = initrd;
    f.cmdline = cmdline;
    return f.normalized();
}

QVariantMap BootRequest::toParams() const
{
    return {{KernelKey, kernel},
            {InitrdKey, initrd},
            {CmdlineKey, cmdline},
            {VolumesKey, volumes},
            {DropsInitrdKey, dropsInitrd}};
}

BootRequest BootRequest::fromParams(const QVariantMap &params)
{
    BootRequest r;
    r.kernel = params.value(KernelKey).toString();
    r.initrd = params.value(InitrdKey).toString();
    r.cmdline = params.value(CmdlineKey).toString();
    r.volumes = params.value(VolumesKey).toStringList();
    r.dropsInitrd = params.value(DropsInitrdKey, false).toBool();
    return r;
}

Status check(const OperationQueue &queue, const DomainSnapshot &server, const BootRequest &request)
{
    if (const QString refusal = queue.refusalFor(server.ref()); !refusal.isEmpty())
        return Error(refusal);
    if (!server.persistent)
        return Error(
            Text::tr("%1 is transient (it has no persistent definition), so there is no next boot to "
                     "prepare.")
                .arg(server.name));
    if (server.definition.boot.mode != BootInfo::Mode::DirectKernel)
        return notDirectKernel(server.name, server.definition.boot.mode);
    return checkFields(request, server.definition, server.name);
}

Result<QString> enqueueApply(OperationQueue &queue, const DomainSnapshot &server, const BootRequest &request)
{
    if (Status s = check(queue, server, request); !s)
        return s.error();
    return enqueueKind(queue, applyKind(), Text::tr("Boot settings of %1 for the next boot").arg(server.name),
                       server, request.toParams());
}

Result<QString> enqueueRescue(OperationQueue &queue, const DomainSnapshot &server, const BootRequest &request,
                              bool force)
{
    if (Status s = check(queue, server, request); !s)
        return s.error();
    QVariantMap params = request.toParams();
    params.insert(ForceKey, force);
    return enqueueKind(queue, rescueKind(), Text::tr("Rescue boot of %1, once").arg(server.name), server,
                       params);
}

void registerKinds(OperationQueue &queue, int shutdownTimeoutSeconds)
{
    OperationKind apply;
    apply.kind = applyKind();
    apply.changesServers = true;
    apply.start = startApply;
    queue.registerKind(apply);

    OperationKind rescue;
    rescue.kind = rescueKind();
    rescue.changesServers = true;
    // A "timeoutSeconds" parameter overrides the default wait for a shutdown.
    rescue.start = [shutdownTimeoutSeconds](OperationRun *run) { startRescue(run, shutdownTimeoutSeconds); };
    queue.registerKind(rescue);
}

Result<QString> persistentXml(virDomainPtr dom)
{
    CString xml(virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (xml)
        return QString::fromUtf8(xml.get());
    if (lastLibvirtErrorCode() != VIR_ERR_OPERATION_DENIED)
        return libvirtError(Text::tr("Cannot read the server's definition."));
    const Error denied = libvirtError(Text::tr("Cannot read the server's definition with its passwords."));
    CString plain(virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE));
    if (!plain)
        return libvirtError(Text::tr("Cannot read the server's definition."));
    const QString text = QString::fromUtf8(plain.get());
    if (text.contains(QLatin1String("<graphics")))
        return Error(Text::tr("This connection may not read the server's display passwords, and writing its "
                              "definition without them would remove them; it is left unchanged."),
                     denied.detail, denied.code);
    return text;
}

Result<PersistentBoot> readPersistent(virDomainPtr dom)
{
    PersistentBoot out;
    out.persistent = virDomainIsPersistent(dom) == 1;
    out.active = virDomainIsActive(dom) == 1;
    // A transient server has only its live definition.
    Result<QString> xml = out.persistent ? persistentXml(dom) : liveXml(dom);
    if (!xml)
        return xml.error();
    Result<BootFields> fields = BootDefinition::read(xml.value());
    if (!fields)
        return fields.error();
    Result<DomainDescription> description = parseDomainXml(xml.value());
    if (!description)
        return description.error();
    out.fields = fields.value();
    out.description = description.value();
    return out;
}

Result<ApplyOutcome> applyOnWorker(virConnectPtr conn, virDomainPtr dom, const BootRequest &request)
{
    const QString name = QString::fromUtf8(virDomainGetName(dom));
    if (virDomainIsPersistent(dom) != 1)
        return Error(
            Text::tr("%1 is transient (it has no persistent definition), so there is no next boot to "
                     "prepare.")
                .arg(name));
    Result<QString> xml = persistentXml(dom);
    if (!xml)
        return xml.error();
    Result<DomainDescription> description = parseDomainXml(xml.value());
    if (!description)
        return description.error();
    Result<BootFields> current = BootDefinition::read(xml.value());
    if (!current)
        return current.error();
    if (!current->isDirectKernel())
        return notDirectKernel(name, description->boot.mode);
    if (Status s = checkFields(request, description.value(), name); !s)
        return s.error();
    if (Status s = checkVolumes(conn, request.volumes); !s)
        return s.error();
    const BootFields wanted = request.fields();
    Result<QString> edited = BootDefinition::write(xml.value(), wanted);
    if (!edited)
        return edited.error();
    ApplyOutcome outcome;
    outcome.active = virDomainIsActive(dom) == 1;
    if (edited.value() == xml.value())
        return outcome;
    Result<DomainHandle> defined = defineXml(
        conn, edited.value(),
        Text::tr("The host refused the new boot settings of %1; its definition is unchanged.").arg(name));
    if (!defined)
        return defined.error();
    // Read back: a driver that silently dropped a field must not be reported as a success.
    Result<QString> after = persistentXml(dom);
    if (!after)
        return after.error();
    Result<BootFields> stored = BootDefinition::read(after.value());
    if (!stored || stored.value() != wanted)
        return Error(
            Text::tr("The host accepted the definition of %1 but did not keep the boot settings as written.")
                .arg(name),
            stored ? describe(stored.value()) : stored.error().toString());
    outcome.changed = true;
    return outcome;
}

Result<QString> startOnceOnWorker(virConnectPtr conn, virDomainPtr dom, const BootRequest &request)
{
    const QString name = QString::fromUtf8(virDomainGetName(dom));
    // Read again now: the definition may have changed while the server was shutting down.
    Result<QString> xml = persistentXml(dom);
    if (!xml)
        return xml.error();
    Result<BootFields> original = BootDefinition::read(xml.value());
    if (!original)
        return original.error();
    Result<QString> once = BootDefinition::write(xml.value(), request.fields());
    if (!once)
        return once.error();
    DomainHandle started(virDomainCreateXML(conn, once.value().toUtf8().constData(), 0));
    if (!started)
        return libvirtError(
            Text::tr("Cannot start %1 with the rescue options; its definition is unchanged.").arg(name));
    // libvirt keeps the persistent definition when it starts an inactive persistent domain from XML. Should
    // a driver replace it instead, the original text goes back at once.
    Result<QString> after = persistentXml(dom);
    if (after && after.value() != xml.value()) {
        Result<BootFields> now = BootDefinition::read(after.value());
        if (!now || now.value() != original.value()) {
            Result<DomainHandle> restored = defineXml(
                conn, xml.value(),
                Text::tr("%1 runs with the rescue options, but its definition could not be put back.")
                    .arg(name));
            if (!restored)
                return restored.error();
            return Text::tr(
                "started once with the rescue options; the host had taken them as the definition, which "
                "was put back");
        }
    }
    return Text::tr("started once with the rescue options");
}

} // namespace virtdeck::BootOperations
