#pragma once

// Runs operations: features register kinds (what to do with the parameters); enqueue() validates
// (read-only connections refuse changes) and queues; the queue starts operations while at most
// maxConcurrent run and never two on the same server at once. Keeps every operation (newest first),
// persists each state change through OperationLog, and offers retry, cancel and clear.
// Created by Application (and by tests) on the main thread.

#include "core/Result.h"
#include "operations/Operation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QFileSystemWatcher;
class QTimer;

#include <functional>
#include <memory>

namespace virtdeck {

class ConnectionManager;
class OperationLog;
class OperationRun;

// A question to ask before an operation runs (Force off, a dangerous SysRq key, a command on many
// servers): the first run asks it, and a retry asks it again for the servers the retry runs on.
struct OperationConfirmation
{
    QString title;
    QString text; // empty: nothing to ask
    QString informativeText;
    QString acceptText; // the affirmative button: "Force off", "Run on 3 server(s)"
    bool isEmpty() const { return text.isEmpty(); }
};

struct OperationKind
{
    QString kind;
    // Changes servers: refused on read-only connections (a diagnosis does not change anything).
    bool changesServers = true;
    // The running operation can stop midway (bulk command, safe reboot sequence).
    bool cancellableWhileRunning = false;
    // Starts the work; the run reports through succeed()/fail().
    std::function<void(OperationRun *run)> start;
    // The confirmation the first run asked, built for `op` (its targets, parameters); null or empty:
    // nothing to ask. The operations dock asks it again before a retry.
    std::function<OperationConfirmation(const Operation &op)> confirm;
};

class OperationQueue : public QObject
{
    Q_OBJECT
public:
    // log may be null (no persistence); the queue takes ownership of it.
    OperationQueue(ConnectionManager *connections, OperationLog *log, QObject *parent = nullptr);
    ~OperationQueue() override;

    void registerKind(const OperationKind &kind);
    bool hasKind(const QString &kind) const { return m_kinds.contains(kind); }
    const OperationKind *kind(const QString &kind) const;

    // Loads the persisted log (interrupted ones marked) and from then on watches it for records other
    // processes append (`virtdeck --run-schedules` from cron), which show up here as they are written;
    // returns the warnings to show.
    QStringList loadLog();
    // Whether an operation was written by another process (shown, never started, cancelled or
    // retried-as-running here).
    bool isForeign(const QString &id) const { return m_foreign.contains(id); }

    Result<QString> enqueue(const QString &kind, const QString &title, const QList<ServerRef> &targets,
                            const QVariantMap &params = {}, const QString &reason = {});
    // What retry(id) would enqueue: the same kind, parameters and reason, on the targets that did not
    // succeed (per-target results; all of them when the kind reported none). Refused when nothing is
    // left to retry.
    Result<Operation> retryPlan(const QString &id) const;
    // The confirmation to ask before running `op` (the kind's confirm); empty when none.
    OperationConfirmation confirmationFor(const Operation &op) const;
    // A new operation from retryPlan(id).
    Result<QString> retry(const QString &id);
    // Cancels a queued operation, or asks a running cancellable one to stop, or abandons a running one
    // whose host is not responding (see canAbandon).
    Status cancel(const QString &id);
    // A running operation stuck on a host that is not responding can be given up from the dock: it ends
    // as cancelled at once, and the hypervisor may still carry out the call it was waiting for (the
    // next listing shows what happened).
    bool canAbandon(const Operation &op) const;
    // Removes finished operations from the list (and from the log on the next start).
    void clearFinished();

    QList<Operation> operations() const; // newest first
    std::optional<Operation> find(const QString &id) const;
    int runningCount() const;
    void setMaxConcurrent(int n) { m_maxConcurrent = std::max(1, n); }
    // Why a change to this server would be refused right now (read-only connection); empty if allowed.
    QString refusalFor(const ServerRef &server) const;

    QString defaultReason() const;

Q_SIGNALS:
    void operationAdded(const virtdeck::Operation &op);
    void operationChanged(const virtdeck::Operation &op);
    void operationFinished(const virtdeck::Operation &op);
    void operationsRemoved(const QStringList &ids);

private:
    friend class OperationRun;
    Operation *findMutable(const QString &id);
    void update(const QString &id, const std::function<void(Operation &)> &change, bool persist);
    void setTargetResult(const QString &id, const ServerRef &target, bool succeeded);
    void finish(const QString &id, OperationState state, const QString &result, const Error &error);
    void schedule();
    bool targetsBusy(const Operation &op) const;
    void startOne(Operation &op);
    void abandon(const QString &id);
    void hostStateChanged(const QString &uri);
    void watchLog();
    void readForeignRecords();

    ConnectionManager *m_connections;
    std::unique_ptr<OperationLog> m_log;
    QHash<QString, OperationKind> m_kinds;
    QList<Operation> m_operations; // oldest first
    QHash<QString, QPointer<OperationRun>> m_runs;
    QSet<QString> m_own;     // enqueued by this process
    QSet<QString> m_foreign; // appeared in the log while this process ran (another process runs them)
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_readTimer = nullptr;
    int m_maxConcurrent = 16;
    bool m_scheduling = false;
};

} // namespace virtdeck
