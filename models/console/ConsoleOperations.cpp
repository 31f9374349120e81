#include "console/ConsoleOperations.h"

#include "console/SysRqTable.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/LibvirtError.h"
#include "operations/OperationQueue.h"
#include "operations/OperationRun.h"

#include <libvirt/virterror.h>

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace virtdeck::ConsoleOperations {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::ConsoleOperations)
};

ServerRef target(OperationRun *run)
{
    const Operation &op = run->operation();
    return op.targets.isEmpty() ? ServerRef() : op.targets.first();
}

// Sends Alt+SysRq+key to the run's server; done(Status) on the main thread (skipped if run is gone).
void sendSysRq(OperationRun *run, QChar key, const std::function<void(const Status &)> &done)
{
    const ServerRef server = target(run);
    Connection *c = run->connections()->connection(server.uri);
    if (!c) {
        done(ConnectionManager::hostGone(server.name));
        return;
    }
    const QList<unsigned int> codes = SysRqTable::keycodes(key);
    c->runOnDomain(
        run, server,
        [codes, key, server](virDomainPtr dom, virConnectPtr) -> Status {
            std::vector<unsigned int> keys(codes.begin(), codes.end());
            if (virDomainSendKey(dom, VIR_KEYCODE_SET_LINUX, 0, keys.data(), int(keys.size()), 0) == 0)
                return {};
            const Error err = libvirtError(QString());
            if (err.code == VIR_ERR_NO_SUPPORT)
                return Error(Text::tr("The hypervisor of %1 cannot send keys to its servers, so SysRq is not "
                                      "available there.")
                                 .arg(server.name),
                             err.detail, err.code);
            return Error(Text::tr("Cannot send SysRq %1 to %2.").arg(key, server.name), err.detail, err.code);
        },
        [done](Status s) { done(s); });
}

void startSysRq(OperationRun *run)
{
    const QString key = run->param(QStringLiteral("key")).toString();
    const std::optional<SysRqCommand> command = key.size() == 1 ? SysRqTable::find(key.at(0)) : std::nullopt;
    if (!command) {
        run->fail(Error(Text::tr("\"%1\" is not a SysRq command.").arg(key)));
        return;
    }
    sendSysRq(run, command->key, [run, command](const Status &s) {
        if (!s)
            return run->fail(s.error());
        run->succeed(Text::tr("sent Alt+SysRq+%1 (%2)").arg(command->key.toUpper(), command->name));
    });
}

void startNmi(OperationRun *run)
{
    const ServerRef server = target(run);
    Connection *c = run->connectionFor(server);
    if (!c)
        return;
    c->runOnDomain(
        run, server,
        [server](virDomainPtr dom, virConnectPtr) -> Status {
            if (virDomainInjectNMI(dom, 0) == 0)
                return {};
            const Error err = libvirtError(QString());
            if (err.code == VIR_ERR_NO_SUPPORT)
                return Error(Text::tr("The hypervisor of %1 cannot inject an NMI.").arg(server.name),
                             err.detail, err.code);
            return Error(Text::tr("Cannot send an NMI to %1.").arg(server.name), err.detail, err.code);
        },
        [run](Status s) {
            if (!s)
                return run->fail(s.error());
            run->succeed(Text::tr("NMI sent"));
        });
}

// R-E-I-S-U-B, one key after the other with a pause between; a cancel stops before the next key.
void startSafeReboot(OperationRun *run)
{
    const int pauseMs = std::clamp(run->param(QStringLiteral("pauseMs"), DefaultSafeRebootPauseMs).toInt(),
                                   MinSafeRebootPauseMs, MaxSafeRebootPauseMs);
    const QString keys = SysRqTable::safeRebootKeys();
    auto step = std::make_shared<std::function<void(int)>>();
    auto stoppedAt = [keys](int sent) {
        QStringList done;
        for (int i = 0; i < sent; ++i)
            done << keys.at(i).toUpper();
        return sent == 0 ? Text::tr("stopped before the first key")
                         : Text::tr("stopped after %1").arg(done.join(QLatin1Char('-')));
    };
    // Nothing in flight between keys: a cancel request ends the run at once.
    auto waiting = std::make_shared<int>(-1);
    QObject::connect(run, &OperationRun::cancelRequested, run, [run, waiting, stoppedAt] {
        if (*waiting >= 0)
            run->cancelled(stoppedAt(*waiting));
    });
    *step = [run, keys, pauseMs, step, waiting, stoppedAt](int i) {
        if (run->isFinished())
            return;
        if (run->isCancelRequested())
            return run->cancelled(stoppedAt(i));
        *waiting = -1;
        const std::optional<SysRqCommand> command = SysRqTable::find(keys.at(i));
        run->setProgress(i * 100 / int(keys.size()),
                         Text::tr("SysRq %1: %2").arg(command->key.toUpper(), command->name));
        sendSysRq(run, command->key, [run, keys, i, pauseMs, step, waiting, command](const Status &s) {
            if (run->isFinished())
                return;
            if (!s)
                return run->fail(s.error());
            run->log(Text::tr("sent Alt+SysRq+%1 (%2)").arg(command->key.toUpper(), command->name));
            if (i + 1 == int(keys.size()))
                return run->succeed(Text::tr("sent R-E-I-S-U-B; the server reboots"));
            *waiting = i + 1;
            QTimer::singleShot(pauseMs, run, [step, i] { (*step)(i + 1); });
        });
    };
    (*step)(0);
}
} // namespace

QString sysRqKind()
{
    return QStringLiteral("console.sysrq");
}

QString nmiKind()
{
    return QStringLiteral("console.nmi");
}

QString safeRebootKind()
{
    return QStringLiteral("console.safeReboot");
}

OperationConfirmation sysRqConfirmation(QChar key, const QString &serverName)
{
    const std::optional<SysRqCommand> command = SysRqTable::find(key);
    if (!command || !command->dangerous)
        return {};
    OperationConfirmation c;
    c.title = Text::tr("Send SysRq %1?").arg(command->key.toUpper());
    c.text = Text::tr("Send SysRq %1 (%2) to %3?").arg(command->key.toUpper(), command->name, serverName);
    c.informativeText = command->meaning;
    c.acceptText = Text::tr("Send SysRq %1").arg(command->key.toUpper());
    return c;
}

OperationConfirmation safeRebootConfirmation(const QString &serverName, int pauseMs)
{
    OperationConfirmation c;
    c.title = Text::tr("Safe reboot");
    c.text = Text::tr("Reboot %1 with SysRq R-E-I-S-U-B?").arg(serverName);
    c.informativeText =
        Text::tr("Sends R (unraw), E (terminate all), I (kill all), S (sync), U (remount read-only) and "
                 "B (reboot), %1 s apart. Programs are stopped without a clean shutdown; the operation "
                 "can be cancelled between keys.")
            .arg(pauseMs / 1000.0, 0, 'f', 1);
    c.acceptText = Text::tr("Reboot");
    return c;
}

void registerKinds(OperationQueue &queue)
{
    auto firstName = [](const Operation &op) {
        return op.targets.isEmpty() ? QString() : op.targets.first().name;
    };
    OperationKind sysrq;
    sysrq.kind = sysRqKind();
    sysrq.start = startSysRq;
    sysrq.confirm = [firstName](const Operation &op) {
        const QString key = op.params.value(QStringLiteral("key")).toString();
        return key.size() == 1 ? sysRqConfirmation(key.at(0), firstName(op)) : OperationConfirmation();
    };
    queue.registerKind(sysrq);

    OperationKind nmi;
    nmi.kind = nmiKind();
    nmi.start = startNmi;
    queue.registerKind(nmi);

    OperationKind safeReboot;
    safeReboot.kind = safeRebootKind();
    safeReboot.cancellableWhileRunning = true;
    safeReboot.start = startSafeReboot;
    safeReboot.confirm = [firstName](const Operation &op) {
        return safeRebootConfirmation(
            firstName(op), op.params.value(QStringLiteral("pauseMs"), DefaultSafeRebootPauseMs).toInt());
    };
    queue.registerKind(safeReboot);
}

Result<QString> enqueueSysRq(OperationQueue &queue, const ServerRef &server, QChar key, const QString &reason)
{
    const std::optional<SysRqCommand> command = SysRqTable::find(key);
    if (!command)
        return Error(Text::tr("\"%1\" is not a SysRq command; the menu lists the ones there are.").arg(key));
    return queue.enqueue(
        sysRqKind(), Text::tr("SysRq %1 (%2) on %3").arg(command->key.toUpper(), command->name, server.name),
        {server}, {{QStringLiteral("key"), QString(command->key)}}, reason);
}

Result<QString> enqueueNmi(OperationQueue &queue, const ServerRef &server, const QString &reason)
{
    return queue.enqueue(nmiKind(), Text::tr("Send NMI to %1").arg(server.name), {server}, {}, reason);
}

Result<QString> enqueueSafeReboot(OperationQueue &queue, const ServerRef &server, int pauseMs,
                                  const QString &reason)
{
    if (pauseMs < MinSafeRebootPauseMs || pauseMs > MaxSafeRebootPauseMs)
        return Error(Text::tr("The pause between SysRq keys must be between %1 and %2 ms.")
                         .arg(MinSafeRebootPauseMs)
                         .arg(MaxSafeRebootPauseMs));
    return queue.enqueue(safeRebootKind(), Text::tr("Safe reboot (R-E-I-S-U-B) of %1").arg(server.name),
                         {server}, {{QStringLiteral("pauseMs"), pauseMs}}, reason);
}

} // namespace virtdeck::ConsoleOperations
