#include "diagnostics/CommandBatch.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace virtdeck {

QString BatchItem::stateName(State state)
{
    switch (state) {
    case State::Queued: return tr("waiting");
    case State::Connecting: return tr("running");
    case State::Succeeded: return tr("succeeded");
    case State::Failed: return tr("failed");
    case State::TimedOut: return tr("timed out");
    case State::Unreachable: return tr("not reached");
    case State::Cancelled: return tr("cancelled");
    }
    return {};
}

struct CommandBatch::Outcome
{
    bool connected = false;
    Error error;
    SshSession::Failure failure = SshSession::Failure::None;
    QString endpoint;
    bool hasResult = false;
    CommandResult result;
};

CommandBatch::CommandBatch(QThreadPool *pool, SshPrompter *prompter, const SshOptions &options,
                           const QString &command, int timeoutMs, int concurrency,
                           const QList<BatchItem> &items, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_prompter(prompter)
    , m_options(options)
    , m_command(command)
    , m_timeoutMs(timeoutMs)
    , m_concurrency(qMax(1, concurrency))
    , m_items(items)
{}

CommandBatch::~CommandBatch()
{
    m_cancel->store(true);
}

int CommandBatch::finishedCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const BatchItem &i) { return i.isFinished(); }));
}

int CommandBatch::failedCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const BatchItem &i) { return i.isFailure(); }));
}

QList<ServerRef> CommandBatch::failedServers() const
{
    QList<ServerRef> out;
    for (const BatchItem &i : m_items) {
        if (i.isFailure())
            out << i.server;
    }
    return out;
}

QString CommandBatch::summary() const
{
    const int ok = int(std::count_if(m_items.begin(), m_items.end(), [](const BatchItem &i) {
        return i.state == BatchItem::State::Succeeded;
    }));
    QString text = tr("%1 of %n server(s) succeeded", nullptr, count()).arg(ok);
    if (const int failed = failedCount())
        text += QStringLiteral("; ") + tr("%n failed", nullptr, failed);
    if (m_cancelled)
        text += QStringLiteral("; ") + tr("cancelled");
    return text;
}

void CommandBatch::start()
{
    if (std::exchange(m_started, true))
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        BatchItem &item = m_items[i];
        if (!item.problem.isEmpty() || !item.target.isValid()) {
            item.state = BatchItem::State::Unreachable;
            item.error = Error(item.problem.isEmpty() ? tr("No address known for %1.").arg(item.server.name)
                                                      : item.problem);
            item.finishedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT itemChanged(i);
        }
    }
    launchMore();
    checkFinished();
}

void CommandBatch::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_cancel->store(true);
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].state == BatchItem::State::Queued) {
            m_items[i].state = BatchItem::State::Cancelled;
            m_items[i].finishedAt = QDateTime::currentDateTimeUtc();
            Q_EMIT itemChanged(i);
        }
    }
    checkFinished();
}

void CommandBatch::launchMore()
{
    while (!m_cancelled && m_running < m_concurrency && m_next < m_items.size()) {
        const int index = m_next++;
        if (m_items[index].state == BatchItem::State::Queued)
            launch(index);
    }
}

void CommandBatch::launch(int index)
{
    BatchItem &item = m_items[index];
    item.state = BatchItem::State::Connecting;
    item.startedAt = QDateTime::currentDateTimeUtc();
    ++m_running;
    m_maxRunning = qMax(m_maxRunning, m_running);
    Q_EMIT itemChanged(index);

    // Everything the worker needs is copied; the prompter outlives the pool's jobs (its owner waits).
    auto job = [target = item.target, options = m_options, prompter = m_prompter, cancel = m_cancel,
                command = m_command, timeoutMs = m_timeoutMs]() {
        Outcome out;
        SshSession session(target, options, prompter, cancel);
        const Status connected = session.connect();
        out.endpoint = session.describe();
        if (!connected) {
            out.error = connected.error();
            out.failure = session.failure();
            return out;
        }
        out.connected = true;
        Result<CommandResult> r = session.run(command, timeoutMs);
        if (!r) {
            out.error = r.error();
            out.failure = session.failure();
            return out;
        }
        out.hasResult = true;
        out.result = r.value();
        return out;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, index] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        complete(index, outcome);
    });
    watcher->setFuture(QtConcurrent::run(m_pool, job));
}

void CommandBatch::complete(int index, const Outcome &outcome)
{
    --m_running;
    BatchItem &item = m_items[index];
    item.finishedAt = QDateTime::currentDateTimeUtc();
    item.endpoint = outcome.endpoint;
    item.error = outcome.error;
    item.failure = outcome.failure;
    item.hasResult = outcome.hasResult;
    item.result = outcome.result;
    using S = BatchItem::State;
    using F = SshSession::Failure;
    if (outcome.hasResult) {
        item.state = outcome.result.cancelled         ? S::Cancelled
                     : outcome.result.timedOut        ? S::TimedOut
                     : outcome.result.exitStatus == 0 ? S::Succeeded
                                                      : S::Failed;
    } else if (outcome.failure == F::Cancelled || (m_cancelled && outcome.failure == F::AuthCancelled)) {
        item.state = S::Cancelled;
    } else if (!outcome.connected && (outcome.failure == F::Timeout || outcome.failure == F::Refused ||
                                      outcome.failure == F::NoRoute || outcome.failure == F::NotFound)) {
        item.state = S::Unreachable;
    } else {
        item.state = S::Failed;
    }
    Q_EMIT itemChanged(index);
    launchMore();
    checkFinished();
}

void CommandBatch::checkFinished()
{
    if (m_finished || m_running > 0)
        return;
    const bool allDone =
        std::all_of(m_items.begin(), m_items.end(), [](const BatchItem &i) { return i.isFinished(); });
    if (!allDone)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace virtdeck
