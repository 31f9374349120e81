#pragma once

// One command run on many servers over SSH: at most `concurrency` sessions at once in the given thread
// pool, each with its own connect timeout and command timeout, so a host that never answers holds one
// slot and nothing else. Keeps per server the state, stdout, stderr, exit status and time; cancel stops
// what runs and drops what waits. Lives on the main thread; created by DiagnosticsService for a
// "diagnostics.runCommand" operation (and by tests directly), shown through CommandResultsModel.

#include "core/Result.h"
#include "diagnostics/CommandResult.h"
#include "diagnostics/SshOptions.h"
#include "diagnostics/SshSession.h"
#include "diagnostics/SshTarget.h"
#include "hypervisor/DomainSnapshot.h"

#include <QDateTime>
#include <QObject>

class QThreadPool;

namespace virtdeck {

class SshPrompter;

struct BatchItem
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::BatchItem)
public:
    enum class State
    {
        Queued,
        Connecting,
        Succeeded,
        Failed,
        TimedOut,
        Unreachable,
        Cancelled
    };

    ServerRef server;
    SshTarget target;
    QString problem; // set before the run: why there is nowhere to connect (no address...)
    State state = State::Queued;
    bool hasResult = false;
    CommandResult result;
    Error error; // connect or login failure
    SshSession::Failure failure = SshSession::Failure::None;
    QString endpoint; // "user@host:port" once configured
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isFinished() const { return state != State::Queued && state != State::Connecting; }
    // Anything but a zero exit status (retry offers these).
    bool isFailure() const { return isFinished() && state != State::Succeeded; }
    static QString stateName(State state);
};

class CommandBatch : public QObject
{
    Q_OBJECT
public:
    CommandBatch(QThreadPool *pool, SshPrompter *prompter, const SshOptions &options, const QString &command,
                 int timeoutMs, int concurrency, const QList<BatchItem> &items, QObject *parent = nullptr);
    // Cancels what still runs; workers finish on their own and their results are dropped.
    ~CommandBatch() override;

    void start();
    void cancel();

    QString command() const { return m_command; }
    int timeoutMs() const { return m_timeoutMs; }
    int concurrency() const { return m_concurrency; }
    const QList<BatchItem> &items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    int finishedCount() const;
    int failedCount() const;
    int runningCount() const { return m_running; }
    int maxRunningSeen() const { return m_maxRunning; } // for tests of the bound
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }
    QList<ServerRef> failedServers() const;
    // "23 of 24 succeeded; 1 failed" (translated).
    QString summary() const;

Q_SIGNALS:
    void itemChanged(int index);
    void finished();

private:
    struct Outcome;
    void launchMore();
    void launch(int index);
    void complete(int index, const Outcome &outcome);
    void checkFinished();

    QThreadPool *m_pool;
    SshPrompter *m_prompter;
    SshOptions m_options;
    QString m_command;
    int m_timeoutMs;
    int m_concurrency;
    QList<BatchItem> m_items;
    CancelFlag m_cancel = makeCancelFlag();
    int m_next = 0;
    int m_running = 0;
    int m_maxRunning = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace virtdeck
