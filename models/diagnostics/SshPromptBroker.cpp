#include "diagnostics/SshPromptBroker.h"

#include <QDeadlineTimer>
#include <QMetaMethod>
#include <QMutexLocker>

namespace virtdeck {

SshPromptBroker::SshPromptBroker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<virtdeck::SshPrompt>();
    qRegisterMetaType<virtdeck::SshPromptReply>();
}

SshPromptBroker::~SshPromptBroker()
{
    cancelAll();
}

SshPromptReply SshPromptBroker::ask(const SshPrompt &prompt, const CancelFlag &cancel)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&SshPromptBroker::promptRequested)))
        return {};
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_closing)
            return {};
        id = m_nextId++;
        m_pending.insert(id, Pending());
    }
    // Emitted from the worker: receivers on the GUI thread get it queued.
    Q_EMIT promptRequested(id, prompt);

    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(m_timeoutMs);
    // Short waits so a cancelled run stops waiting although nobody wakes us.
    while (!m_pending[id].done && !isCancelled(cancel) && !deadline.hasExpired())
        m_changed.wait(&m_mutex, QDeadlineTimer(qMin<qint64>(100, deadline.remainingTime())));
    Pending result = m_pending.take(id);
    lock.unlock();
    if (!result.done) {
        Q_EMIT promptWithdrawn(id);
        return {};
    }
    return result.reply;
}

void SshPromptBroker::notify(const SshPrompt &prompt)
{
    Q_EMIT notified(prompt);
}

void SshPromptBroker::answer(quint64 id, const SshPromptReply &reply)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->done = true;
    it->reply = reply;
    m_changed.wakeAll();
}

void SshPromptBroker::cancel(quint64 id)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->done = true;
    it->reply = SshPromptReply();
    m_changed.wakeAll();
}

void SshPromptBroker::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    m_closing = true;
    for (auto &p : m_pending) {
        p.done = true;
        p.reply = SshPromptReply();
    }
    m_changed.wakeAll();
}

int SshPromptBroker::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

} // namespace virtdeck
