#include "metrics/HistoryWorker.h"

#include "core/AppPaths.h"
#include "metrics/RrdBackend.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

namespace virtdeck {

namespace {
qint64 steadyNowMs()
{
    return QDeadlineTimer::current().deadline();
}

QString wallTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

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
    m_backend->setHardDeadline(&m_quitDeadline);
    // Files are checked again where they now live; what was taken from them stays.
    for (FileState &f : m_files) {
        f.checked = f.disabled = f.failing = false;
        f.lastUpdate = 0;
    }
    m_retryAtMs = 0;
    m_retryMs = kFirstRetryMs;
}

void HistoryWorker::setBatchInterval(int ms)
{
    m_batchMs = std::max(100, ms);
    if (m_timer)
        m_timer->setInterval(m_batchMs);
}

QString HistoryWorker::fileName(const QString &uuid) const
{
    return m_backend->fileName(uuid);
}

bool HistoryWorker::quitDeadlinePassed() const
{
    const qint64 d = m_quitDeadline.load();
    return d > 0 && steadyNowMs() >= d;
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
        // An unreachable daemon is not a bad file: the caller tries again later.
        if (in.unreachable) {
            m_unreachableDetail = in.detail;
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
            if (created.error().code == RrdBackend::kUnreachable) {
                m_unreachableDetail = created.error().toString();
                return state;
            }
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
    for (const DomainRates &r : servers) {
        if (r.uuid.isEmpty())
            continue;
        FileState &state = m_files[r.uuid];
        const qint64 seconds = r.wallMs / 1000;
        // RRD takes one update per second at most, in order: a second tick in the same second is dropped.
        if (state.disabled || seconds <= state.lastQueued)
            continue;
        state.lastQueued = seconds;
        if (m_pendingCount.load() >= kMaxPendingLines) {
            // The queue is full (rrdcached has not answered for a long time): the newest samples go, so
            // what is missing is one span from "not recorded since" on.
            if (!m_droppedFromMs)
                m_droppedFromMs = r.wallMs;
            m_droppedToMs = r.wallMs;
            continue;
        }
        m_pending[r.uuid].append(Line{seconds, RrdBackend::updateLine(r, seconds)});
        m_pendingCount.fetch_add(1);
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_batchMs);
        connect(m_timer, &QTimer::timeout, this, &HistoryWorker::flush);
        m_timer->start();
    }
    if (!m_firstWritten) {
        m_firstWritten = true;
        flush();
    }
}

HistoryWorker::Outcome HistoryWorker::writeFile(const QString &uuid, QList<Line> &lines)
{
    m_unreachableDetail.clear();
    FileState &state = prepare(uuid, lines.first().seconds, true);
    if (!m_unreachableDetail.isEmpty())
        return Outcome::Unreachable;
    if (state.disabled || !state.checked)
        return Outcome::Dropped;
    QList<QByteArray> text;
    text.reserve(lines.size());
    qint64 newest = state.lastUpdate;
    for (const Line &l : std::as_const(lines)) {
        if (l.seconds > newest) { // the file may have moved on (another console through rrdcached)
            text << l.text;
            newest = l.seconds;
        }
    }
    const Status s = m_backend->update(uuid, text);
    if (!s) {
        if (s.error().code == RrdBackend::kUnreachable) {
            m_unreachableDetail = s.error().toString();
            return Outcome::Unreachable;
        }
        if (!state.failing)
            Q_EMIT warning(s.error().toString());
        state.failing = true;
        state.checked = false; // look at the file again: it may have been replaced or damaged
        return Outcome::Dropped;
    }
    state.failing = false;
    state.lastUpdate = newest;
    return Outcome::Written;
}

void HistoryWorker::writePending(const QString &onlyUuid, bool ignoreBackoff)
{
    if (m_pending.isEmpty())
        return;
    if (!ignoreBackoff && m_retryAtMs > 0 && steadyNowMs() < m_retryAtMs)
        return; // rrdcached is being waited out; the samples stay queued
    QElapsedTimer timer;
    timer.start();
    const QStringList uuids = onlyUuid.isEmpty() ? m_pending.keys() : QStringList{onlyUuid};
    for (const QString &uuid : uuids) {
        auto it = m_pending.find(uuid);
        if (it == m_pending.end())
            continue;
        if (m_backend->usesDaemon() && quitDeadlinePassed())
            break;
        const Outcome outcome = writeFile(uuid, *it);
        if (outcome == Outcome::Unreachable) {
            daemonFailed(m_unreachableDetail);
            break;
        }
        m_pendingCount.fetch_sub(it->size());
        m_pending.erase(it);
    }
    if (m_pending.isEmpty())
        daemonAnswered();
    m_lastWriteNs.store(timer.nsecsElapsed());
}

void HistoryWorker::flush()
{
    writePending(QString(), false);
}

void HistoryWorker::finish()
{
    writePending(QString(), true);
    delete m_timer; // on its own thread, before the thread stops
    m_timer = nullptr;
}

void HistoryWorker::daemonFailed(const QString &why)
{
    m_retryAtMs = steadyNowMs() + m_retryMs;
    m_retryMs = std::min(2 * m_retryMs, kMaxRetryMs);
    if (m_notRecordedSinceMs)
        return; // warned once per outage
    qint64 oldest = 0;
    for (const QList<Line> &lines : std::as_const(m_pending)) {
        if (!lines.isEmpty() && (!oldest || lines.first().seconds * 1000 < oldest))
            oldest = lines.first().seconds * 1000;
    }
    m_notRecordedSinceMs = oldest ? oldest : QDateTime::currentMSecsSinceEpoch();
    Q_EMIT notRecordedSinceChanged(m_notRecordedSinceMs);
    Q_EMIT warning(tr("History not recorded since %1: %2 Samples wait in memory (up to %n) and are written "
                      "when rrdcached answers again.",
                      nullptr, int(kMaxPendingLines))
                       .arg(wallTime(m_notRecordedSinceMs), why));
}

void HistoryWorker::daemonAnswered()
{
    m_retryAtMs = 0;
    m_retryMs = kFirstRetryMs;
    if (m_droppedFromMs) {
        Q_EMIT warning(tr("History from %1 to %2 was not recorded: rrdcached did not answer for too long.")
                           .arg(wallTime(m_droppedFromMs), wallTime(m_droppedToMs)));
        m_droppedFromMs = m_droppedToMs = 0;
    }
    if (m_notRecordedSinceMs) {
        m_notRecordedSinceMs = 0;
        Q_EMIT notRecordedSinceChanged(0);
    }
}

Result<HistoryData> HistoryWorker::fetch(const QString &uuid, qint64 fromMs, qint64 toMs, int resolution)
{
    writePending(uuid, false);
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
