#pragma once

// Lifecycle actions (start, shut down, reboot, force off, pause, resume) and tag edits as operations:
// which apply to a server in which state, the kinds registered with the OperationQueue, and enqueueing
// one operation per selected server. Used by the main window's actions and the server page.

#include "core/Result.h"
#include "hypervisor/DomainSnapshot.h"

#include <QStringList>

#include <optional>

namespace virtdeck {

class OperationQueue;
struct OperationConfirmation;

namespace Lifecycle {

// Restart is a power cycle (shut down, wait until off, start): unlike Reboot, which keeps the same QEMU
// process, it makes the hypervisor read the persistent definition again, so pending changes (kernel,
// command line, raised maxima) take effect. Its parameter "force" = true forces off instead.
enum class Action
{
    Start,
    Shutdown,
    Reboot,
    ForceOff,
    Pause,
    Resume,
    Restart
};

QString kindOf(Action action);     // "server.start"...
QString actionName(Action action); // translated verb for menus: "Start", "Force off"...
// Whether the action applies to the server in its current state; whyNot() says why not (tooltips).
bool applies(Action action, const DomainSnapshot &server);
QString whyNot(Action action, const DomainSnapshot &server);

struct Enqueued
{
    QStringList ids;     // one operation per server
    QStringList skipped; // "www-fr-10: already shut off"
};
// One operation per server the action applies to; refuses when none applies or the queue refuses.
Result<Enqueued> enqueue(OperationQueue &queue, Action action, const QList<DomainSnapshot> &servers,
                         const QString &reason = {}, const QVariantMap &params = {});
// Changes the tags of one server (metadata) as an operation that stores only the change: the tags to add
// and the tags to remove, applied on the worker to the metadata as it is when the operation runs. An
// edit made meanwhile by another window or console is kept, and a retry re-applies only this change.
Result<QString> enqueueEditTags(OperationQueue &queue, const DomainSnapshot &server, const QStringList &add,
                                const QStringList &remove);
// The change from `before` (the tags the user started from) to `tags`, as enqueueEditTags.
Result<QString> enqueueSetTags(OperationQueue &queue, const DomainSnapshot &server, const QStringList &tags,
                               const std::optional<QStringList> &before = std::nullopt);
// The tags after removing `remove` from `current` and appending what of `add` it lacks (in order).
QStringList editedTags(const QStringList &current, const QStringList &add, const QStringList &remove);
// The question Force off asks (the server names listed); a retry of "server.forceoff" asks it again.
OperationConfirmation forceOffConfirmation(const QStringList &names);

// Registers the kinds; shutdownTimeout/rebootTimeout: how long to wait for the guest to comply.
void registerKinds(OperationQueue &queue, int shutdownTimeoutSeconds = 120, int rebootTimeoutSeconds = 120);

} // namespace Lifecycle
} // namespace virtdeck
