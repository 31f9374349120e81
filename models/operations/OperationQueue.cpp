#include "operations/OperationQueue.h"

#include "hypervisor/ConnectionManager.h"
#include "operations/OperationLog.h"
#include "operations/OperationRun.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace virtdeck {

OperationQueue::OperationQueue(ConnectionManager *connections, OperationLog *log, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_log(log)
{
    qRegisterMetaType<virtdeck::Operation>();
    if (m_connections) {
        connect(m_connections, &ConnectionManager::hostChanged, this,
                [this](const HostSnapshot &host) { hostStateChanged(host.uri); });
    }
}

OperationQueue::~OperationQueue() = default;

void OperationQueue::registerKind(const OperationKind &kind)
{
    m_kinds.insert(kind.kind, kind);
}

const OperationKind *OperationQueue::kind(const QString &kind) const
{
    auto it = m_kinds.constFind(kind);
    return it == m_kinds.constEnd() ? nullptr : &it.value();
}

QStringList OperationQueue::loadLog()
{
    if (!m_log)
        return {};
    OperationLog::Loaded loaded = m_log->load();
    for (const Operation &op : std::as_const(loaded.operations)) {
        if (findMutable(op.id))
            continue;
        m_operations << op;
        Q_EMIT operationAdded(op);
    }
    watchLog();
    return loaded.warnings;
}

void OperationQueue::watchLog()
{
    if (m_watcher || !m_log)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_readTimer = new QTimer(this);
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(100); // one read for a burst of appends
    connect(m_readTimer, &QTimer::timeout, this, &OperationQueue::readForeignRecords);
    // The directory too: a compaction renames a new file over the log, which drops a watch on the file.
    auto rewatch = [this] {
        const QString path = m_log->path();
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        m_readTimer->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, rewatch);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, rewatch);
    m_watcher->addPath(QFileInfo(m_log->path()).absolutePath());
    if (QFileInfo::exists(m_log->path()))
        m_watcher->addPath(m_log->path());
}

void OperationQueue::readForeignRecords()
{
    QStringList removed;
    const QList<Operation> records = m_log->readNew(&removed);
    for (const Operation &record : records) {
        if (m_own.contains(record.id))
            continue; // our own line coming back
        Operation *op = findMutable(record.id);
        if (!op) {
            m_foreign.insert(record.id);
            m_operations << record;
            Q_EMIT operationAdded(record);
            if (record.isFinished())
                Q_EMIT operationFinished(record);
            continue;
        }
        const bool wasFinished = op->isFinished();
        if (wasFinished && !record.isFinished())
            continue; // a stale line re-read after a compaction
        if (toJson(*op) == toJson(record))
            continue;
        *op = record;
        const Operation copy = *op;
        Q_EMIT operationChanged(copy);
        if (!wasFinished && copy.isFinished())
            Q_EMIT operationFinished(copy);
    }
    QStringList gone;
    for (const QString &id : std::as_const(removed)) {
        if (m_own.contains(id) && !findMutable(id))
            continue;
        if (const Operation *op = findMutable(id); op && op->isFinished())
            gone << id;
    }
    if (!gone.isEmpty()) {
        m_operations.removeIf([&](const Operation &op) { return gone.contains(op.id); });
        Q_EMIT operationsRemoved(gone);
    }
}

QString OperationQueue::defaultReason() const
{
    return tr("by user");
}

QString OperationQueue::refusalFor(const ServerRef &server) const
{
    if (m_connections && m_connections->isReadOnly(server.uri)) {
        return tr("%1 is opened read-only: changes are disabled. Reconnect without \"read-only\" to change "
                  "it.")
            .arg(m_connections->host(server.uri).displayName);
    }
    return {};
}

Result<QString> OperationQueue::enqueue(const QString &kindName, const QString &title,
                                        const QList<ServerRef> &targets, const QVariantMap &params,
                                        const QString &reason)
{
    const OperationKind *k = kind(kindName);
    if (!k)
        return Error(tr("This version of virtdeck does not know how to run \"%1\".").arg(kindName));
    if (k->changesServers) {
        for (const ServerRef &t : targets) {
            const QString refusal = refusalFor(t);
            if (!refusal.isEmpty())
                return Error(refusal);
        }
    }
    Operation op;
    op.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.kind = kindName;
    op.title = title;
    op.targets = targets;
    op.params = params;
    op.reason = reason.isEmpty() ? defaultReason() : reason;
    op.state = OperationState::Queued;
    op.queuedAt = QDateTime::currentDateTimeUtc();
    m_own.insert(op.id);
    m_operations << op;
    if (m_log)
        m_log->append(op);
    Q_EMIT operationAdded(op);
    // Started from the event loop so callers can connect to the id they got back first.
    QTimer::singleShot(0, this, &OperationQueue::schedule);
    return op.id;
}

Result<Operation> OperationQueue::retryPlan(const QString &id) const
{
    const std::optional<Operation> old = find(id);
    if (!old)
        return Error(tr("That operation is no longer in the list."));
    if (!old->canRetry())
        return Error(tr("Only failed, cancelled or interrupted operations can be retried."));
    Operation plan;
    plan.kind = old->kind;
    plan.params = old->params;
    plan.reason = old->reason;
    plan.retryOf = old->id;
    plan.targets = old->targetsToRetry();
    if (plan.targets.isEmpty())
        return Error(tr("Every server of this operation succeeded: there is nothing to retry."));
    plan.title = plan.targets.size() == old->targets.size()
                     ? old->title
                     : tr("%1 (retry on %n server(s))", nullptr, int(plan.targets.size())).arg(old->title);
    return plan;
}

OperationConfirmation OperationQueue::confirmationFor(const Operation &op) const
{
    const OperationKind *k = kind(op.kind);
    return k && k->confirm ? k->confirm(op) : OperationConfirmation();
}

Result<QString> OperationQueue::retry(const QString &id)
{
    const Result<Operation> plan = retryPlan(id);
    if (!plan)
        return plan.error();
    Result<QString> fresh = enqueue(plan->kind, plan->title, plan->targets, plan->params, plan->reason);
    if (fresh)
        update(
            fresh.value(), [&](Operation &op) { op.retryOf = plan->retryOf; }, true);
    return fresh;
}

Status OperationQueue::cancel(const QString &id)
{
    Operation *op = findMutable(id);
    if (!op)
        return Error(tr("That operation is no longer in the list."));
    if (m_foreign.contains(id) && !op->isFinished())
        return Error(tr("Another virtdeck process (a window or a scheduled run) runs this operation; cancel "
                        "it there."));
    if (op->state == OperationState::Queued) {
        finish(id, OperationState::Cancelled, tr("cancelled before it started"), Error());
        return {};
    }
    if (op->state == OperationState::Running) {
        const OperationKind *k = kind(op->kind);
        if (canAbandon(*op) && !(k && k->cancellableWhileRunning)) {
            abandon(id);
            return {};
        }
        if (!k || !k->cancellableWhileRunning)
            return Error(tr("This operation cannot be stopped once started; wait for it to finish."));
        update(
            id, [](Operation &o) { o.cancelRequested = true; }, false);
        if (OperationRun *run = m_runs.value(id))
            Q_EMIT run->cancelRequested();
        return {};
    }
    return Error(tr("This operation has already finished."));
}

bool OperationQueue::canAbandon(const Operation &op) const
{
    if (op.state != OperationState::Running || !m_connections)
        return false;
    for (const ServerRef &t : op.targets) {
        if (m_connections->host(t.uri).state == HostState::NotResponding)
            return true;
    }
    return false;
}

void OperationQueue::abandon(const QString &id)
{
    const QString note = tr("Cancelled while the host was not responding; the hypervisor may still carry it "
                            "out. The next listing shows what happened.");
    if (OperationRun *run = m_runs.value(id))
        run->cancelled(note); // the run goes away: its late answer is dropped
    else
        finish(id, OperationState::Cancelled, note, Error());
}

void OperationQueue::hostStateChanged(const QString &uri)
{
    // Whether a running operation can be abandoned follows its host's state: let views re-read it.
    for (const Operation &op : std::as_const(m_operations)) {
        if (op.state != OperationState::Running)
            continue;
        for (const ServerRef &t : op.targets) {
            if (t.uri == uri) {
                Q_EMIT operationChanged(op);
                break;
            }
        }
    }
}

void OperationQueue::clearFinished()
{
    QStringList removed;
    m_operations.removeIf([&](const Operation &op) {
        if (!op.isFinished())
            return false;
        removed << op.id;
        return true;
    });
    if (removed.isEmpty())
        return;
    if (m_log)
        m_log->appendRemoved(removed);
    Q_EMIT operationsRemoved(removed);
}

QList<Operation> OperationQueue::operations() const
{
    QList<Operation> out(m_operations.crbegin(), m_operations.crend());
    return out;
}

std::optional<Operation> OperationQueue::find(const QString &id) const
{
    for (const Operation &op : m_operations) {
        if (op.id == id)
            return op;
    }
    return std::nullopt;
}

int OperationQueue::runningCount() const
{
    return int(std::count_if(m_operations.begin(), m_operations.end(),
                             [](const Operation &op) { return op.state == OperationState::Running; }));
}

Operation *OperationQueue::findMutable(const QString &id)
{
    for (qsizetype i = m_operations.size() - 1; i >= 0; --i) {
        if (m_operations[i].id == id)
            return &m_operations[i];
    }
    return nullptr;
}

void OperationQueue::update(const QString &id, const std::function<void(Operation &)> &change, bool persist)
{
    Operation *op = findMutable(id);
    if (!op)
        return;
    change(*op);
    if (persist && m_log)
        m_log->append(*op);
    Q_EMIT operationChanged(*op);
}

void OperationQueue::setTargetResult(const QString &id, const ServerRef &target, bool succeeded)
{
    update(
        id, [&](Operation &op) { op.targetResults.insert(target.key(), succeeded); }, true);
}

void OperationQueue::finish(const QString &id, OperationState state, const QString &result,
                            const Error &error)
{
    Operation *op = findMutable(id);
    if (!op || op->isFinished())
        return;
    // A kind that reports only the whole outcome: success is every target's.
    if (state == OperationState::Succeeded) {
        for (const ServerRef &t : std::as_const(op->targets)) {
            if (!op->targetResults.contains(t.key()))
                op->targetResults.insert(t.key(), true);
        }
    }
    op->state = state;
    op->finishedAt = QDateTime::currentDateTimeUtc();
    op->result = result;
    op->errorMessage = error.message;
    op->errorDetail = error.detail;
    if (state == OperationState::Succeeded)
        op->progress = 100;
    m_runs.remove(id);
    const Operation copy = *op;
    if (m_log)
        m_log->append(copy);
    Q_EMIT operationChanged(copy);
    Q_EMIT operationFinished(copy);
    QTimer::singleShot(0, this, &OperationQueue::schedule);
}

bool OperationQueue::targetsBusy(const Operation &candidate) const
{
    QSet<QString> busy;
    for (const Operation &op : m_operations) {
        if (op.state == OperationState::Running) {
            for (const ServerRef &t : op.targets)
                busy.insert(t.key());
        }
    }
    for (const ServerRef &t : candidate.targets) {
        if (busy.contains(t.key()))
            return true;
    }
    return false;
}

void OperationQueue::schedule()
{
    if (std::exchange(m_scheduling, true))
        return;
    int running = runningCount();
    for (qsizetype i = 0; i < m_operations.size() && running < m_maxConcurrent; ++i) {
        if (m_operations[i].state != OperationState::Queued || targetsBusy(m_operations[i]) ||
            !m_own.contains(m_operations[i].id))
            continue;
        startOne(m_operations[i]);
        running = runningCount();
    }
    m_scheduling = false;
}

void OperationQueue::startOne(Operation &op)
{
    const QString id = op.id;
    const OperationKind *k = kind(op.kind);
    op.state = OperationState::Running;
    op.startedAt = QDateTime::currentDateTimeUtc();
    if (m_log)
        m_log->append(op);
    Q_EMIT operationChanged(op);
    if (!k || !k->start) {
        finish(id, OperationState::Failed, QString(),
               Error(tr("This version of virtdeck does not know how to run \"%1\".").arg(op.kind)));
        return;
    }
    auto *run = new OperationRun(this, m_connections, id);
    m_runs.insert(id, run);
    k->start(run); // may finish synchronously; `op` must not be used after this
}

} // namespace virtdeck
