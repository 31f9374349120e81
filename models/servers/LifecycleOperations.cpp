#include "servers/LifecycleOperations.h"

#include "hypervisor/ConnectionManager.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/SnapshotBuilder.h"
#include "operations/OperationQueue.h"
#include "operations/OperationRun.h"

#include <QCoreApplication>
#include <QTimer>

namespace virtdeck::Lifecycle {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::Lifecycle)
};

const Action AllActions[] = {Action::Start, Action::Shutdown, Action::Reboot, Action::ForceOff,
                             Action::Pause, Action::Resume,   Action::Restart};

bool isRunning(const DomainSnapshot &s)
{
    return s.state == DomainState::Running || s.state == DomainState::Blocked;
}

ServerRef target(OperationRun *run)
{
    const Operation &op = run->operation();
    return op.targets.isEmpty() ? ServerRef() : op.targets.first();
}

// Calls one libvirt lifecycle function for the operation's server; done(Status) on the main thread.
void callOnServer(OperationRun *run, const std::function<int(virDomainPtr)> &call, const QString &failure,
                  const std::function<void()> &onSuccess)
{
    const ServerRef server = target(run);
    Connection *c = run->connectionFor(server);
    if (!c)
        return;
    c->runOnDomain(
        run, server,
        [call, failure](virDomainPtr dom, virConnectPtr) -> Status {
            if (call(dom) < 0)
                return libvirtError(failure);
            return {};
        },
        [run, c, server, onSuccess](Status s) {
            if (!s) {
                run->fail(s.error());
                return;
            }
            c->refreshDomain(server.uuid);
            onSuccess();
        });
}

// Waits for a domain event that satisfies `done`; fails with `timeoutMessage` after `seconds`.
void waitForEvent(OperationRun *run, int seconds, const std::function<bool(const DomainEvent &)> &done,
                  const QString &timeoutMessage)
{
    const ServerRef server = target(run);
    QObject::connect(run->connections(), &ConnectionManager::domainEvent, run,
                     [run, server, done](const DomainEvent &e) {
                         if (e.uri == server.uri && e.uuid == server.uuid && done(e))
                             run->succeed();
                     });
    QTimer::singleShot(seconds * 1000, run, [run, timeoutMessage] { run->fail(Error(timeoutMessage)); });
}

void startShutdown(OperationRun *run, int timeout)
{
    const ServerRef server = target(run);
    // Subscribe before asking: a fast guest (or the test driver) stops before the call returns.
    const int seconds = run->param(QStringLiteral("timeoutSeconds"), timeout).toInt();
    waitForEvent(
        run, seconds,
        [](const DomainEvent &e) {
            return e.kind == DomainEvent::Kind::Lifecycle && e.event == VIR_DOMAIN_EVENT_STOPPED;
        },
        Text::tr("%1 did not power off within %2 s. Its operating system may ignore ACPI shutdown requests; "
                 "use Force off if it must stop now.")
            .arg(server.name)
            .arg(seconds));
    callOnServer(
        run, [](virDomainPtr d) { return virDomainShutdown(d); },
        Text::tr("Cannot shut down %1.").arg(server.name),
        [run] { run->setProgress(-1, Text::tr("waiting for the guest to power off")); });
}

void startReboot(OperationRun *run, int timeout)
{
    const ServerRef server = target(run);
    Connection *c = run->connections()->connection(server.uri);
    // The test driver restarts a server at once without any event; QEMU reports the guest's reset.
    const bool reportsReboot = c && c->host().driverType != QLatin1String("TEST");
    const int seconds = run->param(QStringLiteral("timeoutSeconds"), timeout).toInt();
    if (reportsReboot) {
        waitForEvent(
            run, seconds,
            [](const DomainEvent &e) {
                return e.kind == DomainEvent::Kind::Reboot ||
                       (e.kind == DomainEvent::Kind::Lifecycle && e.event == VIR_DOMAIN_EVENT_STARTED);
            },
            Text::tr(
                "%1 did not reboot within %2 s. Its operating system may ignore ACPI requests; use Force "
                "off, then Start.")
                .arg(server.name)
                .arg(seconds));
    }
    callOnServer(
        run, [](virDomainPtr d) { return virDomainReboot(d, 0); },
        Text::tr("Cannot reboot %1.").arg(server.name),
        [run, reportsReboot] {
            if (reportsReboot)
                run->setProgress(-1, Text::tr("waiting for the guest to reboot"));
            else
                run->succeed(Text::tr("rebooted"));
        });
}

// Power cycle: stop (gracefully, or forced when the "force" parameter is set), then start again once
// the stopped event arrives.
void startRestart(OperationRun *run, int timeout)
{
    const ServerRef server = target(run);
    const bool force = run->param(QStringLiteral("force"), false).toBool();
    const int seconds = run->param(QStringLiteral("timeoutSeconds"), timeout).toInt();
    auto started = std::make_shared<bool>(false);
    auto startAgain = [run, server, started] {
        if (std::exchange(*started, true))
            return;
        run->setProgress(60, Text::tr("starting"));
        callOnServer(
            run, [](virDomainPtr d) { return virDomainCreate(d); },
            Text::tr("%1 stopped but cannot be started again.").arg(server.name),
            [run] { run->succeed(Text::tr("restarted with its current definition")); });
    };
    QObject::connect(run->connections(), &ConnectionManager::domainEvent, run,
                     [server, startAgain](const DomainEvent &e) {
                         if (e.uri == server.uri && e.uuid == server.uuid &&
                             e.kind == DomainEvent::Kind::Lifecycle && e.event == VIR_DOMAIN_EVENT_STOPPED)
                             startAgain();
                     });
    QTimer::singleShot(seconds * 1000, run, [run, server, seconds, started] {
        if (!*started)
            run->fail(
                Error(Text::tr("%1 did not power off within %2 s, so it was not restarted. Its operating "
                               "system may ignore ACPI shutdown requests; use Force off, then Start.")
                          .arg(server.name)
                          .arg(seconds)));
    });
    if (force) {
        callOnServer(
            run, [](virDomainPtr d) { return virDomainDestroy(d); },
            Text::tr("Cannot force %1 off.").arg(server.name),
            [run] { run->setProgress(30, Text::tr("forced off")); });
    } else {
        callOnServer(
            run, [](virDomainPtr d) { return virDomainShutdown(d); },
            Text::tr("Cannot shut down %1.").arg(server.name),
            [run] { run->setProgress(10, Text::tr("waiting for the guest to power off")); });
    }
}

void startSimple(OperationRun *run, Action action)
{
    const ServerRef server = target(run);
    std::function<int(virDomainPtr)> call;
    QString failure;
    switch (action) {
    case Action::Start:
        call = [](virDomainPtr d) { return virDomainCreate(d); };
        failure = Text::tr("Cannot start %1.").arg(server.name);
        break;
    case Action::ForceOff:
        call = [](virDomainPtr d) { return virDomainDestroy(d); };
        failure = Text::tr("Cannot force %1 off.").arg(server.name);
        break;
    case Action::Pause:
        call = [](virDomainPtr d) { return virDomainSuspend(d); };
        failure = Text::tr("Cannot pause %1.").arg(server.name);
        break;
    case Action::Resume:
        call = [](virDomainPtr d) { return virDomainResume(d); };
        failure = Text::tr("Cannot resume %1.").arg(server.name);
        break;
    default: return;
    }
    callOnServer(run, call, failure, [run] { run->succeed(); });
}

// What a tag operation did to the tags it found, for the operations log.
struct TagOutcome
{
    QStringList before;
    QStringList after;
    QString refusal;
};

// Operations queued before tag edits were stored as a change carry the whole list ("tags"); they still
// run as written. Newer ones carry "add" and "remove", applied to the metadata read on the worker.
void startSetTags(OperationRun *run)
{
    const ServerRef server = target(run);
    const QVariantMap &params = run->operation().params;
    const bool wholeList = params.contains(QStringLiteral("tags"));
    const QStringList tags = params.value(QStringLiteral("tags")).toStringList();
    const QStringList add = params.value(QStringLiteral("add")).toStringList();
    const QStringList remove = params.value(QStringLiteral("remove")).toStringList();
    for (const QString &t : wholeList ? tags : add + remove) {
        if (Status s = ServerMetadata::validateTag(t); !s)
            return run->fail(s.error());
    }
    Connection *c = run->connectionFor(server);
    if (!c)
        return;
    c->runOnDomain(
        run, server,
        [wholeList, tags, add, remove](virDomainPtr dom, virConnectPtr) -> Result<TagOutcome> {
            TagOutcome out;
            Status s = SnapshotBuilder::updateMetadata(dom, [&](ServerMetadata &m) {
                out.before = m.tags;
                const QStringList next = wholeList ? tags : editedTags(m.tags, add, remove);
                if (next.size() > ServerMetadata::MaxTags)
                    out.refusal = Text::tr("A server has at most %1 tags.").arg(ServerMetadata::MaxTags);
                else
                    m.tags = next;
                out.after = m.tags;
            });
            if (!s)
                return s.error();
            if (!out.refusal.isEmpty())
                return Error(out.refusal);
            return out;
        },
        [run, c, server](Result<TagOutcome> r) {
            if (!r)
                return run->fail(r.error());
            c->refreshDomain(server.uuid);
            run->log(Text::tr("tags before: %1").arg(r->before.join(QStringLiteral(", "))));
            run->succeed(Text::tr("tags now: %1").arg(r->after.join(QStringLiteral(", "))));
        });
}
} // namespace

QString kindOf(Action action)
{
    switch (action) {
    case Action::Start: return QStringLiteral("server.start");
    case Action::Shutdown: return QStringLiteral("server.shutdown");
    case Action::Reboot: return QStringLiteral("server.reboot");
    case Action::ForceOff: return QStringLiteral("server.forceoff");
    case Action::Pause: return QStringLiteral("server.pause");
    case Action::Resume: return QStringLiteral("server.resume");
    case Action::Restart: return QStringLiteral("server.restart");
    }
    return {};
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Start: return Text::tr("Start");
    case Action::Shutdown: return Text::tr("Shut down");
    case Action::Reboot: return Text::tr("Reboot");
    case Action::ForceOff: return Text::tr("Force off");
    case Action::Pause: return Text::tr("Pause");
    case Action::Resume: return Text::tr("Resume");
    case Action::Restart: return Text::tr("Restart");
    }
    return {};
}

static QString titleFor(Action action, const QString &name)
{
    switch (action) {
    case Action::Start: return Text::tr("Start %1").arg(name);
    case Action::Shutdown: return Text::tr("Shut down %1").arg(name);
    case Action::Reboot: return Text::tr("Reboot %1").arg(name);
    case Action::ForceOff: return Text::tr("Force off %1").arg(name);
    case Action::Pause: return Text::tr("Pause %1").arg(name);
    case Action::Resume: return Text::tr("Resume %1").arg(name);
    case Action::Restart: return Text::tr("Restart %1").arg(name);
    }
    return {};
}

bool applies(Action action, const DomainSnapshot &s)
{
    switch (action) {
    case Action::Start: return s.state == DomainState::ShutOff;
    case Action::Shutdown:
    case Action::Reboot:
    case Action::Restart:
    case Action::Pause: return isRunning(s);
    case Action::ForceOff: return s.active;
    case Action::Resume: return s.state == DomainState::Paused;
    }
    return false;
}

QString whyNot(Action action, const DomainSnapshot &s)
{
    if (applies(action, s))
        return {};
    switch (action) {
    case Action::Start: return Text::tr("%1 is not shut off (%2).").arg(s.name, domainStateName(s.state));
    case Action::Shutdown:
    case Action::Reboot:
    case Action::Restart:
    case Action::Pause: return Text::tr("%1 is not running (%2).").arg(s.name, domainStateName(s.state));
    case Action::ForceOff: return Text::tr("%1 is already off.").arg(s.name);
    case Action::Resume: return Text::tr("%1 is not paused (%2).").arg(s.name, domainStateName(s.state));
    }
    return {};
}

Result<Enqueued> enqueue(OperationQueue &queue, Action action, const QList<DomainSnapshot> &servers,
                         const QString &reason, const QVariantMap &params)
{
    Enqueued out;
    QList<DomainSnapshot> todo;
    for (const DomainSnapshot &s : servers) {
        const QString refusal = queue.refusalFor(s.ref());
        if (!refusal.isEmpty())
            return Error(refusal);
        if (applies(action, s))
            todo << s;
        else
            out.skipped << whyNot(action, s);
    }
    if (todo.isEmpty())
        return Error(servers.size() == 1
                         ? out.skipped.value(0)
                         : Text::tr("%1 applies to none of the selected servers.").arg(actionName(action)));
    for (const DomainSnapshot &s : std::as_const(todo)) {
        Result<QString> id =
            queue.enqueue(kindOf(action), titleFor(action, s.name), {s.ref()}, params, reason);
        if (!id)
            return id.error();
        out.ids << id.value();
    }
    return out;
}

OperationConfirmation forceOffConfirmation(const QStringList &names)
{
    OperationConfirmation c;
    c.title = Text::tr("Force off");
    c.text = Text::tr("Force %n server(s) off: %1?", nullptr, int(names.size()))
                 .arg(names.join(QStringLiteral(", ")));
    c.informativeText = Text::tr("This cuts the power at once: unsaved data in the guests is lost. Prefer "
                                 "Shut down when the guest still answers.");
    c.acceptText = Text::tr("Force off");
    return c;
}

QStringList editedTags(const QStringList &current, const QStringList &add, const QStringList &remove)
{
    QStringList out;
    for (const QString &t : current) {
        if (!remove.contains(t) && !out.contains(t))
            out << t;
    }
    for (const QString &t : add) {
        if (!out.contains(t))
            out << t;
    }
    return out;
}

Result<QString> enqueueEditTags(OperationQueue &queue, const DomainSnapshot &server, const QStringList &add,
                                const QStringList &remove)
{
    if (!server.metadataError.isEmpty())
        return Error(Text::tr("The virtdeck metadata of %1 cannot be read, so its tags are left unchanged.")
                         .arg(server.name),
                     server.metadataError);
    for (const QString &t : add + remove) {
        if (Status s = ServerMetadata::validateTag(t); !s)
            return s.error();
    }
    if (add.isEmpty() && remove.isEmpty())
        return Error(Text::tr("The tags of %1 are unchanged.").arg(server.name));
    QStringList parts;
    if (!add.isEmpty())
        parts << Text::tr("add %1").arg(add.join(QStringLiteral(", ")));
    if (!remove.isEmpty())
        parts << Text::tr("remove %1").arg(remove.join(QStringLiteral(", ")));
    return queue.enqueue(QStringLiteral("server.setTags"),
                         Text::tr("Tags of %1: %2").arg(server.name, parts.join(QStringLiteral("; "))),
                         {server.ref()}, {{QStringLiteral("add"), add}, {QStringLiteral("remove"), remove}});
}

Result<QString> enqueueSetTags(OperationQueue &queue, const DomainSnapshot &server, const QStringList &tags,
                               const std::optional<QStringList> &before)
{
    for (const QString &t : tags) {
        if (Status s = ServerMetadata::validateTag(t); !s)
            return s.error();
    }
    if (tags.size() > ServerMetadata::MaxTags)
        return Error(Text::tr("A server has at most %1 tags.").arg(ServerMetadata::MaxTags));
    const QStringList base = before.value_or(server.metadata.tags);
    QStringList add;
    QStringList remove;
    for (const QString &t : tags) {
        if (!base.contains(t) && !add.contains(t))
            add << t;
    }
    for (const QString &t : base) {
        if (!tags.contains(t) && !remove.contains(t))
            remove << t;
    }
    return enqueueEditTags(queue, server, add, remove);
}

void registerKinds(OperationQueue &queue, int shutdownTimeoutSeconds, int rebootTimeoutSeconds)
{
    for (Action a : AllActions) {
        OperationKind k;
        k.kind = kindOf(a);
        switch (a) {
        case Action::Shutdown:
            k.start = [shutdownTimeoutSeconds](OperationRun *r) { startShutdown(r, shutdownTimeoutSeconds); };
            break;
        case Action::Reboot:
            k.start = [rebootTimeoutSeconds](OperationRun *r) { startReboot(r, rebootTimeoutSeconds); };
            break;
        case Action::Restart:
            k.start = [shutdownTimeoutSeconds](OperationRun *r) { startRestart(r, shutdownTimeoutSeconds); };
            break;
        default: k.start = [a](OperationRun *r) { startSimple(r, a); }; break;
        }
        if (a == Action::ForceOff) {
            k.confirm = [](const Operation &op) {
                QStringList names;
                for (const ServerRef &t : op.targets)
                    names << t.name;
                return forceOffConfirmation(names);
            };
        }
        queue.registerKind(k);
    }
    OperationKind tags;
    tags.kind = QStringLiteral("server.setTags");
    tags.start = startSetTags;
    queue.registerKind(tags);
}

} // namespace virtdeck::Lifecycle
