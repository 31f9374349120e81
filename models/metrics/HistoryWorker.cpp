#include "metrics/HistoryWorker.h"

#include "core/AppPaths.h"
#include "metrics/RrdBackend.h"

#include <QElapsedTimer>

namespace virtdeck {

HistoryWorker::HistoryWorker(const QString &directory, int step)
    : m_directory(directory)
    , m_step(step)
    , m_backend(std::make_unique<RrdBackend>(directory, QString()))
{}

HistoryWorker::~HistoryWorker() = default;

void HistoryWorker::setDaemonAddress(const QString &address)
{
    if (address.trimmed() == m_backend->address())
        return;
    m_backend = std::make_unique<RrdBackend>(m_directory, address);
    m_files.clear();
}

QString HistoryWorker::fileName(const QString &uuid) const
{
    return m_backend->fileName(uuid);
}

void HistoryWorker::setAside(const QString &uuid, const QString &why, FileState &state)
{
    const QString path = m_backend->fileName(uuid);
    if (m_backend->isRemoteDaemon()) {
        state.disabled = true;
        Q_EMIT warning(
            tr("The history file %1 on rrdcached %2 cannot be used (%3); history of this server is "
               "not recorded until it is moved away on the daemon's host.")
                .arg(path, m_backend->address(), why));
        return;
    }
    const QString aside = AppPaths::setAside(path);
    if (aside.isEmpty()) {
        state.disabled = true;
        Q_EMIT warning(tr("The history file %1 cannot be used (%2) and could not be renamed; history of this "
                          "server is not recorded.")
                           .arg(path, why));
        return;
    }
    Q_EMIT warning(
        tr("The history file %1 could not be used (%2); it was kept as %3 and a new one was started.")
            .arg(path, why, aside));
}

HistoryWorker::FileState &HistoryWorker::prepare(const QString &uuid, qint64 startSeconds, bool createMissing)
{
    FileState &state = m_files[uuid];
    if (state.checked || state.disabled)
        return state;
    RrdBackend::Inspection in = m_backend->inspect(uuid);
    if (in.state == RrdBackend::FileState::Unreadable || in.state == RrdBackend::FileState::Foreign) {
        // An unreachable daemon is not a bad file: try again on the next write.
        if (in.unreachable) {
            if (!state.failing)
                Q_EMIT warning(in.detail);
            state.failing = true;
            return state;
        }
        setAside(uuid, in.detail, state);
        if (state.disabled)
            return state;
        in.state = RrdBackend::FileState::Missing;
    }
    if (in.state == RrdBackend::FileState::Missing) {
        if (!createMissing)
            return state;
        const Status created = m_backend->create(uuid, m_step, startSeconds - 1);
        if (!created) {
            Q_EMIT warning(created.error().toString());
            state.disabled = true;
            return state;
        }
        in.lastUpdate = startSeconds - 1;
    }
    state.checked = true;
    state.lastUpdate = in.lastUpdate;
    return state;
}

void HistoryWorker::record(const QList<DomainRates> &servers)
{
    QElapsedTimer timer;
    timer.start();
    // One librrd call per file however many samples it gets (a tick holds one per server; a catch-up or
    // a test may hold many).
    QList<QString> order;
    QHash<QString, QList<QByteArray>> lines;
    for (const DomainRates &r : servers) {
        if (r.uuid.isEmpty())
            continue;
        const qint64 seconds = r.wallMs / 1000;
        FileState &state = prepare(r.uuid, seconds, true);
        if (state.disabled || !state.checked)
            continue;
        // RRD takes one update per second at most, in order: a second tick in the same second is dropped.
        if (seconds <= state.lastUpdate)
            continue;
        state.lastUpdate = seconds;
        auto it = lines.find(r.uuid);
        if (it == lines.end()) {
            order << r.uuid;
            it = lines.insert(r.uuid, {});
        }
        *it << RrdBackend::updateLine(r, seconds);
    }
    for (const QString &uuid : std::as_const(order)) {
        FileState &state = m_files[uuid];
        const Status s = m_backend->update(uuid, lines.value(uuid));
        if (!s) {
            if (!state.failing)
                Q_EMIT warning(s.error().toString());
            state.failing = true;
            state.checked = false; // look at the file again: it may have been replaced or damaged
            continue;
        }
        state.failing = false;
    }
    m_lastWriteNs.store(timer.nsecsElapsed());
}

Result<HistoryData> HistoryWorker::fetch(const QString &uuid, qint64 fromMs, qint64 toMs, int resolution)
{
    FileState &state = prepare(uuid, toMs / 1000, false);
    if (state.disabled || !state.checked) {
        HistoryData empty; // nothing recorded (yet) for this server
        empty.fromMs = fromMs;
        empty.toMs = toMs;
        return empty;
    }
    return m_backend->fetch(uuid, fromMs / 1000, toMs / 1000, resolution);
}

} // namespace virtdeck
